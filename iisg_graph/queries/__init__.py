"""Analyst queries: saved Cypher run by name on any store, with validated parameters.

>>> from iisg_graph.queries import catalog, get
>>> "worked-together" in catalog() and len(catalog()) >= 15
True
>>> get("worked-together").signature()
'pillar ("WBBSi"), min_events (1), include_inferred (true), limit (50)'
"""

from __future__ import annotations

from typing import Any

from iisg_graph.queries.catalog import Param, SavedQuery, catalog, get, parse_value, placeholders
from iisg_graph.queries.evidence import cut, parse_span, quotes
from iisg_graph.store.base import GraphStore, Row

__all__ = ["Param", "SavedQuery", "catalog", "cut", "get", "parse_span", "parse_value", "placeholders",
           "quotes", "run"]


def run(store: GraphStore, name: str, **params: Any) -> list[Row]:
    """Run the saved query ``name`` on ``store`` (read-only) with validated parameters.

    The store's ``engine`` attribute picks the variant ("ladybug" for the embedded store); stores without
    one get the portable text.

    >>> import tempfile, pathlib
    >>> from iisg_graph.store.embedded import EmbeddedStore
    >>> with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(pathlib.Path(tmp) / "g.db") as store:
    ...     run(store, "pillar-overview")
    []
    """
    query = get(name)
    return store.run(query.text_for(getattr(store, "engine", "neo4j")), query.bind(params))
