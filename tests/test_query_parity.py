"""Every saved query gives the same rows on the embedded store and on Neo4j, over the same graphs.

Two graphs: the bundled sample (structured records through the real pipeline) and a synthetic graph of
60 events (``tests/fixtures/graph_fixture.py``) with the projects, funding and pillars the sample lacks,
so that no query is compared only on empty results. Rows are compared as sorted lists (floats rounded):
the engines may break ties in ``ORDER BY`` differently only where a query leaves the order open.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from iisg_graph.derive import refresh as refresh_derived
from iisg_graph.pipeline import ingest
from iisg_graph.queries import catalog, run
from iisg_graph.resources import sample_dir
from iisg_graph.store.embedded import EmbeddedStore
from iisg_graph.store.neo4j import Neo4jStore

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from graph_fixture import synthetic_batch

pytestmark = pytest.mark.neo4j

SAMPLE = [sample_dir() / "iisg_news_2023.records.jsonl", sample_dir() / "partners_news_dev.records.jsonl"]
QUERIES = sorted(catalog())
_EMBEDDED_ROWS: dict[tuple[str, str], list[dict[str, Any]]] = {}


def _load(store: EmbeddedStore | Neo4jStore, graph: str) -> None:
    if graph == "sample":
        ingest(store, SAMPLE)
    else:
        store.upsert(synthetic_batch(60))
        refresh_derived(store)  # what ingest does after a load


@pytest.fixture(scope="module", params=["sample", "synthetic"])
def stores(request: pytest.FixtureRequest, neo4j_uri: str,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EmbeddedStore, Neo4jStore]]:
    """The same graph in both stores (Neo4j cleared first; this module owns it while it runs)."""
    graph = request.param
    with EmbeddedStore(tmp_path_factory.mktemp(graph) / "graph.db") as embedded, \
            Neo4jStore.from_uri(neo4j_uri) as neo:
        neo.clear()
        _load(embedded, graph)
        _load(neo, graph)
        assert embedded.stats() == neo.stats()
        embedded.graph_name = graph  # type: ignore[attr-defined] — the key of _EMBEDDED_ROWS
        yield embedded, neo


def _embedded_rows(store: EmbeddedStore, name: str) -> list[dict[str, Any]]:
    """Rows of a query on the embedded store, run once per graph (some queries take seconds there)."""
    key = (store.graph_name, name)  # type: ignore[attr-defined]
    if key not in _EMBEDDED_ROWS:
        _EMBEDDED_ROWS[key] = run(store, name)
    return _EMBEDDED_ROWS[key]


def _canonical(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in sorted(value.items())}
    return value


def _sorted_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    canonical = [_canonical(row) for row in rows]
    return sorted(canonical, key=repr)


@pytest.mark.parametrize("name", QUERIES)
def test_query_parity(stores: tuple[EmbeddedStore, Neo4jStore], name: str) -> None:
    embedded, neo = stores
    expected = _sorted_rows(_embedded_rows(embedded, name))
    assert _sorted_rows(run(neo, name)) == expected


def test_parity_covers_non_empty_results(stores: tuple[EmbeddedStore, Neo4jStore]) -> None:
    """Guard against comparing nothing: most queries return rows on each graph."""
    embedded, _ = stores
    non_empty = [name for name in QUERIES if _embedded_rows(embedded, name)]
    assert len(non_empty) >= len(QUERIES) * 2 // 3, f"only {non_empty} return rows"
