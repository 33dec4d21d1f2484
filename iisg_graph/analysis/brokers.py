"""Brokers: actors whose ties reach into communities other than their own.

A broker is who an analyst calls to reach another group. Ranking is by the number of other communities
reached, then by the participation coefficient (1 − Σ_c (k_c / k)², k = weighted degree, k_c = weight
into community c: 0 when all ties stay home, near 1 when they are spread evenly), then by weight outside.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from iisg_graph.analysis.communities import membership

__all__ = ["Broker", "brokers"]


@dataclass(frozen=True)
class Broker:
    """One actor's reach across communities."""

    node: str
    community: int
    communities_reached: int
    external_weight: float
    participation: float


def _broker(graph: nx.Graph, node: str, member: dict[str, int]) -> Broker:
    by_community: dict[int, float] = {}
    for neighbour, weight in graph[node].items():
        c = member[neighbour]
        by_community[c] = by_community.get(c, 0.0) + weight.get("weight", 1)
    total = sum(by_community.values())
    own = member[node]
    participation = 1.0 - sum((w / total) ** 2 for w in by_community.values()) if total else 0.0
    return Broker(node, own, len(set(by_community) - {own}),
                  sum(w for c, w in by_community.items() if c != own), round(participation, 6))


def brokers(graph: nx.Graph, groups: list[set[str]], n: int | None = None) -> list[Broker]:
    """Actors with ties into at least one other community, best brokers first.

    >>> from iisg_graph.analysis import co_attendance, communities, example_graph
    >>> g = co_attendance(example_graph())
    >>> [(b.node, b.communities_reached, b.external_weight) for b in brokers(g, communities(g))]
    [('C', 1, 2.0), ('D', 1, 1.0), ('E', 1, 1.0)]
    """
    member = membership(groups)
    found = [_broker(graph, node, member) for node in sorted(graph) if node in member]
    ranked = sorted((b for b in found if b.communities_reached),
                    key=lambda b: (-b.communities_reached, -b.participation, -b.external_weight, b.node))
    return ranked if n is None else ranked[:n]
