"""Records → GraphBatch: the nodes and relationships one source item supports.

Every node and relationship built from a record carries that record's Source id in ``sources`` and,
where the record has evidence spans, ``"<source id>#<start>-<end>"`` entries in ``evidence``; so each
fact can be traced to the sentence it came from, and ``retract(source)`` removes exactly its facts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from iisg_graph.model.graph import (
    Country,
    Event,
    GraphBatch,
    Organisation,
    Person,
    Pillar,
    Place,
    Project,
    Rel,
    Source,
)
from iisg_graph.model.ids import fold, key_hash
from iisg_graph.model.records import MeetingRecord, PersonMention, ProjectRecord
from iisg_graph.resolve.basic import Entity, Resolver

__all__ = ["build_batch", "source_id"]

_NODE_CLASSES = {c.LABEL: c for c in (Person, Organisation, Country, Place, Pillar)}
Record = MeetingRecord | ProjectRecord


def source_id(record: Record) -> str:
    """Deterministic Source id: listing pages carry several items, so the title is part of the key."""
    return "src-" + key_hash(record.source.uri, record.source.title or record.title, record.title)


def _sha256(record: Record) -> str:
    text = getattr(record, "text", None)
    payload = text if text else json.dumps(record.model_dump(mode="json"), sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class _Builder:
    """Builds the batch of one record; small methods, one per kind of fact."""

    def __init__(self, record: Record, resolver: Resolver, batch: GraphBatch) -> None:
        self.record, self.resolver, self.batch = record, resolver, batch
        self.sid = source_id(record)
        self.method = "extract" if getattr(record, "text", None) else "record"

    def evidence(self, field: str, value: str | None = None) -> list[str]:
        """Spans of ``field`` whose text matches ``value`` (all of them when the field has one span)."""
        spans = getattr(self.record, "evidence", {}).get(field, [])
        text = getattr(self.record, "text", None) or ""
        if value is not None and text and len(spans) > 1:
            want = fold(value)
            spans = [s for s in spans if want and (want in fold(text[s[0]:s[1]]) or fold(text[s[0]:s[1]]) in want)]
        return [f"{self.sid}#{s}-{e}" for s, e in spans]

    def node(self, entity: Entity, evidence: Sequence[str] = ()) -> Entity:
        cls = _NODE_CLASSES[entity.label]
        self.batch.add_node(cls(id=entity.id, sources=[self.sid], evidence=sorted(evidence), **entity.props))
        return entity

    def rel(self, rel_type: str, src: Entity | tuple[str, str], dst: Entity | tuple[str, str],
            evidence: Sequence[str] = (), confidence: float = 1.0, **props: object) -> None:
        s = (src.label, src.id) if isinstance(src, Entity) else src
        d = (dst.label, dst.id) if isinstance(dst, Entity) else dst
        self.batch.add_rel(Rel(type=rel_type, src_label=s[0], src=s[1], dst_label=d[0], dst=d[1],
                               props=props, sources=[self.sid], evidence=sorted(evidence),
                               method=self.method, confidence=confidence))

    def source(self) -> tuple[str, str]:
        rec = self.record
        published = rec.source.published.isoformat() if rec.source.published else None
        self.batch.add_node(Source(id=self.sid, sources=[self.sid], uri=rec.source.uri,
                                   title=rec.source.title or rec.title, published=published,
                                   sha256=_sha256(rec), text=getattr(rec, "text", None)))
        return ("Source", self.sid)

    def actor(self, name: str, field: str) -> Entity:
        return self.node(self.resolver.actor(name, self.record), self.evidence(field, name))

    def pillars(self, target: tuple[str, str]) -> None:
        rec = self.record
        for code in rec.pillars:
            pillar = self.node(self.resolver.pillar(code))
            self.rel("CONCERNS", target, pillar, self.evidence("pillars", code), basis="stated")
        for inferred in getattr(rec, "inferred_pillars", []):
            if inferred.code in rec.pillars:
                continue
            pillar = self.node(self.resolver.pillar(inferred.code))
            self.rel("CONCERNS", target, pillar, self.evidence("inferred_pillars", inferred.code),
                     confidence=inferred.confidence, basis="inferred")

    def meeting(self, rec: MeetingRecord) -> None:
        start = rec.start_date.isoformat() if rec.start_date else None
        event = Event(id=self.resolver.event(rec, self.sid), sources=[self.sid], title=rec.title,
                      kind=rec.kind, start_date=start,
                      end_date=rec.end_date.isoformat() if rec.end_date else None,
                      year=rec.start_date.year if rec.start_date else None,
                      date_precision=rec.date_precision or ("day" if start else None),
                      evidence=sorted(self.evidence("start_date")))
        self.batch.add_node(event)
        ev = ("Event", event.id)
        self.rel("REPORTED_IN", ev, self.source())
        if rec.city:
            place = self.node(self.resolver.place(rec.city, rec.country), self.evidence("city"))
            self.rel("HELD_IN", ev, place, self.evidence("city"))
            if rec.country:
                country = self.node(self.resolver.country(rec.country), self.evidence("country"))
                self.rel("IN_COUNTRY", place, country, self.evidence("country"))
        for name in rec.organisers:
            self.rel("ORGANISED", self.actor(name, "organisers"), ev, self.evidence("organisers", name))
        for name in rec.participant_orgs:
            actor = self.actor(name, "participant_orgs")
            self.rel("ATTENDED", actor, ev, self.evidence("participant_orgs", name), role="participant")
        for code in rec.participant_countries:
            country = self.node(self.resolver.country(code), self.evidence("participant_countries", code))
            self.rel("ATTENDED", country, ev, self.evidence("participant_countries", code), role="participant")
        for name in rec.funders:
            self.rel("FUNDED", self.actor(name, "funders"), ev, self.evidence("funders", name))
        for mention in rec.people:
            self.person(mention, ev)
        self.pillars(ev)

    def person(self, mention: PersonMention, event: tuple[str, str]) -> None:
        ev = self.evidence("people", mention.name)
        person = self.node(self.resolver.person(mention, self.record), ev)
        self.rel("ATTENDED", person, event, ev, role=mention.attendance)
        if mention.org:
            org = self.node(self.resolver.actor(mention.org, self.record), self.evidence("people", mention.org))
            if org.label == "Organisation":
                self.rel("AFFILIATED_WITH", person, org, ev, role=mention.role)

    def project(self, rec: ProjectRecord) -> None:
        project = Project(id=self.resolver.project(rec, self.sid), sources=[self.sid], title=rec.title,
                          start_date=rec.start_date.isoformat() if rec.start_date else None,
                          end_date=rec.end_date.isoformat() if rec.end_date else None,
                          amount=rec.amount, currency=rec.currency)
        self.batch.add_node(project)
        pr = ("Project", project.id)
        self.rel("REPORTED_IN", pr, self.source())
        for name in rec.funders:
            self.rel("FUNDED", self.actor(name, "funders"), pr, amount=rec.amount, currency=rec.currency)
        for name in rec.implementers:
            actor = self.actor(name, "implementers")
            if actor.label == "Organisation":
                self.rel("IMPLEMENTED", actor, pr)
        for code in rec.beneficiaries:
            self.rel("BENEFITS", pr, self.node(self.resolver.country(code)))
        self.pillars(pr)


def build_batch(records: list[Record], resolver: Resolver | None = None,
                batch: GraphBatch | None = None) -> GraphBatch:
    """The graph facts of ``records`` (added to ``batch`` when given)."""
    resolver = resolver or Resolver()
    batch = batch if batch is not None else GraphBatch()
    for record in records:
        builder = _Builder(record, resolver, batch)
        if isinstance(record, ProjectRecord):
            builder.project(record)
        else:
            builder.meeting(record)
    return batch
