"""Network analysis on networkx: who is central, which groups form, who bridges them, how two meet.

Everything runs on the co-attendance projection of a store's graph (``store.to_networkx()``), so the
same functions serve the embedded store and Neo4j. Pure functions, seeded where randomised.

>>> from iisg_graph.analysis import co_attendance, communities, example_graph, top, betweenness
>>> g = co_attendance(example_graph())
>>> [(node, round(score, 2)) for node, score in top(betweenness(g), 2)], len(communities(g))
([('C', 0.6), ('D', 0.15)], 2)
"""

from iisg_graph.analysis.brokers import Broker, brokers
from iisg_graph.analysis.centrality import MEASURES, betweenness, centralities, degree, eigenvector, top
from iisg_graph.analysis.communities import DEFAULT_SEED, communities, membership, modularity
from iisg_graph.analysis.example import example_graph
from iisg_graph.analysis.paths import Step, connecting_path
from iisg_graph.analysis.projection import (
    ACTOR_LABELS,
    PARTICIPATION,
    AnalysisError,
    co_attendance,
    display_name,
    find_actor,
    select_events,
)
from iisg_graph.analysis.report import report

__all__ = [
    "ACTOR_LABELS",
    "DEFAULT_SEED",
    "MEASURES",
    "PARTICIPATION",
    "AnalysisError",
    "Broker",
    "Step",
    "betweenness",
    "brokers",
    "centralities",
    "co_attendance",
    "communities",
    "connecting_path",
    "degree",
    "display_name",
    "eigenvector",
    "example_graph",
    "find_actor",
    "membership",
    "modularity",
    "report",
    "select_events",
    "top",
]
