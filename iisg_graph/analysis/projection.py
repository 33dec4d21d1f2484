"""Co-attendance projection: actors joined by the events they shared, weighted by how many.

Centrality, communities, brokers and paths all run on this undirected actor graph rather than on the
store's property graph, because "who works with whom" is a relation between actors that the stored graph
holds only through events. Filters (pillar, stated/inferred, years, actor types) choose the events first;
the projection is built in sorted order so that every algorithm on it is repeatable.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from iisg_graph.errors import IISGError

__all__ = ["ACTOR_LABELS", "PARTICIPATION", "AnalysisError", "co_attendance", "display_name",
           "find_actor", "select_events"]

ACTOR_LABELS = ("Person", "Organisation", "Country")
"""Node labels that count as actors."""

PARTICIPATION = ("ATTENDED", "ORGANISED")
"""Relationship types that count as taking part in an event."""


class AnalysisError(IISGError):
    """An analysis was asked something the graph cannot answer (unknown actor, empty projection)."""


def display_name(attrs: dict[str, Any], node: str) -> str:
    """The label to show for a node: name, else title, else code, else its id."""
    return str(attrs.get("name") or attrs.get("title") or attrs.get("code") or node)


def _pillar_ok(graph: nx.MultiDiGraph, event: str, pillar: str, include_inferred: bool) -> bool:
    for _, target, data in graph.out_edges(event, data=True):
        if data.get("type") != "CONCERNS" or graph.nodes[target].get("code", target) != pillar:
            continue
        if include_inferred or data.get("basis") == "stated":
            return True
    return False


def select_events(graph: nx.MultiDiGraph, *, pillar: str | None = None, include_inferred: bool = True,
                  from_year: int | None = None, to_year: int | None = None) -> list[str]:
    """Event ids passing the filters, sorted; an event without a year fails any year bound.

    >>> from iisg_graph.analysis.example import example_graph
    >>> select_events(example_graph(), pillar="WBBSi", include_inferred=False)
    ['ev3']
    >>> select_events(example_graph(), from_year=2021, to_year=2021)
    ['ev2', 'ev3']
    """
    out = []
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") != "Event":
            continue
        year = attrs.get("year")
        if (from_year is not None or to_year is not None) and year is None:
            continue
        if (from_year is not None and year < from_year) or (to_year is not None and year > to_year):
            continue
        if pillar and not _pillar_ok(graph, node, pillar, include_inferred):
            continue
        out.append(node)
    return sorted(out)


def _participants(graph: nx.MultiDiGraph, event: str, labels: Iterable[str],
                  relations: Iterable[str]) -> list[str]:
    labels, relations = set(labels), set(relations)
    return sorted({src for src, _, rel in graph.in_edges(event, data="type")
                   if rel in relations and graph.nodes[src].get("label") in labels})


def co_attendance(graph: nx.MultiDiGraph, *, pillar: str | None = None, include_inferred: bool = True,
                  from_year: int | None = None, to_year: int | None = None,
                  node_types: Iterable[str] = ACTOR_LABELS,
                  relations: Iterable[str] = PARTICIPATION) -> nx.Graph:
    """Undirected actor graph: an edge per pair that shared an event, ``weight`` = shared events.

    Edges carry ``events`` (sorted ids); nodes carry ``label``, ``name`` and ``events`` (their count);
    ``graph.graph["events"]`` maps each selected event to its title, date and year, for reporting paths.

    >>> from iisg_graph.analysis.example import example_graph
    >>> g = co_attendance(example_graph())
    >>> g["A"]["C"]["weight"], g["A"]["C"]["events"], g.number_of_nodes()
    (2, ['ev1', 'ev2'], 6)
    >>> sorted(co_attendance(example_graph(), pillar="WBBSi", include_inferred=False))
    ['C', 'D', 'E']
    """
    node_types, relations = tuple(node_types), tuple(relations)
    events = select_events(graph, pillar=pillar, include_inferred=include_inferred,
                           from_year=from_year, to_year=to_year)
    out = nx.Graph(events={e: {k: graph.nodes[e].get(k) for k in ("title", "start_date", "year")}
                           for e in events})
    pairs: dict[tuple[str, str], list[str]] = {}
    counts: dict[str, int] = {}
    for event in events:
        actors = _participants(graph, event, node_types, relations)
        for actor in actors:
            counts[actor] = counts.get(actor, 0) + 1
        for a, b in combinations(actors, 2):
            pairs.setdefault((a, b), []).append(event)
    for actor in sorted(counts):
        attrs = graph.nodes[actor]
        out.add_node(actor, label=attrs.get("label"), name=display_name(attrs, actor),
                     acronym=attrs.get("acronym"), events=counts[actor])
    for (a, b), shared in sorted(pairs.items()):
        out.add_edge(a, b, weight=len(shared), events=shared)
    return out


def find_actor(graph: nx.Graph, ref: str) -> str:
    """The node an actor reference means: its id, else a unique name or acronym (exact, then ignoring case).

    >>> from iisg_graph.analysis.example import example_graph
    >>> find_actor(example_graph(), "Charlie"), find_actor(example_graph(), "C"), find_actor(example_graph(), "ECHO")
    ('C', 'C', 'E')
    """
    if ref in graph and graph.nodes[ref].get("label") in ACTOR_LABELS:
        return ref
    actors = [(n, a) for n, a in graph.nodes(data=True) if a.get("label") in ACTOR_LABELS]
    hits = sorted(n for n, a in actors if ref in (a.get("name"), a.get("acronym")))
    if not hits:  # analysts type "Europol" for "EUROPOL": fall back to a case-insensitive match
        folded = ref.casefold()
        hits = sorted(n for n, a in actors
                      if folded in (str(a.get("name") or "").casefold(), str(a.get("acronym") or "").casefold()))
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise AnalysisError(f"no actor {ref!r} (by id, name or acronym) in the analysed graph")
    raise AnalysisError(f"actor {ref!r} is ambiguous: {', '.join(hits)}; give the id")
