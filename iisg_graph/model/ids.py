"""Deterministic ids: slugs and short hashes of canonical key parts, never random.

Loading the same input twice must give the same ids, so that MERGE/upsert is idempotent and exports
are byte-for-byte stable.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "key_hash", "make_id", "slug"]


@lru_cache(maxsize=262_144)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for matching and ids (cached: resolution
    folds the same names over and over).

    >>> fold("Siniša  Kostrešević")
    'sinisa kostresevic'
    >>> fold("Ministry of Interior (MoI)")
    'ministry of interior moi'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("&", " and ").replace("đ", "d").replace("Đ", "d").replace("ł", "l")
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return " ".join(text.split())


def slug(text: str, limit: int = 60) -> str:
    """A readable id part.

    >>> slug("PCC SEE Secretariat")
    'pcc-see-secretariat'
    """
    return fold(text).replace(" ", "-")[:limit].strip("-") or "x"


def key_hash(*parts: object, length: int = 10) -> str:
    """Short stable hash of key parts (``None`` and ``""`` differ from each other on purpose).

    >>> key_hash("a", None) == key_hash("a", None), key_hash("a", "b") == key_hash("ab")
    (True, False)
    """
    raw = "\x1f".join("\x00" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:length]


def make_id(prefix: str, name: str, *extra: object) -> str:
    """``prefix-slug`` plus a hash when extra key parts (dates, places) disambiguate.

    >>> make_id("org", "OSCE")
    'org-osce'
    >>> make_id("event", "Annual meeting", "2023-04-25")
    'event-annual-meeting-4e40d2eab0'
    """
    base = f"{prefix}-{slug(name)}"
    return f"{base}-{key_hash(name, *extra)}" if extra else base
