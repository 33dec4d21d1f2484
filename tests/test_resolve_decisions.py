"""Decisions files: same / not-same judgements, aliases and role tenures change resolution, not sources."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from iisg_graph.errors import ResolutionError
from iisg_graph.model.build import source_id
from iisg_graph.model.records import MeetingRecord, PersonMention
from iisg_graph.pipeline import ingest
from iisg_graph.resolve.decisions import load_decisions
from iisg_graph.resolve.resolver import FullResolver, default_resolver
from iisg_graph.resolve.review import review_report
from iisg_graph.store.embedded import EmbeddedStore

BUNDLED = Path(__file__).resolve().parent.parent / "iisg_graph/data/decisions.yaml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "iisg-decisions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def resolver_with(path: Path, *records: MeetingRecord) -> FullResolver:
    resolver = FullResolver(load_decisions([BUNDLED, path]))
    resolver.prepare([(r, source_id(r)) for r in records])
    return resolver


A = MeetingRecord(title="A", people=[PersonMention(name="Ardi Veli", org="Albanian State Police")])
B = MeetingRecord(title="B", people=[PersonMention(name="Ardi Veliu", org="Albanian State Police")])
C = MeetingRecord(title="C", people=[PersonMention(name="Ardian Velija", org="UNODC")])


def test_not_same_splits_an_automatic_merge(tmp_path: Path) -> None:
    assert resolver_with(write(tmp_path, ""), A, B).person(A.people[0], A).id == \
        resolver_with(write(tmp_path, ""), A, B).person(B.people[0], B).id
    path = write(tmp_path, "not_same:\n  - kind: person\n    items: [Ardi Veli, Ardi Veliu]\n")
    r = resolver_with(path, A, B)
    assert r.person(A.people[0], A).id != r.person(B.people[0], B).id


def test_same_joins_what_context_could_not(tmp_path: Path) -> None:
    r = resolver_with(write(tmp_path, ""), A, C)
    assert r.person(A.people[0], A).id != r.person(C.people[0], C).id
    path = write(tmp_path, "same:\n  - kind: person\n    items: [Ardi Veli, person-ardian-velia]\n"
                           "    note: confirmed by the analyst\n")
    r = resolver_with(path, A, C)
    assert r.person(A.people[0], A).id == r.person(C.people[0], C).id


def test_organisation_same_alias_and_not_same(tmp_path: Path) -> None:
    rec = MeetingRecord(title="x")
    path = write(tmp_path, """
same:
  - kind: organisation
    items: [IISG, IISG Support Group]
not_same:
  - kind: organisation
    items: [OSCE, OBSE]
aliases:
  - kind: organisation
    alias: MUP RS
    target: Ministry of the Interior of Serbia
""")
    r = resolver_with(path, rec)
    assert r.actor("IISG Support Group", rec).id == "org-iisg"
    assert r.actor("OBSE", rec).id != r.actor("OSCE", rec).id
    assert r.actor("MUP RS", rec).id == "org-ministry-interior-rs"


def test_event_same_joins_an_undated_report(tmp_path: Path) -> None:
    a = MeetingRecord(id="chiefs-hr", title="Border police chiefs discuss migration in Tirana", city="Tirana",
                      country="AL")
    b = MeetingRecord(id="chiefs-dcaf", title="Adriatic route tops the agenda in Tirana", city="Tirana",
                      country="AL", start_date=dt.date(2018, 7, 18))
    assert resolver_with(write(tmp_path, ""), a, b).event(a, source_id(a)) != \
        resolver_with(write(tmp_path, ""), a, b).event(b, source_id(b))
    r = resolver_with(write(tmp_path, "same:\n  - {kind: event, items: [chiefs-hr, chiefs-dcaf]}\n"), a, b)
    assert r.event(a, source_id(a)) == r.event(b, source_id(b))


def test_role_tenure_from_decisions(tmp_path: Path) -> None:
    named = MeetingRecord(title="x", start_date=dt.date(2020, 1, 1),
                          people=[PersonMention(name="Jane Doe", org="RCC", role="Secretary General")])
    other = MeetingRecord(title="y", start_date=dt.date(2020, 6, 1),
                          people=[PersonMention(name="John Roe", org="RCC", role="Secretary General")])
    role = MeetingRecord(title="z", start_date=dt.date(2020, 3, 1), participant_orgs=["RCC"],
                         people=[PersonMention(name="the SG", org="RCC")])
    r = resolver_with(write(tmp_path, ""), named, other, role)
    assert r.person(role.people[0], role).id not in {"person-jane-doe", "person-john-roe"}  # two candidates
    path = write(tmp_path, "roles:\n  - {person: Jane Doe, role: Secretary General, org: RCC, "
                           "since: 2019-01-01, until: 2020-04-30}\n")
    r = resolver_with(path, named, other, role)
    assert r.person(role.people[0], role).id == "person-jane-doe"


@pytest.mark.parametrize(("text", "where"), [
    ("same:\n  - kind: person\n    items: [only one]\n", "same[0]"),
    ("not_same:\n  - kind: place\n    items: [a, b]\n", "not_same[0]"),
    ("same: {kind: person}\n", "same"),
    ("aliases:\n  - {kind: person, alias: X}\n", "aliases[0]"),
    ("roles:\n  - {person: X, role: Y, since: yesterday}\n", "roles[0].since"),
    ("merges: []\n", "(top level)"),
    ("same: [\n", "cannot read"),
])
def test_malformed_file_names_file_and_entry(tmp_path: Path, text: str, where: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ResolutionError) as err:
        load_decisions([path])
    assert str(path) in str(err.value) and where in str(err.value)


def test_user_file_from_environment_applies_on_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text("\n".join(json.dumps(r.model_dump(mode="json")) for r in (A, B)), encoding="utf-8")
    path = write(tmp_path, "not_same:\n  - kind: person\n    items: [Ardi Veli, Ardi Veliu]\n")
    monkeypatch.setenv("IISG_DECISIONS", str(path))
    assert len(default_resolver().decisions.not_same) == 1
    with EmbeddedStore(tmp_path / "db") as store:
        ingest(store, [records])
        assert store.stats()["nodes"]["Person"] == 2
    assert records.read_text(encoding="utf-8").count("Ardi Veli") == 2  # sources are never rewritten


def test_review_report_and_command(tmp_path: Path) -> None:
    report = review_report([A, B, C], FullResolver(load_decisions([BUNDLED])))
    assert set(report) == {"candidate_merges", "unknown_mentions", "unlinked_people", "conflicts"}
    merged = [c for c in report["candidate_merges"] if c["merged"]]
    assert merged and merged[0]["reason"].startswith("similar names") and merged[0]["score"] > 90

    from iisg_graph.cli.review import review

    records = tmp_path / "r.jsonl"
    records.write_text("\n".join(json.dumps(r.model_dump(mode="json")) for r in (A, B, C)), encoding="utf-8")
    out = CliRunner().invoke(review, [str(records), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["candidate_merges"]
    out = CliRunner().invoke(review, ["--help"])
    assert "Example:" in out.output


def test_review_of_a_loaded_store(tmp_path: Path) -> None:
    from iisg_graph.resolve.review import review_store

    records = tmp_path / "r.jsonl"
    rows = [MeetingRecord(title="x", start_date=dt.date(2020, 1, 1), participant_orgs=["Balkan Widget Forum"],
                          people=[PersonMention(name="Marko Petrović", org="RCC")]),
            MeetingRecord(title="y", start_date=dt.date(2021, 1, 1),
                          people=[PersonMention(name="Mirko Petrović", org="RCC")])]
    records.write_text("\n".join(json.dumps(r.model_dump(mode="json")) for r in rows), encoding="utf-8")
    with EmbeddedStore(tmp_path / "db") as store:
        ingest(store, [records])
        report = review_store(store)
    assert any(not c["merged"] for c in report["candidate_merges"])
    assert [u["id"] for u in report["unknown_mentions"]] == ["org-balkan-widget-forum"]
