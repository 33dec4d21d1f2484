"""Name normalisation: the comparable forms that matching and ids are built from.

Two kinds of names meet here. Organisation names are folded and their spelling variants unified
("Centre"/"Center", "Organisation"/"Organization") so that a key is the same however a source spells it.
Person names lose honorifics ("Mr.", "H.E."), are split into given names and surname (particles such as
"von" stay with the surname) and get a transliteration *skeleton* ("Sashko" and "Sasko" both become
``sasko``) so that romanisation variants of the same name agree without fuzzy matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from iisg_graph.model.ids import fold
from iisg_graph.resolve.refdata import refdata

__all__ = ["PersonName", "alternatives", "cfold", "is_role_mention", "org_key", "parse_person", "skeleton", "strip_the"]

_SPELLING = {
    "organisation": "organization", "organisations": "organizations", "centre": "center",
    "centres": "centers", "programme": "program", "programmes": "programs", "defence": "defense",
    "labour": "labor",
}
_SKELETON = [("sh", "s"), ("ch", "c"), ("zh", "z"), ("dj", "d"), ("ij", "i"), ("y", "i"), ("w", "v"),
             ("ph", "f"), ("th", "t"), ("ck", "k"), ("q", "k"), ("x", "ks")]
_DOUBLE = re.compile(r"(.)\1+")
_TOKEN = re.compile(r"[^\s.]+\.?")


cfold = lru_cache(maxsize=1 << 19)(fold)
"""Cached :func:`fold`: names repeat a lot across a load, and folding is the hot path of resolution."""


def alternatives(name: str) -> list[str]:
    """A mention may list alternative surface forms separated by ``|`` (the gold-file convention).

    >>> alternatives("Ministry of Interior of Italy|Italian Ministry of Interior")
    ['Ministry of Interior of Italy', 'Italian Ministry of Interior']
    """
    return [p.strip() for p in name.split("|") if p.strip()] or [name.strip()]


def strip_the(text: str) -> str:
    """Drop a leading article, which sources add or omit at will ("the RCC")."""
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


@lru_cache(maxsize=200_000)
def org_key(name: str) -> str:
    """Folded organisation key with British/American spellings unified and the article dropped.

    >>> org_key("The International Organisation for Migration") == org_key("International Organization for Migration")
    True
    >>> org_key("Regional Centre for Co-operation")
    'regional center for cooperation'
    """
    words = cfold(strip_the(name)).replace("co operation", "cooperation").split()
    out = [_SPELLING.get(w, w) for w in words]
    return " ".join(w for w in out if w)


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """Transliteration-insensitive form of one folded name token.

    >>> skeleton("sashko"), skeleton("sasko"), skeleton("mattheus"), skeleton("dragan")
    ('sasko', 'sasko', 'mateus', 'dragan')
    """
    out = token
    for a, b in _SKELETON:
        out = out.replace(a, b)
    return _DOUBLE.sub(r"\1", out)


@dataclass(frozen=True)
class PersonName:
    """A person's name split for matching: folded given-name and surname tokens."""

    raw: str
    given: tuple[str, ...]
    surname: tuple[str, ...]
    honorific: str | None = None
    clean: str = ""  # the name as written, without honorifics

    @property
    def has_given(self) -> bool:
        """True when at least one given name is written out (not an initial)."""
        return any(len(g) > 1 for g in self.given)

    @property
    def is_full(self) -> bool:
        return self.has_given and bool(self.surname)

    @cached_property
    def surname_key(self) -> str:
        """Blocking key: skeleton of the last surname token."""
        return skeleton(self.surname[-1]) if self.surname else ""

    @cached_property
    def given_skeleton(self) -> str:
        return " ".join(skeleton(t) for t in self.given)

    @cached_property
    def surname_skeleton(self) -> str:
        return " ".join(skeleton(t) for t in self.surname)

    @cached_property
    def key(self) -> str:
        """Skeleton of the whole name: equal keys are the same name however it is romanised."""
        return " ".join(skeleton(t) for t in (*self.given, *self.surname))

    @property
    def display(self) -> str:
        return self.clean or self.raw


def _strip_honorifics(tokens: list[str]) -> tuple[list[str], str | None]:
    ref = refdata()
    found: list[str] = []
    while tokens:
        for n in (3, 2, 1):
            if len(tokens) > n - 1 and cfold(" ".join(tokens[:n])) in ref.honorifics:
                found.extend(tokens[:n])
                tokens = tokens[n:]
                break
        else:
            break
    return tokens, (" ".join(found) or None)


def _is_role_word(token: str) -> bool:
    ref = refdata()
    f = cfold(token)
    return f in ref.role_words or f in ref.generic_words or f in ref.role_abbreviations


def is_role_mention(text: str) -> bool:
    """True when a "person" mention names a role, not a person ("HoS", "the Head of IISG Secretariat").

    >>> is_role_mention("HoS"), is_role_mention("the Head of IISG Secretariat"), is_role_mention("Mr. Sojati")
    (True, True, False)
    >>> is_role_mention("Director Kocev"), is_role_mention("the SG of the RCC")
    (False, True)
    """
    ref = refdata()
    folded = cfold(text)
    if folded in ref.role_abbreviations:
        return True
    tokens = strip_the(text).split()
    if not tokens or (cfold(tokens[0]) not in ref.role_words and cfold(tokens[0]) not in ref.role_abbreviations):
        return False
    last = tokens[-1]
    return not last[:1].isupper() or _is_role_word(last) or cfold(last) in ref.org_surface


@lru_cache(maxsize=200_000)
def parse_person(name: str) -> PersonName | None:
    """Split a person mention; None when it is a role mention or has no name left.

    >>> p = parse_person("Mr. Siniša Kostrešević")
    >>> p.given, p.surname, p.honorific
    (('sinisa',), ('kostresevic',), 'Mr.')
    >>> parse_person("Christoph von Hardsdorf").surname
    ('von', 'hardsdorf')
    >>> parse_person("Kocev, Sashko").key
    'sasko kocev'
    >>> parse_person("Mr. Sojati").is_full, parse_person("HoS") is None
    (False, True)
    """
    if is_role_mention(name):
        return None
    text = name.strip()
    if text.count(",") == 1:
        last, first = (p.strip() for p in text.split(","))
        if last and first and " " not in last:
            text = f"{first} {last}"
    tokens, honorific = _strip_honorifics(_TOKEN.findall(text))
    while len(tokens) > 1 and cfold(tokens[0]) in refdata().role_words:  # "Director Kocev"
        tokens = tokens[1:]
    words = [w for w in (cfold(t).replace(" ", "-") for t in tokens) if w]
    if not words:
        return None
    clean = " ".join(tokens)
    return PersonName(name, *_split_given(words), honorific=honorific, clean=clean)


def _split_given(words: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if len(words) == 1:
        return (), (words[0],)
    particles = refdata().particles
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in particles:
        cut -= 1
    return tuple(words[:cut]), tuple(words[cut:])
