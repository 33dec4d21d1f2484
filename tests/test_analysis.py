"""Network analysis: real values on the tiny example graph and on the query fixture graph."""

from __future__ import annotations

import networkx as nx
import pytest

from iisg_graph import queries
from iisg_graph.analysis import (
    AnalysisError,
    betweenness,
    brokers,
    co_attendance,
    communities,
    connecting_path,
    degree,
    eigenvector,
    example_graph,
    find_actor,
    report,
    select_events,
    top,
)
from iisg_graph.store.embedded import EmbeddedStore


@pytest.fixture(scope="module")
def store(query_store: EmbeddedStore) -> EmbeddedStore:
    return query_store


@pytest.fixture(scope="module")
def fixture_graph(store: EmbeddedStore) -> nx.MultiDiGraph:
    return store.to_networkx()


def test_projection_weights_and_filters() -> None:
    g = co_attendance(example_graph())
    assert sorted(g.edges(data="weight")) == [("A", "B", 2), ("A", "C", 2), ("B", "C", 2), ("C", "D", 1),
                                              ("C", "E", 1), ("D", "E", 2), ("D", "F", 1), ("E", "F", 1)]
    assert g.nodes["C"] == {"label": "Person", "name": "Charlie", "acronym": None, "events": 3}
    assert sorted(co_attendance(example_graph(), pillar="WBBSi")) == ["C", "D", "E", "F"]
    assert sorted(co_attendance(example_graph(), to_year=2020)) == ["A", "B", "C"]
    assert select_events(example_graph(), pillar="WBCTi", from_year=2021) == ["ev2"]
    assert sorted(co_attendance(example_graph(), node_types=["Organisation"])) == ["A", "B", "E"]


def test_centralities_on_example() -> None:
    g = co_attendance(example_graph())
    assert degree(g) == pytest.approx({"A": 0.4, "B": 0.4, "C": 0.8, "D": 0.6, "E": 0.6, "F": 0.4})
    # C is on every shortest path between {A, B} and {D, E, F} (6 of 10 pairs); D and E share C–F, A–F, B–F.
    assert betweenness(g) == pytest.approx({"A": 0.0, "B": 0.0, "C": 0.6, "D": 0.15, "E": 0.15, "F": 0.0})
    eig = eigenvector(g)
    assert eig["C"] == pytest.approx(0.5777, abs=1e-4) and eig["F"] == pytest.approx(0.1364, abs=1e-4)
    assert [n for n, _ in top(eig, 3)] == ["C", "A", "B"]


def test_communities_and_brokers_on_example() -> None:
    g = co_attendance(example_graph())
    groups = communities(g, seed=42)
    assert groups == [{"A", "B", "C"}, {"D", "E", "F"}]
    ranked = brokers(g, groups)
    assert [(b.node, b.community, b.communities_reached, b.external_weight) for b in ranked] == [
        ("C", 0, 1, 2.0), ("D", 1, 1, 1.0), ("E", 1, 1, 1.0)]
    assert ranked[0].participation == pytest.approx(1 - (4 / 6) ** 2 - (2 / 6) ** 2, abs=1e-6)


def test_path_with_events_on_example() -> None:
    steps = connecting_path(co_attendance(example_graph()), "Alpha", "F")
    assert [(s.source, s.target) for s in steps] == [("A", "C"), ("C", "D"), ("D", "F")]
    assert steps[1].events == [{"id": "ev3", "title": "Border meeting", "start_date": "2021-09-01", "year": 2021}]
    with pytest.raises(AnalysisError, match="not connected"):
        connecting_path(_split_graph(), "A", "Z")
    with pytest.raises(AnalysisError, match="no actor 'Nobody'"):
        find_actor(example_graph(), "Nobody")


def _split_graph() -> nx.Graph:
    g = nx.Graph(events={})
    g.add_node("A", label="Person", name="A")
    g.add_node("Z", label="Person", name="Z")
    return g


def test_fixture_graph_centrality_and_communities(fixture_graph: nx.MultiDiGraph) -> None:
    g = co_attendance(fixture_graph)
    assert (g.number_of_nodes(), g.number_of_edges()) == (23, 161)
    assert top(degree(g), 2) == [("AL", pytest.approx(10 / 11)), ("RS", pytest.approx(10 / 11))]
    assert [n for n, _ in top(betweenness(g), 3)] == ["AL", "org-europol", "org-dcaf"]
    groups = communities(g, seed=42)
    assert [len(c) for c in groups] == [12, 9, 2]
    assert groups[2] == {"org-frontex", "person-luka-novak"}
    assert {"person-sofia-rossi", "org-europol", "ME", "XK"} <= groups[1]
    assert brokers(g, groups)[0].node == "person-elira-hoxha"


def test_fixture_path_matches_bridges_query(store: EmbeddedStore, fixture_graph: nx.MultiDiGraph) -> None:
    steps = connecting_path(co_attendance(fixture_graph), "Sofia Rossi", "Luka Novak")
    assert [(s.source, s.target) for s in steps] == [("person-sofia-rossi", "AL"), ("AL", "person-luka-novak")]
    assert [e["id"] for e in steps[1].events] == ["event-e4", "event-e5"]
    rows = queries.run(store, "bridges", from_actor="Sofia Rossi", to_actor="Luka Novak")
    via = {(r["from_id"], r["to_id"], r["event_id"]) for r in rows}
    assert {("person-sofia-rossi", "AL", "event-e1"), ("AL", "person-luka-novak", "event-e4")} <= via


def test_projection_weights_equal_worked_together(store: EmbeddedStore, fixture_graph: nx.MultiDiGraph) -> None:
    g = co_attendance(fixture_graph, pillar="WBCTi")
    names = {n: g.nodes[n]["name"] for n in g}
    rows = queries.run(store, "worked-together", pillar="WBCTi", limit=1000)
    from_query = {frozenset((r["actor_a"], r["actor_b"])): r["shared_events"] for r in rows}
    from_graph = {frozenset((names[a], names[b])): w for a, b, w in g.edges(data="weight")}
    assert from_query == from_graph


def test_report_is_seeded_and_json_ready(fixture_graph: nx.MultiDiGraph) -> None:
    first = report(fixture_graph, pillar="WBBSi", n=3, seed=7)
    assert first == report(fixture_graph, pillar="WBBSi", n=3, seed=7)
    assert first["summary"]["events"] == 3 and first["summary"]["actors"] == 17
    assert [row["rank"] for row in first["centrality"]["degree"]] == [1, 2, 3]
