"""Co-attendance: which actors took part in events on the same pillar, how often and when — kept as data.

"Who has worked together on a pillar" counts, for every pair of actors, the events of that pillar both took
part in. Counted per query, that is quadratic in each event's participants: one pillar of a 100k-event graph
has 1.7M participant pairs, and aggregating them took LadybugDB 1.5–2 s per query. So the load pipeline
keeps the answer as :class:`~iisg_graph.model.graph.CoAttendance` rows — one per (pillar, actor pair), with
the counts over all events and over events whose pillar is stated — and the saved query reads them.

:func:`refresh` recomputes every row from the facts in the store and writes only the difference: new rows
are created, rows that changed or whose pair no longer shares an event are deleted (changed ones are then
created again: derived rows are replaced, never merged). A refresh after a load that changed nothing writes
nothing. Interrupted half-way, the next refresh repairs it: the rows are a pure function of the facts.

A load that only adds events — none of its events stored before, no actor renamed, no source replaced —
is applied as an increment instead (:func:`additive`, :func:`add_events`): the pairs of the new events are
counted and added to the stored rows (counts summed, first/last dates widened), which is exact because
sums, minima and maxima over disjoint sets of events combine. Anything else is a full :func:`refresh`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations, repeat
from typing import Any

from iisg_graph.model.graph import CoAttendance, GraphBatch
from iisg_graph.resources import cypher_dir
from iisg_graph.store.base import GraphStore

__all__ = ["add_events", "additive", "co_attendance", "has_rows", "refresh"]

_CHUNK = 5000  # ids per UNWIND statement
_ACTOR_LABELS = ("Person", "Organisation", "Country")
_COLUMNS = tuple(c for c in CoAttendance.model_fields if c not in ("sources", "evidence"))


def _query(name: str) -> str:
    return (cypher_dir() / "internal" / f"{name}.cypher").read_text(encoding="utf-8")


class _PairTally:
    """Count and first/last date per actor pair over a set of events, with C-speed dict updates.

    Events are added in date order (undated ones any time): the last date written for a pair is its
    latest, and a second pass in reverse order leaves its earliest.
    """

    def __init__(self) -> None:
        self.count: Counter[tuple[str, str]] = Counter()
        self.first: dict[tuple[str, str], str] = {}
        self.last: dict[tuple[str, str], str] = {}

    def add(self, events: list[tuple[str | None, tuple[str, ...]]]) -> None:
        dated = sorted((e for e in events if e[0] is not None), key=lambda e: e[0])  # type: ignore[arg-type,return-value]
        for _, actors in events:
            self.count.update(combinations(actors, 2))
        for date, actors in dated:
            self.last.update(zip(combinations(actors, 2), repeat(date)))
        for date, actors in reversed(dated):
            self.first.update(zip(combinations(actors, 2), repeat(date)))


def co_attendance(events: Iterable[dict[str, Any]], actors: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The derived rows for the given facts: one per pillar and pair of actors sharing an event.

    ``events`` are rows ``{event, date, pillar, basis}`` (one per event and pillar), ``actors`` rows
    ``{event, actor, name}`` — what ``cypher/internal/co-attendance-*.cypher`` return. Rows are plain
    dicts with the columns of :class:`~iisg_graph.model.graph.CoAttendance` (a million of them are built
    on a large graph; model objects would triple the time).

    >>> evs = [{"event": "e1", "date": "2023-01-10", "pillar": "WBBSi", "basis": "stated"},
    ...        {"event": "e2", "date": "2023-03-01", "pillar": "WBBSi", "basis": "inferred"}]
    >>> acts = [{"event": e, "actor": a, "name": a.upper()} for e in ("e1", "e2") for a in ("osce", "al")]
    >>> row, = co_attendance(evs, acts)
    >>> row["id"], row["shared_events"], row["first_date"], row["last_date"], row["stated_events"]
    ('WBBSi:al:osce', 2, '2023-01-10', '2023-03-01', 1)
    """
    members: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str | None] = {}
    for row in actors:
        members[row["event"]].add(row["actor"])
        names[row["actor"]] = row["name"]
    by_pillar: dict[str, list[tuple[str | None, tuple[str, ...], bool]]] = defaultdict(list)
    for row in events:
        people = members.get(row["event"])
        if people and len(people) > 1:
            by_pillar[row["pillar"]].append((row["date"], tuple(sorted(people)), row["basis"] == "stated"))
    for pillar in sorted(by_pillar):
        every, stated = _PairTally(), _PairTally()
        every.add([(date, acts) for date, acts, _ in by_pillar[pillar]])
        stated.add([(date, acts) for date, acts, is_stated in by_pillar[pillar] if is_stated])
        first, last = every.first.get, every.last.get
        s_count, s_first, s_last = stated.count.get, stated.first.get, stated.last.get
        for key, n in every.count.items():
            a, b = key
            yield {"id": f"{pillar}:{a}:{b}", "sources": [], "evidence": [], "pillar": pillar,
                   "actor_a": a, "name_a": names[a], "actor_b": b, "name_b": names[b], "shared_events": n,
                   "first_date": first(key), "last_date": last(key), "stated_events": s_count(key, 0),
                   "stated_first_date": s_first(key), "stated_last_date": s_last(key)}


def _delete(store: GraphStore, ids: list[str]) -> None:
    delete = _query("co-attendance-delete")
    for start in range(0, len(ids), _CHUNK):
        store.run(delete, {"ids": ids[start:start + _CHUNK]}, write=True)


def has_rows(store: GraphStore) -> bool:
    """Whether any CoAttendance row is stored."""
    return bool(store.run("MATCH (w:CoAttendance) RETURN w.id AS id LIMIT 1"))


def refresh(store: GraphStore) -> dict[str, int]:
    """Bring the store's CoAttendance rows in step with its facts; return ``{created, deleted, unchanged}``.

    Reads the facts and the stored rows, computes the rows anew and writes only the difference.
    """
    wanted = {row["id"]: row for row in co_attendance(store.run(_query("co-attendance-events")),
                                                      store.run(_query("co-attendance-actors")))}
    stored = {row["id"]: row for row in store.run(_query("co-attendance-stored"))}
    stale = [i for i, row in stored.items()
             if i not in wanted or any(wanted[i][c] != row[c] for c in _COLUMNS)]
    _delete(store, stale)
    kept = set(stored) - set(stale)
    fresh = [row for i, row in wanted.items() if i not in kept]
    if fresh:
        store.create_nodes(CoAttendance.LABEL, fresh)
    return {"created": len(fresh), "deleted": len(stale), "unchanged": len(kept)}


def additive(store: GraphStore, batch: GraphBatch) -> bool:
    """Whether writing ``batch`` only adds events, so that :func:`add_events` keeps the rows exact.

    Call it before writing the batch. False when one of the batch's events is stored already (a meeting
    reported again may gain participants or pillars) or when the batch renames a stored actor (whose name
    the rows of other pairs carry).
    """
    events = sorted({i for label, i in batch.nodes if label == "Event"}
                    | {r.dst for r in batch.rels.values() if r.dst_label == "Event"})
    for start in range(0, len(events), _CHUNK):
        if store.run("UNWIND $ids AS i MATCH (e:Event {id: i}) RETURN e.id AS id LIMIT 1",
                     {"ids": events[start:start + _CHUNK]}):
            return False
    for label in _ACTOR_LABELS:  # a fixed model label, never data
        names = {i: getattr(node, "name", None) for (lab, i), node in batch.nodes.items() if lab == label}
        ids = sorted(names)
        for start in range(0, len(ids), _CHUNK):
            rows = store.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id AS id, n.name AS name",
                             {"ids": ids[start:start + _CHUNK]})
            if any(names[r["id"]] is not None and names[r["id"]] != r["name"] for r in rows):
                return False
    return True


def _earliest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def _combined(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """A stored row plus the row of the same pair over events it did not count yet."""
    return {**new, "shared_events": old["shared_events"] + new["shared_events"],
            "first_date": _earliest(old["first_date"], new["first_date"]),
            "last_date": _latest(old["last_date"], new["last_date"]),
            "stated_events": old["stated_events"] + new["stated_events"],
            "stated_first_date": _earliest(old["stated_first_date"], new["stated_first_date"]),
            "stated_last_date": _latest(old["stated_last_date"], new["stated_last_date"])}


def add_events(store: GraphStore, event_ids: list[str]) -> dict[str, int]:
    """Add the pairs of newly stored events to the rows (see :func:`additive` for when this is exact);
    ``{created, deleted, unchanged}`` as :func:`refresh` counts them."""
    ids = sorted(set(event_ids))
    events: list[dict[str, Any]] = []
    actors: list[dict[str, Any]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = {"ids": ids[start:start + _CHUNK]}
        events += store.run(_query("co-attendance-events-of"), chunk)
        actors += store.run(_query("co-attendance-actors-of"), chunk)
    delta = {row["id"]: row for row in co_attendance(events, actors)}
    keys = sorted(delta)
    stored: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), _CHUNK):
        for row in store.run(_query("co-attendance-stored-of"), {"ids": keys[start:start + _CHUNK]}):
            stored[row["id"]] = row
    changed = sorted(stored)
    _delete(store, changed)
    rows = [_combined(stored[i], row) if i in stored else row for i, row in delta.items()]
    if rows:
        store.create_nodes(CoAttendance.LABEL, rows)
    total = store.run("MATCH (w:CoAttendance) RETURN count(w) AS n")[0]["n"]
    return {"created": len(rows), "deleted": len(changed), "unchanged": total - len(rows)}

