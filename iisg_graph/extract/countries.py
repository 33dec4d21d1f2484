"""Countries taking part: named AND represented, never merely the event's location.

A country takes part when the text shows its people or bodies there: a list after "representatives /
ministers / delegations / police chiefs / guests ... of|from" (also "participants from the <units> of") or
"came from"; a demonym list before a role noun ("Bulgarian, Greek and Romanian customs officers"); a
participating organisation tied to it ("the Albanian State Police", "Croatia's Ministry of the Interior"); a
person whose role names it ("Slovenian State Secretary", "Assistant Minister of Security of Bosnia and
Herzegovina"); "Germany's Minister of Justice"; "the incoming Cypriot and Irish Presidencies also sent
representatives"; a party that signs with the EU. "Western Balkans Partners" / "WB6" name no country.
People who are only to act later show nothing ("officers from A and B will support the border police").
"""

from __future__ import annotations

import re

from iisg_graph.extract.gazetteer import Gazetteer, phrase_hits
from iisg_graph.extract.textutil import caseless_regex, lower_view
from iisg_graph.extract.vocab import words

__all__ = ["country_list_at", "participant_countries"]

# Nouns for the people a country sends ("representatives of", "guests from"): a country list after them, directly
# or after "the <few words> of" ("participants from the financial intelligence units of ..."), takes part. Not
# "researchers" / "scientists": academics from universities of a country represent no state.
_PEOPLE_NOUNS = words(
    """representative representatives delegate delegates delegation delegations minister ministers official
    officials chief chiefs expert experts member members team teams participants heads directors authorities
    counterparts trainers police officers ambassadors deputies envoys practitioners prosecutors judges nationals
    secretaries investigators analysts specialists instructors lecturers trainees inspectors guards staff
    coordinators guests attendees observers advisers advisors commanders managers speakers panellists panelists
    colleagues personnel cadets negotiators diplomats presidents leaders adviser advisor coordinator responders
    chemists technicians engineers professionals detectives chairs chairpersons evaluators assessors"""
)


def _word_alternation(vocab: frozenset[str], *patterns: str) -> str:
    r"""``\b(?:word|...|pattern)\b`` with the words grouped by first letter: a scan of every item then tries one
    branch per letter, not every word (four times faster than the flat list, same matches)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(vocab, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    groups = [f"{c}(?:{'|'.join(rest)})" for c, rest in sorted(by_first.items())]
    return r"\b(?:" + "|".join([*groups, *patterns]) + r")\b"


_TRIGGER = re.compile(_word_alternation(_PEOPLE_NOUNS, r"focal\s+points"), re.I)
_TRIGGER_LOW = caseless_regex(_TRIGGER)  # for ``lower_view(text)``: the same spans, a third of the cost
# Words a noun phrase between a trigger and its "of" never holds: articles, prepositions, auxiliaries. Without
# them "participants and stressed the importance of ..." or "experts from the region met in ..." end the gap.
_GAP_STOP = (
    r"(?:of|from|and|the|a|an|in|on|at|to|for|with|by|as|is|are|was|were|be|been|has|have|had|will|would|who|which"
    r"|that)\b"
)
# Capitalised plural heads of national bodies ("National Central Bureaus", "Financial Intelligence Units")
_PLURAL_BODY = (
    r"(?:Bureaus|Bureaux|Units|Offices|Services|Ministries|Agencies|Directorates|Administrations|Academies|"
    r"Institutions|Authorities|Inspectorates|Centres|Centers)"
)
_TRIGGER_GAP = re.compile(
    r"\s*(?:\([^()]*\)\s*)?"
    # "officers responsible for returns from Albania": what the people do, then "from" the list
    r"(?:(?:responsible|in\s+charge)\s+(?:for|of)\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){1,3}(?=from\b))?"
    r"(?:(?:of|from|and(?:\s+of|\s+from)?)\s+(?:the\s+)?(?:"
    # "participants from the ministries of interior, social work centres and ombudsperson institutions of": a
    # comma may end a word of the run (the next part then opens with "and" or with the next noun)
    rf"(?:(?!{_GAP_STOP})[a-z][a-z/-]*,?\s+){{1,4}}|"
    # "heads of the INTERPOL National Central Bureaus (NCBs) of": a capitalised plural national body, never a country
    rf"(?:[A-Z][\w-]*\s+){{0,3}}{_PLURAL_BODY}\s+(?:\([A-Z]{{2,}}s?\)\s+)?|"
    # "Ministers of Interior of Albania and Kosovo": a capitalised portfolio, never a country, may sit between
    r"(?:Interior|Internal\s+Affairs|Home\s+Affairs|Security|Justice|Foreign\s+Affairs|Finance|Defen[cs]e)\s+|"
    # "heads of the FIUs of Albania and Serbia": a plural acronym of national bodies, never a country
    r"[A-Z]{2,}s\s+))*"
    r"(?:of|from)\s+(?:the\s+)?"
    r"(?:incoming\s+|outgoing\s+|current\s+)?"
    # "liaison officers accredited to Europol from Austria and Hungary": a participle phrase placing the people
    # at a body may sit before "from"; only "from" then (after "of" the capitalised words are the body's name)
    r"|\s+(?:accredited|seconded|posted|deployed|assigned|attached)\s+(?:to|at|with)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+from\s+(?:the\s+)?"
)
# "officers from Austria and Croatia will support the Border Police": a list followed by a future or modal verb
# tells what those people are to do later, not who attended. Verbs of attending stay (announcements of a meeting).
_FUTURE = re.compile(
    r"\s+(?:will|would|shall|(?:is|are|was|were)\s+(?:(?:expected|due|set|going|scheduled|planned|foreseen)\s+)?to)"
    r"\s+(?:also\s+|then\s+|soon\s+|later\s+|jointly\s+)?(?!(?:take\s+part|attend|participate|join|meet|gather|"
    r"convene|discuss|exchange|present|address|speak|sign|host|chair|co-chair|be\s+(?:represented|present|among))\b)"
)
# "the Liaison Prosecutors for Albania and Serbia", "contact points for A and B": these posts are held for a country,
# so "for" links them to the list the way "of|from" links other people-nouns. Only after these nouns: a bare "for"
# names a beneficiary or topic ("a strategy for Albania", "trainers for the region"). Not "National Member for
# Denmark at Eurojust": an official of the agency, who shows the agency there, not the country (set-3 gold).
_POST = r"(?:prosecutors?|officers?|magistrates?)"
_FOR_POSTS = re.compile(
    rf"\b(?:liaison\s+{_POST}(?:\s*/\s*{_POST})?|contact\s+points?)"
    r"\s+for\s+(?:the\s+)?",
    re.I,
)
_FOR_POSTS_LOW = caseless_regex(_FOR_POSTS)
_FOR_POSTS_WORDS = ("liaison ", "contact point")  # one is in every ``_FOR_POSTS`` match
_CAME_FROM = re.compile(r"\b(?:came|come|coming|arrived|travelled|traveled)\s+from\s+(?:the\s+)?")
_CAME_FROM_WORDS = ("came", "com", "arrived", "travel")  # one of them is in every ``_CAME_FROM`` match
# "signed ... with Serbia" shows a party, "at the border with Greece" only geography
_SIGN_WITH = re.compile(r"\bsign(?:s|ed|ing)?\b[^.;]{0,80}?(?<!border\s)(?<!borders\s)\bwith\s+(?:the\s+)?")
# "Slovenia and Austria were represented by ...", "Albania and Kosovo also took part"
_LIST_VERB = re.compile(
    r"\s+(?:(?:were|was)\s+(?:also\s+)?represented|(?:also\s+)?(?:took\s+part|participated|attended))\b"
)
_LIST_VERB_WORDS = ("represented", "took", "participated", "attended")  # one of them is in every ``_LIST_VERB`` match
# "..., as did Kosovo*": the list after it joins the attendance the clause before states (that clause must have a
# verb of attending: "Serbia adopted a strategy, as did Montenegro" shows nobody at an event)
_AS_DID = re.compile(r",\s*as\s+did\s+(?:the\s+)?")
# Verbs saying that the subjects attended (shared by ", as did" and presidencies).
_ATTENDED = r"took\s+part|participated|attended|joined|(?:were|was)\s+represented"
_ATTEND_VERB = re.compile(
    rf"\b(?:{_ATTENDED}|connected|sent\s+(?:a\s+)?(?:representatives|delegations?|officers|experts)|signed"
    r"|were\s+present)\b"
)
# "officials from Albania and Serbia, and for the first time from Kosovo*": the preposition may recur after "and"
_SEP = re.compile(
    r"\s*,?\s+and\s+(?:also\s+|for\s+the\s+first\s+time\s+)?from\s+(?:the\s+)?"
    # "investigators from A and B, as well as from C": the same preposition again after "as well as"
    r"|\s*,?\s+as\s+well\s+as\s+(?:also\s+)?from\s+(?:the\s+)?"
    r"|\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:of\s+)?(?:the\s+)?|\s+as\s+well\s+as\s+(?:the\s+)?"
)
# Heads of a role phrase after a demonym or a possessive ("Greek police and customs officers", "Croatia's
# Minister"): lower-case heads take up to three lower-case words before them ("border police", "police and
# customs"), never a preposition or an article ("the Serbian language for police officers" names no role).
_ROLE_HEADS = words(
    """ministers minister secretary delegation delegations delegates delegate representatives representative
    experts expert officials official officers officer counterparts counterpart team teams ambassador
    coordinators coordinator prosecutors prosecutor judges judge investigators investigator guests participants
    analysts inspectors specialists trainers trainees instructors cadets guards diplomats chiefs heads members
    colleagues peers"""
)
_PREFIX_STOP = (
    r"(?:for|to|with|of|in|on|at|by|from|the|a|an|who|which|that|is|are|was|were|has|have|had|will|would|as)\b"
)
# A past form may open the phrase ("Serbian organised crime prosecutors", "Croatia's newly appointed minister"),
# not follow a noun there: "the Albanian capital hosted police officers" is a clause.
_ROLE_PREFIX = (
    rf"(?:[a-z]+ly\s+)?(?:(?!{_PREFIX_STOP})[a-z][a-z-]*\s+)?(?:(?!{_PREFIX_STOP}|[a-z-]*ed\b)[a-z][a-z-]*\s+){{0,2}}"
)
# "police" alone is a role ("Montenegrin and Croatian border police met") unless a noun follows it ("the Serbian
# police reform", "Albania's police academy"): after it only a function word, a past form or punctuation.
_POLICE = (
    r"police(?!\s+(?!(?:and|or|as|who|which|were|was|had|has|have|also|jointly|together|from|of|in|at|on|to|with|"
    r"will|would|met|took|held|sent|gave)\b|[a-z]+ed\b)[a-z])"
)
_ROLE_HEAD_ALT = "|".join(sorted(_ROLE_HEADS, key=len, reverse=True))
_ROLE_NOUN = (
    rf"(?:{_ROLE_PREFIX}(?:state\s+secretary|chief\s+of\s+police|{_ROLE_HEAD_ALT}|{_POLICE})"
    r"|(?:[A-Z][a-z]+\s+){0,2}(?:Minister|State\s+Secretary|Secretary|Ambassador|Delegation|Representatives))\b"
)
_ITEM_PREFIX = re.compile(r"(?:the\s+)?(?:(?:EU\s+)?Member\s+States?\s+|I\.\s?R\.\s+of\s+|Islamic\s+Republic\s+of\s+)?")
_CAP_WORDS = re.compile(r"(?:\s+[A-Z][\w-]*)*")
_ITEM_TAIL = re.compile(
    r"\*?(?:\s*\([^()]*\))?(?:\s+under\s+(?:UN\s+)?(?:UNSCR|Security\s+Council\s+Resolution|Resolution)\s+1244)?"
)
_POSS_ROLE = re.compile(r"['’]s\s+" + _ROLE_NOUN)
_APOSTROPHES = ("'", "’")  # the first character ``_POSS_ROLE`` needs: checked before the pattern is tried
_DEMONYM_ROLE = re.compile(r"\s+" + _ROLE_NOUN)
_NAME_ROLE = re.compile(
    r"\s+(?:(?:police|border|customs|government|ministry|interior|justice|security|national|senior|judicial|law"
    rf"|enforcement)\s+){{0,2}}(?:{_ROLE_HEAD_ALT}|{_POLICE})\b"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|of|for|on|by|into|across|within|throughout|with|near)\s+(?:the\s+)?$", re.I
)
_PRESIDENCY_VERB = re.compile(rf"\b(?:{_ATTENDED}|sent\s+representatives)\b")
_PRESIDENCY = re.compile(r"Presidenc(?:y|ies)\b")
_DEMONYM_LIST_END = re.compile(r"(?:\s+(?:and|,)\s*|\s*,\s*|\s+)(?:[A-Z][a-z]+\s+)*")
_DEMONYM_LIST_TAIL = re.compile(r"(?:\s*(?:,|and)\s*[A-Z][a-z]+)*\s*$")


def country_list_at(
    text: str, pos: int, gaz: Gazetteer, orgs_at: dict[int, int], org_countries: dict[int, str] | None = None
) -> list[tuple[str, int, int]]:
    """Countries of the list that begins at ``pos`` (countries, demonyms, organisations, "the I.R. of").
    ``org_countries`` maps the starts of national bodies' mentions to their country: such an item brings it
    ("officers of the Border Police and the Customs Administration" show the country of those bodies)."""
    return _list_at(text, pos, gaz, orgs_at, org_countries)[0]


def _list_at(
    text: str, pos: int, gaz: Gazetteer, orgs_at: dict[int, int], org_countries: dict[int, str] | None = None
) -> tuple[list[tuple[str, int, int]], int]:
    """``country_list_at`` and where the list ends (after its last item of any kind): what follows the list
    tells whether it names attendees ("... will support" does not)."""
    out: list[tuple[str, int, int]] = []
    last = pos
    while True:
        p = _ITEM_PREFIX.match(text, pos).end()
        cm = gaz.country_rx.match(text, p)
        nm = gaz.not_countries.match(text, p)
        dm = gaz.demonym_rx.match(text, p)
        if cm and not (nm and nm.end() >= cm.end()):
            out.append((gaz.countries[cm.group()], cm.start(), cm.end()))
            # "the Kosovo Police and the Albanian State Police": a name opening with its country runs on
            end = max(cm.end(), orgs_at.get(p, 0))
        elif nm:
            end = nm.end()
        elif dm:
            out.append((gaz.demonyms[dm.group()], dm.start(), dm.end()))
            end = dm.end()
            end = _CAP_WORDS.match(text, end).end()
        elif p in orgs_at:
            end = orgs_at[p]
            if org_countries and p in org_countries:
                out.append((org_countries[p], p, end))
        else:
            break
        last = end = _ITEM_TAIL.match(text, end).end()
        sep = _SEP.match(text, end)
        if not sep:
            break
        pos = sep.end()
    return out, last


def _attending_list(
    text: str, pos: int, gaz: Gazetteer, orgs_at: dict[int, int], org_countries: dict[int, str] | None = None
) -> list[tuple[str, int, int]]:
    """The countries of the list at ``pos``, or none when a future or modal verb follows the list."""
    items, end = _list_at(text, pos, gaz, orgs_at, org_countries)
    return [] if items and _FUTURE.match(text, end) else items


def participant_countries(
    text: str,
    sentences: list[tuple[int, int]],
    gaz: Gazetteer,
    orgs_at: dict[int, int],
    tied: list[tuple[str, tuple[int, int]]],
    exclude: list[tuple[int, int]] | None = None,
    org_countries: dict[int, str] | None = None,
) -> dict[str, list[tuple[int, int]]]:
    """ISO2 → evidence spans for every country shown taking part.

    ``orgs_at`` maps organisation-mention starts to ends (list items may be organisations); ``tied`` holds
    countries already shown through participating organisations and people; ``exclude`` spans (organiser
    mentions) show no participation; ``org_countries`` maps mention starts of national bodies to their country,
    which a list of people "of|from" such a body shows ("officers of the Border Police took part").

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
            for code, s, e in _attending_list(text, g.end(), gaz, orgs_at, org_countries):
                if org_countries and s in org_countries:
                    # "directors of the Kosovo Police ... held a meeting": the organiser's people are there
                    found.setdefault(code, []).append((s, e))
                else:
                    add(code, s, e)
    _posts_for(text, view, gaz, orgs_at, add)
    for rx, needed in ((_CAME_FROM, _CAME_FROM_WORDS), (_SIGN_WITH, ("sign",))):
        if not any(w in text for w in needed):
            continue  # the verb the pattern starts with is absent: skip the scan
        for m in rx.finditer(text):
            for code, s, e in _attending_list(text, m.end(), gaz, orgs_at):
                add(code, s, e)
    for s, _ in sentences if any(w in text for w in _LIST_VERB_WORDS) else ():
        items = country_list_at(text, s, gaz, orgs_at)
        if items and _LIST_VERB.match(text, _ITEM_TAIL.match(text, items[-1][2]).end()):
            for code, a, b in items:
                add(code, a, b)
    _possessive_roles(text, gaz, add)
    _presidencies(text, sentences, gaz, add)
    _as_did(text, sentences, gaz, orgs_at, add)
    return found


def _as_did(text: str, sentences: list[tuple[int, int]], gaz: Gazetteer, orgs_at: dict[int, int], add) -> None:
    """ "Heads of the units of A, B and C connected online, as did Kosovo*": the list after ", as did" attends as
    the clause before it says. Skipped without "as did" (the common case)."""
    if "as did" not in text:
        return
    for m in _AS_DID.finditer(text):
        start = next((s for s, e in sentences if s <= m.start() < e), 0)
        if _ATTEND_VERB.search(text, start, m.start()):
            for code, s, e in _attending_list(text, m.end(), gaz, orgs_at):
                add(code, s, e)


def _posts_for(text: str, view: str | None, gaz: Gazetteer, orgs_at: dict[int, int], add) -> None:
    """Countries after "<liaison post> for": "with the Liaison Officers for Albania and Montenegro" shows the
    people posted for those countries at the event. Skipped without one of the post words (the common case)."""
    low = view if view is not None else text.lower()
    if " for " not in low or not any(w in low for w in _FOR_POSTS_WORDS):
        return
    for m in _FOR_POSTS.finditer(text) if view is None else _FOR_POSTS_LOW.finditer(view):
        for code, s, e in _attending_list(text, m.end(), gaz, orgs_at):
            add(code, s, e)


def _possessive_roles(text: str, gaz: Gazetteer, add) -> None:
    """A country whose people are named by a role: "Croatia's Minister", or an adjective list before a role noun
    ("Greek police officers", "Bulgarian, Greek and Romanian customs officers", "Kosovo prosecutors").

    Lists are read from the country and demonym hits in text order: a hit joined to the previous one by a
    separator continues its list, and a role noun after a hit closes the list. Nobody counts who is only to act
    later ("... officers will support"). A list of country names alone takes only a bare role ("Kosovo border
    police") and never after a preposition: a country is often a subject or a place ("Serbia hosted experts",
    "in Serbia police officers seized ...")."""
    hits = [(s, e, gaz.countries[n], False) for s, e, n in phrase_hits(gaz.country_rx, text)]
    for s, e, n in phrase_hits(gaz.demonym_rx, text):
        hits.append((s, e, gaz.demonyms[n], True))
    hits.sort()
    run: list[tuple[str, int, int]] = []
    adjectival = False
    last = -1  # where the previous hit (with its "*" or bracket) ends
    for s, e, code, demonym in hits:
        if s < last:
            continue
        if not (run and _SEP.fullmatch(text, last, s)):
            run, adjectival = [], False
        if not demonym and text[e : e + 1] in _APOSTROPHES:
            role = _POSS_ROLE.match(text, e)
            if role and not _FUTURE.match(text, role.end()):
                add(code, s, e)
        run.append((code, s, e))
        adjectival = adjectival or demonym
        last = _ITEM_TAIL.match(text, e).end()
        if text[last : last + 1] != " ":
            continue  # the cheap test first: a role noun needs a space before it
        role = (_DEMONYM_ROLE if adjectival else _NAME_ROLE).match(text, last)
        if not role or _FUTURE.match(text, role.end()):
            continue
        if adjectival or not _PLACE_BEFORE.search(text, max(0, run[0][1] - 12), run[0][1]):
            for item in run:
                add(*item)


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
