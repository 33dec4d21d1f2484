"""Who organised, attended and funded: the mentions roles are read from, and the actors read from the roles.

``roles.assign_roles`` labels mentions; this stage turns the labels into the record's actors, applying the
domain's conventions (a rotating chair only organises, a funder named only as funder does not attend, an
organiser at its own event also takes part) and collects what ties countries to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iisg_graph.extract.bodies import FIELD_OFFICE, is_chair, national_body
from iisg_graph.extract.gazetteer import Gazetteer, phrase_hits
from iisg_graph.extract.orgs import OrgEntity, fold
from iisg_graph.extract.people import PersonFound
from iisg_graph.extract.roles import RoleMention, Roles
from iisg_graph.extract.taking_part import Spans, organisers_taking_part
from iisg_graph.extract.textutil import Mention, span_index

__all__ = ["Actors", "actors", "role_mentions"]

_NON_ACTORS = {"european-union"}  # "the EU" is a funder or a setting, not an attendee, in this domain's prose
_FORMAT = re.compile(r"\bProcess$")  # "Berlin Process": a format the meeting belongs to, not an attendee
_THE_BEFORE = re.compile(r"\bthe\s+$")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:own\s+)?")
_APOSTROPHES = ("'", "’")


@dataclass
class Actors:
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


def role_mentions(text: str, orgs: list[OrgEntity], gaz: Gazetteer) -> list[RoleMention]:
    """The mentions roles are assigned to: every entity mention (not an acronym defined in brackets) and every
    country named outside them (a possessor country opens the mention of the body it owns)."""
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


def actors(orgs: list[OrgEntity], roles: Roles, people: list[PersonFound], text: str = "") -> Actors:
    """Organisers / participants / funders from the role mentions; a rotating chair or a format ("Berlin
    Process") only organises; a funder that is never otherwise named is no participant. An organiser whose
    own people are named (they open, present, attend) also takes part, and a national one ties its country."""
    by_key = {e.key: e for e in orgs}
    organisers = [k for k in by_key if k in roles.organisers and k not in _NON_ACTORS]
    chairs = {k for k, e in by_key.items() if is_chair(e) or _FORMAT.search(e.name)}
    funders = [k for k in by_key if k in roles.funders]
    person_keys = {fold(p.org) for p in people if p.org}
    taking_part = organisers_taking_part(text, by_key, [k for k in organisers if k not in chairs], people, roles)
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
    national = {fold(by_key[k].name) for k in taking_part if national_body(by_key[k])}
    organiser_names = {fold(by_key[k].name) for k in organisers} - national
    tied = [
        (by_key[k].country, by_key[k].mentions[0].span if k not in taking_part else taking_part[k][0])
        for k in participants
        if by_key[k].country
        and not FIELD_OFFICE.search(by_key[k].name)
        and (k not in taking_part or fold(by_key[k].name) in national)
    ]
    tied += [(p.country, p.span) for p in people if p.country and fold(p.org or "") not in organiser_names]
    return Actors(
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
