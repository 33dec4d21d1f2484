"""Country qualifiers of institution names: "Italian X", "Italy's X", "X of (the Republic of) Italy", "X, Italy".

Sources name the same national body in all these ways; separating the country from the core
("Ministry of the Interior", "State Police") lets resolution compare (core, country) pairs instead of
strings, which is what makes "Montenegrin Police Directorate" = "Police Directorate of Montenegro".
"""

from __future__ import annotations

import re
from functools import lru_cache

from iisg_graph.model.ids import fold
from iisg_graph.resolve.refdata import refdata

__all__ = ["country_prefix", "split_country"]

_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?|,\s*")
_POSSESSIVE = re.compile(r"^(?P<c>.+?)['’]s\s+(?P<core>.+)$")


def country_prefix(words: str) -> tuple[str | None, str]:
    """Split a leading demonym / country name / possessive from ``words``.

    >>> country_prefix("Montenegrin SEPCA")
    ('ME', 'SEPCA')
    >>> country_prefix("Kosovo*")
    ('XK', '')
    >>> country_prefix("Slovenia's interior")
    ('SI', 'interior')
    """
    ref = refdata()
    m = _POSSESSIVE.match(words)
    if m and ref.country_of(m["c"]):
        return ref.country_of(m["c"]), m["core"]
    tokens = words.split()
    for n in range(min(6, len(tokens)), 0, -1):
        head, rest = " ".join(tokens[:n]), " ".join(tokens[n:])
        key = fold(head)
        if key.startswith("the "):
            key = key[4:]
        code = ref.demonyms.get(key) or ref.countries.get(key)
        if code and key not in ref.not_countries:
            return code, rest
    return None, words


def _inside_not_country(name: str, tail: str) -> bool:
    """True when ``tail`` ends a sub-state name ("Federation of Bosnia and Herzegovina")."""
    whole, part = fold(name), fold(tail)
    return any(whole.endswith(nc) and nc != part and nc.endswith(part) for nc in refdata().not_countries)


@lru_cache(maxsize=100_000)
def split_country(name: str) -> tuple[str | None, str]:
    """(ISO2, core) of a country-qualified name; (None, name) when no country qualifies it.

    >>> split_country("Police Directorate of Montenegro"), split_country("Montenegrin Police Directorate")
    (('ME', 'Police Directorate'), ('ME', 'Police Directorate'))
    >>> split_country("Ministry of Public Administration, Montenegro")
    ('ME', 'Ministry of Public Administration')
    >>> split_country("Federal Criminal Police Office of the Republic of Austria")
    ('AT', 'Federal Criminal Police Office')
    >>> split_country("Police Directorate of Republika Srpska")
    (None, 'Police Directorate of Republika Srpska')
    >>> split_country("Ministry of Foreign Affairs and International Cooperation of Italy")
    ('IT', 'Ministry of Foreign Affairs and International Cooperation')
    >>> split_country("Supreme Court of the Federation of Bosnia and Herzegovina")[0] is None
    True
    """
    ref = refdata()
    for m in _OF.finditer(name):  # leftmost "of <country>" / ", <country>" that ends the name
        tail = name[m.end():]
        code = ref.country_of(tail)
        if code and not _inside_not_country(name, tail):
            return code, name[:m.start()].strip()
    code, rest = country_prefix(name)
    # "Italian Carabinieri", "Italian MoI", "Slovenia's interior ministry"; not "Italian-speaking staff"
    if code and rest and (rest[:1].isupper() or fold(rest).split()[0] in ref.portfolio_phrases):
        return code, rest
    return None, name
