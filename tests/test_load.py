"""Loading: idempotence, clear errors for bad records, nothing half-stored, changed sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iisg_graph.errors import InputError, UnsupportedSource
from iisg_graph.model.graph import NODE_TYPES
from iisg_graph.pipeline import ingest
from loaders.records import load as load_records

GOOD = {"title": "Border police meeting in Skopje", "start_date": "2023-04-28", "city": "Skopje",
        "country": "MK", "organisers": ["IISG Secretariat"], "participant_orgs": ["Frontex", "DCAF"],
        "participant_countries": ["AL", "XK"], "pillars": ["WBBSi"],
        "people": [{"name": "Agron Sojati", "role": "Head of IISG Secretariat", "org": "IISG Secretariat"}]}


def write_jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def total(store) -> tuple[int, int]:
    stats = store.stats()
    return sum(stats["nodes"].values()), sum(stats["relationships"].values())


def test_loading_twice_changes_nothing(embedded, tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", GOOD, {**GOOD, "title": "Second meeting", "start_date": "2023-05-02"})
    first = ingest(embedded, [path])
    counts = total(embedded)
    second = ingest(embedded, [path])
    assert total(embedded) == counts
    assert counts == (first.counts["nodes_created"], first.counts["rels_created"])
    assert second.counts == {"nodes_created": 0, "nodes_updated": 0, "rels_created": 0, "rels_updated": 0}


@pytest.mark.parametrize(("bad", "field", "expected"), [
    ({"country": "ZZ"}, "country", "unknown country code 'ZZ'"),
    ({"start_date": "2023-13-45"}, "start_date", "valid date"),
    ({"title": ""}, "title", "at least 1 character"),
    ({"participant_countries": ["AL", "Atlantis"]}, "participant_countries.1", "unknown country code"),
    ({"pillars": ["Pillar 9"]}, "pillars.0", "unknown pillar"),
    ({"organizers": ["OSCE"]}, "organizers", "Extra inputs are not permitted"),
])
def test_bad_record_names_file_line_and_field_and_stores_nothing(embedded, tmp_path, bad, field, expected):
    path = write_jsonl(tmp_path / "bad.jsonl", GOOD, {**GOOD, **bad})
    with pytest.raises(InputError) as info:
        ingest(embedded, [path])
    message = str(info.value)
    assert f"{path}:2" in message
    assert f"field '{field}'" in message
    assert expected in message
    assert total(embedded) == (0, 0)


def test_missing_title_is_an_error(tmp_path):
    record = {k: v for k, v in GOOD.items() if k != "title"}
    with pytest.raises(InputError, match=r"r\.jsonl:1, field 'title': Field required"):
        list(load_records(write_jsonl(tmp_path / "r.jsonl", record)))


def test_bad_second_file_leaves_the_first_files_facts_alone(embedded, tmp_path):
    ingest(embedded, [write_jsonl(tmp_path / "a.jsonl", GOOD)])
    before = total(embedded)
    with pytest.raises(InputError):
        ingest(embedded, [write_jsonl(tmp_path / "b.jsonl", {**GOOD, "title": "Other"}, {"title": 3})])
    assert total(embedded) == before


def test_skip_invalid_reports_and_keeps_the_rest(embedded, tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", GOOD, {**GOOD, "country": "ZZ"})
    report = ingest(embedded, [path], skip_invalid=True)
    assert report.records == 1
    assert len(report.skipped) == 1 and "r.jsonl:2" in report.skipped[0]
    assert embedded.stats()["nodes"]["Event"] == 1


def test_changed_source_replaces_only_its_own_facts(embedded, tmp_path):
    other = {**GOOD, "title": "Counter-terrorism workshop", "source": {"uri": "b"}, "participant_orgs": ["OSCE"]}
    path = write_jsonl(tmp_path / "r.jsonl", {**GOOD, "source": {"uri": "a"}}, other)
    ingest(embedded, [path])
    changed = {**GOOD, "source": {"uri": "a"}, "participant_orgs": ["Europol"]}
    report = ingest(embedded, [write_jsonl(tmp_path / "r.jsonl", changed, other)])
    assert report.replaced_sources == 1
    names = {r["n"] for r in embedded.run("MATCH (o:Organisation) RETURN o.name AS n")}
    assert "Europol" in names and "OSCE" in names
    assert "Frontex" not in names and "DCAF" not in names  # only source "a" named them


def test_csv_and_yaml_records(embedded, tmp_path):
    csv_path = tmp_path / "r.csv"
    csv_path.write_text("title,start_date,city,country,participant_orgs,participant_countries,pillars\n"
                        "Meeting on firearms,2022-03-01,Sarajevo,BA,OSCE;UNODC,BA;RS,WBCSCi\n", encoding="utf-8")
    yaml_path = tmp_path / "r.yaml"
    yaml_path.write_text("- title: Counter-terrorism seminar\n  start_date: 2022-05-10\n  country: AL\n"
                         "  participant_orgs: [RCC]\n  pillars: [WBCTi]\n", encoding="utf-8")
    ingest(embedded, [csv_path, yaml_path])
    rows = embedded.run("MATCH (o)-[:ATTENDED]->(e:Event)-[:CONCERNS]->(p:Pillar) "
                        "RETURN o.name AS actor, p.code AS p ORDER BY actor")
    assert rows == [{"actor": "Bosnia and Herzegovina", "p": "WBCSCi"}, {"actor": "OSCE", "p": "WBCSCi"},
                    {"actor": "RCC", "p": "WBCTi"}, {"actor": "Serbia", "p": "WBCSCi"},
                    {"actor": "UNODC", "p": "WBCSCi"}]


def test_csv_error_names_the_line(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("title,country\nFine,AL\nBroken,Albania\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r\.csv:3, field 'country'"):
        list(load_records(path))


def test_unknown_file_type_lists_supported_ones(embedded, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"x")
    with pytest.raises(UnsupportedSource, match=r"\.jsonl"):
        ingest(embedded, [path])


def test_every_fact_carries_its_source(embedded, tmp_path):
    ingest(embedded, [write_jsonl(tmp_path / "r.jsonl", GOOD)])
    (sid,) = [r["id"] for r in embedded.run("MATCH (s:Source) RETURN s.id AS id")]
    unsourced = embedded.run("MATCH (a)-[r]->(b) WHERE NOT list_contains(r.sources, $s) RETURN count(r) AS n",
                             {"s": sid})
    assert unsourced == [{"n": 0}]
    for label in NODE_TYPES:  # facts; derived CoAttendance rows are traced through their events instead
        assert embedded.run(f"MATCH (n:{label}) WHERE size(n.sources) = 0 RETURN count(n) AS n") == [{"n": 0}]


def test_a_later_report_of_a_stored_meeting_joins_its_event(embedded, tmp_path):
    first = {**GOOD, "title": "Regional Support Group meeting on Pillar 3 in Skopje", "source": {"uri": "a"}}
    later = {**GOOD, "title": "WBBSi Support Group meets in Skopje", "source": {"uri": "b"},
             "participant_orgs": ["Frontex", "IOM"]}
    ingest(embedded, [write_jsonl(tmp_path / "a.jsonl", first)])
    ingest(embedded, [write_jsonl(tmp_path / "b.jsonl", later)])
    assert embedded.stats()["nodes"]["Event"] == 1
    rows = embedded.run("MATCH (e:Event)-[:REPORTED_IN]->(s:Source) RETURN s.uri AS uri ORDER BY uri")
    assert [r["uri"] for r in rows] == ["a", "b"]
    ingest(embedded, [write_jsonl(tmp_path / "b.jsonl", later)])  # and reloading changes nothing
    assert embedded.stats()["nodes"]["Event"] == 1


def test_a_different_meeting_on_other_days_stays_apart(embedded, tmp_path):
    ingest(embedded, [write_jsonl(tmp_path / "a.jsonl", {**GOOD, "source": {"uri": "a"}})])
    other = {**GOOD, "start_date": "2023-09-12", "source": {"uri": "b"}}
    ingest(embedded, [write_jsonl(tmp_path / "b.jsonl", other)])
    assert embedded.stats()["nodes"]["Event"] == 2
