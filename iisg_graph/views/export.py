"""Exports of the whole graph: GraphML, GEXF, JSON (node-link), CSV and neo4j-admin import CSV.

All exports are deterministic (nodes and edges sorted by id), so re-exporting an unchanged graph gives
the same bytes. GraphML/GEXF cannot hold lists or nulls: lists are joined with ``; `` and nulls dropped.
"""

from __future__ import annotations

import csv
import json
import types
import typing
from pathlib import Path
from typing import Any

import networkx as nx

from iisg_graph.model.graph import NODE_TYPES, REL_ENDPOINTS
from iisg_graph.store.schema import node_columns, rel_columns

__all__ = ["EXPORT_FORMATS", "export_graph"]

EXPORT_FORMATS = ("graphml", "gexf", "json", "csv", "neo4j-admin")


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A sorted copy whose attribute values are scalars (lists joined, nulls dropped)."""
    def clean(data: dict[str, Any]) -> dict[str, Any]:
        return {k: "; ".join(map(str, v)) if isinstance(v, list) else v
                for k, v in sorted(data.items()) if v is not None}

    out = nx.MultiDiGraph()
    for node in sorted(graph.nodes):
        out.add_node(node, **clean(graph.nodes[node]))
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        out.add_edge(u, v, key=key, **clean(data))
    return out


def _json(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    nodes = [{"id": n, **graph.nodes[n]} for n in sorted(graph.nodes)]
    edges = [{"source": u, "target": v, **d}
             for u, v, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"]))]
    path.write_text(json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, indent=1, sort_keys=True),
                    encoding="utf-8")
    return [path]


def _cell(value: Any, array_sep: str = "; ") -> Any:
    return array_sep.join(map(str, value)) if isinstance(value, list) else value


def _nodes_by_label(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Node ids per label, each list sorted: one sort for all labels (a sort per label cost minutes at 200k
    nodes and a dozen labels)."""
    out: dict[str, list[str]] = {label: [] for label in NODE_TYPES}
    for n in sorted(graph.nodes):
        out.setdefault(graph.nodes[n].get("label"), []).append(n)
    return out


def _edges_by_type(graph: nx.MultiDiGraph) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
    """Edges per relationship type, each list sorted by (source, target), from one sort."""
    out: dict[str, list[tuple[str, str, dict[str, Any]]]] = {t: [] for t in REL_ENDPOINTS}
    for u, v, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])):
        out.setdefault(d.get("type"), []).append((u, v, d))
    return out


def _csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    nodes, edges = _nodes_by_label(graph), _edges_by_type(graph)
    for label in NODE_TYPES:
        cols = node_columns(label)
        rows = [[n] + [_cell(graph.nodes[n].get(c)) for c in cols[1:]] for n in nodes[label]]
        written.append(_write(folder / f"nodes_{label}.csv", list(cols), rows))
    for rel_type in REL_ENDPOINTS:
        cols = rel_columns(rel_type)
        rows = [[u, v] + [_cell(d.get(c)) for c in cols] for u, v, d in edges[rel_type]]
        written.append(_write(folder / f"rels_{rel_type}.csv", ["from", "to", *cols], rows))
    return written


_ADMIN_SCALARS: dict[object, str] = {int: ":long", float: ":double"}


def _admin_type(annotation: object) -> str:
    """The neo4j-admin header suffix of a model field: ``:string[]``, ``:long``, ``:double`` or none (string),
    so that imported values have the types the stores write (``Event.year`` an integer, not "2015")."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return _admin_type(args[0])
    if annotation == list[str]:
        return ":string[]"
    return _ADMIN_SCALARS.get(annotation, "")


def _neo4j_admin(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """Headers in neo4j-admin's import format (``id:ID``, ``:LABEL``, ``:START_ID``, ``:TYPE``, ``x:string[]``,
    ``year:long``). Strings are always quoted and nulls left empty: the importer reads an empty field as no
    property and ``""`` as an empty string, as the stores write them. It cannot write an empty array (an
    empty list gives no property where the stores write ``[]``): set those after the import, e.g.
    ``MATCH (n:Person) WHERE n.aliases IS NULL SET n.aliases = []`` (``benchmarks/bench_neo4j_import.py``)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    nodes, edges = _nodes_by_label(graph), _edges_by_type(graph)
    for label, model in NODE_TYPES.items():
        cols = node_columns(label)
        header = ["id:ID"] + [c + _admin_type(model.model_fields[c].annotation) for c in cols[1:]] + [":LABEL"]
        rows = [[n] + [_cell(graph.nodes[n].get(c), ";") for c in cols[1:]] + [label] for n in nodes[label]]
        written.append(_write_admin(folder / f"{label}.csv", header, rows))
    for rel_type in REL_ENDPOINTS:
        cols = rel_columns(rel_type)
        header = [":START_ID", ":END_ID"] + [f"{c}:string[]" if c in {"sources", "evidence"} else
                                             f"{c}:double" if c in {"confidence", "amount"} else c
                                             for c in cols] + [":TYPE"]
        rows = [[u, v] + [_cell(d.get(c), ";") for c in cols] + [rel_type] for u, v, d in edges[rel_type]]
        written.append(_write_admin(folder / f"{rel_type}.csv", header, rows))
    return written


def _admin_field(value: Any) -> str:
    """A neo4j-admin CSV field: null empty, numbers bare, strings always quoted (``""`` is an empty string;
    csv.QUOTE_NONNUMERIC would quote null as ``""`` too before Python 3.12's QUOTE_NOTNULL)."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return repr(value)
    return '"' + str(value).replace('"', '""') + '"'


def _write_admin(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        for row in [header, *rows]:
            fh.write(",".join(map(_admin_field, row)) + "\n")
    return path


def _write(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def export_graph(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> list[Path]:
    """Write ``graph`` (from ``store.to_networkx()``) as ``fmt``; csv/neo4j-admin write into a folder."""
    path = Path(path)
    if fmt in {"csv", "neo4j-admin"}:
        return (_csv if fmt == "csv" else _neo4j_admin)(graph, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        return _json(graph, path)
    if fmt == "graphml":
        nx.write_graphml(_flat(graph), path)
    elif fmt == "gexf":
        nx.write_gexf(_flat(graph), path)
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    return [path]
