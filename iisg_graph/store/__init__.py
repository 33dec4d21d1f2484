"""Graph stores opened from a URI: ``embedded:PATH`` (default) or ``neo4j://`` / ``bolt://``."""

from __future__ import annotations

import os

from iisg_graph.errors import StoreError
from iisg_graph.store.base import GraphStore

__all__ = ["DEFAULT_URI", "GraphStore", "open_store"]

DEFAULT_URI = "embedded:./iisg.db"
_NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def open_store(uri: str | None = None, *, read_only: bool = False) -> GraphStore:
    """Open a store; ``uri`` defaults to ``$IISG_STORE`` then ``embedded:./iisg.db``."""
    uri = uri or os.environ.get("IISG_STORE") or DEFAULT_URI
    if uri.startswith("embedded:"):
        from iisg_graph.store.embedded import EmbeddedStore

        return EmbeddedStore(uri.removeprefix("embedded:") or "./iisg.db", read_only=read_only)
    if uri.startswith(_NEO4J_SCHEMES):
        from iisg_graph.store.neo4j import Neo4jStore

        return Neo4jStore.from_uri(uri, read_only=read_only)
    raise StoreError(f"unknown store URI {uri!r}: expected embedded:PATH, neo4j://HOST:PORT or bolt://HOST:PORT")
