"""SourceItem → MeetingRecord: runs the stages in order and keeps the evidence of every value.

Stages: sentences → dates → place → organisations → people (and the ministries their roles imply) →
roles (organiser / funder / participant) → participating countries → pillars → kind. Each stage is a
pure function of the text and the gazetteer; this module only wires them and builds the record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from iisg_graph.extract.countries import country_list_at, participant_countries
from iisg_graph.extract.dates import EventDate, event_date
from iisg_graph.extract.gazetteer import Gazetteer, gazetteer, phrase_hits
from iisg_graph.extract.kinds import event_kind
from iisg_graph.extract.orgs import OrgEntity, find_orgs, fold
from iisg_graph.extract.people import PersonFound, find_people
from iisg_graph.extract.pillars import inferred_pillars_with_spans, stated_pillars
from iisg_graph.extract.places import EventPlace, event_place
from iisg_graph.extract.record import meeting_record, person_mention, source_ref
from iisg_graph.extract.roles import RoleMention, Roles, assign_roles
from iisg_graph.extract.textutil import Mention, lower_view, sentences, span_index
from iisg_graph.extract.vocab import PORTFOLIOS, portfolio_of, words
from iisg_graph.model.records import InferredPillar, MeetingRecord, PersonMention
from loaders.base import SourceItem

__all__ = ["extract_item", "extract_items"]

_NON_ACTORS = {"european-union"}  # "the EU" is a funder or a setting, not an attendee, in this domain's prose
_FORMAT = re.compile(r"\bProcess$")  # "Berlin Process": a format the meeting belongs to, not an attendee
# "OSCE Presence in Albania", "EU Delegation to Serbia": an international body's field office names the host
# country, which that office does not represent
_FIELD_OFFICE = re.compile(r"\b(?:Mission|Presence|Delegation|Office)\s+(?:to|in)\s")
_LEADING_THE = re.compile(r"^the\s+")
_PORTFOLIO_ALT = "|".join(sorted((re.escape(p) for p in PORTFOLIOS), key=len, reverse=True))
# "the ministries of interior of Albania, Montenegro and North Macedonia", "the interior ministries of A and B".
# Not "ministers of ...": unnamed ministers show their countries taking part, not ministries (dev convention).
_PLURAL_MINISTRIES = re.compile(
    rf"\b(?:[Mm]inistries\s+(?:of|for)\s+(?:the\s+)?(?P<p1>{_PORTFOLIO_ALT})"
    rf"|(?P<p2>{_PORTFOLIO_ALT})\s+[Mm]inistries)\s+(?:of|from)\s+(?:the\s+)?",
    re.I,
)
# "the FIUs of Albania, Montenegro and Serbia", "the Offices of the Presidents of Slovenia and Croatia": a plural
# capitalised body (a plural acronym, or "<Heads> of the <Roles>") over a country list names one body per country,
# each taking part. Lower-case plurals ("financial intelligence units of ...") name no body (gold: units unnamed).
# "the embassies of Italy and Greece": one Embassy per country, whatever the case (an embassy is always a body).
_PLURAL_BODIES = re.compile(
    r"\b(?:(?P<acr>[A-Z]{2,})s|(?P<head>[A-Z][a-z]+)s\s+of\s+the\s+(?P<role>[A-Z][a-z]+)s|(?P<emb>[Ee]mbassies))"
    r"\s+of\s+(?:the\s+)?"
)
# plural acronyms of groups of people or of non-state bodies: "NGOs of Albania" names no national body
_NOT_BODIES = words("NGO CSO SME MP MEP IDP OCG EU UN")
# "Ministers of interior of Albania, Kosovo and North Macedonia, Mr. A, Mr. B and Mr. C, signed": named
# ministers, paired in order with the listed countries, head their ministries (unnamed ones show countries only)
_PLURAL_MINISTERS = re.compile(
    rf"\b(?:[Mm]inisters\s+(?:of|for)\s+(?:the\s+)?(?P<p1>{_PORTFOLIO_ALT})"
    rf"|(?P<p2>{_PORTFOLIO_ALT})\s+[Mm]inisters)\s+(?:of|from)\s+(?:the\s+)?",
    re.I,
)
# "his Albanian counterpart", "their counterparts from Albania and Serbia": the people a host minister meets as peers
_COUNTERPARTS = re.compile(
    r"\b(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterpart\b|\b(?:his|her|their)\s+counterparts\s+"
    r"(?P<list>from|of)\s+(?:the\s+)?"
)
_ITEM_END = re.compile(r"\*?(?:\s*\([^()]*\))?")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|H\.\s?E\.)\.?\s+")
_NAME_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# "Sector for Emergency Management of the Ministry", "Border and Migration Department of the Albanian State
# Police": a unit of a body the item names. Gold counts the parent and ignores the unit (units of a ministry, of
# a police service). The parent is a named entity, or a bare "the Ministry / Police / Agency" naming the one such.
_UNIT_OF = re.compile(
    r"\b(?:Sector|Department|Directorate|Division|Unit|Section|Service|Bureau|Branch)\b.*?\s+of\s+(?:the\s+)?"
    r"(?P<parent>(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*)*)$"
)
_BARE_PARENTS = words("ministry police agency")
# "Presidency of Bosnia and Herzegovina": head first, then only a country (no "of the Forum / Council" after it)
# -- a state organ; rotating chairs are "the Austrian Presidency (of the Forum)", "Presidency of the Council"
_STATE_PRESIDENCY = re.compile(r"Presidency\s+of\s+(?!the\b)[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*$")
# Words a name may drop and still name the same body ("Siracusa Institute" for "Siracusa International
# Institute", "Albanian Police" for "Albanian State Police"); any other word names another body ("Serbian Police"
# is not "Serbian Border Police", nor "Kosovo Police" "Kosovo Border Police"). Folded (lower-case) words.
_QUALIFIERS = words(
    "international national regional general federal state european central main joint republic of the and"
)
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:own\s+)?")
_APOSTROPHES = ("'", "’")
_NATIONAL_KINDS = frozenset({"ministry", "police"})  # gazetteer kinds of the state bodies of one country
Spans = list[tuple[int, int]]


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
    _host_ministry_country(text, people, place, gaz)
    _paired_ministers(text, people, gaz)
    _counterpart_ministers(text, sents, people, gaz)
    orgs = _units_into_parents(
        _merge_entities(
            orgs
            + _derived_orgs(people, gaz)
            + _plural_ministries(text, gaz)
            + _plural_bodies(text, gaz)
            + _represented_by_embassies(text, gaz),
            {fold(p.org) for p in people if p.org},
        )
    )
    _bare_into_named(orgs, people)
    _person_ministry_into_host(orgs, people, place.country)
    roles = assign_roles(text, sents, _role_mentions(text, orgs, gaz))
    _host_ministry_officials(orgs, roles, people)
    act = _actors(orgs, roles, people, text)
    act.tied += _seat_countries(text, act, gaz)
    orgs_at = {m.start: m.end for e in orgs for m in e.mentions}
    org_countries = {m.start: e.country for e in orgs if e.country and _national_body(e) for m in e.mentions}
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


@dataclass
class _Actors:
    """Who organised, attended and funded, by entity key, with what ties countries to them."""

    by_key: dict[str, OrgEntity]
    roles: Roles
    organisers: list[str]
    participants: list[str]
    funders: list[str]
    country_funders: dict[str, Spans]
    tied: list[tuple[str, tuple[int, int]]]
    organiser_spans: Spans
    taking_part: dict[str, Spans]  # organisers shown taking part -> the spans of their people
    silent_organiser_spans: Spans  # mentions of organisers that show no country taking part


def _actors(orgs: list[OrgEntity], roles: Roles, people: list[PersonFound], text: str = "") -> _Actors:
    """Organisers / participants / funders from the role mentions; a rotating chair or a format ("Berlin
    Process") only organises; a funder that is never otherwise named is no participant. An organiser whose
    own people are named (they open, present, attend) also takes part, and a national one ties its country."""
    by_key = {e.key: e for e in orgs}
    organisers = [k for k in by_key if k in roles.organisers and k not in _NON_ACTORS]
    chairs = {k for k, e in by_key.items() if _is_chair(e) or _FORMAT.search(e.name)}
    funders = [k for k in by_key if k in roles.funders]
    person_keys = {fold(p.org) for p in people if p.org}
    taking_part = _organisers_taking_part(by_key, [k for k in organisers if k not in chairs], people, roles)
    _collective_taking_part(text, by_key, [k for k in organisers if k not in chairs], taking_part)
    _visited_taking_part(text, by_key, [k for k in organisers if k not in chairs], taking_part)
    participants = [
        k
        for k, e in by_key.items()
        if k in taking_part
        or (
            k not in organisers
            and k not in _NON_ACTORS
            and k not in chairs
            and (k in roles.neutral or fold(e.name) in person_keys)
            and not (k in funders and k not in roles.neutral)
        )
    ]
    national = {fold(by_key[k].name) for k in taking_part if _national_body(by_key[k])}
    organiser_names = {fold(by_key[k].name) for k in organisers} - national
    tied = [
        (by_key[k].country, by_key[k].mentions[0].span if k not in taking_part else taking_part[k][0])
        for k in participants
        if by_key[k].country
        and not _FIELD_OFFICE.search(by_key[k].name)
        and (k not in taking_part or fold(by_key[k].name) in national)
    ]
    tied += [(p.country, p.span) for p in people if p.country and fold(p.org or "") not in organiser_names]
    return _Actors(
        by_key=by_key,
        roles=roles,
        organisers=organisers,
        participants=participants,
        funders=funders,
        country_funders={k: v for k, v in roles.funders.items() if k.startswith("country:")},
        tied=tied,
        organiser_spans=[s for k in organisers for s in roles.organisers[k]],
        taking_part=taking_part,
        silent_organiser_spans=[
            s for k in organisers if fold(by_key[k].name) not in national for s in roles.organisers[k]
        ],
    )


_IN_CITY = re.compile(r"\s+in\s+")
# a list item after the first: "..., the University ... in Belgrade"; not a venue ("at the Police Academy in Skopje")
_LIST_ITEM_BEFORE = re.compile(r"(?:,\s*|\band\s+|\bas\s+well\s+as\s+)(?:the\s+)?$")


# Words of a national security-sector body's name (police, border, customs, prosecution, ministries, agencies,
# police academies / universities): such a body belongs to the state of its seat. A university, school, institute
# or NGO is seated somewhere without representing that state ("the Hertie School in Berlin"). Folded words.
_STATE_SECTOR_WORDS = words(
    """police policing border borders customs prosecution prosecutor prosecutors
    ministry gendarmerie guard carabinieri marechaussee interior justice court agency directorate inspectorate
    intelligence army military navy"""
)


def _state_sector_body(name: str) -> bool:
    """Whether ``name`` names a national security-sector body (see ``_STATE_SECTOR_WORDS``)."""
    return not _STATE_SECTOR_WORDS.isdisjoint(_fold_words(name))


def _seat_countries(text: str, act: _Actors, gaz: Gazetteer) -> list[tuple[str, tuple[int, int]]]:
    """ "Participants included ... the University of Criminal Investigation and Police Studies in Belgrade": a
    participating national security-sector body with no country of its own, named with its seat (after "in", or
    opening its name: "the Shkodër Prosecution Office"), brings the seat's country. Not a known international
    body ("UNDP in Serbia"), nor a field office, nor an organiser, nor a university, school or institute outside
    the sector ("the Hertie School in Berlin")."""
    out = []
    for k in act.participants:
        e = act.by_key[k]
        if e.country or k in act.organisers or _FIELD_OFFICE.search(e.name) or not _state_sector_body(e.name):
            continue
        if e.known is not None and e.known.kind not in _NATIONAL_KINDS:
            continue
        # "the Shkodër Prosecution Office", "the Zenica Police Administration": named after its seat
        named = gaz.place_rx.match(e.name)
        if named and named.group() in gaz.places and e.name[named.end() : named.end() + 1] == " ":
            out.append((gaz.places[named.group()][1], e.mentions[0].span))
            continue
        if " in " not in text:
            continue
        for m in e.mentions:
            if not _LIST_ITEM_BEFORE.search(text, max(0, m.start - 16), m.start):
                continue
            sep = _IN_CITY.match(text, m.end)
            place = gaz.place_rx.match(text, sep.end()) if sep else None
            if place and place.group() in gaz.places:
                out.append((gaz.places[place.group()][1], m.span))
                break
    return out


def _organisers_taking_part(
    by_key: dict[str, OrgEntity], organisers: list[str], people: list[PersonFound], roles: Roles
) -> dict[str, Spans]:
    """Organiser key -> spans of the people of it the text shows at the event: "the Ministry of Interior hosted
    ...; its State Secretary opened the meeting" shows the ministry at its own event, not only behind it. A
    person named only inside the organiser phrase ("on the initiative of Minister X") shows no attendance
    unless the text says they chaired, hosted or spoke."""
    out: dict[str, Spans] = {}
    for k in organisers:
        name, org_spans = fold(by_key[k].name), roles.organisers[k]
        spans = [
            p.span
            for p in people
            if p.org
            and (p.org_key == k or fold(p.org) == name)
            and (p.attendance != "participant" or any(not _inside(s, org_spans) for s in p.spans))
        ]
        # "officers of the Border Department of the Albanian State Police took part": its unit shows it there
        spans += [m.span for m in by_key[k].mentions if m.meta.get("unit") and not _inside(m.span, org_spans)]
        if spans:
            out[k] = spans
    return out


# "Around sixty officers of the two services took part": the people of a counted group of bodies the item has
# named (its national co-organisers) attend; the count must equal the number of those bodies.
_COLLECTIVE = re.compile(
    r"\b(?:officers|officials|staff|experts|members|representatives|personnel|investigators|agents|teams|analysts)"
    r"\s+(?:of|from)\s+(?:the\s+|all\s+|these\s+)*(?P<n>two|three|four|both)\s+(?:the\s+)?(?:national\s+)?"
    r"(?:services|agencies|institutions|authorities|bodies|ministries|administrations|forces|organisations|"
    r"organizations)\b[^.;]{0,60}?\b(?:took\s+part|participated|attended|joined|were\s+(?:involved|present))\b"
)
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _collective_taking_part(
    text: str, by_key: dict[str, OrgEntity], organisers: list[str], taking_part: dict[str, Spans]
) -> None:
    """Add to ``taking_part`` the national co-organisers a counted group takes part for ("The PCC SEE Secretariat,
    together with the Slovenian Police and the Ministry of Interior of Croatia, organised ...; officers of the two
    services took part"): the text shows those bodies at their event. Only with two or more national organisers
    (the common case skips the scan), and only when the count is theirs."""
    national = [k for k in organisers if _national_body(by_key[k])]
    if len(national) < 2:
        return
    for m in _COLLECTIVE.finditer(text):
        if _COUNTS[m.group("n")] == len(national):
            for k in national:
                taking_part.setdefault(k, []).append(m.span())


# "a delegation ... visited the Finnish Border Guard", "a study visit to the Croatian Police": the visited body
_VISITED_BEFORE = re.compile(r"\bvisit(?:ed|ing|s)?\s+(?:to\s+)?(?:the\s+)?$")


def _visited_taking_part(
    text: str, by_key: dict[str, OrgEntity], organisers: list[str], taking_part: dict[str, Spans]
) -> None:
    """Add to ``taking_part`` a national organiser the text names as the body visited ("a delegation of the
    Border Police of Bosnia and Herzegovina visited the Finnish Border Guard ... The visit was organised by the
    Finnish Border Guard"): its people receive the visitors, so it is at its own event. Skipped without "visit"."""
    if "visit" not in text:
        return
    for k in organisers:
        e = by_key[k]
        if not _national_body(e):
            continue
        for m in e.mentions:
            if _VISITED_BEFORE.search(text, max(0, m.start - 20), m.start):
                taking_part.setdefault(k, []).append(m.span)
                break


def _inside(span: tuple[int, int], spans: Spans) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _national_body(e: OrgEntity) -> bool:
    """A state body of one country (a ministry, a police service, a prosecutor's office): its officials at an
    event it organises represent their country. An NGO or a development agency with a seat in a country
    ("DCAF Ljubljana", "GIZ") represents none, nor does an international body's field office."""
    if not e.country or _FIELD_OFFICE.search(e.name) or _is_chair(e):
        return False
    return e.known is None or e.known.kind in _NATIONAL_KINDS


def _evidence(
    date: EventDate,
    place: EventPlace,
    act: _Actors,
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
    s, e = spans[0]
    return _LEADING_THE.sub("", text[s:e])


def _person(p: PersonFound) -> PersonMention:
    return person_mention(name=p.name, role=p.role, org=p.org, honorific=p.honorific, attendance=p.attendance)


def _is_chair(e: OrgEntity) -> bool:
    """A rotating presidency / chairmanship is an organiser when the text says so, never an attendee. A state's
    own collective head of state ("the Presidency of Bosnia and Herzegovina") is a state body, not a chair."""
    if "Chairmanship" in e.name:
        return True
    return "Presidenc" in e.name and not (e.country and _STATE_PRESIDENCY.match(e.name))


def _host_ministry_country(text: str, people: list[PersonFound], place: EventPlace, gaz: Gazetteer) -> None:
    """ "Federal Minister of the Interior Mr. X hosted his counterparts" under the Austrian Presidency, in Austria:
    a host or chair whose role names a ministry but no country heads the host country's ministry. The event's
    country is taken only when the text also names it (a country or a demonym: "Austrian", "Austria"), not from
    the place alone."""
    hosts = [p for p in people if p.derived_org and p.org and not p.country and p.attendance in ("host", "chair")]
    if not hosts or not place.country:
        return  # the common case: no countryless host minister
    named = {gaz.demonyms[n] for _, _, n in phrase_hits(gaz.demonym_rx, text)}
    named |= {gaz.countries[n] for _, _, n in phrase_hits(gaz.country_rx, text)}
    if place.country not in named:
        return
    country = gaz.country_names.get(place.country, place.country)
    for p in hosts:
        if "ministry" in p.org.lower():
            p.org, p.country = f"{p.org} of {country}", place.country


# A minister's or state secretary's bare title (no portfolio, no country): whose official it is the text leaves to
# the ministry it has named
_BARE_MINISTRY_TITLE = re.compile(r"(?:(?:Deputy|Assistant)\s+)?(?:Minister|State\s+Secretary)")


def _host_ministry_officials(orgs: list[OrgEntity], roles: Roles, people: list[PersonFound]) -> None:
    """ "... hosted by the Ministry of the Interior of Slovenia. State Secretary Ms. X welcomed the participants":
    a bare ministerial title named after the one ministry the item names, which organises, is that ministry's
    official (so the ministry is shown at its own event, and its country). Two ministries leave it open.
    Likewise a title naming the one national organiser or a unit with no parent ("Director General of the
    Police", "Head of the Sector", "Chief Public Prosecutor for Organised Crime", "Director of the Border and
    Migration Department") is the host's official, unless another national body could own it too."""
    ministries = [e for e in orgs if e.country and "ministry" in _fold_words(e.name)]
    if len(ministries) == 1 and ministries[0].key in roles.organisers:
        bare = _BARE_MINISTRY_TITLE.fullmatch
        _assign_officials(ministries[0], orgs, roles, people, lambda p: bool(bare(p.role or "")))
    hosts = [e for e in orgs if e.key in roles.organisers and _national_body(e)]
    if len(hosts) != 1:
        return  # the common case: no single national organiser
    host = hosts[0]
    others = [e for e in orgs if e is not host and _national_body(e)]
    units = {fold(e.name): e for e in orgs if not e.country and _BARE_UNIT.fullmatch(e.name)}
    _assign_officials(host, orgs, roles, people, lambda p: _host_title(p, host, others, units))


# "Director General of the Police", "Head of the Sector", "Chief Public Prosecutor for Organised Crime": a title and
# the body (or unit) it heads, with no country of its own
_OWNED_TITLE = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:of|for)\s+(?:the\s+)?(?P<body>[A-Z][\w\s'’-]*)$")
_UNIT_NOUNS = r"(?:Sector|Department|Directorate|Division|Unit|Section|Service|Bureau|Branch)"
# a unit named without its parent: "Border and Migration Department", "the Sector"
_BARE_UNIT = re.compile(rf"(?:[A-Z][\w-]*\s+(?:and\s+|for\s+(?:the\s+)?)?)*{_UNIT_NOUNS}")
_TITLE_STOP = words("the of for and")


def _host_title(p: PersonFound, host: OrgEntity, others: list[OrgEntity], units: dict[str, OrgEntity]) -> bool:
    """Whether ``p``'s title names the host or a parentless unit no other national body's name claims."""
    m = _OWNED_TITLE.match(p.role or "")
    if not m or (p.org is not None and fold(p.org) not in units):
        return False
    body = [w for w in _fold_words(m.group("body")) if w not in _TITLE_STOP]
    if not body:
        return False
    if not (set(body) <= _entity_words(host) or _BARE_UNIT.fullmatch(m.group("body").strip())):
        return False
    return not any(set(body) <= _entity_words(o) for o in others if fold(o.name) not in units)


def _entity_words(e: OrgEntity) -> set[str]:
    """The folded words of an entity's name and of its mentions (its units' names among them)."""
    return {w for t in [e.name, *(x.text for x in e.mentions)] for w in _fold_words(t)}


def _assign_officials(
    host: OrgEntity, orgs: list[OrgEntity], roles: Roles, people: list[PersonFound], owned
) -> None:
    """Make the people named after ``host``'s first organiser mention whose title ``owned`` accepts its officials
    (a parentless unit that was such a person's body is merged into the host)."""
    first = min(s for s, _ in roles.organisers[host.key])
    for p in people:
        if (
            p.country is None
            and p.role
            and (p.org is None or p.org != host.name)
            and p.span[0] > first
            and not _inside(p.span, roles.organisers[host.key])
            and owned(p)
        ):
            unit = next((o for o in orgs if p.org and o is not host and fold(o.name) == fold(p.org)), None)
            if unit is not None:  # the parentless unit is the host's: its mentions are the host's, marked as a unit
                for mention in unit.mentions:
                    mention.meta["unit"] = True
                host.mentions.extend(unit.mentions)
                orgs.remove(unit)
            p.org, p.org_key, p.country = host.name, host.key, host.country


def _paired_ministers(text: str, people: list[PersonFound], gaz: Gazetteer) -> None:
    """ "Interior ministers of A and B, Mr. X and Mr. Y, signed": when exactly as many named people as listed
    countries follow the list, in order, each heads the ministry of the portfolio of their country."""
    if "inisters" not in text:
        return  # the common case: no plural minister phrase
    for m in _PLURAL_MINISTERS.finditer(text):
        items = country_list_at(text, m.end(), gaz, {})
        if not items:
            continue
        end = _ITEM_END.match(text, items[-1][2]).end()
        named = _people_run(text, end, people, len(items))
        if named is None:
            continue
        port = PORTFOLIOS[(m.group("p1") or m.group("p2")).lower()]
        for (code, _, _), p in zip(items, named, strict=True):
            if p.org is None and p.country in (None, code):
                p.org = f"Ministry of {port} of {gaz.country_names.get(code, code)}"
                # the minister's name is the mention of the ministry (its role is the plural phrase before)
                p.country, p.derived_org, p.role_span = code, True, p.role_span or p.span


def _counterpart_ministers(
    text: str, sents: list[tuple[int, int]], people: list[PersonFound], gaz: Gazetteer
) -> None:
    """ "The Italian Minister of the Interior, Mr. X, received his Albanian counterpart, Mr. Y": a minister's
    counterpart heads the same portfolio's ministry of the counterpart's own country. The anchor is the last
    minister named before in the same sentence, with a ministry derived from a portfolio and another country.
    "his counterparts from A and B, Mr. Y and Mr. Z" pairs the named people with the listed countries in order."""
    if "ounterpart" not in text:
        return  # the common case: no counterpart named
    for s, e in sents:
        anchor = _portfolio_anchor(people, s, e)
        for m in _COUNTERPARTS.finditer(text, s, e) if anchor else ():
            if m.group("list"):
                items = country_list_at(text, m.end(), gaz, {})
                end = _ITEM_END.match(text, items[-1][2]).end() if items else m.end()
                named = _people_run(text, end, people, len(items)) if items else None
                pairs = list(zip([c for c, _, _ in items], named or [], strict=False))
                if len(pairs) < 2:  # "from Austria, Mr. A, and Serbia, Mr. B": each country followed by its minister
                    pairs = _interleaved_pairs(text, m.end(), people, gaz) or pairs
            else:
                pairs = [(p.country, p) for p in people if p.role_span and m.start() <= p.role_span[0] < m.end()]
                pairs = pairs or _titled_counterpart(text, m, people, gaz)
            for code, p in pairs:
                if not code or p.country not in (None, code) or code == anchor[0].country:
                    continue
                if p.org is None:
                    port = _peer_portfolio(anchor[1], code)
                    p.org = f"Ministry of {port} of {gaz.country_names.get(code, code)}"
                    p.country, p.derived_org, p.role_span = code, True, p.role_span or p.span
                elif _BARE_MINISTRY.fullmatch(p.org):
                    # "his Albanian counterpart, Minister of Interior Mr. X": his own portfolio, the peer's country
                    p.org, p.country = f"{p.org} of {gaz.country_names.get(code, code)}", code


_COMMA = re.compile(r"\s*,\s*")


def _titled_counterpart(
    text: str, m: re.Match[str], people: list[PersonFound], gaz: Gazetteer
) -> list[tuple[str, PersonFound]]:
    """(country, person) for "his Albanian counterpart, Minister of Interior Mr. X": the demonym of the
    counterpart phrase and the person whose own title follows it after a comma, or none."""
    d = gaz.demonym_rx.search(m.group())
    comma = _COMMA.match(text, m.end())
    if not d or not comma:
        return []
    return [(gaz.demonyms[d.group()], p) for p in people if p.role_span and p.role_span[0] == comma.end()]
# a ministry named by its portfolio alone ("Ministry of Interior"): whose it is, the sentence must tell
_BARE_MINISTRY = re.compile(rf"Ministry\s+(?:of|for)\s+(?:the\s+)?(?:{_PORTFOLIO_ALT})", re.I)
_OPT_THE = re.compile(r"(?:the\s+)?")


def _interleaved_pairs(
    text: str, pos: int, people: list[PersonFound], gaz: Gazetteer
) -> list[tuple[str, PersonFound]]:
    """(country, person) for "Austria, Mr. A, and Serbia, Mr. B" at ``pos``: two or more countries each followed
    by a comma and a named person, or none."""
    by_start = {p.span[0]: p for p in people}
    pairs: list[tuple[str, PersonFound]] = []
    while (cm := gaz.country_rx.match(text, pos)) is not None:
        comma = _COMMA.match(text, _ITEM_END.match(text, cm.end()).end())
        if not comma:
            break
        hon = _HONORIFIC.match(text, comma.end())
        p = by_start.get(hon.end() if hon else comma.end())
        if p is None:
            break
        pairs.append((gaz.countries[cm.group()], p))
        sep = _NAME_SEP.match(text, p.span[1])
        if not sep:
            break
        pos = _OPT_THE.match(text, sep.end()).end()
    return pairs if len(pairs) >= 2 else []


# Bosnia and Herzegovina's interior portfolio is its Ministry of Security: a Security minister's peers elsewhere
# head Interior ministries, and an Interior minister's Bosnian peer the Ministry of Security
_SECURITY_STATES = frozenset({"BA"})
_INTERIOR_PORTS = frozenset({"Interior", "the Interior", "Internal Affairs", "Home Affairs"})


def _peer_portfolio(port: str, code: str) -> str:
    """The portfolio a counterpart from ``code`` holds when the anchor minister holds ``port``."""
    if port == "Security" and code not in _SECURITY_STATES:
        return "Interior"
    if port in _INTERIOR_PORTS and code in _SECURITY_STATES:
        return "Security"
    return port


def _portfolio_anchor(people: list[PersonFound], s: int, e: int) -> tuple[PersonFound, str] | None:
    """The first minister named in ``[s, e)`` whose ministry comes from a portfolio, with that portfolio."""
    for p in sorted(people, key=lambda q: q.span[0]):
        if s <= p.span[0] < e and p.derived_org and p.role and p.country and (port := portfolio_of(p.role)):
            return p, port
    return None


def _people_run(text: str, pos: int, people: list[PersonFound], n: int) -> list[PersonFound] | None:
    """The ``n`` people named one after another from ``pos`` (", Mr. A, Mr. B and Mr. C"), or None when the text
    names another number of them there."""
    by_start = sorted(people, key=lambda p: p.span[0])
    run: list[PersonFound] = []
    sep = _NAME_SEP.match(text, pos)
    if not sep or not text[pos : sep.end()].lstrip().startswith(","):
        return None
    pos = sep.end()
    while True:
        hon = _HONORIFIC.match(text, pos)
        start = hon.end() if hon else pos
        p = next((q for q in by_start if q.span[0] == start), None)
        if p is None:
            break
        run.append(p)
        sep = _NAME_SEP.match(text, p.span[1])
        if not sep:
            break
        pos = sep.end()
    return run if len(run) == n else None


def _derived_orgs(people: list[PersonFound], gaz: Gazetteer) -> list[OrgEntity]:
    out = []
    for p in people:
        if p.derived_org and p.org and p.role_span:
            s, e = min(p.role_span[0], p.span[0]), max(p.role_span[1], p.span[1])  # role + name
            entry = gaz.orgs.get(p.org)
            out.append(
                OrgEntity(
                    name=p.org,
                    key=entry.id if entry else fold(p.org),
                    country=p.country,
                    head="Ministry",
                    known=entry,
                    mentions=[Mention(s, e, p.role or "", "derived", p.org)],
                )
            )
    return out


def _plural_ministries(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """One ministry per listed country: "representatives of the ministries of interior of Albania and Serbia"
    names two ministries that the text shows taking part, though neither is written out as a name."""
    out: list[OrgEntity] = []
    view = lower_view(text)
    if view is not None and "ministries" not in view:
        return out  # both forms of the pattern need the word (the common case: skip the scan)
    for m in _PLURAL_MINISTRIES.finditer(text):
        port = PORTFOLIOS[(m.group("p1") or m.group("p2")).lower()]
        out += _one_per_country(text, m, gaz, f"Ministry of {port}", "Ministry")
    return out


def _one_per_country(text: str, m: re.Match[str], gaz: Gazetteer, stem: str, head: str) -> list[OrgEntity]:
    """``<stem> of <Country>`` for each country of the list after ``m``; the first one's evidence starts at
    the plural ("the FIUs of Albania"), the others' at their country."""
    return _entities_per_country(text, country_list_at(text, m.end(), gaz, {}), gaz, stem, head, m.start())


def _entities_per_country(
    text: str, items: list[tuple[str, int, int]], gaz: Gazetteer, stem: str, head: str, first: int
) -> list[OrgEntity]:
    """``<stem> of <Country>`` per listed country; the first one's evidence starts at ``first``."""
    out = []
    for k, (code, s, e) in enumerate(items):
        name = f"{stem} of {gaz.country_names.get(code, code)}"
        start = first if k == 0 else s
        entry = gaz.orgs.get(name)
        mention = Mention(start, e, text[start:e], "derived", name)
        key = entry.id if entry else fold(name)
        out.append(OrgEntity(name=name, key=key, country=code, head=head, known=entry, mentions=[mention]))
    return out


def _plural_bodies(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """One national body per listed country: "heads of the FIUs of Albania and Serbia" names the FIU of Albania
    and the FIU of Serbia; "the Offices of the Presidents of Slovenia and Croatia" two Offices of the President;
    "the embassies of Italy and Greece" the Embassy of Italy and the Embassy of Greece.
    Like ``_plural_ministries``: each body is an actor and ties its country."""
    out: list[OrgEntity] = []
    for m in _PLURAL_BODIES.finditer(text):
        if m.group("emb"):
            stem = "Embassy"
        elif m.group("acr"):
            if m.group("acr") in _NOT_BODIES:
                continue
            stem = m.group("acr")
        else:
            stem = f"{m.group('head')} of the {m.group('role')}"
        out += _one_per_country(text, m, gaz, stem, m.group("head") or stem)
    return out


# "North Macedonia and San Marino were represented by their embassies (in Ljubljana)"
_BY_EMBASSIES = re.compile(
    r"\s+(?:were|was)\s+(?:also\s+)?represented\s+by\s+(?:their|its)\s+(?:respective\s+)?embass(?:y|ies)\b"
)


def _represented_by_embassies(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """One Embassy per country of the list that is "represented by their embassies": each embassy attends (and
    ties its country). The list is the one that ends right before the verb."""
    if "embass" not in text:
        return []  # the common case
    out: list[OrgEntity] = []
    for m in _BY_EMBASSIES.finditer(text):
        for s, _, _ in phrase_hits(gaz.country_rx, text[max(0, m.start() - 150) : m.start()]):
            start = max(0, m.start() - 150) + s
            items = country_list_at(text, start, gaz, {})
            if items and _ITEM_END.match(text, items[-1][2]).end() == m.start():
                out += _entities_per_country(text, items, gaz, "Embassy", "Embassy", items[0][1])
                break
    return out


def _units_into_parents(orgs: list[OrgEntity]) -> list[OrgEntity]:
    """A unit named as "<Unit> of <parent>" whose parent the item also names on its own is that parent at the
    event: its mentions move to the parent (marked ``meta["unit"]``, so an organiser parent is shown taking part)
    and the unit is no actor of its own. A bare "of the Ministry" is the one ministry the item names; two
    ministries leave it open. A parent named only inside the unit's name keeps the unit as the actor (dev gold:
    "Countering Drugs Unit of the Police Directorate of Montenegro")."""
    if not any("of" in e.name for e in orgs):
        return orgs
    by_name: dict[str, OrgEntity] = {}
    for e in orgs:
        by_name.setdefault(fold(e.name), e)
        for m in e.mentions:
            by_name.setdefault(fold(_LEADING_THE.sub("", m.text)), e)
    out = list(orgs)
    for e in orgs:
        m = _UNIT_OF.search(e.name)
        if not m:
            continue
        parent = _unit_parent(fold(m.group("parent")), e, orgs, by_name)
        if parent is None:
            continue
        for mention in e.mentions:
            mention.meta["unit"] = True
        parent.mentions.extend(e.mentions)
        out.remove(e)
    return out


def _unit_parent(
    parent: str, unit: OrgEntity, orgs: list[OrgEntity], by_name: dict[str, OrgEntity]
) -> OrgEntity | None:
    """The entity a unit's "of <parent>" names: by name, or the one entity headed by a bare parent noun."""
    if parent in _BARE_PARENTS:
        found = [o for o in orgs if o is not unit and parent in _fold_words(o.name) and not _UNIT_OF.search(o.name)]
        return found[0] if len(found) == 1 else None
    hit = by_name.get(parent)
    return hit if hit is not unit else None


def _merge_entities(orgs: list[OrgEntity], person_orgs: set[str]) -> list[OrgEntity]:
    """Merge an entity into another that is plainly the same or more specific ("IISG" → "IISG Secretariat",
    "Ministry of Foreign Affairs" → "Ministry of Foreign Affairs of Albania"). A ministry that is some
    person's own ("Minister of Interior X ... the Ministry of Interior said") stays apart (but see
    ``_person_ministry_into_host``)."""
    merged: dict[str, OrgEntity] = {}
    key_of_fold: dict[str, str] = {}  # folded name -> key of the first merged entity with that name
    for e in orgs:
        folded = fold(e.name)
        e.key = key_of_fold.get(folded, e.key)
        if e.key in merged:
            merged[e.key].mentions.extend(e.mentions)
        else:
            merged[e.key] = e
            key_of_fold.setdefault(folded, e.key)
    ents = _acronyms_into_long(list(merged.values()))
    # the first words of each entity's mentions, kept up to date as mentions move (one set test per pair,
    # instead of a pass over all the other entity's mentions)
    firsts = {id(o): {_first_word(m.text) for m in o.mentions} for o in ents}
    for e in list(ents):
        folded = fold(e.name)
        if folded in person_orgs and "ministry" in folded:
            continue
        first, ministry = _first_word(e.name), "ministry" in folded
        target = next(
            (
                o
                for o in ents
                if o is not e
                and (ministry or _first_word(o.name) == first or first in firsts[id(o)])
                and _more_specific(o, e)
            ),
            None,
        )
        if target:
            target.mentions.extend(e.mentions)
            firsts[id(target)] |= firsts[id(e)]
            ents.remove(e)
    return ents


_ACRONYM_OF = re.compile(r"(?P<acr>[A-Z]{2,6}) (?P<rest>of .+)")


def _acronyms_into_long(ents: list[OrgEntity]) -> list[OrgEntity]:
    """ "the Financial Intelligence Unit of Montenegro ... the Head of the FIU of Montenegro": "<ACRONYM> of X" is
    the entity "<Long Name> of X" whose capitalised words give that acronym; its mentions move there."""
    shorts = [(e, m) for e in ents if (m := _ACRONYM_OF.fullmatch(e.name))]
    for e, m in shorts:
        target = next(
            (
                o
                for o in ents
                if o is not e
                and o.name.endswith(" " + m.group("rest"))
                and _initials(o.name[: -len(m.group("rest")) - 1]) == m.group("acr")
            ),
            None,
        )
        if target:
            target.mentions.extend(e.mentions)
            ents.remove(e)
    return ents


def _initials(name: str) -> str:
    """ "Financial Intelligence Unit" -> "FIU" (capitalised words only: "for", "the" are skipped)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _person_ministry_into_host(orgs: list[OrgEntity], people: list[PersonFound], host: str | None) -> None:
    """ "The Ministry of Health of Montenegro co-organised ... in Budva. Minister of Health Dr. X welcomed ...": a
    bare ministry that is a person's own ("Minister of Health X") is the one ministry of that exact name plus
    "of <country>" the item names, when that country hosts the event (or the place is unknown): the host's
    minister needs no country. Its mentions and people move there. Not another country's ministry ("Minister of
    Interior X received the delegation of the Ministry of Interior of Serbia" in Tirana), nor one of two."""
    for e in [o for o in orgs if not o.country and fold(o.name).startswith("ministry ")]:
        folded = fold(e.name)
        named = [o for o in orgs if o is not e and o.country and fold(o.name).startswith(folded + " of ")]
        if len(named) != 1 or host not in (None, named[0].country):
            continue
        named[0].mentions.extend(e.mentions)
        orgs.remove(e)
        for p in people:
            if p.org and p.country is None and fold(p.org) == folded:
                p.org, p.org_key, p.country = named[0].name, named[0].key, named[0].country


def _bare_into_named(orgs: list[OrgEntity], people: list[PersonFound]) -> None:
    """ "implemented by the Federal Ministry of the Interior of Austria ... Ms. X, Project Leader from the Austrian
    Ministry": a bare head with a country ("the Austrian Ministry / Police / Agency") is the one body of that country
    and head the item has named before it; its mentions (and its people) move there. Two such bodies leave it open."""
    for e in [o for o in orgs if o.country and fold(o.name) in _BARE_PARENTS]:
        head, first = fold(e.name), min(m.start for m in e.mentions)
        named = [
            o
            for o in orgs
            if o is not e
            and o.country == e.country
            and head in _fold_words(o.name)
            and min(m.start for m in o.mentions) < first
        ]
        if len(named) != 1:
            continue
        named[0].mentions.extend(e.mentions)
        orgs.remove(e)
        for p in people:
            if p.org and fold(p.org) == head and p.country in (None, e.country):
                p.org, p.org_key, p.country = named[0].name, named[0].key, e.country


@lru_cache(maxsize=65536)
def _fold_words(name: str) -> tuple[str, ...]:
    """The words of ``fold(name)``: names are compared on them when merging (names recur, so this is cached)."""
    return tuple(fold(name).split())


@lru_cache(maxsize=65536)
def _first_word(name: str) -> str:
    """The first word of ``fold(name)`` ("" for none): names are compared on it when merging."""
    words = _fold_words(name)
    return words[0] if words else ""


def _more_specific(big: OrgEntity, small: OrgEntity) -> bool:
    b, s = big.name, small.name
    ts = _fold_words(s)
    for tb in {_fold_words(m.text) for m in big.mentions} | {_fold_words(b)}:
        if (
            len(ts) >= 2
            and len(tb) > len(ts)
            and ts[0] == tb[0]
            and ts[-1] == tb[-1]
            and set(ts) <= set(tb)
            and ts[0] != "ministry"
            and set(tb) - set(ts) <= _QUALIFIERS
        ):
            return True  # "Siracusa Institute" and "Siracusa International Institute" (not "Serbian Border Police")
        if len(ts) >= 2 and tb[: len(ts)] == ts and len(tb) > len(ts) and tb[len(ts)] in {"to", "in", "for"}:
            return True  # "EU Delegation" and "EU Delegation to Montenegro"
    if (
        s.isupper()
        and " " not in s
        and b.startswith(s + " ")
        and len(b.split()) <= 3
        and b.split()[-1] in {"Secretariat", "Centre", "Center", "Office"}
    ):
        # "IISG" (as a modifier) inside "IISG Secretariat"; a known body ("INTERPOL") is not its own unlisted part
        # ("INTERPOL General Secretariat"): only a listed big name (the gazetteer's "IISG Secretariat") takes it
        return all(m.text == s for m in small.mentions) and (small.known is None or big.known is not None)
    fb, fs = fold(b), fold(s)
    if len(ts) >= 2 and big.country and small.country in (None, big.country) and fb.startswith(fs + " of "):
        return True  # "the Customs Administration" and "Customs Administration of Serbia" named before
    if "ministry" not in fs or " of " in fs.replace("ministry of", ""):
        return False
    if fs.startswith("ministry") and fb.startswith(fs + " of ") and " of " in fb[len(fs) :]:
        return True  # "Ministry of Foreign Affairs" and "Ministry of Foreign Affairs of Albania"
    ps, pb = portfolio_of(s), portfolio_of(b)
    return not fs.startswith("ministry") and ps is not None and fold(ps) == fold(pb or "")


def _in_acronym_brackets(text: str, m: Mention) -> bool:
    """ "(AMIF)", "(UNODC/GPML)": an acronym defined for the name just before, not a mention of its own."""
    open_ = text.rfind("(", max(0, m.start - 12), m.start + 1)
    if open_ < 0:
        return False
    close = text.find(")", m.end, m.end + 12)
    return close >= 0 and " " not in text[open_:close].strip("() ")


def _possessed_org(text: str, end: int, by_start: dict[int, RoleMention]) -> RoleMention | None:
    """ "funded by the United Kingdom's Foreign, Commonwealth and Development Office": a country in possessive
    position before an organisation's name belongs to that name (the mention that starts after it); it funds
    or attends only through it."""
    if text[end : end + 1] not in _APOSTROPHES:
        return None  # the common case, checked before the pattern
    m = _POSSESSIVE_GAP.match(text, end)
    return by_start.get(m.end()) if m else None


def _role_mentions(text: str, orgs: list[OrgEntity], gaz: Gazetteer) -> list[RoleMention]:
    out = [RoleMention(m.start, m.end, e.key) for e in orgs for m in e.mentions if not _in_acronym_brackets(text, m)]
    inside = span_index([(m.start, m.end) for m in out])
    by_start = {m.start: m for m in out}
    for start, end, name in phrase_hits(gaz.country_rx, text):
        owned = _possessed_org(text, end, by_start)
        if owned and not inside(start):
            owned.start = start  # the possessor opens the organisation's mention
        elif not inside(start):
            pre = _THE_BEFORE.search(text[max(0, start - 4) : start])
            out.append(RoleMention(start - (len(pre.group()) if pre else 0), end, f"country:{name}", True))
    return out
