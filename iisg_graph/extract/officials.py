"""Whose official a bare title names: the one national organiser's, when nothing else could own it.

"... hosted by the Ministry of the Interior of Slovenia. State Secretary Ms. X welcomed the participants": the
title names no body, yet the reader knows it is the host's official, which shows the host at its own event (and
its country). Runs after roles are assigned, since the host is the organiser.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from iisg_graph.extract.bodies import entity_words, fold_words, national_body
from iisg_graph.extract.merge import absorb_unit
from iisg_graph.extract.orgs import OrgEntity, fold
from iisg_graph.extract.people import PersonFound
from iisg_graph.extract.roles import Roles
from iisg_graph.extract.taking_part import inside
from iisg_graph.extract.vocab import words

__all__ = ["host_officials"]

# A minister's or state secretary's bare title (no portfolio, no country): whose official it is the text leaves to
# the ministry it has named
_BARE_MINISTRY_TITLE = re.compile(r"(?:(?:Deputy|Assistant)\s+)?(?:Minister|State\s+Secretary)")
# "Director General of the Police", "Head of the Sector", "Chief Public Prosecutor for Organised Crime": a title and
# the body (or unit) it heads, with no country of its own
_OWNED_TITLE = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:of|for)\s+(?:the\s+)?(?P<body>[A-Z][\w\s'’-]*)$")
_UNIT_NOUNS = r"(?:Sector|Department|Directorate|Division|Unit|Section|Service|Bureau|Branch)"
# a unit named without its parent: "Border and Migration Department", "the Sector"
_BARE_UNIT = re.compile(rf"(?:[A-Z][\w-]*\s+(?:and\s+|for\s+(?:the\s+)?)?)*{_UNIT_NOUNS}")
_TITLE_STOP = words("the of for and")


def host_officials(orgs: list[OrgEntity], roles: Roles, people: list[PersonFound]) -> None:
    """A bare ministerial title named after the one ministry the item names, which organises, is that ministry's
    official. Two ministries leave it open. Likewise a title naming the one national organiser or a unit with no
    parent ("Director General of the Police", "Head of the Sector", "Chief Public Prosecutor for Organised Crime",
    "Director of the Border and Migration Department") is the host's official, unless another national body could
    own it too."""
    ministries = [e for e in orgs if e.country and "ministry" in fold_words(e.name)]
    if len(ministries) == 1 and ministries[0].key in roles.organisers:
        bare = _BARE_MINISTRY_TITLE.fullmatch
        _assign_officials(ministries[0], orgs, roles, people, lambda p: bool(bare(p.role or "")))
    hosts = [e for e in orgs if e.key in roles.organisers and national_body(e)]
    if len(hosts) != 1:
        return  # the common case: no single national organiser
    host = hosts[0]
    others = [e for e in orgs if e is not host and national_body(e)]
    units = {fold(e.name): e for e in orgs if not e.country and _BARE_UNIT.fullmatch(e.name)}
    _assign_officials(host, orgs, roles, people, lambda p: _host_title(p, host, others, units))


def _host_title(p: PersonFound, host: OrgEntity, others: list[OrgEntity], units: dict[str, OrgEntity]) -> bool:
    """Whether ``p``'s title names the host or a parentless unit no other national body's name claims."""
    m = _OWNED_TITLE.match(p.role or "")
    if not m or (p.org is not None and fold(p.org) not in units):
        return False
    body = [w for w in fold_words(m.group("body")) if w not in _TITLE_STOP]
    if not body:
        return False
    if not (set(body) <= entity_words(host) or _BARE_UNIT.fullmatch(m.group("body").strip())):
        return False
    return not any(set(body) <= entity_words(o) for o in others if fold(o.name) not in units)


def _assign_officials(
    host: OrgEntity,
    orgs: list[OrgEntity],
    roles: Roles,
    people: list[PersonFound],
    owned: Callable[[PersonFound], bool],
) -> None:
    """Make the people named after ``host``'s first organiser mention whose title ``owned`` accepts its officials
    (a parentless unit that was such a person's body is the host's: it merges into the host as a unit)."""
    first = min(s for s, _ in roles.organisers[host.key])
    for p in people:
        if (
            p.country is None
            and p.role
            and (p.org is None or p.org != host.name)
            and p.span[0] > first
            and not inside(p.span, roles.organisers[host.key])
            and owned(p)
        ):
            unit = next((o for o in orgs if p.org and o is not host and fold(o.name) == fold(p.org)), None)
            if unit is not None:
                absorb_unit(host, unit, orgs)
            p.org, p.org_key, p.country = host.name, host.key, host.country
