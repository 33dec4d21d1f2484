"""Events: several reports of one meeting become one Event, decided once for the whole load.

Two records are the same meeting when their dates overlap, their places agree (or one is unknown within
the same country) and they share participants/organisers or a similar title — and no ordinal in the
titles disagrees ("9th" vs "10th" conference). A record without a date never merges automatically (an
annual meeting recurs in the same city); such pairs are review candidates, and a decision can join them.
The cluster's id is the id its earliest source would have alone, so a single-source event keeps its id;
a cluster that includes an Event already in the store keeps that Event's id (reports across loads).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from iisg_graph.model.ids import make_id
from iisg_graph.model.records import MeetingRecord
from iisg_graph.resolve.blocking import Clusters, block_pairs
from iisg_graph.resolve.decisions import Decisions
from iisg_graph.resolve.names import cfold
from iisg_graph.resolve.people import Candidate

__all__ = ["EventFacts", "EventResolver"]

_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|"
                      r"ninth|tenth|eleventh|twelfth)\b", re.IGNORECASE)
_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth")
_MAX_DAYS = 10
_MAX_PLACE = 300


@dataclass(frozen=True)
class EventFacts:
    """What one record says about its meeting, resolved (actor ids, place id)."""

    key: str  # source id
    record_id: str | None
    uri: str | None
    title: str
    start: dt.date | None
    end: dt.date | None
    place: str | None
    country: str | None
    actors: frozenset[str]
    stored: bool = False  # an Event already in the store; ``key`` is then its id

    @classmethod
    def of(cls, record: MeetingRecord, source_id: str, place: str | None, actors: set[str]) -> EventFacts:
        return cls(source_id, record.id, record.source.uri, record.title, record.start_date,
                   record.end_date or record.start_date, place, record.country, frozenset(actors))

    @classmethod
    def of_stored(cls, row: dict[str, object]) -> EventFacts:
        """A stored Event (a row of ``cypher/internal/events-in-window.cypher``)."""
        start = dt.date.fromisoformat(str(row["start_date"])) if row.get("start_date") else None
        end = dt.date.fromisoformat(str(row["end_date"])) if row.get("end_date") else start
        return cls(str(row["id"]), None, None, str(row.get("title") or ""), start, end,
                   row.get("place"), row.get("country"),  # type: ignore[arg-type]
                   frozenset(a for a in row.get("actors") or [] if a), stored=True)


@lru_cache(maxsize=1 << 17)
def _ordinals(title: str) -> frozenset[int]:
    out = set()
    for m in _ORDINAL.finditer(title):
        out.add(int(m[1]) if m[1] else _WORDS.index(m[2].lower()) + 1)
    return frozenset(out)


@lru_cache(maxsize=1 << 17)
def _span(start: dt.date | None, end: dt.date | None) -> frozenset[dt.date]:
    if start is None:
        return frozenset()
    end = end if end and (end - start).days <= _MAX_DAYS else start
    return frozenset(start + dt.timedelta(days=i) for i in range((end - start).days + 1))


def _days(f: EventFacts) -> frozenset[dt.date]:
    return _span(f.start, f.end)


def compare(a: EventFacts, b: EventFacts) -> tuple[float, bool, str]:
    """(score, same?, reason) for two reports.

    >>> d = dt.date(2023, 4, 25)
    >>> a = EventFacts("s1", None, None, "Support Group meeting, Tirana", d, d, "p", "AL", frozenset({"x", "y"}))
    >>> b = EventFacts("s2", None, None, "IISG support group meets in Tirana", d, d, "p", "AL", frozenset({"x"}))
    >>> compare(a, b)[1:]
    (True, 'same dates and place, 1 shared actor(s), title 83')
    """
    title = fuzz.token_set_ratio(cfold(a.title), cfold(b.title), processor=None)
    shared = len(a.actors & b.actors)
    jaccard = shared / max(1, len(a.actors | b.actors))
    score = round(50 * jaccard + 0.5 * title, 1)
    if _ordinals(a.title) and _ordinals(b.title) and not _ordinals(a.title) & _ordinals(b.title):
        return score, False, "titles give different ordinals"
    if (a.place and b.place and a.place != b.place) or (a.country and b.country and a.country != b.country):
        return score, False, "different places"
    if a.start is None or b.start is None:
        return score, False, "a report has no date: not merged automatically"
    if not _days(a) & _days(b):
        return score, False, "dates do not overlap"
    same = jaccard >= 0.3 or (shared >= 1 and title >= 50) or title >= 80
    why = f"same dates and place, {shared} shared actor(s), title {title:.0f}"
    return score, same, why if same else why + ": too little in common"


class EventResolver:
    """Decides in ``prepare`` which reports describe one meeting; ``event_id`` answers per source."""

    def __init__(self, decisions: Decisions) -> None:
        self.decisions = decisions
        self.ids: dict[str, str] = {}
        self.candidates: list[Candidate] = []
        self.groups: list[list[EventFacts]] = []

    def prepare(self, facts: list[EventFacts]) -> None:
        """Cluster reports; stored events among ``facts`` (``stored=True``) lend their id to the reports
        that join them, so a later report of a stored meeting becomes another source of the same Event."""
        by_key = {f.key: f for f in facts}
        clusters: Clusters[str] = Clusters(by_key)
        self._judge(facts, clusters)
        for a, b in self._pairs(facts):
            if by_key[a].stored and by_key[b].stored:
                continue  # stored events were kept apart when they were loaded; a new load does not re-judge
            score, same, why = compare(by_key[a], by_key[b])
            if same and clusters.same(a, b):
                continue
            merged = same and clusters.union(a, b)
            undated = by_key[a].start is None or by_key[b].start is None
            if same or score >= 45 or (undated and score >= 30 and "no date" in why):
                fa, fb = by_key[a], by_key[b]
                self.candidates.append(Candidate(f"{a} ({fa.title[:50]})", f"{b} ({fb.title[:50]})", score,
                                                 why, bool(merged)))
        for group in clusters.groups():
            members = sorted((by_key[k] for k in group), key=lambda f: (not f.stored, f.key))
            rep = members[0]
            event_id = rep.key if rep.stored else make_id("event", rep.title, rep.key)
            self.ids.update({m.key: event_id for m in members})
            if len(members) > 1:
                self.groups.append(members)

    @staticmethod
    def _pairs(facts: list[EventFacts]) -> Iterator[tuple[str, str]]:
        """Dated reports meet on shared days; an undated one meets every report of its place (for review)."""
        yield from block_pairs({f.key: _days(f) for f in facts if f.start}, max_block=500)
        by_place: dict[str, list[str]] = defaultdict(list)
        for f in facts:
            if f.place:
                by_place[f.place].append(f.key)
        undated = {f.key for f in facts if f.start is None}
        for f in facts:
            if f.key in undated and f.place:
                for other in by_place[f.place][:_MAX_PLACE]:
                    if other != f.key and (other not in undated or other > f.key):
                        yield (f.key, other)

    def _judge(self, facts: list[EventFacts], clusters: Clusters[str]) -> None:
        def keys(ref: str) -> list[str]:
            return [f.key for f in facts if ref in (f.key, f.record_id, f.uri, make_id("event", f.title, f.key))]

        for j in self.decisions.of("not_same", "event"):
            found = [k for ref in j.items for k in keys(ref)]
            for i, a in enumerate(found):
                for b in found[i + 1:]:
                    clusters.forbid(a, b)
        for j in self.decisions.of("same", "event"):
            found = [k for ref in j.items for k in keys(ref)]
            for b in found[1:]:
                clusters.union(found[0], b)

    def event_id(self, record: MeetingRecord, source_id: str) -> str:
        return self.ids.get(source_id) or make_id("event", record.title, source_id)
