"""The saved-query catalogue: headers, declared vs used parameters, validation, every query on the sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from iisg_graph import queries
from iisg_graph.errors import QueryError
from iisg_graph.queries.catalog import ENGINES, _parse
from iisg_graph.store.embedded import EmbeddedStore
from tests.fixtures.query_graph import query_graph

NAMES = sorted(queries.catalog())


def test_at_least_fifteen_documented_queries() -> None:
    assert len(NAMES) >= 15
    for query in queries.catalog().values():
        assert query.title and len(query.description) > 20, query.name


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", NAMES)
def test_declared_params_equal_used_params(name: str, engine: str) -> None:
    query = queries.get(name)
    assert queries.placeholders(query.text_for(engine)) == {p.name for p in query.params}


@pytest.mark.parametrize("name", NAMES)
def test_portable_text_avoids_ladybug_only_and_engine_specific_functions(name: str) -> None:
    text = queries.get(name).cypher
    for forbidden in ("label(", "labels(", "SHORTEST", "list_", "CALL {", "+=", "date(", "date_part"):
        assert forbidden not in text, f"{name}: {forbidden} belongs in a variant"
    if "type(" in text or "allShortestPaths" in text:
        assert "ladybug" in queries.get(name).variants, f"{name} needs a .ladybug.cypher variant"


@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_on_the_bundled_sample(sample_store: EmbeddedStore, name: str) -> None:
    rows = queries.run(sample_store, name)
    assert isinstance(rows, list)


def test_sample_answers_are_real(sample_store: EmbeddedStore) -> None:
    timeline = queries.run(sample_store, "actor-timeline", actor="DCAF")
    assert timeline and len({r["actor_id"] for r in timeline}) == 1  # matched by acronym
    assert [r["date"] for r in timeline] == sorted(r["date"] for r in timeline)
    assert queries.run(sample_store, "worked-together", pillar="WBCTi")


def test_unknown_and_missing_params_list_the_valid_ones() -> None:
    with pytest.raises(QueryError, match=r"no parameter 'pilar'; valid parameters: pillar \(\"WBBSi\"\)"):
        queries.get("worked-together").bind({"pilar": "WBBSi"})
    with pytest.raises(QueryError, match="no saved query 'nope'; saved queries: actor-timeline"):
        queries.get("nope")


def test_required_param_and_none_header(tmp_path: Path) -> None:
    path = tmp_path / "demo.cypher"
    path.write_text("// title: Demo\n// params: actor, limit (5)\nMATCH (a {id: $actor}) RETURN a LIMIT $limit\n")
    query = _parse(path)
    with pytest.raises(QueryError, match="needs actor; parameters: actor, limit \\(5\\)"):
        query.bind({})
    assert query.bind({"actor": 3}) == {"actor": 3, "limit": 5}  # no default: any type
    path.write_text("// title: None\n// params: (none)\nRETURN 1\n")
    assert _parse(path).params == ()


def test_types_are_checked_against_defaults() -> None:
    wt = queries.get("worked-together")
    assert wt.bind({"min_events": "3", "include_inferred": "false"})["include_inferred"] is False
    with pytest.raises(QueryError, match=r"'include_inferred' expects a boolean .* got 1 \(int\)"):
        wt.bind({"include_inferred": 1})
    with pytest.raises(QueryError, match=r"'pillar' expects a string \(default \"WBBSi\"\), got 3 \(int\)"):
        wt.bind({"pillar": 3})
    with pytest.raises(QueryError, match="'limit' expects an integer"):
        wt.bind({"limit": True})
    region = queries.get("missing-countries").bind({"region": ("AL", "XK")})["region"]
    assert region == ["AL", "XK"]


def test_evidence_rows_cut_to_the_supporting_sentence(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "g.db") as store:
        store.upsert(query_graph())
        rows = queries.run(store, "evidence", subject="DG HOME", object="event-e5", relation="FUNDED")
    assert [(r["relation"], r["source_id"], r["uri"]) for r in rows] == [
        ("FUNDED", "src-e5", "https://example.org/news/event-e5")]
    assert [quote for _, quote in queries.quotes(rows[0])] == [
        "Directorate-General for Migration and Home Affairs funded it."]


def test_bridges_steps_chain_from_one_actor_to_the_other(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "g.db") as store:
        store.upsert(query_graph())
        rows = queries.run(store, "bridges", from_actor="EUROPOL", to_actor="Luka Novak")
    assert {r["hops"] for r in rows} == {2}
    first = {r["to_id"] for r in rows if r["step"] == 1}
    second = {r["from_id"] for r in rows if r["step"] == 2}
    assert first == second and "org-dcaf" in first
    assert {r["from_id"] for r in rows if r["step"] == 1} == {"org-europol"}
    assert {r["to_id"] for r in rows if r["step"] == 2} == {"person-luka-novak"}


def test_docs_catalogue_is_up_to_date() -> None:
    from iisg_graph.queries.docs import catalog_markdown

    page = Path(__file__).parent.parent / "docs" / "queries.md"
    assert page.read_text(encoding="utf-8") == catalog_markdown(), \
        "docs/queries.md is stale: python -m iisg_graph.queries.docs > docs/queries.md"
