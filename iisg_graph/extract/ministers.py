"""Whose ministry a minister heads when the title leaves the country out: the host's, a listed country's, a peer's.

"Federal Minister of the Interior Mr. X hosted", "Interior ministers of A and B, Mr. X and Mr. Y", "received his
Albanian counterpart, Mr. Y": the text ties each minister to a country elsewhere in the sentence or item. This
stage completes the people's ministries before those ministries become entities (``derived.title_orgs``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from iisg_graph.extract.countries import country_list_at
from iisg_graph.extract.derived import LIST_END, PORTFOLIO_ALT, country_name, plural_portfolio, portfolio_at
from iisg_graph.extract.gazetteer import Gazetteer, phrase_hits
from iisg_graph.extract.people import PersonFound
from iisg_graph.extract.places import EventPlace
from iisg_graph.extract.vocab import portfolio_of

__all__ = ["counterpart_ministers", "host_ministry_country", "paired_ministers"]

# "Ministers of interior of Albania, Kosovo and North Macedonia, Mr. A, Mr. B and Mr. C, signed": named
# ministers, paired in order with the listed countries, head their ministries (unnamed ones show countries only)
_PLURAL_MINISTERS = plural_portfolio("ministers")
# "his Albanian counterpart", "their counterparts from Albania and Serbia": the people a host minister meets as peers
_COUNTERPARTS = re.compile(
    r"\b(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterpart\b|\b(?:his|her|their)\s+counterparts\s+"
    r"(?P<list>from|of)\s+(?:the\s+)?"
)
# a ministry named by its portfolio alone ("Ministry of Interior"): whose it is, the sentence must tell
_BARE_MINISTRY = re.compile(rf"Ministry\s+(?:of|for)\s+(?:the\s+)?(?:{PORTFOLIO_ALT})", re.I)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|H\.\s?E\.)\.?\s+")
_NAME_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_COMMA = re.compile(r"\s*,\s*")
_OPT_THE = re.compile(r"(?:the\s+)?")
# Bosnia and Herzegovina's interior portfolio is its Ministry of Security: a Security minister's peers elsewhere
# head Interior ministries, and an Interior minister's Bosnian peer the Ministry of Security
_SECURITY_STATES = frozenset({"BA"})
_INTERIOR_PORTS = frozenset({"Interior", "the Interior", "Internal Affairs", "Home Affairs"})


def host_ministry_country(text: str, people: list[PersonFound], place: EventPlace, gaz: Gazetteer) -> None:
    """ "Federal Minister of the Interior Mr. X hosted his counterparts" under the Austrian Presidency, in Austria:
    a host or chair whose role names a ministry but no country heads the host country's ministry. The event's
    country is taken only when the text also names it (a country or a demonym: "Austrian", "Austria"), not from
    the place alone."""
    hosts = [p for p in people if p.derived_org and p.org and not p.country and p.attendance in ("host", "chair")]
    if not hosts or not place.country:
        return  # the common case: no countryless host minister
    named = {gaz.demonyms[n] for _, _, n in phrase_hits(gaz.demonym_rx, text)}
    named |= {gaz.countries[n] for _, _, n in phrase_hits(gaz.country_rx, text)}
    if place.country not in named:
        return
    country = country_name(gaz, place.country)
    for p in hosts:
        if "ministry" in p.org.lower():
            p.org, p.country = f"{p.org} of {country}", place.country


def paired_ministers(text: str, people: list[PersonFound], gaz: Gazetteer) -> None:
    """ "Interior ministers of A and B, Mr. X and Mr. Y, signed": when exactly as many named people as listed
    countries follow the list, in order, each heads the ministry of the portfolio of their country."""
    if "inisters" not in text:
        return  # the common case: no plural minister phrase
    for m in _PLURAL_MINISTERS.finditer(text):
        items = country_list_at(text, m.end(), gaz, {})
        if not items:
            continue
        named = _people_run(text, LIST_END.match(text, items[-1][2]).end(), people, len(items))
        if named is None:
            continue
        port = portfolio_at(m)
        for (code, _, _), p in zip(items, named, strict=True):
            if p.org is None and p.country in (None, code):
                _head_ministry(p, port, code, gaz)


def counterpart_ministers(text: str, sents: list[tuple[int, int]], people: list[PersonFound], gaz: Gazetteer) -> None:
    """ "The Italian Minister of the Interior, Mr. X, received his Albanian counterpart, Mr. Y": a minister's
    counterpart heads the same portfolio's ministry of the counterpart's own country. The anchor is the last
    minister named before in the same sentence, with a ministry derived from a portfolio and another country.
    "his counterparts from A and B, Mr. Y and Mr. Z" pairs the named people with the listed countries in order."""
    if "ounterpart" not in text:
        return  # the common case: no counterpart named
    for s, e in sents:
        anchor = _portfolio_anchor(people, s, e)
        for m in _COUNTERPARTS.finditer(text, s, e) if anchor else ():
            pairs = (
                _listed_counterparts(text, m, people, gaz)
                if m.group("list")
                else _one_counterpart(text, m, people, gaz)
            )
            for code, p in pairs:
                if not code or p.country not in (None, code) or code == anchor[0].country:
                    continue
                if p.org is None:
                    _head_ministry(p, _peer_portfolio(anchor[1], code), code, gaz)
                elif _BARE_MINISTRY.fullmatch(p.org):
                    # "his Albanian counterpart, Minister of Interior Mr. X": his own portfolio, the peer's country
                    p.org, p.country = f"{p.org} of {country_name(gaz, code)}", code


def _head_ministry(p: PersonFound, port: str, code: str, gaz: Gazetteer) -> None:
    """Make ``p`` the head of ``code``'s ministry of ``port``; the minister's name is the ministry's mention when
    the role is elsewhere (the plural phrase before)."""
    p.org = f"Ministry of {port} of {country_name(gaz, code)}"
    p.country, p.derived_org, p.role_span = code, True, p.role_span or p.span


def _listed_counterparts(
    text: str, m: re.Match[str], people: list[PersonFound], gaz: Gazetteer
) -> list[tuple[str, PersonFound]]:
    """(country, person) for "his counterparts from A and B, Mr. Y and Mr. Z", or for "from Austria, Mr. A, and
    Serbia, Mr. B" (each country followed by its minister)."""
    items = country_list_at(text, m.end(), gaz, {})
    end = LIST_END.match(text, items[-1][2]).end() if items else m.end()
    named = _people_run(text, end, people, len(items)) if items else None
    pairs = list(zip([c for c, _, _ in items], named or [], strict=False))
    if len(pairs) < 2:
        pairs = _interleaved_pairs(text, m.end(), people, gaz) or pairs
    return pairs


def _one_counterpart(
    text: str, m: re.Match[str], people: list[PersonFound], gaz: Gazetteer
) -> list[tuple[str | None, PersonFound]]:
    """(country, person) for "his Albanian counterpart, Mr. Y": the people whose role is the counterpart phrase,
    else the one whose own title follows it (``_titled_counterpart``)."""
    pairs = [(p.country, p) for p in people if p.role_span and m.start() <= p.role_span[0] < m.end()]
    return pairs or _titled_counterpart(text, m, people, gaz)


def _titled_counterpart(
    text: str, m: re.Match[str], people: list[PersonFound], gaz: Gazetteer
) -> list[tuple[str, PersonFound]]:
    """(country, person) for "his Albanian counterpart, Minister of Interior Mr. X": the demonym of the
    counterpart phrase and the person whose own title follows it after a comma, or none."""
    d = gaz.demonym_rx.search(m.group())
    comma = _COMMA.match(text, m.end())
    if not d or not comma:
        return []
    return [(gaz.demonyms[d.group()], p) for p in people if p.role_span and p.role_span[0] == comma.end()]


def _interleaved_pairs(text: str, pos: int, people: list[PersonFound], gaz: Gazetteer) -> list[tuple[str, PersonFound]]:
    """(country, person) for "Austria, Mr. A, and Serbia, Mr. B" at ``pos``: two or more countries each followed
    by a comma and a named person, or none."""
    by_start = {p.span[0]: p for p in people}
    pairs: list[tuple[str, PersonFound]] = []
    while (cm := gaz.country_rx.match(text, pos)) is not None:
        comma = _COMMA.match(text, LIST_END.match(text, cm.end()).end())
        if not comma:
            break
        p = _person_at(text, comma.end(), by_start)
        if p is None:
            break
        pairs.append((gaz.countries[cm.group()], p))
        sep = _NAME_SEP.match(text, p.span[1])
        if not sep:
            break
        pos = _OPT_THE.match(text, sep.end()).end()
    return pairs if len(pairs) >= 2 else []


def _people_run(text: str, pos: int, people: list[PersonFound], n: int) -> list[PersonFound] | None:
    """The ``n`` people named one after another from ``pos`` (", Mr. A, Mr. B and Mr. C"), or None when the text
    names another number of them there."""
    by_start: dict[int, PersonFound] = {}
    for p in sorted(people, key=lambda q: q.span[0]):
        by_start.setdefault(p.span[0], p)  # the first named at a position, as the text reads
    run: list[PersonFound] = []
    sep = _NAME_SEP.match(text, pos)
    if not sep or not text[pos : sep.end()].lstrip().startswith(","):
        return None
    pos = sep.end()
    while (p := _person_at(text, pos, by_start)) is not None:
        run.append(p)
        sep = _NAME_SEP.match(text, p.span[1])
        if not sep:
            break
        pos = sep.end()
    return run if len(run) == n else None


def _person_at(text: str, pos: int, by_start: Mapping[int, PersonFound]) -> PersonFound | None:
    """The person whose name starts at ``pos``, after an honorific if there is one ("Mr. A")."""
    hon = _HONORIFIC.match(text, pos)
    return by_start.get(hon.end() if hon else pos)


def _peer_portfolio(port: str, code: str) -> str:
    """The portfolio a counterpart from ``code`` holds when the anchor minister holds ``port``."""
    if port == "Security" and code not in _SECURITY_STATES:
        return "Interior"
    if port in _INTERIOR_PORTS and code in _SECURITY_STATES:
        return "Security"
    return port


def _portfolio_anchor(people: list[PersonFound], s: int, e: int) -> tuple[PersonFound, str] | None:
    """The first minister named in ``[s, e)`` whose ministry comes from a portfolio, with that portfolio."""
    for p in sorted(people, key=lambda q: q.span[0]):
        if s <= p.span[0] < e and p.derived_org and p.role and p.country and (port := portfolio_of(p.role)):
            return p, port
    return None
