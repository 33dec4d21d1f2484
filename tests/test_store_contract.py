"""One contract, two stores: the same test body runs on the embedded store and on a real Neo4j.

The graph is small and hand-made so that every count below can be checked by reading it: a meeting in
Tirana reported by source ``s1``, and a second source ``s2`` that mentions DCAF again at a workshop.
"""

from __future__ import annotations

import re

import pytest

from iisg_graph.errors import StoreError
from iisg_graph.model.graph import (
    ALL_NODE_TYPES,
    REL_ENDPOINTS,
    Country,
    Event,
    GraphBatch,
    Organisation,
    Person,
    Pillar,
    Place,
    Rel,
    Source,
)
from iisg_graph.store.base import GraphStore
from iisg_graph.store.neo4j import Neo4jStore
from iisg_graph.store.schema import schema_statements


def _rel(kind: str, src: object, dst: object, source: str, span: str, **props: str | float) -> Rel:
    return Rel(type=kind, src_label=src.LABEL, src=src.id, dst_label=dst.LABEL, dst=dst.id,  # type: ignore[attr-defined]
               props=props, sources=[source], evidence=[f"{source}#{span}"])


DCAF = Organisation(id="org-dcaf", name="DCAF", acronym="DCAF", kind="international_org",
                    sources=["s1"], evidence=["s1#0-4"])
ALBANIA = Country(id="AL", iso2="AL", name="Albania", sources=["s1"], evidence=["s1#40-47"])
TIRANA = Place(id="pla-tirana", name="Tirana", country="AL", sources=["s1"], evidence=["s1#30-36"])
WBBSI = Pillar(id="WBBSi", code="WBBSi", name="Western Balkans Border Security initiative", number=3,
               sources=["s1"], evidence=["s1#50-55"])
ANA = Person(id="per-ana", name="Ana Kola", sources=["s1"], evidence=["s1#60-68"])
MEETING = Event(id="evt-1", title="Border security meeting", kind="meeting", start_date="2023-05-10",
                year=2023, sources=["s1"], evidence=["s1#10-33"])
S1 = Source(id="s1", uri="https://example.org/1", title="Meeting in Tirana", sha256="aa", sources=["s1"])


def first_batch() -> GraphBatch:
    """7 nodes and 7 relationships, all from source s1."""
    return GraphBatch.of(
        [DCAF, ALBANIA, TIRANA, WBBSI, ANA, MEETING, S1],
        [_rel("ORGANISED", DCAF, MEETING, "s1", "0-4"),
         _rel("ATTENDED", ANA, MEETING, "s1", "60-68", role="speaker"),
         _rel("ATTENDED", ALBANIA, MEETING, "s1", "40-47", role="participant"),
         _rel("HELD_IN", MEETING, TIRANA, "s1", "30-36"),
         _rel("IN_COUNTRY", TIRANA, ALBANIA, "s1", "30-36"),
         _rel("CONCERNS", MEETING, WBBSI, "s1", "50-55", basis="stated"),
         _rel("REPORTED_IN", MEETING, S1, "s1", "0-80")])


def second_batch() -> GraphBatch:
    """Source s2: DCAF again (provenance union) at a new workshop (2 new nodes, 2 new relationships)."""
    dcaf = DCAF.model_copy(update={"sources": ["s2"], "evidence": ["s2#5-9"]})
    workshop = Event(id="evt-2", title="Workshop on document fraud", start_date="2023-06-01", year=2023,
                     sources=["s2"], evidence=["s2#0-26"])
    s2 = Source(id="s2", uri="https://example.org/2", title="Workshop", sha256="bb", sources=["s2"])
    return GraphBatch.of([dcaf, workshop, s2],
                         [_rel("ATTENDED", dcaf, workshop, "s2", "5-9", role="participant"),
                          _rel("REPORTED_IN", workshop, s2, "s2", "0-40")])


FIRST_NODES = {"Person": 1, "Organisation": 1, "Country": 1, "Place": 1, "Pillar": 1, "Event": 1,
               "Project": 0, "Source": 1}
FIRST_RELS = {"ATTENDED": 2, "ORGANISED": 1, "FUNDED": 0, "IMPLEMENTED": 0, "BENEFITS": 0, "CONCERNS": 1,
              "HELD_IN": 1, "IN_COUNTRY": 1, "AFFILIATED_WITH": 0, "REPORTED_IN": 1}


@pytest.fixture
def store(any_store: GraphStore) -> GraphStore:
    """An empty store of each kind (``any_store`` in conftest)."""
    return any_store


def _dcaf(store: GraphStore) -> dict[str, object]:
    rows = store.run("MATCH (o:Organisation {id: $id}) RETURN o.sources AS sources, o.evidence AS evidence, "
                     "o.name AS name", {"id": "org-dcaf"})
    assert len(rows) == 1
    return rows[0]


def test_store_contract(store: GraphStore) -> None:
    # first load: exact counts
    assert store.upsert(first_batch()) == {"nodes_created": 7, "nodes_updated": 0, "rels_created": 7,
                                           "rels_updated": 0}
    assert store.stats() == {"nodes": FIRST_NODES, "relationships": FIRST_RELS}
    assert store.source_hashes() == {"s1": "aa"}

    # the same batch again changes nothing
    assert store.upsert(first_batch()) == {"nodes_created": 0, "nodes_updated": 0, "rels_created": 0,
                                           "rels_updated": 0}
    assert store.stats() == {"nodes": FIRST_NODES, "relationships": FIRST_RELS}

    # a second source supporting DCAF: provenance is the sorted union
    assert store.upsert(second_batch()) == {"nodes_created": 2, "nodes_updated": 1, "rels_created": 2,
                                            "rels_updated": 0}
    assert _dcaf(store) == {"sources": ["s1", "s2"], "evidence": ["s1#0-4", "s2#5-9"], "name": "DCAF"}
    stats = store.stats()
    assert stats["nodes"] == {**FIRST_NODES, "Event": 2, "Source": 2}
    assert stats["relationships"] == {**FIRST_RELS, "ATTENDED": 3, "REPORTED_IN": 2}

    # to_networkx: every node and relationship, with label / type attributes
    graph = store.to_networkx()
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (9, 9)
    assert graph.nodes["org-dcaf"]["label"] == "Organisation"
    assert graph.nodes["evt-1"]["year"] == 2023
    assert graph.edges["per-ana", "evt-1", "ATTENDED"]["role"] == "speaker"
    assert sorted(d["type"] for _, _, d in graph.edges(data=True)).count("ATTENDED") == 3

    # retract s2: exactly its facts go; DCAF survives with s1 alone
    assert store.retract("s2") == {"nodes_deleted": 2, "rels_deleted": 2}
    assert store.stats() == {"nodes": FIRST_NODES, "relationships": FIRST_RELS}
    assert _dcaf(store) == {"sources": ["s1"], "evidence": ["s1#0-4"], "name": "DCAF"}
    assert store.source_hashes() == {"s1": "aa"}

    # a read-only run refuses a write and changes nothing; write=True is allowed
    with pytest.raises(StoreError):
        store.run("MATCH (o:Organisation {id: $id}) SET o.name = $name", {"id": "org-dcaf", "name": "X"})
    assert _dcaf(store)["name"] == "DCAF"
    store.run("MATCH (o:Organisation {id: $id}) SET o.name = $name", {"id": "org-dcaf", "name": "X"},
              write=True)
    assert _dcaf(store)["name"] == "X"

    store.clear()
    assert sum(store.stats()["nodes"].values()) == 0


def test_upsert_keeps_values_a_later_batch_lacks(store: GraphStore) -> None:
    store.upsert(first_batch())
    renamed = MEETING.model_copy(update={"title": "Border security meeting (2nd day)", "kind": None})
    assert store.upsert(GraphBatch.of([renamed])) == {"nodes_created": 0, "nodes_updated": 1,
                                                      "rels_created": 0, "rels_updated": 0}
    rows = store.run("MATCH (e:Event {id: 'evt-1'}) RETURN e.title AS title, e.kind AS kind")
    assert rows == [{"title": "Border security meeting (2nd day)", "kind": "meeting"}]


NOTHING = {"nodes_created": 0, "nodes_updated": 0, "rels_created": 0, "rels_updated": 0}


def test_reload_with_changes_writes_exactly_the_changes(store: GraphStore) -> None:
    store.upsert(first_batch())
    # the same batch, with one node property, one relationship property and one relationship's provenance changed
    batch = first_batch()
    dcaf = DCAF.model_copy(update={"name": "Geneva Centre for Security Sector Governance"})
    batch.add_node(dcaf)
    changed = GraphBatch.of([dcaf, *(n for k, n in batch.nodes.items() if k != ("Organisation", "org-dcaf"))],
                            [r for r in batch.rels.values() if r.key != ("ATTENDED", "per-ana", "evt-1")
                             and r.key != ("HELD_IN", "evt-1", "pla-tirana")]
                            + [_rel("ATTENDED", ANA, MEETING, "s1", "60-68", role="chair"),
                               _rel("HELD_IN", MEETING, TIRANA, "s3", "0-6")])
    assert store.upsert(changed) == {"nodes_created": 0, "nodes_updated": 1, "rels_created": 0, "rels_updated": 2}
    assert _dcaf(store)["name"] == "Geneva Centre for Security Sector Governance"
    rows = store.run("MATCH (:Person {id: 'per-ana'})-[r:ATTENDED]->(:Event {id: 'evt-1'}) RETURN r.role AS role")
    assert rows == [{"role": "chair"}]
    rows = store.run("MATCH (:Event {id: 'evt-1'})-[r:HELD_IN]->(:Place) RETURN r.sources AS s, r.evidence AS e")
    assert rows == [{"s": ["s1", "s3"], "e": ["s1#30-36", "s3#0-6"]}]
    # and that again is a no-op
    assert store.upsert(changed) == NOTHING
    assert store.stats() == {"nodes": FIRST_NODES, "relationships": FIRST_RELS}


def test_relationship_to_a_node_stored_by_an_earlier_batch(store: GraphStore) -> None:
    store.upsert(first_batch())
    # only the relationship: both end nodes come from the store, not from this batch
    later = GraphBatch.of([], [_rel("ATTENDED", DCAF, MEETING, "s4", "1-5", role="host")])
    assert store.upsert(later) == {"nodes_created": 0, "nodes_updated": 0, "rels_created": 1, "rels_updated": 0}
    assert store.upsert(later) == NOTHING
    rows = store.run("MATCH (:Organisation {id: 'org-dcaf'})-[r:ATTENDED]->(e:Event) RETURN e.id AS e, r.role AS role")
    assert rows == [{"e": "evt-1", "role": "host"}]
    # a relationship between a stored node and a new one
    workshop = Event(id="evt-9", title="Workshop", sources=["s5"], evidence=["s5#0-8"])
    batch = GraphBatch.of([workshop], [_rel("ATTENDED", ANA, workshop, "s5", "9-12", role="participant")])
    assert store.upsert(batch) == {"nodes_created": 1, "nodes_updated": 0, "rels_created": 1, "rels_updated": 0}


@pytest.mark.neo4j
def test_neo4j_reload_of_unchanged_data_sends_no_writes(neo4j_store: Neo4jStore,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Not only zero counts: no write statement reaches the server, and the server reports no update."""
    import neo4j

    from iisg_graph.store import neo4j_upsert

    neo4j_store.upsert(first_batch())
    neo4j_store.upsert(second_batch())
    writes: list[str] = []
    updates: list[bool] = []
    real_write, real_upsert = neo4j_upsert._Upsert._write, neo4j_upsert.upsert_batch

    def spy_write(self: neo4j_upsert._Upsert, cypher: str, *args: object) -> None:
        writes.append(cypher)
        real_write(self, cypher, *args)

    def spy_upsert(tx: neo4j.ManagedTransaction, batch: GraphBatch) -> dict[str, int]:
        real_run = tx.run
        results: list[neo4j.Result] = []

        def run(*args: object, **kwargs: object) -> neo4j.Result:
            results.append(real_run(*args, **kwargs))
            return results[-1]

        monkeypatch.setattr(tx, "run", run)
        counts = real_upsert(tx, batch)
        updates.extend(result.consume().counters.contains_updates for result in results)
        return counts

    monkeypatch.setattr(neo4j_upsert._Upsert, "_write", spy_write)
    monkeypatch.setattr("iisg_graph.store.neo4j.upsert_batch", spy_upsert)
    assert neo4j_store.upsert(first_batch()) == NOTHING
    assert neo4j_store.upsert(second_batch()) == NOTHING
    assert writes == []
    assert updates and not any(updates)


@pytest.mark.neo4j
def test_neo4j_relationship_without_its_end_node_is_refused(neo4j_store: Neo4jStore) -> None:
    neo4j_store.upsert(first_batch())
    ghost = Person(id="per-ghost", name="Nobody")
    with pytest.raises(StoreError, match="found no Person 'per-ghost'"):
        neo4j_store.upsert(GraphBatch.of([], [_rel("ATTENDED", ghost, MEETING, "s9", "0-1", role="participant")]))
    assert neo4j_store.stats() == {"nodes": FIRST_NODES, "relationships": FIRST_RELS}  # the batch was rolled back


# -- Neo4j only, no server needed ---------------------------------------------------------------------

def test_neo4j_schema_has_a_unique_id_for_every_label() -> None:
    found = set()
    for statement in schema_statements("neo4j"):
        assert "IF NOT EXISTS" in statement
        match = re.fullmatch(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE",
                             statement)
        if match:
            found.add(match.group(1))
    assert found == set(ALL_NODE_TYPES)  # derived rows are keyed by id too
    assert set(REL_ENDPOINTS)  # relationship types need no schema in Neo4j


def test_neo4j_unreachable_server_is_a_store_error() -> None:
    with Neo4jStore.from_uri("bolt://127.0.0.1:9") as store, pytest.raises(StoreError, match="cannot reach Neo4j"):
        store.stats()
