"""What kind of body an organisation entity is: a state body of one country, a rotating chair, a field office.

Several stages ask this (who takes part, whose officials a title names, which seat ties a country), and they must
give the same answer, so the tests live here once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from iisg_graph.extract.orgs import OrgEntity, fold
from iisg_graph.extract.vocab import words

__all__ = [
    "FIELD_OFFICE",
    "NATIONAL_KINDS",
    "entity_words",
    "fold_words",
    "is_chair",
    "national_body",
    "state_sector_body",
]

# "OSCE Presence in Albania", "EU Delegation to Serbia": an international body's field office names the host
# country, which that office does not represent
FIELD_OFFICE = re.compile(r"\b(?:Mission|Presence|Delegation|Office)\s+(?:to|in)\s")
NATIONAL_KINDS = frozenset({"ministry", "police"})  # gazetteer kinds of the state bodies of one country
# "Presidency of Bosnia and Herzegovina": head first, then only a country (no "of the Forum / Council" after it)
# -- a state organ; rotating chairs are "the Austrian Presidency (of the Forum)", "Presidency of the Council"
_STATE_PRESIDENCY = re.compile(r"Presidency\s+of\s+(?!the\b)[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*$")
# Words of a national security-sector body's name (police, border, customs, prosecution, ministries, agencies,
# police academies / universities): such a body belongs to the state of its seat. A university, school, institute
# or NGO is seated somewhere without representing that state ("the Hertie School in Berlin"). Folded words.
_STATE_SECTOR_WORDS = words(
    """police policing border borders customs prosecution prosecutor prosecutors
    ministry gendarmerie guard carabinieri marechaussee interior justice court agency directorate inspectorate
    intelligence army military navy"""
)


@lru_cache(maxsize=65536)
def fold_words(name: str) -> tuple[str, ...]:
    """The words of ``fold(name)``: names are compared on them (names recur, so this is cached)."""
    return tuple(fold(name).split())


def entity_words(e: OrgEntity) -> set[str]:
    """The folded words of an entity's name and of its mentions (its units' names among them)."""
    return {w for t in [e.name, *(x.text for x in e.mentions)] for w in fold_words(t)}


def is_chair(e: OrgEntity) -> bool:
    """A rotating presidency / chairmanship is an organiser when the text says so, never an attendee. A state's
    own collective head of state ("the Presidency of Bosnia and Herzegovina") is a state body, not a chair."""
    if "Chairmanship" in e.name:
        return True
    return "Presidenc" in e.name and not (e.country and _STATE_PRESIDENCY.match(e.name))


def national_body(e: OrgEntity) -> bool:
    """A state body of one country (a ministry, a police service, a prosecutor's office): its officials at an
    event it organises represent their country. An NGO or a development agency with a seat in a country
    ("DCAF Ljubljana", "GIZ") represents none, nor does an international body's field office."""
    if not e.country or FIELD_OFFICE.search(e.name) or is_chair(e):
        return False
    return e.known is None or e.known.kind in NATIONAL_KINDS


def state_sector_body(name: str) -> bool:
    """Whether ``name`` names a national security-sector body (see ``_STATE_SECTOR_WORDS``)."""
    return not _STATE_SECTOR_WORDS.isdisjoint(fold_words(name))
