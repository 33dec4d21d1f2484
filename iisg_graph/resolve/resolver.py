"""The full resolver: the stage between extraction and the graph, so that every store gets one answer.

:class:`FullResolver` keeps :class:`basic.Resolver`'s interface. ``prepare`` sees every record of a load
and makes the cross-record decisions — people clusters, role holders, chairmanship forums, one Event per
meeting; the per-mention methods then only look answers up. Decisions files are read at construction, so
a changed judgement applies on the next load and never rewrites a source fact.

>>> from iisg_graph.model.records import MeetingRecord
>>> r = default_resolver()
>>> rec = MeetingRecord(title="Talks in Vienna", participant_orgs=["OBSE", "Austria"])
>>> r.prepare([(rec, "src-1")])
>>> r.actor("OBSE", rec).id, r.actor("Austria", rec).label
('org-osce', 'Country')
"""

from __future__ import annotations

from pathlib import Path

from iisg_graph.model.ids import make_id
from iisg_graph.model.records import MeetingRecord, PersonMention, ProjectRecord
from iisg_graph.resolve.basic import Entity, Resolver, country_name
from iisg_graph.resolve.context import RecordContext, org_mentions, record_context
from iisg_graph.resolve.decisions import Decisions, load_decisions
from iisg_graph.resolve.events import EventFacts, EventResolver
from iisg_graph.resolve.names import cfold, is_role_mention
from iisg_graph.resolve.orgctx import OrgResolver
from iisg_graph.resolve.orgs import OrgParse
from iisg_graph.resolve.people import PeopleResolver, PersonMentionCtx
from iisg_graph.resolve.refdata import refdata

__all__ = ["FullResolver", "default_resolver"]

Record = MeetingRecord | ProjectRecord


class FullResolver(Resolver):
    """Gazetteers + decisions + context + fuzzy people + event dedup (see the module docstring)."""

    def __init__(self, decisions: Decisions | None = None) -> None:
        self.decisions = decisions if decisions is not None else load_decisions()
        self.orgs = OrgResolver(self.decisions)
        self.people = PeopleResolver(self.decisions)
        self.events = EventResolver(self.decisions)
        self._ctx: dict[int, tuple[Record, RecordContext]] = {}
        self._records: list[tuple[Record, str]] = []
        self._mentions: dict[tuple[int, int], tuple[PersonMention, PersonMentionCtx]] = {}
        self._persons: dict[tuple[int, int], tuple[PersonMention, Entity]] = {}

    # -- the load ----------------------------------------------------------------------------------
    def prepare(self, records: list[tuple[Record, str]], stored_events: list[dict[str, object]] = ()) -> None:
        """Cross-record decisions for one load; call once with every (record, source id) and the stored
        events the load's meetings may be further reports of (``pipeline.stored_events``)."""
        self._records = list(records)
        for record, sid in records:
            ctx = record_context(record, sid)
            self._ctx[id(record)] = (record, ctx)
            for name in org_mentions(record):
                self.orgs.learn(self.orgs.parse(name), ctx)
        self.people.prepare([m for record, _ in records for m in self._person_mentions(record)])
        self.events.prepare([self._event_facts(r, sid) for r, sid in records if isinstance(r, MeetingRecord)]
                            + [EventFacts.of_stored(row) for row in stored_events])

    def context(self, record: Record) -> RecordContext:
        """The record's context, computed once (keyed by identity: records are not hashable)."""
        hit = self._ctx.get(id(record))
        if hit is None or hit[0] is not record:
            hit = self._ctx[id(record)] = (record, record_context(record))
        return hit[1]

    def _person_mentions(self, record: Record) -> list[PersonMentionCtx]:
        return [self._mention_ctx(p, record) for p in getattr(record, "people", [])]

    def _mention_ctx(self, mention: PersonMention, record: Record) -> PersonMentionCtx:
        key = (id(record), id(mention))
        hit = self._mentions.get(key)
        if hit is None or hit[0] is not mention:  # ids of dead objects are reused: check identity
            hit = self._mentions[key] = (mention, self._new_mention_ctx(mention, record))
        return hit[1]

    def _new_mention_ctx(self, mention: PersonMention, record: Record) -> PersonMentionCtx:
        ctx = self.context(record)
        org = self._person_org(mention, record)
        words = frozenset(cfold(f"{org.name} {org.acronym or ''} {mention.org or ''}").split()) if org else frozenset()
        return PersonMentionCtx(mention.name, org.id if org else None, words, mention.role, ctx.source_id,
                                record.start_date)

    def _person_org(self, mention: PersonMention, record: Record) -> OrgParse | None:
        """The mention's organisation; for a bare role ("HoS") the one its words or its item point to."""
        if mention.org:
            parse = self.orgs.resolve(mention.org, self.context(record), mention.role)
            return parse if parse.label == "Organisation" else None
        if not is_role_mention(mention.name):
            return None
        return self._org_named_in_role(f"{mention.name} {mention.role or ''}", record)

    def _org_named_in_role(self, text: str, record: Record) -> OrgParse | None:
        from iisg_graph.resolve.roles import expand_role

        words = set(cfold(expand_role(text)).split())
        ctx = self.context(record)
        found = {p.id: p for p in (self.orgs.resolve(n, ctx) for n in org_mentions(record))
                 if p.label == "Organisation" and cfold(p.name) in cfold(expand_role(text))}
        if len(found) != 1:
            found = {p.id: p for p in (self.orgs.resolve(n, ctx) for n in org_mentions(record))
                     if p.label == "Organisation" and words & set(cfold(p.name).split()) - {"of", "the"}}
        return next(iter(found.values())) if len(found) == 1 else None

    def _event_facts(self, record: MeetingRecord, sid: str) -> EventFacts:
        ctx = self.context(record)  # bodies named without ambiguity; generic names are no evidence here
        actors = set(ctx.org_ids) | set(record.participant_countries)
        actors |= {self.person(p, record).id for p in record.people}
        place = self.place(record.city, record.country).id if record.city else None
        return EventFacts.of(record, sid, place, actors)

    # -- per mention -------------------------------------------------------------------------------
    def actor(self, name: str, record: Record) -> Entity:
        parse = self.orgs.resolve(name, self.context(record), _role_of(name, record))
        if parse.label == "Country":
            return self.country(parse.id)
        props = {"name": parse.name, "acronym": parse.acronym, "kind": parse.kind, "country": parse.country,
                 "aliases": sorted({name, parse.long_name or parse.name} - {parse.name})}
        return Entity("Organisation", parse.id, props)

    def country(self, code: str) -> Entity:
        return Entity("Country", code, {"iso2": code, "name": refdata().country_names.get(code)
                                        or country_name(code)})

    def person(self, mention: PersonMention, record: Record) -> Entity:
        key = (id(record), id(mention))
        hit = self._persons.get(key)
        if hit is None or hit[0] is not mention:
            pid, props = self.people.resolve(self._mention_ctx(mention, record))
            hit = self._persons[key] = (mention, Entity("Person", pid, props))
        return hit[1]

    def place(self, city: str, country: str | None) -> Entity:
        name, code = refdata().places.get(cfold(city), (city, country))
        code = country or code
        return Entity("Place", make_id("place", name, code), {"name": name, "country": code})

    def event(self, record: MeetingRecord, source_id: str) -> str:
        return self.events.event_id(record, source_id)


def _role_of(org_name: str, record: Record) -> str | None:
    """Roles of the people tied to ``org_name`` in the record (a bare ministry may take their country)."""
    roles = [p.role for p in getattr(record, "people", []) if p.org == org_name and p.role]
    return " ; ".join(roles) or None


def default_resolver(decisions: list[Path] | None = None) -> FullResolver:
    """The resolver the pipeline uses: bundled + user decisions (``$IISG_DECISIONS`` / ./iisg-decisions.yaml)."""
    return FullResolver(load_decisions(decisions))
