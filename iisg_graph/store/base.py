"""The GraphStore protocol: one small surface, two engines (embedded LadybugDB and Neo4j).

Semantics every implementation keeps (the contract test in ``tests/test_store_contract.py`` checks them):

- ``upsert(batch)`` creates missing nodes/relationships and merges existing ones by key: provenance
  lists are unioned, properties overwritten by non-null new values. Upserting the same batch twice
  changes nothing.
- ``retract(source_id)`` removes that source from every node's and relationship's provenance and deletes
  what no source supports any more: exactly the facts only that source supported.
- ``create_nodes(label, rows)`` bulk-creates nodes known to be new (derived rows, ``iisg_graph.derive``),
  without the merge lookups of ``upsert``.
- ``run(cypher, params, write=False)`` runs parameterised Cypher; read-only unless ``write=True``.
- ``to_networkx()`` gives a MultiDiGraph with node attribute ``label`` and edge attribute ``type``.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import networkx as nx

from iisg_graph.model.graph import GraphBatch

__all__ = ["GraphStore", "Row"]

Row = dict[str, Any]


@runtime_checkable
class GraphStore(Protocol):
    uri: str

    def upsert(self, batch: GraphBatch) -> dict[str, int]:
        """Write a batch; return counts ``{"nodes_created", "nodes_updated", "rels_created", "rels_updated"}``."""
        ...

    def create_nodes(self, label: str, rows: list[Row]) -> int:
        """Create nodes of a model label from full property rows, none of which exists yet; return how many."""
        ...

    def retract(self, source_id: str) -> dict[str, int]:
        """Remove one source's support; return ``{"nodes_deleted", "rels_deleted"}``."""
        ...

    def run(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> list[Row]:
        ...

    def to_networkx(self) -> nx.MultiDiGraph:
        ...

    def stats(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: n}, "relationships": {type: n}}`` with every label and type present (0 too)."""
        ...

    def source_hashes(self) -> dict[str, str | None]:
        """``{source id: sha256}`` of stored sources, to tell a changed source from a reload."""
        ...

    def clear(self) -> None:
        """Delete everything (tests, ``demo``)."""
        ...

    def close(self) -> None:
        ...

    def __enter__(self) -> GraphStore:
        ...

    def __exit__(self, *exc: object) -> None:
        ...
