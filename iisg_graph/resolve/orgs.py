"""Organisation names → canonical organisations, from the name alone (context comes later, in context.py).

The parse tries, in order: a gazetteer surface (name, acronym or alias, folded); a country named as an
actor ("Austria", "Federal Republic of Germany"); a rotating chairmanship ("Moldovan PCC SEE
Chairmanship-in-Office"); a ministry, identified by (portfolio, country) whatever the wording; a unit of a
known body ("UNODC Global Firearms Programme", "Countering Drugs Unit, Police Directorate of Montenegro");
a country-qualified name matched against the gazetteer by (core, country); finally an unknown
organisation keyed by its normalised name. Names made only of generic words ("Police Academy",
"Ministry of Interior") are flagged ``generic``: without context they cannot be told apart across items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from iisg_graph.model.ids import fold, slug
from iisg_graph.resolve.names import org_key, strip_the
from iisg_graph.resolve.qualifiers import country_prefix, split_country
from iisg_graph.resolve.refdata import OrgRef, refdata

__all__ = ["OrgParse", "known_parse", "parent_of", "parse_org"]

_CHAIR = re.compile(r"^(?P<pre>.*?)\s*\b(?:chairmanship|presidency|chair)(?:[- ]in[- ]office)?"
                    r"(?:\s+of\s+(?:the\s+)?(?P<forum>.+))?$", re.IGNORECASE)
_MINISTRY = re.compile(r"^(?:(?P<pre>.+?)\s+)?(?:(?:federal|state|national|royal)\s+)?ministry\s+(?:of|for)\s+"
                       r"(?:the\s+)?(?P<port>.+)$", re.IGNORECASE)
_ADJ_MINISTRY = re.compile(r"^(?:(?P<pre>.+?)\s+)?(?P<port>\w+)\s+ministry$", re.IGNORECASE)
_PAREN = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[^()]+)\)$")
_UNIT_SEP = re.compile(r"\s+[–—-]\s+|,\s+|/")


@dataclass(frozen=True)
class OrgParse:
    """What a name alone says about an organisation (or a country)."""

    how: str  # known | country | ministry | chair | unit | qualified | unknown | ambiguous
    id: str  # node id (Country: ISO2)
    name: str
    kind: str = "other"
    country: str | None = None
    acronym: str | None = None
    generic: bool = False  # needs context to be identified (see module docstring)
    portfolio: str | None = None
    forum: str | None = None  # chairmanships: the forum's gazetteer id
    long_name: str | None = None  # gazetteer bodies: the long form when ``name`` is the acronym

    @property
    def label(self) -> str:
        return "Country" if self.how == "country" else "Organisation"

    @property
    def resolved(self) -> bool:
        """True when the parse identifies a body (not just a normalised unknown name)."""
        return self.how not in ("unknown",) and not self.generic


def known_parse(org: OrgRef, how: str = "known") -> OrgParse:
    """A gazetteer body; its display name is the acronym where it has one, as sources and analysts use
    it ("OSCE", "Frontex"); the long name stays among the node's aliases."""
    return OrgParse(how, f"org-{org.id}", org.acronym or org.name, org.kind, org.country, org.acronym,
                    long_name=org.name)


@cache
def _prefix_index() -> dict[str, str]:
    """Names and acronyms (not loose aliases like "Commission") usable as a prefix of a unit's name."""
    ref = refdata()
    out: dict[str, str] = {}
    for org in ref.orgs.values():
        for surface in (org.name, org.acronym):
            if surface and (surface == org.acronym or len(surface.split()) > 1):
                out.setdefault(surface, org.id)
    return out


@cache
def _qualified_index() -> dict[tuple[str, str], str]:
    """(core key, country) → gazetteer id, for every country-bearing gazetteer surface."""
    ref = refdata()
    out: dict[tuple[str, str], str] = {}
    for surface, oid in ref.org_surface.items():
        org = ref.orgs[oid]
        if org.country:
            code, core = split_country(surface.title())
            if code == org.country:
                out.setdefault((org_key(core), code), oid)
            out.setdefault((org_key(surface), org.country), oid)
    return out


@cache
def parent_of(org_id: str) -> str | None:
    """The gazetteer body whose name or acronym starts a gazetteer entry's name ("PCC SEE Secretariat").

    >>> parent_of("pcc-see-secretariat"), parent_of("marri-rc"), parent_of("osce")
    ('pcc-see', 'marri', None)
    """
    org = refdata().orgs.get(org_id)
    if org is None:
        return None
    hit = _prefix_split(org.name)
    return hit[0] if hit and hit[0] != org_id else None


def _prefix_split(name: str) -> tuple[str, str] | None:
    tokens = name.split()
    index = _prefix_index()
    for n in range(len(tokens) - 1, 0, -1):
        oid = index.get(" ".join(tokens[:n]))
        if oid:
            return oid, " ".join(tokens[n:])
    return None


def _known(text: str) -> OrgParse | None:
    ref = refdata()
    oid = ref.org_surface.get(fold(text)) or ref.org_surface.get(fold(strip_the(text)))
    if oid is None:
        return None
    if fold(text) in ref.ambiguous:
        return replace(known_parse(ref.orgs[oid]), how="ambiguous")
    return known_parse(ref.orgs[oid])


def _country(text: str) -> OrgParse | None:
    ref = refdata()
    code = ref.country_of(text)
    if code and fold(text) not in ref.not_countries:
        return OrgParse("country", code, ref.country_names.get(code, code), country=code)
    return None


def _chair(text: str) -> OrgParse | None:
    m = _CHAIR.match(text)
    if not m:
        return None
    code, rest = country_prefix(m["pre"] or "")
    forum_text = (m["forum"] or rest or "").strip()
    forum = _known(forum_text) if forum_text else None
    if forum_text and forum is None:
        return None  # "Presidency of the Republic" etc.: not a rotating chairmanship we can key
    if code is None and forum is None:
        return None
    ref = refdata()
    forum_id = forum.id.removeprefix("org-") if forum else None
    where = ref.country_names.get(code or "", "?")
    forum_name = (forum.acronym or forum.name) if forum else "?"
    oid = f"org-chair-{forum_id or 'unknown'}-{(code or 'xx').lower()}"
    return OrgParse("chair", oid, f"{forum_name} Chairmanship: {where}", "other", code, None,
                    generic=code is None or forum is None, forum=forum_id)


def _portfolio(text: str) -> str:
    ref = refdata()
    key = fold(strip_the(text))
    return ref.portfolio_phrases.get(key) or ref.portfolio_acronyms.get(key) or slug(key)


def _ministry(text: str) -> OrgParse | None:
    ref = refdata()
    code, core = split_country(text)
    m = _MINISTRY.match(core) or _ADJ_MINISTRY.match(core)
    acronym = ref.portfolio_acronyms.get(fold(core))
    if not m and not acronym:
        return None
    if m and m["pre"]:
        pre_code, rest = country_prefix(m["pre"])
        if pre_code is None or rest:
            return None
        code = code or pre_code
    portfolio = acronym or _portfolio(m["port"])
    if m and not acronym and portfolio not in ref.portfolio_names and split_country(m["port"])[0]:
        return None
    name = ref.portfolio_names.get(portfolio) or f"Ministry of {m['port'] if m else core}"
    if code is None:
        return OrgParse("ministry", f"org-ministry-{portfolio}", name, "ministry", None, generic=True,
                        portfolio=portfolio)
    return OrgParse("ministry", f"org-ministry-{portfolio}-{code.lower()}",
                    f"{name} of {ref.country_names.get(code, code)}", "ministry", code, portfolio=portfolio)


def _split_unit(text: str) -> OrgParse | None:
    """"Unit, Parent" / "Parent – Unit" / "Parent/Unit" where one side is a known body."""
    m = _UNIT_SEP.search(text)
    if not m:
        return None
    left, right = text[:m.start()].strip(), text[m.end():].strip()
    lp, rp = _simple(left), _simple(right)
    if rp and rp.resolved and rp.how != "country":
        if lp and lp.resolved:
            return None if m.group() == "/" else rp  # "A/B" is a joint body; "Parent, Unit" → the unit
        return _unit_of(rp, left, text)
    if lp and lp.resolved and lp.how != "country":
        return _unit_of(lp, right, text)
    return None


def _prefix_unit(text: str) -> OrgParse | None:
    """"UNODC Global Firearms Programme": a known name or acronym followed by a unit's words."""
    hit = _prefix_split(text)
    if hit:
        return _unit_of(known_parse(refdata().orgs[hit[0]]), hit[1], text)
    return None


def _unit_of(parent: OrgParse, unit: str, surface: str) -> OrgParse:
    return OrgParse("unit", f"{parent.id}--{slug(org_key(unit), 50)}", surface, parent.kind, parent.country)


def _qualified(text: str) -> OrgParse | None:
    code, core = split_country(text)
    if code is None or not core:
        return None
    oid = _qualified_index().get((org_key(core), code))
    if oid:
        return known_parse(refdata().orgs[oid])
    return OrgParse("qualified", f"org-{slug(org_key(core), 50)}-{code.lower()}", text, "other", code)


def _unknown(text: str) -> OrgParse:
    ref = refdata()
    key = org_key(text)
    generic = all(w in ref.generic_words for w in key.split())
    return OrgParse("unknown", f"org-{slug(key)}", text.strip(), "other", generic=generic)


def _simple(text: str) -> OrgParse | None:
    """The non-recursive steps (used for both halves of a unit name)."""
    for step in (_known, _country, _chair, _ministry, _qualified):
        hit = step(text)
        if hit:
            return hit
    return None


def _steps(text: str) -> OrgParse | None:
    for step in (_known, _country, _chair, _split_unit, _ministry, _qualified, _prefix_unit):
        hit = step(text)
        if hit:
            return hit
    return None


@lru_cache(maxsize=200_000)
def parse_org(name: str) -> OrgParse:
    """Parse one organisation surface form (no context).

    >>> parse_org("OBSE").id, parse_org("Italian MoI").id, parse_org("Italy's Ministry of the Interior").id
    ('org-osce', 'org-ministry-interior-it', 'org-ministry-interior-it')
    >>> parse_org("Directorate-General for Neighbourhood and Enlargement Negotiations").id
    'org-dg-near'
    >>> parse_org("Austria").label, parse_org("Montenegrin Police Directorate").id
    ('Country', 'org-police-directorate-me')
    >>> parse_org("Moldovan Chairmanship").generic, parse_org("Ministry of Interior").generic
    (True, True)
    >>> parse_org("UNODC Global Firearms Programme").id
    'org-unodc--global-firearms-program'
    """
    text = " ".join(name.split()).strip().strip(",;")
    m = _PAREN.match(text)
    if m:
        for part in (m["short"], m["long"]):
            hit = parse_org(part)
            if hit.resolved:
                return hit
        text = m["long"]
    return _steps(text) or _unknown(text)
