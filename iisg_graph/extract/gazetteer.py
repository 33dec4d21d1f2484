"""Reference data for extraction, loaded once from ``iisg_graph/data/gazetteers/*.yaml``.

The data files are the single source of truth (the resolution stage reads the same files); this module
only indexes them: surface form → entry, plus compiled phrase regexes. Everything is cached, so the
first call pays for YAML parsing and later calls are free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

from iisg_graph.errors import ResolutionError
from iisg_graph.extract.textutil import phrase_regex
from iisg_graph.resources import data_dir

__all__ = ["DATA_DIR", "Gazetteer", "OrgEntry", "gazetteer", "load_yaml", "phrase_hits"]

DATA_DIR: Path = data_dir() / "gazetteers"
ORG_KINDS = {
    "ministry",
    "eu_body",
    "agency",
    "international_org",
    "regional_initiative",
    "secretariat",
    "police",
    "embassy",
    "ngo",
    "company",
    "other",
}


@dataclass(frozen=True)
class OrgEntry:
    """One organisation of ``organisations.yaml``."""

    id: str
    name: str
    acronym: str | None
    kind: str
    country: str | None


def load_yaml(name: str) -> Any:
    """Read one gazetteer file; a malformed file is a loud error naming the file."""
    path = DATA_DIR / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ResolutionError(f"gazetteer {path}: cannot read ({exc})") from exc


@dataclass(eq=False)
class Gazetteer:
    """Indexes over the gazetteer files used by the extraction stages.

    Compared and hashed by identity (``eq=False``), so that stages can key ``lru_cache`` on it.
    """

    orgs: dict[str, OrgEntry]  # surface form -> entry
    org_rx: re.Pattern[str]
    countries: dict[str, str]  # name -> ISO2
    demonyms: dict[str, str]  # demonym -> ISO2
    country_rx: re.Pattern[str]
    demonym_rx: re.Pattern[str]
    not_countries: re.Pattern[str]
    country_names: dict[str, str]  # ISO2 -> short English name
    listed_countries: frozenset[str]  # the names countries.yaml lists (the domain's), pycountry's aside
    places: dict[str, tuple[str, str]]  # surface -> (canonical city, ISO2)
    place_rx: re.Pattern[str]
    capitals: dict[str, str]  # ISO2 -> the capital's canonical name ("the Albanian capital")
    pillars: list[dict[str, Any]]


def _orgs() -> dict[str, OrgEntry]:
    out: dict[str, OrgEntry] = {}
    for row in load_yaml("organisations.yaml"):
        kind = row.get("kind")
        if kind not in ORG_KINDS or not row.get("id") or not row.get("name"):
            raise ResolutionError(f"organisations.yaml: bad entry {row!r} (need id, name, kind in {ORG_KINDS})")
        entry = OrgEntry(row["id"], row["name"], row.get("acronym"), kind, row.get("country"))
        for surface in [row["name"], row.get("acronym"), *(row.get("aliases") or [])]:
            if surface:
                out.setdefault(surface, entry)
    return out


def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str], list[str], frozenset[str]]:
    data = load_yaml("countries.yaml")
    names: dict[str, str] = {}
    short: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names[value] = c.alpha_2
        short[c.alpha_2] = getattr(c, "common_name", None) or c.name
    short["XK"] = "Kosovo"
    demonyms: dict[str, str] = {}
    for key, row in (data.get("countries") or {}).items():
        code = "NO" if key is False else str(key)  # YAML 1.1 reads an unquoted NO (Norway) as false
        for n in row.get("names") or []:
            names[n] = code
        for d in row.get("demonyms") or []:
            demonyms[d] = code
        if row.get("names"):
            short[code] = row["names"][0]
    listed = frozenset(n for row in (data.get("countries") or {}).values() for n in row.get("names") or [])
    return names, demonyms, short, list(data.get("not_countries") or []), listed


def _places() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """Surface form -> (canonical city, ISO2), and ISO2 -> capital (the ``capital: true`` rows)."""
    out: dict[str, tuple[str, str]] = {}
    capitals: dict[str, str] = {}
    for row in load_yaml("places.yaml"):
        for surface in [row["name"], *(row.get("aliases") or [])]:
            out[surface] = (row["name"], row["country"])
        if row.get("capital"):
            capitals[str(row["country"])] = row["name"]
    return out, capitals


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The loaded gazetteer (cached for the process).

    >>> g = gazetteer()
    >>> g.orgs["DG NEAR"].id, g.countries["Kosovo"], g.places["Prishtina"]
    ('dg-near', 'XK', ('Pristina', 'XK'))
    """
    orgs = _orgs()
    names, demonyms, short, not_countries, listed = _countries()
    places, capitals = _places()
    broken = [s for s in (*orgs, *names, *demonyms, *places) if "\n" in s]
    if broken:  # stages rely on no phrase crossing a line (``places._country_hits``)
        raise ResolutionError(f"gazetteer: names must be on one line, found {broken!r}")
    return Gazetteer(
        orgs=orgs,
        org_rx=phrase_regex(orgs),
        countries=names,
        demonyms=demonyms,
        country_rx=phrase_regex(names),
        demonym_rx=phrase_regex(demonyms),
        not_countries=phrase_regex(not_countries),
        country_names=short,
        listed_countries=listed,
        places=places,
        place_rx=phrase_regex(places),
        capitals=capitals,
        pillars=load_yaml("pillars.yaml"),
    )


def phrase_hits(rx: re.Pattern[str], text: str) -> tuple[tuple[int, int, str], ...]:
    """``rx.finditer(text)`` as (start, end, phrase): several stages look for the same gazetteer phrases
    (countries, demonyms) in the same item, and this scans the item once for all of them.

    The hits of the latest text are kept per pattern, looked up by the pattern's identity: an ``lru_cache``
    would hash the pattern, which hashes all of its compiled code (a gazetteer's is tens of kilobytes).

    >>> [h[2] for h in phrase_hits(gazetteer().country_rx, "Serbia and Kosovo met")]
    ['Serbia', 'Kosovo']
    """
    kept = _LATEST_HITS.get(id(rx))
    if kept is not None and kept[0] is rx and kept[1] == text:
        return kept[2]
    hits = tuple((m.start(), m.end(), m.group()) for m in rx.finditer(text))
    if len(_LATEST_HITS) >= 64:
        _LATEST_HITS.clear()
    _LATEST_HITS[id(rx)] = (rx, text, hits)  # the pattern is kept alive, so its id is never reused meanwhile
    return hits


_LATEST_HITS: dict[int, tuple[re.Pattern[str], str, tuple[tuple[int, int, str], ...]]] = {}
