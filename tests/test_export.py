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
