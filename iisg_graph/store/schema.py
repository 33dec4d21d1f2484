"""Schema statements and column layouts shared by the stores.

Column order and types come from the pydantic model (``iisg_graph/model/graph.py``); the DDL files in
``cypher/schema/`` state the same thing for each engine, checked by ``tests/test_schema.py``.
"""

from __future__ import annotations

import re
import types
import typing
from functools import cache
from pathlib import Path

import pyarrow as pa

from iisg_graph.model.graph import ALL_NODE_TYPES, REL_COMMON, REL_PROPS
from iisg_graph.resources import cypher_dir

__all__ = ["node_arrow_schema", "node_columns", "rel_arrow_schema", "rel_columns", "schema_statements"]

_REL_TYPES = {"role": pa.string(), "since": pa.string(), "until": pa.string(), "basis": pa.string(),
              "amount": pa.float64(), "currency": pa.string(), "sources": pa.list_(pa.string()),
              "evidence": pa.list_(pa.string()), "method": pa.string(), "confidence": pa.float64()}


def schema_statements(engine: str) -> list[str]:
    """Statements of ``cypher/schema/<engine>.cypher`` without comments, in file order."""
    text = Path(cypher_dir() / "schema" / f"{engine}.cypher").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    return [s.strip() for s in text.split(";") if s.strip()]


def _arrow_type(annotation: object) -> pa.DataType:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return _arrow_type(args[0])
    if typing.get_origin(annotation) is list:
        return pa.list_(pa.string())
    return {str: pa.string(), int: pa.int64(), float: pa.float64()}[annotation]


@cache
def node_columns(label: str) -> tuple[str, ...]:
    return tuple(ALL_NODE_TYPES[label].model_fields)


@cache
def node_arrow_schema(label: str) -> pa.Schema:
    fields = ALL_NODE_TYPES[label].model_fields
    return pa.schema([(name, _arrow_type(f.annotation)) for name, f in fields.items()])


@cache
def rel_columns(rel_type: str) -> tuple[str, ...]:
    return (*REL_PROPS.get(rel_type, ()), *REL_COMMON)


@cache
def rel_arrow_schema(rel_type: str) -> pa.Schema:
    cols = [("from", pa.string()), ("to", pa.string())]
    return pa.schema(cols + [(c, _REL_TYPES[c]) for c in rel_columns(rel_type)])
