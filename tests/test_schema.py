"""The DDL in cypher/schema/ladybug.cypher states exactly the pydantic graph model."""

from __future__ import annotations

import re

from iisg_graph.model.graph import ALL_NODE_TYPES, REL_ENDPOINTS
from iisg_graph.store.schema import node_columns, rel_columns, schema_statements

_TABLE = re.compile(r"CREATE (NODE|REL) TABLE IF NOT EXISTS (\w+)\((.*)\)$", re.S)


def parsed() -> dict[str, tuple[str, list[str]]]:
    out = {}
    for statement in schema_statements("ladybug"):
        kind, name, body = _TABLE.match(statement).groups()
        out[name] = (kind, [p.strip() for p in body.split(",")])
    return out


def test_node_tables_match_the_model():
    tables = parsed()
    for label in ALL_NODE_TYPES:
        kind, parts = tables[label]
        assert kind == "NODE"
        assert [p.split()[0] for p in parts] == list(node_columns(label))


def test_rel_tables_match_the_model():
    tables = parsed()
    for rel_type, pairs in REL_ENDPOINTS.items():
        kind, parts = tables[rel_type]
        assert kind == "REL"
        froms = [tuple(p.split()[1::2]) for p in parts if p.startswith("FROM ")]
        assert froms == list(pairs)
        assert [p.split()[0] for p in parts if not p.startswith("FROM ")] == list(rel_columns(rel_type))
    assert set(tables) == set(ALL_NODE_TYPES) | set(REL_ENDPOINTS)
