"""Reference data for resolution: the shared gazetteers plus ``data/aliases.yaml``, indexed by folded form.

Resolution reads the same gazetteer files as extraction (they are the contract between the stages) but
indexes them its own way: every surface form is folded (case, accents, punctuation) so that "OBSE",
"Obse" and "O.B.S.E." meet, and ministries / roles / honorifics come from ``aliases.yaml``. Everything is
loaded once per process; a malformed file is a :class:`ResolutionError` naming the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

from iisg_graph.errors import ResolutionError
from iisg_graph.model.ids import fold
from iisg_graph.resources import data_dir

__all__ = ["OrgRef", "RefData", "Sense", "read_yaml", "refdata"]


@dataclass(frozen=True)
class OrgRef:
    """A known organisation (gazetteer entry, or a sense defined in aliases.yaml)."""

    id: str
    name: str
    acronym: str | None = None
    kind: str = "other"
    country: str | None = None


@dataclass(frozen=True)
class Sense:
    """One meaning of an ambiguous acronym and the context cues that point to it."""

    org: OrgRef
    orgs: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


@dataclass
class RefData:
    """Folded indexes over the reference data (see the module docstring)."""

    orgs: dict[str, OrgRef] = field(default_factory=dict)  # id -> entry
    org_surface: dict[str, str] = field(default_factory=dict)  # folded surface -> id
    countries: dict[str, str] = field(default_factory=dict)  # folded name -> ISO2
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> ISO2
    country_names: dict[str, str] = field(default_factory=dict)  # ISO2 -> short name
    not_countries: set[str] = field(default_factory=set)
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded -> (name, ISO2)
    honorifics: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    portfolio_phrases: dict[str, str] = field(default_factory=dict)  # folded phrase -> portfolio key
    portfolio_acronyms: dict[str, str] = field(default_factory=dict)  # folded acronym -> portfolio key
    portfolio_names: dict[str, str] = field(default_factory=dict)  # key -> canonical wording
    ministry_prefixes: set[str] = field(default_factory=set)
    role_abbreviations: dict[str, str] = field(default_factory=dict)  # folded abbrev -> expansion
    role_words: set[str] = field(default_factory=set)
    generic_words: set[str] = field(default_factory=set)
    ambiguous: dict[str, list[Sense]] = field(default_factory=dict)  # folded acronym -> senses

    def country_of(self, text: str) -> str | None:
        """ISO2 of a country name (``Kosovo*``, ``the Republic of Serbia``…) or None.

        >>> refdata().country_of("the Republic of Serbia"), refdata().country_of("Kosovo*")
        ('RS', 'XK')
        """
        key = fold(text)
        if key.startswith("the "):
            key = key[4:]
        return self.countries.get(key)


def read_yaml(path: Path) -> Any:
    """Parse one YAML data file; any failure is a ResolutionError naming the file."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ResolutionError(f"{path}: cannot read ({exc})") from exc


def _add_orgs(ref: RefData, rows: Any, path: Path) -> None:
    if not isinstance(rows, list):
        raise ResolutionError(f"{path}: expected a list of organisations, found {type(rows).__name__}")
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not row.get("id") or not row.get("name"):
            raise ResolutionError(f"{path}: entry {n} needs an id and a name, found {row!r}")
        org = OrgRef(row["id"], row["name"], row.get("acronym"), row.get("kind") or "other", row.get("country"))
        ref.orgs[org.id] = org
        for surface in [org.name, org.acronym, *(row.get("aliases") or [])]:
            if surface:
                ref.org_surface.setdefault(fold(surface), org.id)


def _add_countries(ref: RefData, data: Any, path: Path) -> None:
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        ref.country_names[c.alpha_2] = short
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                ref.countries[fold(value)] = c.alpha_2
    ref.country_names["XK"] = "Kosovo"
    if not isinstance(data, dict):
        raise ResolutionError(f"{path}: expected a mapping with 'countries'")
    for code, row in (data.get("countries") or {}).items():
        code = "NO" if code is False else str(code)  # YAML 1.1 reads the key NO (Norway) as false
        if not isinstance(row, dict):
            raise ResolutionError(f"{path}: entry {code!r} must be a mapping, found {row!r}")
        for name in row.get("names") or []:
            ref.countries[fold(str(name))] = code
        for demonym in row.get("demonyms") or []:
            ref.demonyms[fold(demonym)] = code
        if row.get("names"):
            ref.country_names[code] = row["names"][0]
    ref.not_countries = {fold(n) for n in data.get("not_countries") or []}


def _add_places(ref: RefData, rows: Any, path: Path) -> None:
    for n, row in enumerate(rows or [], 1):
        if not isinstance(row, dict) or not row.get("name"):
            raise ResolutionError(f"{path}: entry {n} needs a name, found {row!r}")
        for surface in [row["name"], *(row.get("aliases") or [])]:
            ref.places[fold(surface)] = (row["name"], row.get("country"))


def _add_aliases(ref: RefData, data: Any, path: Path) -> None:
    if not isinstance(data, dict):
        raise ResolutionError(f"{path}: expected a mapping")
    ref.honorifics = {fold(h) for h in data.get("honorifics") or []}
    ref.particles = {fold(p) for p in data.get("surname_particles") or []}
    for key, row in (data.get("portfolios") or {}).items():
        ref.portfolio_names[key] = row["name"]
        for phrase in row.get("phrases") or []:
            ref.portfolio_phrases[fold(phrase)] = key
        for acronym in row.get("acronyms") or []:
            ref.portfolio_acronyms[fold(acronym)] = key
    ref.ministry_prefixes = {fold(p) for p in data.get("ministry_prefixes") or []}
    ref.role_abbreviations = {fold(k): v for k, v in (data.get("role_abbreviations") or {}).items()}
    ref.role_words = {fold(w) for w in data.get("role_words") or []}
    ref.generic_words = {fold(w) for w in data.get("generic_words") or []}
    for acronym, senses in (data.get("ambiguous") or {}).items():
        ref.ambiguous[fold(acronym)] = [_sense(ref, acronym, s, path) for s in senses]


def _sense(ref: RefData, acronym: str, row: Any, path: Path) -> Sense:
    if not isinstance(row, dict) or not row.get("id"):
        raise ResolutionError(f"{path}: ambiguous {acronym!r}: each sense needs an id, found {row!r}")
    org = ref.orgs.get(row["id"])
    if org is None:
        if not row.get("name"):
            raise ResolutionError(f"{path}: ambiguous {acronym!r}: {row['id']!r} is not in organisations.yaml "
                                  "and has no name")
        org = OrgRef(row["id"], row["name"], acronym, row.get("kind") or "other", row.get("country"))
        ref.orgs[org.id] = org
    ctx = row.get("context") or {}
    return Sense(org, frozenset(ctx.get("orgs") or []), frozenset(ctx.get("countries") or []),
                 frozenset(fold(w) for w in ctx.get("words") or []))


@cache
def refdata() -> RefData:
    """The loaded reference data (cached for the process).

    >>> r = refdata()
    >>> r.org_surface["obse"], r.countries["kosovo"], r.portfolio_phrases["internal affairs"]
    ('osce', 'XK', 'interior')
    """
    ref = RefData()
    gaz = data_dir() / "gazetteers"
    _add_orgs(ref, read_yaml(gaz / "organisations.yaml"), gaz / "organisations.yaml")
    _add_countries(ref, read_yaml(gaz / "countries.yaml"), gaz / "countries.yaml")
    _add_places(ref, read_yaml(gaz / "places.yaml"), gaz / "places.yaml")
    _add_aliases(ref, read_yaml(data_dir() / "aliases.yaml"), data_dir() / "aliases.yaml")
    return ref
