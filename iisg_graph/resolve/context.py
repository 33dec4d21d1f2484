"""What an item says around a mention: the evidence used where a name alone is not enough.

An ambiguous acronym ("RAI") is read in the light of the organisations, countries and words of the same
item; a bare "Ministry of Interior" may take its country from the role of the person it is tied to; a
"Moldovan Chairmanship" its forum from the secretariat that co-organised the meeting. The context is
computed once per record from the record alone (no other item leaks into it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from iisg_graph.model.ids import key_hash
from iisg_graph.model.records import MeetingRecord, ProjectRecord
from iisg_graph.resolve.names import alternatives, cfold
from iisg_graph.resolve.orgs import parent_of, parse_org
from iisg_graph.resolve.refdata import refdata

__all__ = ["RecordContext", "countries_in", "org_mentions", "record_context", "record_source_id", "scoped_id"]

Record = MeetingRecord | ProjectRecord
_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class RecordContext:
    """Context of one record (see the module docstring)."""

    source_id: str
    date: dt.date | None
    countries: frozenset[str]
    org_ids: frozenset[str]  # node ids of the bodies the record names (context-free parses)
    families: frozenset[str]  # gazetteer ids of those bodies and of their parents
    words: frozenset[str]
    listed: frozenset[str]  # folded names listed as organisers / participants / funders / implementers


def record_source_id(record: Record) -> str:
    """The Source id the graph builder gives ``record`` (imported lazily: build imports this package)."""
    from iisg_graph.model.build import source_id

    return source_id(record)


def org_mentions(record: Record) -> list[str]:
    """Every organisation name of a record: actor lists and people's organisations."""
    names = [*getattr(record, "organisers", []), *getattr(record, "participant_orgs", []),
             *record.funders, *getattr(record, "implementers", [])]
    names += [p.org for p in getattr(record, "people", []) if p.org]
    return names


@lru_cache(maxsize=50_000)
def countries_in(text: str) -> frozenset[str]:
    """Countries named in a free text such as a role ("Albania's interior minister").

    >>> sorted(countries_in("state secretary in Slovenia's interior ministry"))
    ['SI']
    >>> sorted(countries_in("Minister of Interior"))
    []
    """
    ref = refdata()
    words = cfold(text.replace("'s ", " ").replace("’s ", " ")).split()
    found: set[str] = set()
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i:i + n])
            code = ref.countries.get(gram) or ref.demonyms.get(gram)
            if code and (n > 1 or len(gram) > 2):
                found.add(code)
    return frozenset(found)


def record_context(record: Record, source_id: str | None = None) -> RecordContext:
    """Build the context of one record."""
    sid = source_id or record_source_id(record)
    names = org_mentions(record)
    parses = [parse_org(alt) for name in names for alt in alternatives(name)]
    org_ids = {p.id for p in parses if p.label == "Organisation" and not p.generic}
    families: set[str] = set()
    known = refdata().orgs
    for p in parses:
        gid = p.id[4:].split("--")[0]
        if gid in known:
            families.add(gid)
            if parent := parent_of(gid):
                families.add(parent)
    countries = {p.country for p in parses if p.country}
    countries |= set(getattr(record, "participant_countries", []) or [])
    countries |= set(getattr(record, "beneficiaries", []) or [])
    if getattr(record, "country", None):
        countries.add(record.country)
    text = f"{record.title} {getattr(record, 'text', None) or ''}"
    listed = {cfold(n) for n in names[: len(names) - _n_person_orgs(record)]}
    return RecordContext(sid, record.start_date, frozenset(countries), frozenset(org_ids),
                         frozenset(families), frozenset(_WORD.findall(cfold(text))), frozenset(listed))


def _n_person_orgs(record: Record) -> int:
    return sum(1 for p in getattr(record, "people", []) if p.org)


def scoped_id(base: str, ctx: RecordContext) -> str:
    """Id of a mention that only its own item can identify ("Ministry of Interior" in one news item).

    >>> scoped_id("org-police-academy", RecordContext("src-1", None, *(frozenset(),) * 5))
    'org-police-academy-item-cb51f000'
    """
    return f"{base}-item-{key_hash(ctx.source_id, length=8)}"
