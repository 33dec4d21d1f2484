"""SourceItem → MeetingRecord: runs the stages in order and keeps the evidence of every value.

Stages: sentences → dates → place → organisations → people, their ministries (``ministers``) and the bodies the
text implies (``derived``) → one entity per body (``merge``) → roles (organiser / funder / participant) → hosts'
officials (``officials``) → actors (``actors``, ``taking_part``, ``seats``) → participating countries → pillars →
kind. Each stage is a pure function of the text and the gazetteer; this module only wires them and builds the
record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from iisg_graph.extract.actors import Actors, actors, role_mentions
from iisg_graph.extract.bodies import national_body
from iisg_graph.extract.countries import participant_countries
from iisg_graph.extract.dates import EventDate, event_date
from iisg_graph.extract.derived import plural_bodies, plural_ministries, represented_by_embassies, title_orgs
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.kinds import event_kind
from iisg_graph.extract.merge import (
    LEADING_THE,
    bare_into_named,
    merge_entities,
    person_ministry_into_host,
    units_into_parents,
)
from iisg_graph.extract.ministers import counterpart_ministers, host_ministry_country, paired_ministers
from iisg_graph.extract.officials import host_officials
from iisg_graph.extract.orgs import find_orgs, fold
from iisg_graph.extract.people import PersonFound, find_people
from iisg_graph.extract.pillars import inferred_pillars_with_spans, stated_pillars
from iisg_graph.extract.places import EventPlace, event_place
from iisg_graph.extract.record import meeting_record, person_mention, source_ref
from iisg_graph.extract.roles import assign_roles
from iisg_graph.extract.seats import seat_countries
from iisg_graph.extract.taking_part import Spans
from iisg_graph.extract.textutil import sentences
from iisg_graph.model.records import InferredPillar, MeetingRecord, PersonMention
from loaders.base import SourceItem

__all__ = ["extract_item", "extract_items"]


def extract_items(items: Iterable[SourceItem]) -> Iterator[MeetingRecord]:
    """Extract every item, in input order."""
    for item in items:
        yield extract_item(item)


def extract_item(item: SourceItem) -> MeetingRecord:
    """One record for one news item, with evidence spans into ``item.text``.

    >>> it = SourceItem(title="Workshop in Budva", body="On 5 May 2023 the IISG Secretariat organised a "
    ...                 "workshop with OSCE on border management.", uri="feed.txt#item=1")
    >>> r = extract_item(it)
    >>> str(r.start_date), r.city, r.country, r.organisers, r.participant_orgs, r.kind
    ('2023-05-05', 'Budva', 'ME', ['IISG Secretariat'], ['OSCE'], 'workshop')
    >>> [it.text[s:e] for s, e in r.evidence["organisers"]]
    ['IISG Secretariat']
    """
    gaz = gazetteer()
    text = item.text
    title_end, body_start = len(item.title), len(item.title) + 2
    sents = sentences(text)
    date = event_date(text, body_start, sents)
    lead_end = next((e for s, e in sents if s >= body_start), len(text))
    place = event_place(text, title_end, body_start, gaz, lead_end)
    orgs = find_orgs(text, gaz)
    people = find_people(text, sents, orgs, gaz)
    host_ministry_country(text, people, place, gaz)
    paired_ministers(text, people, gaz)
    counterpart_ministers(text, sents, people, gaz)
    orgs = units_into_parents(
        merge_entities(
            orgs
            + title_orgs(people, gaz)
            + plural_ministries(text, gaz)
            + plural_bodies(text, gaz)
            + represented_by_embassies(text, gaz),
            {fold(p.org) for p in people if p.org},
        )
    )
    bare_into_named(orgs, people)
    person_ministry_into_host(orgs, people, place.country)
    roles = assign_roles(text, sents, role_mentions(text, orgs, gaz))
    host_officials(orgs, roles, people)
    act = actors(orgs, roles, people, text)
    act.tied += seat_countries(text, act, gaz)
    orgs_at = {m.start: m.end for e in orgs for m in e.mentions}
    org_countries = {m.start: e.country for e in orgs if e.country and national_body(e) for m in e.mentions}
    countries = participant_countries(
        text, sents, gaz, orgs_at, act.tied, exclude=act.silent_organiser_spans, org_countries=org_countries
    )
    pillars = stated_pillars(text)
    inferred = inferred_pillars_with_spans(text, set(pillars))
    kind, kind_span = event_kind(item.title, item.body)
    by_key = act.by_key
    ev = _evidence(date, place, act, countries, people, pillars, inferred, kind_span)
    return meeting_record(
        title=item.title,
        start_date=date.start,
        end_date=date.end,
        date_precision=date.precision,
        city=place.city,
        country=place.country,
        pillars=list(pillars),
        inferred_pillars=[p for p, _ in inferred],
        organisers=[by_key[k].name for k in act.organisers],
        participant_orgs=[by_key[k].name for k in act.participants],
        participant_countries=list(countries),
        people=[_person(p) for p in people],
        funders=[by_key[k].name for k in act.funders]
        + [_country_funder(text, v) for v in act.country_funders.values()],
        kind=kind,
        source=source_ref(uri=item.uri, title=item.title),
        text=text,
        evidence=ev,
    )


def _evidence(
    date: EventDate,
    place: EventPlace,
    act: Actors,
    countries: dict[str, Spans],
    people: list[PersonFound],
    pillars: dict[str, Spans],
    inferred: list[tuple[InferredPillar, Spans]],
    kind_span: tuple[int, int] | None,
) -> dict[str, Spans]:
    """Field → spans of the text each value was read from (``date_text`` keeps a date that gave no value)."""
    ev: dict[str, Spans] = {}
    roles = act.roles
    _ev(ev, "start_date", [date.span] if date.start and date.span else [])
    _ev(ev, "end_date", [date.span] if date.end and date.span else [])
    _ev(ev, "date_text", [date.span] if date.span and not date.start else [])
    _ev(ev, "city", [place.city_span] if place.city_span else [])
    _ev(ev, "country", [place.country_span] if place.country_span else [])
    _ev(ev, "organisers", act.organiser_spans)
    _ev(
        ev,
        "participant_orgs",
        [
            s
            for k in act.participants
            for s in roles.neutral.get(k) or act.taking_part.get(k) or act.by_key[k].spans[:1]
        ],
    )
    fund_spans = [s for k in act.funders for s in roles.funders[k]]
    _ev(ev, "funders", fund_spans + [s for v in act.country_funders.values() for s in v])
    _ev(ev, "participant_countries", [s for v in countries.values() for s in v])
    _ev(ev, "people", [s for p in people for s in p.spans])
    _ev(ev, "pillars", [s for v in pillars.values() for s in v])
    _ev(ev, "inferred_pillars", [s for _, spans in inferred for s in spans])
    _ev(ev, "kind", [kind_span] if kind_span else [])
    return ev


def _ev(ev: dict[str, Spans], field: str, spans: Spans) -> None:
    if spans:
        ev[field] = sorted(set(spans))


def _country_funder(text: str, spans: Spans) -> str:
    """A country that funds, as the text names it ("the United Kingdom" -> "United Kingdom")."""
    s, e = spans[0]
    return LEADING_THE.sub("", text[s:e])


def _person(p: PersonFound) -> PersonMention:
    return person_mention(name=p.name, role=p.role, org=p.org, honorific=p.honorific, attendance=p.attendance)
