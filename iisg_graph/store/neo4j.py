"""The Neo4j store, on the official ``neo4j`` driver: the same contract as the embedded store.

Why it is written the way it is:

- Upserts merge in Python with :func:`~iisg_graph.model.graph.merge_props`, the one rule the embedded
  store and :class:`GraphBatch` apply, so both stores hold the same graph and report the same counts.
  Existing nodes and relationships are read in bulk, merged here, and only new or changed rows are
  written, so a reload of unchanged data is read-only (:mod:`iisg_graph.store.neo4j_upsert`).
- One ``upsert`` is one managed transaction (``session.execute_write``): the pipeline writes a file at a
  time and relies on a file being stored whole or not at all; the driver retries transient failures by
  running the whole function again, which is safe because it reads before it writes.
- Label and relationship-type names in statements come only from the model constants
  (``NODE_TYPES``, ``REL_ENDPOINTS``); every value travels as a parameter.
- Nothing talks to the server in the constructor: the first operation checks connectivity once (so a
  server that is down fails at once, not after 30 s of retries), and the schema
  (``cypher/schema/neo4j.cypher``) is applied before the first write. Connection and authentication
  failures, refused statements and constraint violations all surface as :class:`StoreError`.
- One writer at a time is assumed, as for the embedded store: concurrent upserts of the same key could
  each read the old lists and the later write would drop the other's additions.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
import networkx as nx
from neo4j import exceptions as neo4j_errors

from iisg_graph.errors import StoreError
from iisg_graph.model.graph import NODE_TYPES, REL_ENDPOINTS, GraphBatch
from iisg_graph.store.base import Row
from iisg_graph.store.neo4j_upsert import create_nodes, upsert_batch
from iisg_graph.store.schema import node_columns, rel_columns, schema_statements

__all__ = ["Neo4jStore", "split_credentials"]

_T = TypeVar("_T")

# "Unknown label / relationship type / property" warnings are expected here: every statement names every
# model type, and a fresh or sparse database lacks some. Other notifications (performance, deprecation)
# stay on. Driver 5.22+ names the setting by classification, older 5.x by category.
_QUIET: dict[str, Any] = (
    {"notifications_disabled_classifications": [neo4j.NotificationDisabledClassification.UNRECOGNIZED]}
    if hasattr(neo4j, "NotificationDisabledClassification")
    else {"notifications_disabled_categories": [neo4j.NotificationDisabledCategory.UNRECOGNIZED]}
)


def split_credentials(uri: str) -> tuple[str, tuple[str, str] | None]:
    """The URI without ``user:password@`` and the credentials: from the URI, else ``NEO4J_USER`` /
    ``NEO4J_PASSWORD``, else none (a server with authentication disabled).

    >>> split_credentials("neo4j://alice:s%40cret@db.example:7687")
    ('neo4j://db.example:7687', ('alice', 's@cret'))
    """
    parts = urlsplit(uri)
    if parts.username is not None or parts.password is not None:
        host = parts.hostname or ""
        netloc = f"[{host}]" if ":" in host else host
        if parts.port is not None:
            netloc += f":{parts.port}"
        bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        return bare, (unquote(parts.username or "neo4j"), unquote(parts.password or ""))
    user, password = os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD")
    if password is not None:
        return uri, (user or "neo4j", password)
    return uri, None


def _plain(value: Any) -> Any:
    """Driver values as plain Python: temporal types to ``datetime`` ones, containers recursively."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value


class Neo4jStore:
    """A Neo4j database reached over Bolt (``neo4j://``, ``neo4j+s://``, ``bolt://`` …)."""

    engine = "neo4j"

    def __init__(
        self, uri: str, auth: tuple[str, str] | None = None, *, database: str | None = None, read_only: bool = False
    ) -> None:
        self.uri = uri
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self.read_only = read_only
        self._schema_ready = False
        self._connected = False
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth, **_QUIET)
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise StoreError(f"cannot use Neo4j URI {uri!r}: {exc}") from exc

    @classmethod
    def from_uri(cls, uri: str, *, read_only: bool = False) -> Neo4jStore:
        """Open ``uri``; credentials from ``user:password@`` in it or ``NEO4J_USER`` / ``NEO4J_PASSWORD``."""
        bare, auth = split_credentials(uri)
        return cls(bare, auth, read_only=read_only)

    # -- low level -------------------------------------------------------------------------------
    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Driver exceptions as StoreError, with a message that says what failed where (no secrets)."""
        try:
            yield
        except neo4j_errors.AuthError as exc:
            raise StoreError(
                f"Neo4j at {self.uri} refused the credentials while {action}: set NEO4J_USER and "
                f"NEO4J_PASSWORD, or put user:password@ in the store URI ({exc.message})"
            ) from exc
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as exc:
            raise StoreError(
                f"cannot reach Neo4j at {self.uri} while {action}: {exc} — is the server "
                "running? (docker compose up -d)"
            ) from exc
        except neo4j_errors.Neo4jError as exc:
            raise StoreError(
                f"Neo4j at {self.uri} refused a statement while {action}: {exc.code}: {exc.message}"
            ) from exc
        except neo4j_errors.DriverError as exc:
            raise StoreError(f"Neo4j driver failed while {action} ({self.uri}): {exc}") from exc

    def _session(self, mode: str) -> neo4j.Session:
        if not self._connected:
            # One check on first use, so that a server that is down or refuses the credentials fails at once
            # instead of after the managed transactions' retries (30 s).
            with self._errors("connecting"):
                self._driver.verify_connectivity()
            self._connected = True
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _write(self, action: str, work: Callable[[neo4j.ManagedTransaction], _T]) -> _T:
        if self.read_only:
            raise StoreError(f"{self.uri} was opened read-only; {action} needs a writable store")
        self._ensure_schema()
        with self._errors(action), self._session(neo4j.WRITE_ACCESS) as session:
            return session.execute_write(work)

    def _ensure_schema(self) -> None:
        """Constraints and indexes, each ``IF NOT EXISTS``; once per store object, before the first write."""
        if self._schema_ready:
            return
        with self._errors("creating the schema"), self._session(neo4j.WRITE_ACCESS) as session:
            for statement in schema_statements("neo4j"):
                session.run(statement).consume()  # schema commands run in their own transactions
        self._schema_ready = True

    # -- GraphStore ----------------------------------------------------------------------------
    def run(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> list[Row]:
        """Run parameterised Cypher: a retried read transaction, or with ``write=True`` one auto-commit
        statement (so ``CALL {…} IN TRANSACTIONS`` works and nothing is silently re-run)."""
        params = params or {}
        if not write:

            def read(tx: neo4j.ManagedTransaction) -> list[Row]:
                return [_plain(record.data()) for record in tx.run(cypher, params)]

            with self._errors("running a read-only query"), self._session(neo4j.READ_ACCESS) as session:
                try:
                    return session.execute_read(read)
                except neo4j_errors.ClientError as exc:
                    if "AccessMode" in (exc.code or "") or "read access mode" in (exc.message or ""):
                        raise StoreError(
                            f"Neo4j refused a write in a read-only run ({exc.message}); pass "
                            "write=True (--write) to change data"
                        ) from exc
                    raise
        if self.read_only:
            raise StoreError(f"{self.uri} was opened read-only; a write query needs a writable store")
        with self._errors("running a write query"), self._session(neo4j.WRITE_ACCESS) as session:
            return [_plain(record.data()) for record in session.run(cypher, params)]

    def upsert(self, batch: GraphBatch) -> dict[str, int]:
        """Create missing nodes and relationships, merge existing ones; one transaction for the batch
        (the write path and why it is shaped so: :mod:`iisg_graph.store.neo4j_upsert`)."""
        return self._write("writing a batch", lambda tx: upsert_batch(tx, batch))

    def create_nodes(self, label: str, rows: list[Row]) -> int:
        """Create nodes known to be new (derived rows, ``iisg_graph.derive``) in one transaction, without the
        merge reads of :meth:`upsert`; the unique constraint refuses an id that exists."""
        return self._write(f"creating {label} nodes", lambda tx: create_nodes(tx, label, rows))

    def retract(self, source_id: str) -> dict[str, int]:
        """Remove ``source_id`` and its ``"<source id>#…"`` evidence everywhere; delete relationships, then
        nodes, that no other source supports (nodes with DETACH DELETE, as the embedded store does)."""
        params = {"s": source_id, "prefix": f"{source_id}#"}

        def work(tx: neo4j.ManagedTransaction) -> dict[str, int]:
            counts = {"nodes_deleted": 0, "rels_deleted": 0}
            for rel_type in REL_ENDPOINTS:
                counts["rels_deleted"] += _retract_in(tx, f"()-[x:{rel_type}]->()", "DELETE x", params)
            for label in NODE_TYPES:
                counts["nodes_deleted"] += _retract_in(tx, f"(x:{label})", "DETACH DELETE x", params)
            return counts

        return self._write(f"retracting source {source_id!r}", work)

    def stats(self) -> dict[str, dict[str, int]]:
        nodes = {label: self._count(f"MATCH (n:{label}) RETURN count(n) AS n") for label in NODE_TYPES}
        rels = {t: self._count(f"MATCH ()-[r:{t}]->() RETURN count(r) AS n") for t in REL_ENDPOINTS}
        return {"nodes": nodes, "relationships": rels}

    def _count(self, cypher: str) -> int:
        return int(self.run(cypher)[0]["n"])

    def source_hashes(self) -> dict[str, str | None]:
        return {r["id"]: r["sha"] for r in self.run("MATCH (s:Source) RETURN s.id AS id, s.sha256 AS sha")}

    def to_networkx(self) -> nx.MultiDiGraph:
        """Every node (attribute ``label`` plus all model columns, missing ones None) and every
        relationship (key and attribute ``type``), in id order like the embedded store."""
        graph = nx.MultiDiGraph()
        for label in NODE_TYPES:
            cols = node_columns(label)
            for row in self.run(f"MATCH (n:{label}) RETURN properties(n) AS p ORDER BY n.id"):
                props = row["p"]
                graph.add_node(props["id"], label=label, **{c: props.get(c) for c in cols if c != "id"})
        for rel_type in REL_ENDPOINTS:
            cols = rel_columns(rel_type)
            cypher = (
                f"MATCH (a)-[r:{rel_type}]->(b) RETURN a.id AS `from`, b.id AS `to`, properties(r) AS p "
                "ORDER BY `from`, `to`"
            )
            for row in self.run(cypher):
                graph.add_edge(
                    row["from"], row["to"], key=rel_type, type=rel_type, **{c: row["p"].get(c) for c in cols}
                )
        return graph

    def clear(self) -> None:
        """Delete every node and relationship in bounded transactions (constraints and indexes stay)."""

        def work(tx: neo4j.ManagedTransaction) -> int:
            return int(tx.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n").single()["n"])

        while self._write("clearing the database", work):
            pass

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r})"


def _retract_in(tx: neo4j.ManagedTransaction, pattern: str, delete: str, params: dict[str, str]) -> int:
    """In one label or type: delete what only ``$s`` supports, strip ``$s`` from the rest; count deleted."""
    gone = tx.run(f"MATCH {pattern} WHERE x.sources = [$s] {delete} RETURN count(*) AS n", params).single()
    tx.run(
        f"MATCH {pattern} WHERE $s IN x.sources "
        "SET x.sources = [v IN x.sources WHERE v <> $s], "
        "x.evidence = [e IN coalesce(x.evidence, []) WHERE NOT e STARTS WITH $prefix]",
        params,
    ).consume()
    return int(gone["n"]) if gone else 0
