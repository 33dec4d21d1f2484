"""Mention → canonical entity, the interface the graph builder relies on.

:class:`Resolver` is deliberately small: ``prepare`` sees every record of a load first (so that
cross-record decisions — one Event per real meeting, a surname linked to a full name — can be made),
then the builder asks for one entity per mention. Entities are plain dataclasses holding the node id
and the canonical properties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pycountry

from iisg_graph.model.ids import fold, make_id
from iisg_graph.model.records import PILLAR_CODES, MeetingRecord, PersonMention, ProjectRecord

__all__ = ["Entity", "Resolver", "country_name", "pillar_entity"]

PILLAR_NAMES = {
    "WBCTi": ("Western Balkans Counter-Terrorism initiative", 1),
    "WBCSCi": ("Western Balkans Counter Serious Crime initiative", 2),
    "WBBSi": ("Western Balkans Border Security initiative", 3),
}


@dataclass(frozen=True)
class Entity:
    """A resolved entity: its label, id and canonical properties."""

    label: str
    id: str
    props: dict[str, object] = field(default_factory=dict)


@cache
def country_name(code: str) -> str:
    """Short English name of an ISO2 code (Kosovo included).

    >>> country_name("XK"), country_name("MK")
    ('Kosovo', 'North Macedonia')
    """
    if code == "XK":
        return "Kosovo"
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name if country else code


def pillar_entity(code: str) -> Entity:
    name, number = PILLAR_NAMES[code]
    return Entity("Pillar", code, {"code": code, "name": name, "number": number})


Record = MeetingRecord | ProjectRecord


class Resolver:
    """Exact-key resolution: folded names and ISO codes. The full resolver refines it."""

    def prepare(self, records: list[tuple[Record, str]], stored_events: list[dict[str, object]] = ()) -> None:
        """See every (record, source id) of a load, and the stored events it may report again, before
        resolving mentions one by one."""

    def actor(self, name: str, record: Record) -> Entity:
        """An organisation (or a country, when the name is one) acting in a record."""
        return Entity("Organisation", make_id("org", name), {"name": name, "kind": "other"})

    def country(self, code: str) -> Entity:
        return Entity("Country", code, {"iso2": code, "name": country_name(code)})

    def person(self, mention: PersonMention, record: Record) -> Entity:
        return Entity("Person", make_id("person", fold(mention.name)),
                      {"name": mention.name, "honorific": mention.honorific})

    def place(self, city: str, country: str | None) -> Entity:
        return Entity("Place", make_id("place", city, country), {"name": city, "country": country})

    def event(self, record: MeetingRecord, source_id: str) -> str:
        """The Event id of a record: one per source item unless ``prepare`` found it reported elsewhere."""
        return make_id("event", record.title, source_id)

    def project(self, record: ProjectRecord, source_id: str) -> str:
        return make_id("project", record.title, record.start_date, tuple(sorted(record.funders)))

    def pillar(self, code: str) -> Entity:
        assert code in PILLAR_CODES
        return pillar_entity(code)
