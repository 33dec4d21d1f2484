"""Derived data: answers computed from the facts at load time because computing them per query is too slow.

The pipeline refreshes derived data after a load that changed something; a program writing with
``GraphStore.upsert`` directly calls :func:`refresh` itself before running the queries that read derived
rows (``worked-together``).
"""

from iisg_graph.derive.co_attendance import add_events, additive, co_attendance, has_rows
from iisg_graph.derive.co_attendance import refresh as refresh_co_attendance
from iisg_graph.store.base import GraphStore

__all__ = ["additive", "co_attendance", "refresh", "refresh_after_load"]


def refresh(store: GraphStore) -> dict[str, dict[str, int]]:
    """Refresh every kind of derived data; ``{kind: counts}``."""
    return {"co_attendance": refresh_co_attendance(store)}


def refresh_after_load(store: GraphStore, *, changed: bool,
                       added_events: list[str] | None = None) -> dict[str, dict[str, int]]:
    """Bring derived data in step after a load; ``{}`` when nothing needed doing.

    A full refresh re-reads every fact (about a minute for 100k events), so a reload that changed nothing
    skips it, and a load that only added events (``added_events``, checked with :func:`additive` before
    each write) updates the rows of those events' pairs. A full refresh runs otherwise, and whenever no
    derived rows exist yet (a store written by an older version, or by other means).
    """
    if not has_rows(store):
        return refresh(store)
    if not changed:
        return {}
    if added_events is not None:
        return {"co_attendance": add_events(store, added_events)}
    return refresh(store)
