"""Derived data: answers computed from the facts at load time because computing them per query is too slow.

The pipeline refreshes derived data after a load that changed something; a program writing with
``GraphStore.upsert`` directly calls :func:`refresh` itself before running the queries that read derived
rows (``worked-together``).
"""

from iisg_graph.derive.co_attendance import co_attendance, has_rows
from iisg_graph.derive.co_attendance import refresh as refresh_co_attendance
from iisg_graph.store.base import GraphStore

__all__ = ["co_attendance", "refresh", "refresh_after_load"]


def refresh(store: GraphStore) -> dict[str, dict[str, int]]:
    """Refresh every kind of derived data; ``{kind: counts}``."""
    return {"co_attendance": refresh_co_attendance(store)}


def refresh_after_load(store: GraphStore, *, changed: bool) -> dict[str, dict[str, int]]:
    """:func:`refresh` when the load changed facts, or when there are no derived rows yet (a store written by
    an older version, or by other means); ``{}`` when nothing needed doing.

    A full refresh re-reads every fact (about a minute for 100k events), so a reload that changed nothing
    must not pay for it.
    """
    return refresh(store) if changed or not has_rows(store) else {}
