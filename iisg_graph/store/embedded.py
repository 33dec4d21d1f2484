"""The embedded default store on LadybugDB: in-process, on disk, Cypher, no server.

New rows go in through ``COPY … FROM <arrow table>`` (about a million rows/s); rows whose key already
exists are merged in Python with :func:`merge_props` and written back with ``UNWIND $rows … SET`` only
when something changed, which keeps reloads cheap and idempotent. Label and type names in statements come
from the fixed model constants, never from data; all data goes in as parameters or Arrow tables.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import ladybug
import networkx as nx
import pyarrow as pa

from iisg_graph.errors import StoreError
from iisg_graph.model.graph import (
    ALL_NODE_TYPES,
    NODE_TYPES,
    REL_ENDPOINTS,
    GraphBatch,
    Node,
    Rel,
    changed_rows,
    merge_props,
)
from iisg_graph.store.base import Row
from iisg_graph.store.schema import (
    node_arrow_schema,
    node_columns,
    rel_arrow_schema,
    rel_columns,
    schema_statements,
)

__all__ = ["EmbeddedStore"]

_CHUNK = 5000


def _rel_match(src_label: str, rel_type: str, dst_label: str) -> str:
    """Match one relationship by its endpoint ids (``row.s``, ``row.d``). Separate MATCH clauses let
    LadybugDB look both endpoints up by primary key; the one-pattern form scans (~40x slower measured)."""
    return (f"MATCH (a:{src_label} {{id: row.s}}) MATCH (b:{dst_label} {{id: row.d}}) "
            f"MATCH (a)-[r:{rel_type}]->(b)")


def _chunks(items: list[Any], size: int = _CHUNK) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


class EmbeddedStore:
    """A LadybugDB database in one file at ``path`` (created with the schema when missing)."""

    engine = "ladybug"

    def __init__(self, path: str | Path = "./iisg.db", *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.uri = f"embedded:{self.path}"
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no embedded database at {self.path}: load something first (iisg-graph load …)")
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only)
        except RuntimeError as exc:
            raise StoreError(f"cannot open embedded database {self.path}: {exc}") from exc
        self._conn = ladybug.Connection(self._db)
        # Read-only runs use their own connection: LadybugDB caches prepared statements per connection,
        # and a statement first prepared inside a read-only transaction stays read-only there.
        self._reader = ladybug.Connection(self._db)
        if not read_only:
            self._exec_many(schema_statements("ladybug"))

    # -- low level -------------------------------------------------------------------------------
    def _exec(self, cypher: str, params: dict[str, Any] | None = None,
              conn: ladybug.Connection | None = None) -> list[Row]:
        try:
            result = (conn or self._conn).execute(cypher, params or {})
        except RuntimeError as exc:
            raise StoreError(f"embedded store: {exc}") from exc
        names = result.get_column_names()
        return [dict(zip(names, row, strict=True)) for row in result.get_all()]

    def _exec_many(self, statements: list[str]) -> None:
        for statement in statements:
            self._exec(statement)

    def _copy(self, table: str, data: pa.Table, options: str = "") -> None:
        # COPY scans a pyarrow table held in a local variable of the name used in the statement.
        rows = data  # noqa: F841 — read by LadybugDB through the Python frame
        try:
            self._conn.execute(f"COPY {table} FROM rows{options}")
        except RuntimeError as exc:
            raise StoreError(f"embedded store: bulk load of {table} failed: {exc}") from exc

    # -- GraphStore ----------------------------------------------------------------------------
    def run(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> list[Row]:
        """Run Cypher with parameters; inside a read-only transaction unless ``write=True``."""
        if write or self.read_only:
            return self._exec(cypher, params)
        self._exec("BEGIN TRANSACTION READ ONLY", conn=self._reader)
        try:
            rows = self._exec(cypher, params, conn=self._reader)
        except StoreError as exc:
            self._rollback(self._reader)
            if "read-only" in str(exc):
                raise StoreError(f"{exc} — this is a read-only run; pass write=True (--write) to change data") from exc
            raise
        self._exec("COMMIT", conn=self._reader)
        return rows

    def _rollback(self, conn: ladybug.Connection | None = None) -> None:
        with contextlib.suppress(RuntimeError):  # a failed statement may already have ended it
            (conn or self._conn).execute("ROLLBACK")

    def upsert(self, batch: GraphBatch) -> dict[str, int]:
        counts = {"nodes_created": 0, "nodes_updated": 0, "rels_created": 0, "rels_updated": 0}
        self._exec("BEGIN TRANSACTION")
        try:
            for label, nodes in batch.nodes_by_label():
                created, updated = self._upsert_nodes(label, nodes)
                counts["nodes_created"] += created
                counts["nodes_updated"] += updated
            for (rel_type, src_label, dst_label), rels in batch.rels_by_pair():
                created, updated = self._upsert_rels(rel_type, src_label, dst_label, rels)
                counts["rels_created"] += created
                counts["rels_updated"] += updated
        except BaseException:
            self._rollback()
            raise
        self._exec("COMMIT")
        return counts

    def create_nodes(self, label: str, rows: list[Row]) -> int:
        """One bulk COPY: the caller knows none of the ids exists (LadybugDB refuses a duplicate key)."""
        if label not in ALL_NODE_TYPES:
            raise StoreError(f"unknown node label {label!r}")
        if rows:
            self._exec("BEGIN TRANSACTION")
            try:
                self._copy(label, pa.Table.from_pylist(rows, schema=node_arrow_schema(label)))
            except BaseException:
                self._rollback()
                raise
            self._exec("COMMIT")
        return len(rows)

    def _is_empty(self, probe: str) -> bool:
        return not self._exec(probe)

    def _existing_nodes(self, label: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        cols = node_columns(label)
        ret = ", ".join(f"n.{c} AS {c}" for c in cols)
        found: dict[str, dict[str, Any]] = {}
        if self._is_empty(f"MATCH (n:{label}) RETURN n.id LIMIT 1"):
            return found  # a first load skips the key lookups
        for chunk in _chunks(ids):
            for row in self._exec(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN {ret}", {"ids": chunk}):
                found[row["id"]] = row
        return found

    def _upsert_nodes(self, label: str, nodes: list[Node]) -> tuple[int, int]:
        existing = self._existing_nodes(label, [n.id for n in nodes])
        new = [n.props() for n in nodes if n.id not in existing]
        changed = changed_rows(existing, ((n.id, n.props()) for n in nodes))
        if new:
            self._copy(label, pa.Table.from_pylist(new, schema=node_arrow_schema(label)))
        if changed:
            sets = ", ".join(f"n.{c} = row.{c}" for c in node_columns(label) if c != "id")
            for chunk in _chunks(changed):
                self._exec(f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET {sets}", {"rows": chunk})
        return len(new), len(changed)

    def _existing_rels(self, rel_type: str, src_label: str, dst_label: str,
                       rels: list[Rel]) -> dict[tuple[str, str], dict[str, Any]]:
        cols = rel_columns(rel_type)
        ret = ", ".join(f"r.{c} AS {c}" for c in cols)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        if self._is_empty(f"MATCH (:{src_label})-[r:{rel_type}]->(:{dst_label}) RETURN r.method LIMIT 1"):
            return found
        for chunk in _chunks(sorted({r.src for r in rels})):
            cypher = (f"UNWIND $ids AS i MATCH (a:{src_label} {{id: i}}) MATCH (a)-[r:{rel_type}]->(b:{dst_label}) "
                      f"RETURN a.id AS `from`, b.id AS `to`, {ret}")
            for row in self._exec(cypher, {"ids": chunk}):
                found[(row.pop("from"), row.pop("to"))] = row
        return found

    def _upsert_rels(self, rel_type: str, src_label: str, dst_label: str,
                     rels: list[Rel]) -> tuple[int, int]:
        existing = self._existing_rels(rel_type, src_label, dst_label, rels)
        new, changed = [], []
        for rel in rels:
            old = existing.get((rel.src, rel.dst))
            if old is None:
                new.append({"from": rel.src, "to": rel.dst, **rel.row()})
            else:
                merged = merge_props(old, rel.row())
                if merged != old:
                    changed.append({"s": rel.src, "d": rel.dst, **merged})
        if new:
            table = pa.Table.from_pylist(new, schema=rel_arrow_schema(rel_type))
            self._copy(rel_type, table, f" (from='{src_label}', to='{dst_label}')")
        if changed:
            sets = ", ".join(f"r.{c} = row.{c}" for c in rel_columns(rel_type))
            cypher = f"UNWIND $rows AS row {_rel_match(src_label, rel_type, dst_label)} SET {sets}"
            for chunk in _chunks(changed):
                self._exec(cypher, {"rows": chunk})
        return len(new), len(changed)

    def retract(self, source_id: str) -> dict[str, int]:
        """Remove ``source_id`` from all provenance; delete what it alone supported."""
        prefix = f"{source_id}#"
        counts = {"nodes_deleted": 0, "rels_deleted": 0}
        self._exec("BEGIN TRANSACTION")
        try:
            for rel_type, pairs in REL_ENDPOINTS.items():
                for src_label, dst_label in pairs:
                    pattern = f"(a:{src_label})-[r:{rel_type}]->(b:{dst_label})"
                    counts["rels_deleted"] += self._retract_in(
                        f"MATCH {pattern} WHERE list_contains(r.sources, $s) "
                        "RETURN a.id AS s, b.id AS d, r.sources AS sources, r.evidence AS evidence",
                        f"UNWIND $rows AS row {_rel_match(src_label, rel_type, dst_label)}",
                        "r", source_id, prefix)
            for label in NODE_TYPES:
                counts["nodes_deleted"] += self._retract_in(
                    f"MATCH (n:{label}) WHERE list_contains(n.sources, $s) "
                    "RETURN n.id AS id, n.sources AS sources, n.evidence AS evidence",
                    f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}})",
                    "n", source_id, prefix)
        except BaseException:
            self._rollback()
            raise
        self._exec("COMMIT")
        return counts

    def _retract_in(self, find: str, match: str, var: str, source_id: str, prefix: str) -> int:
        rows = self._exec(find, {"s": source_id})
        gone = [r for r in rows if r["sources"] == [source_id]]
        kept = [{**r, "sources": [s for s in r["sources"] if s != source_id],
                 "evidence": [e for e in r["evidence"] or [] if not e.startswith(prefix)]}
                for r in rows if r["sources"] != [source_id]]
        delete = "DETACH DELETE n" if var == "n" else "DELETE r"
        for chunk in _chunks(gone):
            self._exec(f"{match} {delete}", {"rows": chunk})
        for chunk in _chunks(kept):
            self._exec(f"{match} SET {var}.sources = row.sources, {var}.evidence = row.evidence",
                       {"rows": chunk})
        return len(gone)

    def stats(self) -> dict[str, dict[str, int]]:
        nodes = {label: self._exec(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"] for label in NODE_TYPES}
        rels = {t: self._exec(f"MATCH ()-[r:{t}]->() RETURN count(r) AS n")[0]["n"] for t in REL_ENDPOINTS}
        return {"nodes": nodes, "relationships": rels}

    def source_hashes(self) -> dict[str, str | None]:
        return {r["id"]: r["sha"] for r in self._exec("MATCH (s:Source) RETURN s.id AS id, s.sha256 AS sha")}

    def to_networkx(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        for label in NODE_TYPES:
            ret = ", ".join(f"n.{c} AS {c}" for c in node_columns(label))
            for row in self._exec(f"MATCH (n:{label}) RETURN {ret} ORDER BY n.id"):
                graph.add_node(row["id"], label=label, **{k: v for k, v in row.items() if k != "id"})
        for rel_type, pairs in REL_ENDPOINTS.items():
            ret = ", ".join(f"r.{c} AS {c}" for c in rel_columns(rel_type))
            for src_label, dst_label in pairs:
                cypher = (f"MATCH (a:{src_label})-[r:{rel_type}]->(b:{dst_label}) "
                          f"RETURN a.id AS `from`, b.id AS `to`, {ret} ORDER BY `from`, `to`")
                for row in self._exec(cypher):
                    src, dst = row.pop("from"), row.pop("to")
                    graph.add_edge(src, dst, key=rel_type, type=rel_type, **row)
        return graph

    def clear(self) -> None:
        self._exec("MATCH (n) DETACH DELETE n")

    def close(self) -> None:
        self._reader.close()
        self._conn.close()
        self._db.close()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
