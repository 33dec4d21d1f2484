"""A tiny graph in the shape ``store.to_networkx()`` returns, for the doctests and for trying the API.

Two groups meet apart — Alpha, Bravo and Charlie on counter-terrorism (2020, 2021), Delta, Echo and
Foxtrot on border security (2021 stated, 2022 inferred) — and Charlie sits in both, so Charlie is the
broker and every path from Alpha to Foxtrot runs through Charlie and Delta.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["example_graph"]

_MEETINGS = [  # id, title, date, pillar, basis, participants
    ("ev1", "CT meeting one", "2020-03-01", "WBCTi", "stated", ["A", "B", "C"]),
    ("ev2", "CT meeting two", "2021-03-01", "WBCTi", "stated", ["A", "B", "C"]),
    ("ev3", "Border meeting", "2021-09-01", "WBBSi", "stated", ["C", "D", "E"]),
    ("ev4", "Border workshop", "2022-05-01", "WBBSi", "inferred", ["D", "E", "F"]),
]
_ACTORS = {"A": ("Organisation", "Alpha"), "B": ("Organisation", "Bravo"), "C": ("Person", "Charlie"),
           "D": ("Country", "Delta"), "E": ("Organisation", "Echo"), "F": ("Person", "Foxtrot")}


def example_graph() -> nx.MultiDiGraph:
    """Actors, events and pillars with ``label`` on nodes and ``type`` on edges, like the stores give.

    >>> g = example_graph()
    >>> g.nodes["C"]["label"], g.nodes["ev3"]["year"], sorted(t for *_, t in g.edges(data="type"))[:2]
    ('Person', 2021, ['ATTENDED', 'ATTENDED'])
    """
    graph = nx.MultiDiGraph()
    for code, number in (("WBCTi", 1), ("WBBSi", 3)):
        graph.add_node(code, label="Pillar", code=code, name=code, number=number)
    for actor, (label, name) in _ACTORS.items():
        graph.add_node(actor, label=label, name=name, acronym=None)
    for event, title, date, pillar, basis, participants in _MEETINGS:
        graph.add_node(event, label="Event", title=title, start_date=date, year=int(date[:4]))
        graph.add_edge(event, pillar, key="CONCERNS", type="CONCERNS", basis=basis)
        for rank, actor in enumerate(participants):
            rel = "ORGANISED" if rank == 0 else "ATTENDED"
            graph.add_edge(actor, event, key=rel, type=rel)
    return graph
