"""Who is central in the co-attendance graph: degree, betweenness and eigenvector centrality.

Weights are shared-event counts, so betweenness uses their inverse as a distance (a pair that met often is
"close"). All three are deterministic; ties in rankings are broken by node id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import networkx as nx

from iisg_graph.analysis.projection import AnalysisError

__all__ = ["MEASURES", "betweenness", "centralities", "degree", "eigenvector", "top"]


def degree(graph: nx.Graph) -> dict[str, float]:
    """Share of the other actors each actor met at least once (networkx ``degree_centrality``).

    >>> from iisg_graph.analysis import co_attendance, example_graph
    >>> degree(co_attendance(example_graph()))["C"]
    0.8
    """
    return nx.degree_centrality(graph)


def betweenness(graph: nx.Graph, *, weighted: bool = True) -> dict[str, float]:
    """How often an actor lies on shortest paths between others (distance = 1 / shared events).

    >>> from iisg_graph.analysis import co_attendance, example_graph
    >>> round(betweenness(co_attendance(example_graph()))["C"], 3)
    0.6
    """
    if not weighted:
        return nx.betweenness_centrality(graph)
    distances = nx.Graph()
    distances.add_nodes_from(graph)
    distances.add_weighted_edges_from(((a, b, 1.0 / w) for a, b, w in graph.edges(data="weight", default=1)),
                                      weight="distance")
    return nx.betweenness_centrality(distances, weight="distance")


def eigenvector(graph: nx.Graph, *, max_iter: int = 1000) -> dict[str, float]:
    """Influence through well-connected partners (weighted eigenvector centrality).

    >>> from iisg_graph.analysis import co_attendance, example_graph
    >>> scores = eigenvector(co_attendance(example_graph()))
    >>> max(scores, key=scores.get)
    'C'
    """
    if graph.number_of_edges() == 0:
        return dict.fromkeys(graph, 0.0)
    try:
        return nx.eigenvector_centrality(graph, weight="weight", max_iter=max_iter, tol=1e-9)
    except nx.PowerIterationFailedConvergence as exc:
        raise AnalysisError(f"eigenvector centrality did not converge in {max_iter} iterations") from exc


MEASURES: dict[str, Callable[[nx.Graph], dict[str, float]]] = {
    "degree": degree, "betweenness": betweenness, "eigenvector": eigenvector,
}
"""The centrality measures by name, in reporting order."""


def centralities(graph: nx.Graph) -> dict[str, dict[str, float]]:
    """Every measure of :data:`MEASURES` on ``graph``: ``{measure: {node: score}}``."""
    return {name: measure(graph) for name, measure in MEASURES.items()}


def top(scores: Mapping[str, float], n: int = 10) -> list[tuple[str, float]]:
    """The ``n`` highest scores, ties broken by node id so that the ranking is repeatable.

    >>> top({"b": 0.5, "a": 0.5, "c": 0.9}, 2)
    [('c', 0.9), ('a', 0.5)]
    """
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:n]
