"""Graph model: deterministic ids and batch merging by key."""

from __future__ import annotations

from iisg_graph.model.build import build_batch, source_id
from iisg_graph.model.graph import Country, GraphBatch, Rel
from iisg_graph.model.records import MeetingRecord


def test_batch_merges_by_key_and_unions_provenance():
    batch = GraphBatch()
    for n in range(1000):
        batch.add_node(Country(id="AL", iso2="AL", name="Albania", sources=[f"s{n:04}"], evidence=[f"s{n:04}#1-2"]))
        batch.add_rel(Rel(type="ATTENDED", src_label="Country", src="AL", dst_label="Event", dst="e1",
                          props={"role": "participant" if n else None}, sources=[f"s{n:04}"], confidence=n / 1000))
    (node,) = batch.nodes.values()
    assert node.sources == [f"s{n:04}" for n in range(1000)] and len(node.evidence) == 1000
    (rel,) = batch.rels.values()
    assert rel.props == {"role": "participant"} and rel.confidence == 0.999 and len(rel.sources) == 1000


def test_same_record_gives_the_same_ids_and_batch():
    record = MeetingRecord(title="WBBSi meeting in Skopje", start_date="2023-04-28", city="Skopje", country="MK",
                           participant_orgs=["Frontex"], pillars=["WBBSi"], source={"uri": "feed.txt#item=3"})
    first, second = build_batch([record]), build_batch([record.model_copy(deep=True)])
    assert sorted(first.nodes) == sorted(second.nodes)
    assert [r.model_dump() for r in first.rels.values()] == [r.model_dump() for r in second.rels.values()]
    assert source_id(record) == source_id(record.model_copy(deep=True)) != source_id(
        record.model_copy(update={"title": "Another item of the same page"}))
