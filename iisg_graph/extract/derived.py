"""Bodies the text shows without writing out their names: a minister's ministry, one body per listed country.

"Minister of Interior of Albania Mr. X" brings the Ministry of Interior of Albania; "the ministries of interior of
Albania and Serbia", "the FIUs of A and B", "A and B were represented by their embassies" each bring one body per
country. Gold counts these bodies as actors, so they are entities like the named ones (marked ``"derived"``).
"""

from __future__ import annotations

import re

from iisg_graph.extract.countries import country_list_at
from iisg_graph.extract.gazetteer import Gazetteer, phrase_hits
from iisg_graph.extract.orgs import OrgEntity, fold
from iisg_graph.extract.people import PersonFound
from iisg_graph.extract.textutil import Mention, lower_view
from iisg_graph.extract.vocab import PORTFOLIOS, words

__all__ = [
    "LIST_END",
    "PORTFOLIO_ALT",
    "country_name",
    "plural_bodies",
    "plural_ministries",
    "plural_portfolio",
    "represented_by_embassies",
    "title_orgs",
]

PORTFOLIO_ALT = "|".join(sorted((re.escape(p) for p in PORTFOLIOS), key=len, reverse=True))
LIST_END = re.compile(r"\*?(?:\s*\([^()]*\))?")  # what may close a country list item: "Albania*", "Kosovo (UNSCR)"


def plural_portfolio(plural: str) -> re.Pattern[str]:
    """ "<plural> of interior of ", "interior <plural> from the ": a portfolio's plural noun before a country list
    (``plural`` is "ministries" or "ministers"; the portfolio is group ``p1`` or ``p2``)."""
    head = f"[{plural[0].upper()}{plural[0]}]{plural[1:]}"
    return re.compile(
        rf"\b(?:{head}\s+(?:of|for)\s+(?:the\s+)?(?P<p1>{PORTFOLIO_ALT})"
        rf"|(?P<p2>{PORTFOLIO_ALT})\s+{head})\s+(?:of|from)\s+(?:the\s+)?",
        re.I,
    )


def portfolio_at(m: re.Match[str]) -> str:
    """The portfolio a ``plural_portfolio`` match names, as ministries spell it ("interior" -> "Interior")."""
    return PORTFOLIOS[(m.group("p1") or m.group("p2")).lower()]


def country_name(gaz: Gazetteer, code: str) -> str:
    """The name a derived body uses for a country ("AL" -> "Albania")."""
    return gaz.country_names.get(code, code)


# "the ministries of interior of Albania, Montenegro and North Macedonia", "the interior ministries of A and B".
# Not "ministers of ...": unnamed ministers show their countries taking part, not ministries (dev convention).
_PLURAL_MINISTRIES = plural_portfolio("ministries")
# "the FIUs of Albania, Montenegro and Serbia", "the Offices of the Presidents of Slovenia and Croatia": a plural
# capitalised body (a plural acronym, or "<Heads> of the <Roles>") over a country list names one body per country,
# each taking part. Lower-case plurals ("financial intelligence units of ...") name no body (gold: units unnamed).
# "the embassies of Italy and Greece": one Embassy per country, whatever the case (an embassy is always a body).
_PLURAL_BODIES = re.compile(
    r"\b(?:(?P<acr>[A-Z]{2,})s|(?P<head>[A-Z][a-z]+)s\s+of\s+the\s+(?P<role>[A-Z][a-z]+)s|(?P<emb>[Ee]mbassies))"
    r"\s+of\s+(?:the\s+)?"
)
# What every match of ``_PLURAL_BODIES`` holds, found at C speed from its first letter "s": an acronym's or
# "Embassies"' plural "s" before "of", or a head's plural before "of the <Capital>". Texts without it skip the
# full pattern, which is tried at every position.
_PLURAL_BODIES_HINT = re.compile(r"s(?:\s+of\s+the\s+[A-Z]|(?<=[A-Z]s)\s+of\s|(?<=mbassies)\s+of\s)")
# plural acronyms of groups of people or of non-state bodies: "NGOs of Albania" names no national body
_NOT_BODIES = words("NGO CSO SME MP MEP IDP OCG EU UN")
# "North Macedonia and San Marino were represented by their embassies (in Ljubljana)"
_BY_EMBASSIES = re.compile(
    r"\s+(?:were|was)\s+(?:also\s+)?represented\s+by\s+(?:their|its)\s+(?:respective\s+)?embass(?:y|ies)\b"
)


def title_orgs(people: list[PersonFound], gaz: Gazetteer) -> list[OrgEntity]:
    """The ministries people's titles name ("Minister of Interior of Albania Mr. X"), mentioned by role and name."""
    out = []
    for p in people:
        if p.derived_org and p.org and p.role_span:
            s, e = min(p.role_span[0], p.span[0]), max(p.role_span[1], p.span[1])  # role + name
            out.append(
                _derived_entity(gaz, p.org, p.country, "Ministry", Mention(s, e, p.role or "", "derived", p.org))
            )
    return out


def plural_ministries(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """One ministry per listed country: "representatives of the ministries of interior of Albania and Serbia"
    names two ministries that the text shows taking part, though neither is written out as a name."""
    out: list[OrgEntity] = []
    view = lower_view(text)
    if view is not None and "ministries" not in view:
        return out  # both forms of the pattern need the word (the common case: skip the scan)
    for m in _PLURAL_MINISTRIES.finditer(text):
        out += _one_per_country(text, m, gaz, f"Ministry of {portfolio_at(m)}", "Ministry")
    return out


def plural_bodies(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """One national body per listed country: "heads of the FIUs of Albania and Serbia" names the FIU of Albania
    and the FIU of Serbia; "the Offices of the Presidents of Slovenia and Croatia" two Offices of the President;
    "the embassies of Italy and Greece" the Embassy of Italy and the Embassy of Greece.
    Like ``plural_ministries``: each body is an actor and ties its country."""
    out: list[OrgEntity] = []
    if _PLURAL_BODIES_HINT.search(text) is None:
        return out  # the common case
    for m in _PLURAL_BODIES.finditer(text):
        if m.group("emb"):
            stem = "Embassy"
        elif m.group("acr"):
            if m.group("acr") in _NOT_BODIES:
                continue
            stem = m.group("acr")
        else:
            stem = f"{m.group('head')} of the {m.group('role')}"
        out += _one_per_country(text, m, gaz, stem, m.group("head") or stem)
    return out


def represented_by_embassies(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """One Embassy per country of the list that is "represented by their embassies": each embassy attends (and
    ties its country). The list is the one that ends right before the verb."""
    if "embass" not in text:
        return []  # the common case
    out: list[OrgEntity] = []
    for m in _BY_EMBASSIES.finditer(text):
        for s, _, _ in phrase_hits(gaz.country_rx, text[max(0, m.start() - 150) : m.start()]):
            start = max(0, m.start() - 150) + s
            items = country_list_at(text, start, gaz, {})
            if items and LIST_END.match(text, items[-1][2]).end() == m.start():
                out += _entities_per_country(text, items, gaz, "Embassy", "Embassy", items[0][1])
                break
    return out


def _one_per_country(text: str, m: re.Match[str], gaz: Gazetteer, stem: str, head: str) -> list[OrgEntity]:
    """``<stem> of <Country>`` for each country of the list after ``m``; the first one's evidence starts at
    the plural ("the FIUs of Albania"), the others' at their country."""
    return _entities_per_country(text, country_list_at(text, m.end(), gaz, {}), gaz, stem, head, m.start())


def _entities_per_country(
    text: str, items: list[tuple[str, int, int]], gaz: Gazetteer, stem: str, head: str, first: int
) -> list[OrgEntity]:
    """``<stem> of <Country>`` per listed country; the first one's evidence starts at ``first``."""
    out = []
    for k, (code, s, e) in enumerate(items):
        name = f"{stem} of {country_name(gaz, code)}"
        start = first if k == 0 else s
        out.append(_derived_entity(gaz, name, code, head, Mention(start, e, text[start:e], "derived", name)))
    return out


def _derived_entity(gaz: Gazetteer, name: str, country: str | None, head: str, mention: Mention) -> OrgEntity:
    """An entity for a body the text implies, the gazetteer's when it lists the name."""
    entry = gaz.orgs.get(name)
    key = entry.id if entry else fold(name)
    return OrgEntity(name=name, key=key, country=country, head=head, known=entry, mentions=[mention])
