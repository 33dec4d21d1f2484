"""Which organisers also take part: an organiser is behind its event, and at it only when the text shows it there.

"The Ministry of Interior hosted ...; its State Secretary opened the meeting", "officers of the two services took
part", "a delegation visited the Finnish Border Guard": gold lists such organisers among the participants too, and
a national one brings its country.
"""

from __future__ import annotations

import re

from iisg_graph.extract.bodies import national_body
from iisg_graph.extract.orgs import OrgEntity, fold
from iisg_graph.extract.people import PersonFound
from iisg_graph.extract.roles import Roles

__all__ = ["Spans", "inside", "organisers_taking_part"]

Spans = list[tuple[int, int]]

# "Around sixty officers of the two services took part": the people of a counted group of bodies the item has
# named (its national co-organisers) attend; the count must equal the number of those bodies.
_COLLECTIVE = re.compile(
    r"\b(?:officers|officials|staff|experts|members|representatives|personnel|investigators|agents|teams|analysts)"
    r"\s+(?:of|from)\s+(?:the\s+|all\s+|these\s+)*(?P<n>two|three|four|both)\s+(?:the\s+)?(?:national\s+)?"
    r"(?:services|agencies|institutions|authorities|bodies|ministries|administrations|forces|organisations|"
    r"organizations)\b[^.;]{0,60}?\b(?:took\s+part|participated|attended|joined|were\s+(?:involved|present))\b"
)
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
# "a delegation ... visited the Finnish Border Guard", "a study visit to the Croatian Police": the visited body
_VISITED_BEFORE = re.compile(r"\bvisit(?:ed|ing|s)?\s+(?:to\s+)?(?:the\s+)?$")


def inside(span: tuple[int, int], spans: Spans) -> bool:
    """Whether ``span`` lies within one of ``spans``."""
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def organisers_taking_part(
    text: str, by_key: dict[str, OrgEntity], organisers: list[str], people: list[PersonFound], roles: Roles
) -> dict[str, Spans]:
    """Organiser key -> the spans that show it at its event: its people, a counted group of its officers, or its
    being the body visited (organisers that are chairs or formats left out by the caller)."""
    taking_part = _by_own_people(by_key, organisers, people, roles)
    _collective_taking_part(text, by_key, organisers, taking_part)
    _visited_taking_part(text, by_key, organisers, taking_part)
    return taking_part


def _by_own_people(
    by_key: dict[str, OrgEntity], organisers: list[str], people: list[PersonFound], roles: Roles
) -> dict[str, Spans]:
    """Organiser key -> spans of the people of it the text shows at the event: "the Ministry of Interior hosted
    ...; its State Secretary opened the meeting" shows the ministry at its own event, not only behind it. A
    person named only inside the organiser phrase ("on the initiative of Minister X") shows no attendance
    unless the text says they chaired, hosted or spoke."""
    out: dict[str, Spans] = {}
    for k in organisers:
        name, org_spans = fold(by_key[k].name), roles.organisers[k]
        spans = [
            p.span
            for p in people
            if p.org
            and (p.org_key == k or fold(p.org) == name)
            and (p.attendance != "participant" or any(not inside(s, org_spans) for s in p.spans))
        ]
        # "officers of the Border Department of the Albanian State Police took part": its unit shows it there
        spans += [m.span for m in by_key[k].mentions if m.meta.get("unit") and not inside(m.span, org_spans)]
        if spans:
            out[k] = spans
    return out


def _collective_taking_part(
    text: str, by_key: dict[str, OrgEntity], organisers: list[str], taking_part: dict[str, Spans]
) -> None:
    """Add to ``taking_part`` the national co-organisers a counted group takes part for ("The PCC SEE Secretariat,
    together with the Slovenian Police and the Ministry of Interior of Croatia, organised ...; officers of the two
    services took part"): the text shows those bodies at their event. Only with two or more national organisers
    (the common case skips the scan), and only when the count is theirs."""
    national = [k for k in organisers if national_body(by_key[k])]
    if len(national) < 2:
        return
    for m in _COLLECTIVE.finditer(text):
        if _COUNTS[m.group("n")] == len(national):
            for k in national:
                taking_part.setdefault(k, []).append(m.span())


def _visited_taking_part(
    text: str, by_key: dict[str, OrgEntity], organisers: list[str], taking_part: dict[str, Spans]
) -> None:
    """Add to ``taking_part`` a national organiser the text names as the body visited ("a delegation of the
    Border Police of Bosnia and Herzegovina visited the Finnish Border Guard ... The visit was organised by the
    Finnish Border Guard"): its people receive the visitors, so it is at its own event. Skipped without "visit"."""
    if "visit" not in text:
        return
    for k in organisers:
        e = by_key[k]
        if not national_body(e):
            continue
        for m in e.mentions:
            if _VISITED_BEFORE.search(text, max(0, m.start - 20), m.start):
                taking_part.setdefault(k, []).append(m.span)
                break
