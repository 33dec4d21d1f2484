"""Role mentions ("HoS", "the Head of IISG Secretariat") → the person who held the role at that date.

A role is keyed by its core words and the organisation ("head" at the IISG Secretariat), with
abbreviations expanded and the organisation's own words removed, so that "Head of IISG Secretariat",
"Head of Secretariat" (org IISG Secretariat) and "HoS" meet. Holders come from the data: decisions
(``roles:`` tenures, exact) first, else the named people of the load who held that role within a year of
the mention. Only a single candidate links; anything else stays an unlinked role mention for review.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from iisg_graph.resolve.names import cfold
from iisg_graph.resolve.refdata import refdata

__all__ = ["RoleIndex", "expand_role", "role_key"]

_STOP = {"of", "the", "at", "in", "for", "to", "and", "a", "an", "on"}
_WINDOW = dt.timedelta(days=366)


def expand_role(role: str) -> str:
    """Expand role abbreviations token by token.

    >>> expand_role("HoS"), expand_role("the SG of the RCC")
    ('Head of Secretariat', 'the Secretary General of the RCC')
    """
    abbrev = refdata().role_abbreviations
    return " ".join(abbrev.get(cfold(t), t) for t in role.split())


@lru_cache(maxsize=1 << 16)
def role_key(role: str, org_words: frozenset[str]) -> str:
    """Core words of a role once the organisation's own words are removed.

    >>> words = frozenset({"iisg", "secretariat"})
    >>> role_key("Head of IISG Secretariat", words), role_key("HoS", words)
    ('head', 'head')
    """
    words = cfold(expand_role(role)).split()
    return " ".join(w for w in words if w not in _STOP and w not in org_words)


@dataclass(frozen=True)
class Holding:
    holder: str  # cluster key of the person
    since: dt.date | None
    until: dt.date | None
    stated: bool  # from a decision (exact bounds) rather than from dated mentions


class RoleIndex:
    """Who held which (role key, org id), and when."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], dict[str, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
        self._stated: dict[tuple[str, str], list[Holding]] = defaultdict(list)

    def observe(self, key: tuple[str, str], holder: str, date: dt.date | None) -> None:
        """A named person is reported in the role at ``date``."""
        dates = self._seen[key][holder]
        if date:
            dates.append(date)

    def state(self, key: tuple[str, str], holder: str, since: dt.date | None, until: dt.date | None) -> None:
        """A decision says who held the role and when."""
        self._stated[key].append(Holding(holder, since, until, True))

    def holder(self, key: tuple[str, str], date: dt.date | None) -> tuple[str | None, str]:
        """The one holder at ``date`` and why, or None and why not."""
        stated = [h for h in self._stated.get(key, []) if _covers(h, date, dt.timedelta(0))]
        if len(stated) == 1:
            return stated[0].holder, "role tenure stated in decisions"
        seen = [Holding(h, min(d) if d else None, max(d) if d else None, False)
                for h, d in self._seen.get(key, {}).items()]
        fits = [h for h in seen if _covers(h, date, _WINDOW)]
        if len(fits) == 1:
            return fits[0].holder, "only person reported in this role within a year"
        return None, f"{len(fits)} possible holders"


def _covers(h: Holding, date: dt.date | None, slack: dt.timedelta) -> bool:
    if date is None:  # undated mention: any holder fits, so only a role ever held by one person links
        return True
    if h.since and date < h.since - slack:
        return False
    return not (h.until and date > h.until + slack)
