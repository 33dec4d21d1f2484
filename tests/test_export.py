"""Exports are complete, readable by networkx again, and byte-for-byte repeatable."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from iisg_graph.views.export import export_graph


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_single_file_exports_are_repeatable(sample_store, tmp_path, fmt):
    graph = sample_store.to_networkx()
    (first,) = export_graph(graph, fmt, tmp_path / f"a.{fmt}")
    (second,) = export_graph(sample_store.to_networkx(), fmt, tmp_path / f"b.{fmt}")
    assert first.read_bytes() == second.read_bytes()


def test_graphml_round_trip_keeps_counts(sample_store, tmp_path):
    graph = sample_store.to_networkx()
    (path,) = export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()


def test_neo4j_admin_headers_and_rows(sample_store, tmp_path):
    graph = sample_store.to_networkx()
    files = {p.name: p for p in export_graph(graph, "neo4j-admin", tmp_path / "admin")}
    with files["Event.csv"].open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "id:ID" and rows[0][-1] == ":LABEL" and "sources:string[]" in rows[0]
    assert len(rows) - 1 == sample_store.stats()["nodes"]["Event"]
    with files["ATTENDED.csv"].open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[:2] == [":START_ID", ":END_ID"] and header[-1] == ":TYPE"


def test_neo4j_admin_types_and_nulls(tmp_path):
    """Numbers carry their type, so that the importer stores what the stores write; null is an empty field and
    a string is always quoted (neo4j-admin reads an empty field as no property, ``""`` as an empty string)."""
    graph = nx.MultiDiGraph()
    graph.add_node("e1", label="Event", title="Meeting", kind=None, year=2023, sources=["s1"], evidence=[])
    graph.add_node("e2", label="Event", title='The "2nd" meeting', kind="", year=None, sources=[], evidence=[])
    files = {p.name: p for p in export_graph(graph, "neo4j-admin", tmp_path / "admin")}
    header, first, second = files["Event.csv"].read_text(encoding="utf-8").splitlines()
    assert header == ('"id:ID","sources:string[]","evidence:string[]","title","kind","start_date","end_date",'
                      '"year:long","date_precision",":LABEL"')
    assert first == '"e1","s1","","Meeting",,,,2023,,"Event"'
    assert second == '"e2","","","The ""2nd"" meeting","",,,,,"Event"'
