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
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations, repeat
from typing import Any

from iisg_graph.model.graph import CoAttendance
from iisg_graph.resources import cypher_dir
from iisg_graph.store.base import GraphStore

__all__ = ["co_attendance", "has_rows", "refresh"]

_DELETE_CHUNK = 5000
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
    delete = _query("co-attendance-delete")
    for start in range(0, len(stale), _DELETE_CHUNK):
        store.run(delete, {"ids": stale[start:start + _DELETE_CHUNK]}, write=True)
    kept = set(stored) - set(stale)
    fresh = [row for i, row in wanted.items() if i not in kept]
    if fresh:
        store.create_nodes(CoAttendance.LABEL, fresh)
    return {"created": len(fresh), "deleted": len(stale), "unchanged": len(kept)}
