"""One call for the ``analyse`` command: projection, centralities, communities and brokers as plain rows.

Kept apart from the CLI so the same report can be produced in a notebook or a test, and serialised as JSON.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from iisg_graph.analysis.brokers import brokers
from iisg_graph.analysis.centrality import centralities, top
from iisg_graph.analysis.communities import DEFAULT_SEED, communities, modularity
from iisg_graph.analysis.projection import co_attendance

__all__ = ["report"]


def _actor(projection: nx.Graph, node: str) -> dict[str, Any]:
    attrs = projection.nodes[node]
    return {"actor": attrs.get("name", node), "id": node, "label": attrs.get("label")}


def _community_rows(projection: nx.Graph, groups: list[set[str]], n: int) -> list[dict[str, Any]]:
    strength = dict(projection.degree(weight="weight"))
    rows = []
    for index, group in enumerate(groups):
        core = sorted(group, key=lambda node: (-strength[node], node))[:n]
        rows.append({"community": index, "size": len(group),
                     "members": [projection.nodes[node]["name"] for node in core]})
    return rows


def report(graph: nx.MultiDiGraph, *, pillar: str | None = None, include_inferred: bool = True,
           from_year: int | None = None, to_year: int | None = None, n: int = 10,
           seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Top ``n`` actors per centrality measure, the communities (largest first) and the brokers.

    >>> from iisg_graph.analysis import example_graph
    >>> r = report(example_graph(), n=2)
    >>> r["summary"]["actors"], [row["id"] for row in r["centrality"]["betweenness"]]
    (6, ['C', 'D'])
    >>> [c["size"] for c in r["communities"]], r["brokers"][0]["id"]
    ([3, 3], 'C')
    """
    projection = co_attendance(graph, pillar=pillar, include_inferred=include_inferred,
                               from_year=from_year, to_year=to_year)
    groups = communities(projection, seed=seed)
    scores = centralities(projection)
    return {
        "summary": {"actors": projection.number_of_nodes(), "ties": projection.number_of_edges(),
                    "events": len(projection.graph["events"]), "communities": len(groups),
                    "modularity": round(modularity(projection, groups), 4), "seed": seed},
        "centrality": {measure: [{"rank": rank, **_actor(projection, node), "score": round(score, 4)}
                                 for rank, (node, score) in enumerate(top(values, n), start=1)]
                       for measure, values in scores.items()},
        "communities": _community_rows(projection, groups, n),
        "brokers": [{**_actor(projection, b.node), "community": b.community,
                     "communities_reached": b.communities_reached, "external_weight": b.external_weight,
                     "participation": round(b.participation, 4)} for b in brokers(projection, groups, n)],
    }
