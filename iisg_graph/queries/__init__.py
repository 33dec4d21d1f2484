"""Analyst queries: saved Cypher run by name on any store.

>>> from iisg_graph.queries import catalog
>>> "worked-together" in catalog()
True
"""

from __future__ import annotations

from typing import Any

from iisg_graph.queries.catalog import SavedQuery, catalog, get
from iisg_graph.store.base import GraphStore, Row

__all__ = ["SavedQuery", "catalog", "get", "run"]


def run(store: GraphStore, name: str, **params: Any) -> list[Row]:
    """Run the saved query ``name`` on ``store`` (read-only) with validated parameters."""
    query = get(name)
    return store.run(query.text_for(getattr(store, "engine", "neo4j")), query.bind(params))
