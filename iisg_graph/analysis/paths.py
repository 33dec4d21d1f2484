"""How two actors are connected: the shortest chain of actors that met, with the events that link them.

Shortest by number of hops (each hop is "met at least once"); among equally short chains the one found
first in the projection's sorted order is returned, so the answer is repeatable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import networkx as nx

from iisg_graph.analysis.projection import AnalysisError, find_actor

__all__ = ["Step", "connecting_path"]


@dataclass(frozen=True)
class Step:
    """One hop of a chain: two actors and the events (id, title, date) where they met."""

    source: str
    target: str
    events: list[dict[str, object]] = field(default_factory=list)


def connecting_path(projection: nx.Graph, a: str, b: str) -> list[Step]:
    """Steps from actor ``a`` to actor ``b`` (ids, names or acronyms) on a co-attendance projection.

    >>> from iisg_graph.analysis import co_attendance, example_graph
    >>> steps = connecting_path(co_attendance(example_graph()), "Alpha", "Foxtrot")
    >>> [(s.source, s.target, [e["id"] for e in s.events]) for s in steps]
    [('A', 'C', ['ev1', 'ev2']), ('C', 'D', ['ev3']), ('D', 'F', ['ev4'])]
    """
    source, target = find_actor(projection, a), find_actor(projection, b)
    try:
        nodes = nx.shortest_path(projection, source, target)
    except nx.NetworkXNoPath:
        raise AnalysisError(f"{a!r} and {b!r} are not connected through shared events") from None
    info = projection.graph.get("events", {})
    return [Step(x, y, [{"id": e, **info.get(e, {})} for e in projection[x][y].get("events", [])])
            for x, y in pairwise(nodes)]
