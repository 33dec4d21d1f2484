"""Countries taking part: named AND represented, never merely the event's location.

A country takes part when the text shows its people or bodies there: a list after "representatives /
ministers / delegations / police chiefs ... of" or "came from"; a participating organisation tied to it
("the Albanian State Police", "Croatia's Ministry of the Interior"); a person whose role names it
("Slovenian State Secretary", "Assistant Minister of Security of Bosnia and Herzegovina"); "Germany's
Minister of Justice"; "the incoming Cypriot and Irish Presidencies also sent representatives"; a party
that signs with the EU. "Western Balkans Partners" / "WB6" name no country.
"""

from __future__ import annotations

import re

from iisg_graph.extract.gazetteer import Gazetteer, phrase_hits
from iisg_graph.extract.textutil import caseless_regex, lower_view

__all__ = ["country_list_at", "participant_countries"]

_TRIGGER = re.compile(
    r"\b(?:representatives?|delegates?|delegations?|ministers?|officials?|chiefs?|experts?|members?|teams?|"
    r"participants|heads|directors|authorities|counterparts|trainers|police|officers|ambassadors|deputies|"
    r"envoys|practitioners|prosecutors|judges|nationals|secretaries|investigators|analysts|specialists|"
    r"focal\s+points|instructors|lecturers|trainees|inspectors|guards|staff)\b",
    re.I,
)
_TRIGGER_LOW = caseless_regex(_TRIGGER)  # for ``lower_view(text)``: the same spans, a third of the cost
_TRIGGER_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:of|and)\s+(?:the\s+)?(?:[a-z][a-z/ -]*?|"
    # "Ministers of Interior of Albania and Kosovo": a capitalised portfolio, never a country, may sit between
    r"(?:Interior|Internal\s+Affairs|Home\s+Affairs|Security|Justice|Foreign\s+Affairs|Finance|Defen[cs]e))\s+)*"
    r"(?:of|from)\s+(?:the\s+)?"
    r"(?:incoming\s+|outgoing\s+|current\s+)?"
)
_CAME_FROM = re.compile(r"\b(?:came|come|coming|arrived|travelled|traveled)\s+from\s+(?:the\s+)?")
_CAME_FROM_WORDS = ("came", "com", "arrived", "travel")  # one of them is in every ``_CAME_FROM`` match
# "signed ... with Serbia" shows a party, "at the border with Greece" only geography
_SIGN_WITH = re.compile(r"\bsign(?:s|ed|ing)?\b[^.;]{0,80}?(?<!border\s)(?<!borders\s)\bwith\s+(?:the\s+)?")
# "Slovenia and Austria were represented by ...", "Albania and Kosovo also took part"
_LIST_VERB = re.compile(
    r"\s+(?:(?:were|was)\s+(?:also\s+)?represented|(?:also\s+)?(?:took\s+part|participated|attended))\b"
)
_LIST_VERB_WORDS = ("represented", "took", "participated", "attended")  # one of them is in every ``_LIST_VERB`` match
_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:of\s+)?(?:the\s+)?|\s+as\s+well\s+as\s+(?:the\s+)?")
_ROLE_NOUN = (
    r"(?:(?:[a-z]+\s+){0,2}(?:ministers?|minister|state\s+secretary|secretary|delegations?|delegates|"
    r"representatives|experts|officials|police\s+chiefs|ambassador|counterparts?|team|teams|government\s+"
    r"representatives|deputy\s+minister|chief\s+of\s+police)|(?:[A-Z][a-z]+\s+){0,2}(?:Minister|State\s+Secretary|"
    r"Secretary|Ambassador|Delegation|Representatives))\b"
)
_ITEM_PREFIX = re.compile(r"(?:the\s+)?(?:(?:EU\s+)?Member\s+States?\s+|I\.\s?R\.\s+of\s+|Islamic\s+Republic\s+of\s+)?")
_CAP_WORDS = re.compile(r"(?:\s+[A-Z][\w-]*)*")
_ITEM_TAIL = re.compile(
    r"\*?(?:\s*\([^()]*\))?(?:\s+under\s+(?:UN\s+)?(?:UNSCR|Security\s+Council\s+Resolution|Resolution)\s+1244)?"
)
_POSS_ROLE = re.compile(r"['’]s\s+" + _ROLE_NOUN)
_APOSTROPHES = ("'", "’")  # the first character ``_POSS_ROLE`` needs: checked before the pattern is tried
_DEMONYM_ROLE = re.compile(r"\s+" + _ROLE_NOUN)
_PRESIDENCY_VERB = re.compile(
    r"\b(?:attended|took\s+part|participated|sent\s+representatives|were\s+represented|"
    r"was\s+represented|joined)\b"
)
_PRESIDENCY = re.compile(r"Presidenc(?:y|ies)\b")
_DEMONYM_LIST_END = re.compile(r"(?:\s+(?:and|,)\s*|\s*,\s*|\s+)(?:[A-Z][a-z]+\s+)*")
_DEMONYM_LIST_TAIL = re.compile(r"(?:\s*(?:,|and)\s*[A-Z][a-z]+)*\s*$")


def country_list_at(text: str, pos: int, gaz: Gazetteer, orgs_at: dict[int, int]) -> list[tuple[str, int, int]]:
    """Countries of the list that begins at ``pos`` (countries, demonyms, organisations, "the I.R. of")."""
    out: list[tuple[str, int, int]] = []
    while True:
        p = _ITEM_PREFIX.match(text, pos).end()
        cm = gaz.country_rx.match(text, p)
        nm = gaz.not_countries.match(text, p)
        dm = gaz.demonym_rx.match(text, p)
        if cm and not (nm and nm.end() >= cm.end()):
            out.append((gaz.countries[cm.group()], cm.start(), cm.end()))
            end = cm.end()
        elif nm:
            end = nm.end()
        elif dm:
            out.append((gaz.demonyms[dm.group()], dm.start(), dm.end()))
            end = dm.end()
            end = _CAP_WORDS.match(text, end).end()
        elif p in orgs_at:
            end = orgs_at[p]
        else:
            break
        end = _ITEM_TAIL.match(text, end).end()
        sep = _SEP.match(text, end)
        if not sep:
            break
        pos = sep.end()
    return out


def participant_countries(
    text: str,
    sentences: list[tuple[int, int]],
    gaz: Gazetteer,
    orgs_at: dict[int, int],
    tied: list[tuple[str, tuple[int, int]]],
    exclude: list[tuple[int, int]] | None = None,
) -> dict[str, list[tuple[int, int]]]:
    """ISO2 → evidence spans for every country shown taking part.

    ``orgs_at`` maps organisation-mention starts to ends (list items may be organisations); ``tied`` holds
    countries already shown through participating organisations and people; ``exclude`` spans (organiser
    mentions) show no participation.

    >>> from iisg_graph.extract.gazetteer import gazetteer
    >>> t = "Representatives of Western Balkans Partners, CEPOL, Austria, Italy, and USA discussed."
    >>> sorted(participant_countries(t, [(0, len(t))], gazetteer(), {45: 50}, []))
    ['AT', 'IT', 'US']
    """
    found: dict[str, list[tuple[int, int]]] = {}

    def add(code: str, s: int, e: int) -> None:
        if not any(a <= s < b for a, b in exclude or []):
            found.setdefault(code, []).append((s, e))

    for code, span in tied:
        add(code, *span)
    view = lower_view(text)
    for t in _TRIGGER.finditer(text) if view is None else _TRIGGER_LOW.finditer(view):
        g = _TRIGGER_GAP.match(text, t.end())
        if g:
            for code, s, e in country_list_at(text, g.end(), gaz, orgs_at):
                add(code, s, e)
    for rx, needed in ((_CAME_FROM, _CAME_FROM_WORDS), (_SIGN_WITH, ("sign",))):
        if not any(w in text for w in needed):
            continue  # the verb the pattern starts with is absent: skip the scan
        for m in rx.finditer(text):
            for code, s, e in country_list_at(text, m.end(), gaz, orgs_at):
                add(code, s, e)
    for s, _ in sentences if any(w in text for w in _LIST_VERB_WORDS) else ():
        items = country_list_at(text, s, gaz, orgs_at)
        if items and _LIST_VERB.match(text, _ITEM_TAIL.match(text, items[-1][2]).end()):
            for code, a, b in items:
                add(code, a, b)
    _possessive_roles(text, gaz, add)
    _presidencies(text, sentences, gaz, add)
    return found


def _possessive_roles(text: str, gaz: Gazetteer, add) -> None:
    for s, e, name in phrase_hits(gaz.country_rx, text):
        if text[e : e + 1] in _APOSTROPHES and _POSS_ROLE.match(text, e):
            add(gaz.countries[name], s, e)
    for s, e, name in phrase_hits(gaz.demonym_rx, text):
        if _DEMONYM_ROLE.match(text, e):
            add(gaz.demonyms[name], s, e)


def _presidencies(text: str, sentences: list[tuple[int, int]], gaz: Gazetteer, add) -> None:
    if "Presidenc" not in text:
        return  # the common case: no sentence can match
    for s, e in sentences:
        for m in _PRESIDENCY.finditer(text[s:e]):
            pos = s + m.start()
            clause = text[pos:e]
            if not _PRESIDENCY_VERB.search(clause[:60]):
                continue
            before = text[max(s, pos - 60) : pos]
            for d in gaz.demonym_rx.finditer(before):
                if _DEMONYM_LIST_END.fullmatch(before[d.end() :] + " ") or _DEMONYM_LIST_TAIL.match(before[d.end() :]):
                    add(gaz.demonyms[d.group()], max(s, pos - 60) + d.start(), max(s, pos - 60) + d.end())
