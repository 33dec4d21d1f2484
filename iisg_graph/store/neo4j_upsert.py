"""The write path of the Neo4j store: one ``GraphBatch`` in one transaction, reading before writing.

Why it is written the way it is (each point measured on the 2-core development machine, see
``docs/performance.md`` and ``benchmarks/bench_neo4j_load.py``):

- **Read, compare in Python, write only what changed.** Existing nodes and relationships are read in bulk
  (``UNWIND`` over keys, index seeks, one ``collect(…)`` record per statement instead of one record per
  row, which the driver decodes several times faster), merged with :func:`merge_props` — the rule the
  embedded store and :class:`GraphBatch` apply — and only rows the merge changes are written back. A
  reload of unchanged data is therefore read-only.
- **A relationship with an end node created in this transaction is new.** Nothing can point at a node
  that did not exist before, and a batch holds each relationship key once, so those rows skip the
  existence check and go straight to ``CREATE``. On a first load that is nearly every relationship.
- **End nodes by element id.** The node phase learns the element id of every node of the batch (read or
  created), and relationship statements find their end nodes with ``elementId(a) = …`` — a direct record
  lookup — instead of two index seeks per row (about 1.5× faster measured). The label is checked too.
  Element ids are only used inside the transaction that read them; like the rest of the store this assumes
  one writer at a time (another writer deleting nodes concurrently could leave an id to be reused).
- **Compact rows.** New rows travel as lists in column order and are written with a map literal in
  ``CREATE``; dict rows plus ``SET r = row.p`` cost about 1.5–2× more on the server.
- Label and relationship-type names come from the model constants only; every value is a parameter.
- **Pipelined.** Statements are sent without waiting for the previous one to finish (the driver sends
  RUN and PULL together and returns; results are read when needed), so that Python builds the rows of
  the next statement while the server executes the last one — client and server share two cores here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import neo4j

from iisg_graph.errors import StoreError
from iisg_graph.model.graph import REL_PROPS, GraphBatch, Node, Rel, merge_props
from iisg_graph.store.schema import node_columns, rel_columns

__all__ = ["CHUNK", "create_nodes", "upsert_batch"]

CHUNK = 10_000
"""Rows per ``UNWIND`` statement: 5k–20k measured alike; larger only costs heap on the server."""

_T = TypeVar("_T")
_NodeKey = tuple[str, str]


class _Rows(list):  # type: ignore[type-arg]
    """A parameter list with a short ``repr``: driver 6.4 formats every RUN's parameters for a debug log line
    even when debug logging is off, which cost about a quarter of a 10k-row round trip (measured)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[_Rows]:
    for start in range(0, len(items), size):
        yield _Rows(items[start : start + size])


def _map_literal(columns: Sequence[str], offset: int) -> str:
    """``{a: row[offset], b: row[offset + 1], …}``: the property map of a list row (names from the model)."""
    return "{" + ", ".join(f"{c}: row[{offset + i}]" for i, c in enumerate(columns)) + "}"


def _same(var: str, columns: Sequence[str], offset: int) -> str:
    """A predicate true when every stored property ``var.c`` equals ``row[offset + i]`` (both null counts as
    equal), so that unchanged rows can be told apart on the server and need not travel back."""
    return " AND ".join(
        f"coalesce({var}.{c} = row[{offset + i}], {var}.{c} IS NULL AND row[{offset + i}] IS NULL)"
        for i, c in enumerate(columns)
    )


def _merged(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any] | None:
    """``merge_props(old, new)`` when that changes ``old``, else None."""
    merged = merge_props(old, new)
    return None if merged == old else merged


@dataclass
class _Group:
    """Rows of one label or relationship group, and the reads sent for them but not yet received."""

    columns: tuple[str, ...]
    rows: list[list[Any]]
    reads: list[tuple[list[int], neo4j.Result]] = field(default_factory=list)


class _Upsert:
    """State of one upsert attempt (a retried transaction starts a new one).

    Unchanged rows are recognised on the server by equality with the incoming values: when every stored
    value equals the incoming one, :func:`merge_props` cannot change it, because a ``GraphBatch`` holds its
    lists sorted and without duplicates (so the union with itself is itself). Only rows that differ come
    back and are merged here with the one rule; most of a reload therefore moves no property data back.
    """

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx
        self.element_ids: dict[_NodeKey, str] = {}
        self.fresh: set[_NodeKey] = set()
        self.counts = {"nodes_created": 0, "nodes_updated": 0, "rels_created": 0, "rels_updated": 0}
        self._writes: list[tuple[neo4j.Result, Callable[[neo4j.Result], None]]] = []

    def _send(self, cypher: str, rows: _Rows) -> neo4j.Result:
        """Send a statement; its result is read later (the server works while Python goes on)."""
        return self.tx.run(cypher, rows=rows)

    def _write(self, cypher: str, rows: _Rows, check: Callable[[neo4j.Result], None]) -> None:
        self._writes.append((self._send(cypher, rows), check))

    def finish_writes(self) -> None:
        """Receive every sent write and run its check (in order)."""
        for result, check in self._writes:
            check(result)
        self._writes.clear()

    def _resolve(self, label: str, ids: Iterable[str]) -> None:
        """Element ids of stored nodes by key (index seeks); ids not in the store stay unknown."""
        cypher = f"UNWIND $rows AS i MATCH (n:{label} {{id: i}}) RETURN collect([i, elementId(n)])"
        for chunk in _chunks(sorted(ids)):
            for node_id, element_id in self._send(cypher, chunk).single(strict=True)[0]:
                self.element_ids[(label, node_id)] = element_id

    # -- nodes -----------------------------------------------------------------------------------
    def read_nodes(self, label: str, nodes: list[Node]) -> _Group:
        """Send the reads of one label's nodes: element id of each stored one, properties of those that differ."""
        cols = node_columns(label)
        # attributes, not props(): model_dump copies every list (hub nodes carry thousands of sources)
        group = _Group(cols, [[getattr(n, c) for c in cols] for n in nodes])  # id first
        read = (
            "UNWIND range(0, size($rows) - 1) AS i WITH i, $rows[i] AS row "
            f"MATCH (n:{label} {{id: row[0]}}) "
            f"RETURN collect([i, elementId(n), CASE WHEN {_same('n', cols, 0)} THEN null ELSE properties(n) END])"
        )
        for start in range(0, len(group.rows), CHUNK):
            rows = _Rows(group.rows[start : start + CHUNK])
            group.reads.append((list(range(start, start + len(rows))), self._send(read, rows)))
        return group

    def write_nodes(self, label: str, group: _Group) -> None:
        """Receive the reads, send creates for the missing nodes and updates for the changed ones."""
        cols, eids = group.columns, self.element_ids
        found: set[int] = set()
        changed = []
        for indexes, result in group.reads:
            for i, element_id, props in result.single(strict=True)[0]:
                row = group.rows[indexes[i]]
                found.add(indexes[i])
                eids[(label, row[0])] = element_id
                if props is not None:
                    merged = _merged({c: props.get(c) for c in cols}, dict(zip(cols, row, strict=True)))
                    if merged is not None:
                        changed.append(merged)
        new_rows = [row for k, row in enumerate(group.rows) if k not in found]
        create = f"UNWIND $rows AS row CREATE (n:{label} {_map_literal(cols, 0)}) RETURN collect([n.id, elementId(n)])"

        def created(result: neo4j.Result) -> None:
            for node_id, element_id in result.single(strict=True)[0]:
                eids[(label, node_id)] = element_id
                self.fresh.add((label, node_id))

        for chunk in _chunks(new_rows):
            self._write(create, chunk, created)
        for chunk in _chunks(changed):
            self._write(f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n = row", chunk, _consume)
        self.counts["nodes_created"] += len(new_rows)
        self.counts["nodes_updated"] += len(changed)

    # -- relationships ---------------------------------------------------------------------------
    def read_rels(self, rel_type: str, src_label: str, dst_label: str, rels: list[Rel]) -> _Group:
        """Build the rows of one (type, from label, to label) and send the reads of those that may exist."""
        cols = rel_columns(rel_type)
        own = REL_PROPS.get(rel_type, ())
        eids, fresh = self.element_ids, self.fresh
        self._resolve(src_label, {r.src for r in rels if (src_label, r.src) not in eids})
        self._resolve(dst_label, {r.dst for r in rels if (dst_label, r.dst) not in eids})
        group = _Group(cols, [])
        known: list[int] = []  # rows whose two end nodes existed before this transaction
        for r in rels:
            a, b = eids.get((src_label, r.src)), eids.get((dst_label, r.dst))
            if a is None or b is None:
                missing = f"{src_label} {r.src!r}" if a is None else f"{dst_label} {r.dst!r}"
                raise StoreError(
                    f"{rel_type} relationship {r.src!r} -> {r.dst!r}: expected both end nodes in "
                    f"the store or the batch, found no {missing}"
                )
            if (src_label, r.src) not in fresh and (dst_label, r.dst) not in fresh:
                known.append(len(group.rows))
            group.rows.append([a, b, *(r.props.get(p) for p in own), r.sources, r.evidence, r.method, r.confidence])
        # Only a relationship between two nodes that existed before this transaction can exist already.
        # OPTIONAL MATCH: with both ends bound it plans as OptionalExpand(Into), which walks the end with fewer
        # relationships; a plain MATCH planned Expand(All) from the start node, i.e. over every relationship of
        # a hub such as a country (a reload took 5x longer).
        read = (
            f"UNWIND range(0, size($rows) - 1) AS i WITH i, $rows[i] AS row {_ends(src_label, dst_label)}"
            f"OPTIONAL MATCH (a)-[r:{rel_type}]->(b) WITH i, row, r WHERE r IS NOT NULL "
            f"RETURN collect([i, CASE WHEN {_same('r', cols, 2)} THEN null ELSE properties(r) END])"
        )
        for start in range(0, len(known), CHUNK):
            part = known[start : start + CHUNK]
            group.reads.append((part, self._send(read, _Rows([group.rows[k] for k in part]))))
        return group

    def write_rels(self, rel_type: str, src_label: str, dst_label: str, group: _Group) -> None:
        """Receive the reads, send creates for the new relationships and updates for the changed ones."""
        cols = group.columns
        existing: set[int] = set()
        changed = []
        for indexes, result in group.reads:
            for i, props in result.single(strict=True)[0]:
                k = indexes[i]
                existing.add(k)
                if props is not None:
                    merged = _merged({c: props.get(c) for c in cols}, dict(zip(cols, group.rows[k][2:], strict=True)))
                    if merged is not None:
                        changed.append([group.rows[k][0], group.rows[k][1], merged])
        new_rows = [row for k, row in enumerate(group.rows) if k not in existing] if existing else group.rows
        ends = _ends(src_label, dst_label)
        create = f"UNWIND $rows AS row {ends}CREATE (a)-[:{rel_type} {_map_literal(cols, 2)}]->(b)"
        for chunk in _chunks(new_rows):
            self._write(create, chunk, _expect_created(rel_type, src_label, dst_label, len(chunk)))
        update = f"UNWIND $rows AS row {ends}OPTIONAL MATCH (a)-[r:{rel_type}]->(b) SET r = row[2]"
        for chunk in _chunks(changed):
            self._write(update, chunk, _consume)
        self.counts["rels_created"] += len(new_rows)
        self.counts["rels_updated"] += len(changed)


def _ends(src_label: str, dst_label: str) -> str:
    return f"MATCH (a:{src_label}) WHERE elementId(a) = row[0] MATCH (b:{dst_label}) WHERE elementId(b) = row[1] "


def _consume(result: neo4j.Result) -> None:
    result.consume()


def _expect_created(rel_type: str, src_label: str, dst_label: str, expected: int) -> Callable[[neo4j.Result], None]:
    def check(result: neo4j.Result) -> None:
        made = result.consume().counters.relationships_created
        if made != expected:  # pragma: no cover — an end node deleted by another writer meanwhile
            raise StoreError(
                f"{rel_type} relationships from {src_label} to {dst_label}: {made} of {expected} "
                "created; an end node disappeared during the transaction"
            )

    return check


def upsert_batch(tx: neo4j.ManagedTransaction, batch: GraphBatch) -> dict[str, int]:
    """Write ``batch`` in ``tx``: nodes label by label, then relationships grouped by type and end labels
    (sorted by start node, so consecutive rows touch neighbouring records).

    Each group is read, then written, one group behind: the reads of group k+1 are built and sent before
    the results of group k are awaited, so Python and the server overlap. Groups are disjoint (a node has
    one label; a relationship group is one type between two labels), so no read can see another group's
    writes. Relationship rows need the element ids of the created nodes: the node writes are received first.
    """
    work = _Upsert(tx)
    pending: tuple[str, _Group] | None = None
    for label, nodes in batch.nodes_by_label():
        group = work.read_nodes(label, nodes)
        if pending:
            work.write_nodes(*pending)
        pending = (label, group)
    if pending:
        work.write_nodes(*pending)
    work.finish_writes()
    pending_rels: tuple[str, str, str, _Group] | None = None
    for (rel_type, src_label, dst_label), rels in batch.rels_by_pair():
        group = work.read_rels(rel_type, src_label, dst_label, rels)
        if pending_rels:
            work.write_rels(*pending_rels)
        pending_rels = (rel_type, src_label, dst_label, group)
    if pending_rels:
        work.write_rels(*pending_rels)
    work.finish_writes()
    return work.counts


def create_nodes(tx: neo4j.ManagedTransaction, label: str, rows: list[dict[str, Any]]) -> int:
    """``CREATE`` nodes the caller knows to be new (derived rows), from full property rows; how many were made.
    A row whose id exists already violates the unique constraint, and the transaction fails."""
    try:
        cols = node_columns(label)
    except KeyError:
        raise StoreError(f"unknown node label {label!r}") from None
    cypher = f"UNWIND $rows AS row CREATE (n:{label} {_map_literal(cols, 0)})"
    made = 0
    for chunk in _chunks([[row.get(c) for c in cols] for row in rows]):
        made += tx.run(cypher, rows=chunk).consume().counters.nodes_created
    return made
