"""Groups of actors that meet among themselves more than with others (Louvain, seeded).

Louvain is randomised; a fixed seed over a projection built in sorted order makes the partition repeatable,
and communities are numbered by size (largest first), ties by their smallest node id.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

__all__ = ["DEFAULT_SEED", "communities", "membership", "modularity"]

DEFAULT_SEED = 42


def communities(graph: nx.Graph, *, seed: int = DEFAULT_SEED, resolution: float = 1.0) -> list[set[str]]:
    """Louvain communities on shared-event weights, largest first.

    >>> from iisg_graph.analysis import co_attendance, example_graph
    >>> [sorted(c) for c in communities(co_attendance(example_graph()))]
    [['A', 'B', 'C'], ['D', 'E', 'F']]
    """
    if graph.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def membership(groups: Iterable[set[str]]) -> dict[str, int]:
    """Node → index of its community in ``groups``.

    >>> membership([{"a", "b"}, {"c"}])["c"]
    1
    """
    return {node: index for index, group in enumerate(groups) for node in group}


def modularity(graph: nx.Graph, groups: list[set[str]]) -> float:
    """How much denser the communities are inside than chance (networkx modularity, weighted)."""
    if graph.number_of_edges() == 0:
        return 0.0
    return nx.community.modularity(graph, groups, weight="weight")
