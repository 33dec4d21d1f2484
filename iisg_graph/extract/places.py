"""The event's place: a city (from the places gazetteer or "in <Town>, <Country>") and its country.

Texts name many places: the event's venue, but also datelines ("Vienna, 26 November 2018 –"), parts of
names ("DCAF Ljubljana", "Berlin Process"; an airport only where people went: "trained at Frankfurt
Airport"), past or later events ("a plan adopted in Ohrid", "set for ... in Vienna") and sites
("Korçë/Tirana"). The title names the place first when it names one; otherwise the first body mention that
is none of those. Without a city, a country in a location phrase ("Meeting in Bosnia", "travelled to
Slovenia", "at Wilton Park (UK)") gives the country alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from iisg_graph.extract.dates import dateline_past_event, find_dates
from iisg_graph.extract.gazetteer import Gazetteer, phrase_hits
from iisg_graph.extract.textutil import CAPS, lower_view

__all__ = ["EventPlace", "event_place"]

# ("near" in lower case only: "Laxenburg Castle near Vienna", not "DG NEAR in Brussels"; "first piloted in Ohrid":
# a past start of what the text reports; "based" not in a compound: "trade-based money laundering, Ohrid")
_DISTRACT = re.compile(
    r"\b(?:adopted|announced|signed|(?<!-)based|seat|headquartered|(?<!at\sits\s)(?<!at\sthe\s)headquarters|earlier|"
    r"previous|previously|next|set\s+for|planned|dated|later|launched\s+in|born|returned\s+from|from|since|upcoming|(?-i:near)|meet\s+again|"
    r"(?:first|originally|initially)\s+(?:piloted|introduced|tested|established|launched))\b[^.;]*$",
    re.I,
)
# A signing in the lead sentence is the event when the title reports a signing; later in the text (or under
# another title) "the agreement signed in Vienna in 2019" is background.
_SIGNED = re.compile(r"signed(?:\s+(?:on\s+[^.;]{1,30}?|today|yesterday))?\s+in\b", re.I)  # "signed on 20 May, 2020 in"
_SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing)?|signature|signatures)\b", re.I)
_YEAR_AFTER = re.compile(r"[^.;]{0,12}\b(?:19|20)\d\d\b")  # "signed in Vienna in 2019": a past signing
_NAME_WORDS = re.compile(r"[ \t]+(?:[A-Z][\w'’-]+)")
_COUNTRY_LOC = re.compile(
    r"(?:\b(?:held|meeting|meets|met|gathered|took\s+place|convened|hosted|session|conference|workshop|forum)"
    r"\s+in|\b(?:travelled|traveled|trip|visit|mission|came|went)\s+to)\s+(?:the\s+)?$",
    re.I,
)
_SEP = re.compile(r",[ \t]*|[ \t]+\(|[ \t]+")
# "in|at|The|the <Name>, <Country>": each word's "\b" is checked after its first letter, so that ``re`` skips
# ahead to those letters (same matches as "\b(?:in|at|The|the)\s+..."); the match starts with "a" for "at".
# A town's initial may carry a diacritic ("in Ávila, Spain", "in Žabljak, Montenegro").
_UP = CAPS
_PAIR = re.compile(
    rf"(?:i(?<!\w.)n|a(?<!\w.)t|T(?<!\w.)he|t(?<!\w.)he)\s+((?:[{_UP}][\w'’-]+\s){{0,2}}[{_UP}][\w'’-]+)"
    r"\s*(?:,\s*|\s\(|\s)(?=[A-Z])"
)
# "held a round table in the Albanian capital", "arrived to the Kosovo capital": that country's capital.
_CAPITAL_OF = re.compile(r"\b(?:in|to|at)\s+the\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)\s+capital\b")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")
_DATELINE = re.compile(r"[^,\n]{0,40},\s+\d")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$|,\s*$")
_VENUE_BRACKET = re.compile(r"[A-Z][\w'’-]+\s+\($")
_COMMA_DIGIT = re.compile(r",\s+\d")
_TODAY = re.compile(r"\btoday\b", re.I)
_AT_THE_END = re.compile(r"\bat\s+the\s+$")
_CROSSING_AFTER = re.compile(r"\s+(?:border\s+)?crossing(?:\s+point)?\b|\s+border\s+point\b")
_CAPS_WORD = re.compile(rf"[{_UP}][A-ZÀ-ÖØ-ÞĀ-Ž]+(?:[ -][{_UP}][A-ZÀ-ÖØ-ÞĀ-Ž]+)?(?![\w'’])")
_DATE_YEAR = re.compile(r"[^\n]{0,30}?(?:19|20)\d\d\b")  # "6 December 2021", "10–12 October 2023"
# a participant's seat in a list: "... Police Studies in Belgrade, the Police Academy of Montenegro and ..."
_NAME_IN = re.compile(r"[A-Z][\w'’.-]*\s+in\s+$")
_LIST_NEXT = re.compile(r"\s*,\s+(?:and\s+|as\s+well\s+as\s+)?the\s+[A-Z]|\s+(?:and|as\s+well\s+as)\s+the\s+[A-Z]")
# A venue named after its town: "Laxenburg Castle", "Brdo Castle" (unlike "Berlin Process", "Tirana Airport").
_VENUE_NOUNS = frozenset({"Castle", "Palace", "Hotel", "Resort", "Manor", "Estate"})
_VENUE_WORDS = _VENUE_NOUNS | {"Centre", "Center", "Congress", "Airport"}  # venue aliases in places.yaml
# A city inside a field-office or seat name: "OSCE Mission to Skopje", "EU Delegation in Podgorica", "Embassy of
# Italy in Tirana", "MARRI Regional Centre in Skopje", "RCC Secretariat in Sarajevo". Capitalised heads only, so
# that "a training centre in Danilovgrad" stays a venue.
_OFFICE_BEFORE = re.compile(
    r"\b(?:Mission|Presence|Delegation|Office|Embassy|Consulate|Centre|Center|Secretariat|Headquarters|"
    r"Representation)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s+(?:to|in)\s+$|"
    # embassies and consulates are seats even in lower case or plural: "the embassies of Italy and Greece in
    # Ljubljana also took part", "the French embassy in Tirana"
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:\s+[Gg]eneral)?|Missions|Delegations)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:(?:\s+|\s*,\s*|\s+and\s+(?:the\s+)?)[A-Z][\w'’.-]*){0,5})?"
    r"\s+(?:to|in)\s+$"
)
# "... of Kosovo in Sarajevo for a three-day workshop": a city right before "for a <event>" is where the people
# listed before it gathered, even when it ends an office's name or follows "from <list>".
_FOR_EVENT = re.compile(
    r"[ \t]+for\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:meetings?|workshops?|trainings?|conferences?|"
    r"seminars?|courses?|sessions?|round\s?tables?|roundtables?|forums?|consultations?|exercises?|"
    r"study\s+visits?|visits?|dialogues?|discussions?|summits?|events?)\b"
)
# "held at (the) SELEC Headquarters in Bucharest", "at the Karakaj border crossing near Zvornik": a venue named
# right before "headquarters/near" places the event at or near the city (unlike "headquartered in", "a plan
# adopted near ...").
# "to" is a visit's destination, but not after a posting verb: "liaison officers seconded to SELEC Headquarters
# in Bucharest" names the body's seat (the officers' post), not where the reported event happened.
_TO = r"(?<!seconded\s)(?<!posted\s)(?<!assigned\s)(?<!deployed\s)(?<!accredited\s)(?<!attached\s)(?<!transferred\s)to"
_VISITED = r"visit(?:ed|s|ing)?|toured"
_GOING = rf"[Aa]t|{_TO}|{_VISITED}"  # where people were or went: "at", "to", "visited", "toured"
_NAME_WORD = r"[A-Z][\w'’.&-]*\s+"  # a capitalised word of a venue's or body's name
_AT_VENUE = re.compile(rf"\b(?:{_GOING})\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’.&-]+\s+){{0,4}}$")
# "... held at the OSCE Training Centre in Danilovgrad", "hybrid, at the Secretariat in Ljubljana", "visited the
# IISG Secretariat in Tirana": the named office is the venue. The name's own capitalised words sit between
# "at/to/visited (the)" and the head.
_AT_NAME = re.compile(rf"\b(?:{_GOING})\s+(?:the\s+|its\s+|their\s+)?(?:{_NAME_WORD}){{0,4}}$")
# An online event ("an online regional conference", "held online", "a video conference") has no venue unless it
# was hybrid or in person somewhere; "online child abuse", "an online training platform" (topics) are no event.
_ONLINE = re.compile(
    r"\bonline\s+(?:[\w-]+\s+){0,2}?(?:meetings?|conferences?|sessions?|workshops?|trainings?|seminars?|events?|"
    r"forums?|round\s?tables?|consultations?|discussions?|dialogues?|briefings?)\b"
    r"(?!\s+(?:platforms?|modules?|tools?|materials?|portals?|systems?|courses?|curricul))|"
    r"\b(?:held|took\s+place|met|meet|meets|convened|organi[sz]ed|conducted|delivered)\s+(?:online|virtually)\b|"
    r"\bvirtual\s+(?:[\w-]+\s+){0,2}?(?:meetings?|conferences?|sessions?|workshops?|events?|forums?)\b|"
    r"\bvideo[- ]?conferenc\w*|\bwebinars?\b",
    re.I,
)
# a hybrid format ("hybrid threats" is a topic)
_IN_PERSON = re.compile(
    r"\bhybrid\s+(?:format|mode|manner|setting|meetings?|events?|conferences?|sessions?|workshops?|seminars?|"
    r"trainings?|forums?)\b|\b(?:was|were|is|are)\s+hybrid\b|\bin[- ]person\b",
    re.I,
)
_ONLINE_SPAN = 700  # the title and the lead say how the event was held
_ONLINE_WORDS = ("online", "virtual", "video", "webinar")
# "Frankfurt Airport", "Vienna International Airport": a town's airport (aliases such as "Schiphol" are data)
_AIRPORT_AFTER = re.compile(r"[ \t]+(?:International[ \t]+)?Airport\b")
_AIRPORT_CUE = re.compile(rf"\b(?:[Aa]t|in|to|{_VISITED}|near)\s+(?:the\s+)?$")
# a listed body's seat: "..., and the Air Cargo Control Unit (ACCU) at", "officers of the Border Police at"
_UNIT_AT = re.compile(rf"(?:\bof|\band|,)\s+the\s+(?:{_NAME_WORD}){{1,6}}(?:\([A-Z]{{2,}}\)\s+)?at\s+$")
# "the Memorandum concluded in Skopje in 2019", "first agreed a framework in Budva in 2015": a bare year right
# after the city dates another (past) event when the item is dated in another year ("Belgrade, 5 March 2024");
# "spent three weeks in Münster in 2023" with no other year is the reported stay.
_IN_YEAR = re.compile(r",?\s+in\s+((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a body's seat in its name: "of the University of Maribor", "the Faculty of Security Studies of Skopje" (unless
# the event was held there: "held at the University of Maribor")
_SEAT_OF = re.compile(r"\b(?:University|Faculty|Academy|College|Institute|School)\s+of\s+$")
# "handed over at the Border Police Station Preševo", "met at the OSCE Office Skopje": a venue named by a body
# and its town (unlike "DCAF Ljubljana supported ...", the body's name alone)
_AT_NAMED_VENUE = re.compile(rf"\b(?:[Aa]t|{_VISITED})\s+(?:the\s+)?(?:{_NAME_WORD}){{1,4}}$")
# a dateline naming the country instead of a day ("LYON, France – Heads of ... met"), or the event's days as a
# range ("Belgrade-Zemun, 5-6 November 2024 – The University organised ..."): the event's place
_DATELINE_COUNTRY = re.compile(r",[ \t]+([A-Z][\w ]{1,30}?)[ \t]+[–—-][ \t]")
_DATELINE_RANGE = re.compile(
    r",[ \t]+(?:\d{1,2}[ \t]*[–—-][ \t]*\d{1,2}[ \t]+[A-Z][a-z]+"  # "5-6 November 2024"
    r"|\d{1,2}[–—-]\d{1,2}\.\d)"  # "5-6.11.2024"
)
# a crossing named by the towns on both sides ("the Gradina–Kalotina border crossing") straddles two states
_TWIN_BEFORE = re.compile(rf"[{_UP}][\w'’]+[–-]$")
_TWIN_AFTER = re.compile(rf"[–-][{_UP}][\w'’]+")
_PAIR_TAIL = re.compile(r"[-/][^\s,]{1,25}")  # the second name of "Prishtinë/Priština", "Belgrade-Zemun"
_AND_OR_COMMA = r"\s*,\s*|\s+and\s+|\s*&\s*"
# countries listed in the title ("dismantled in Bosnia and Herzegovina, Croatia and Slovenia"): no one country
_LIST_SEP = re.compile(_AND_OR_COMMA)
_COORD = re.compile(rf"(?:{_AND_OR_COMMA})$")  # "Vienna and Salzburg", "Tirana, Durrës and Vlorë"
_COMMA_ONLY = re.compile(r"\s*,\s*$")
# "near the Tabanovce border crossing point": the crossing names the venue (unlike "a camp near Zvornik")
_NEAR_THE = re.compile(r"\bnear\s+the\s+$")
# "hosted at its headquarters a conference" (no town named): the dateline, the host's own, names the seat
_OWN_SEAT = re.compile(
    r"\bat\s+(?:its|their)\s+(?:own\s+)?(?:headquarters|premises|seat|main\s+office)\b(?![ \t]+(?:in|at)\b)", re.I
)
_OWN_SEAT_SPAN = 400  # the lead
_DATELINE_DASH = re.compile(r"[ \t]+[–—][ \t]")  # "SARAJEVO – The Ministry ...": a place-only dateline


class EventPlace(NamedTuple):
    """City and country of the event, with the spans they were read from."""

    city: str | None
    country: str | None
    city_span: tuple[int, int] | None
    country_span: tuple[int, int] | None


def _excluded(text: str, s: int, e: int, body_start: int, gaz: Gazetteer, lead_end: int = -1) -> bool:
    """Whether the city mention ``text[s:e]`` is no venue; ``lead_end`` ends the body's first sentence."""
    if (text[e : e + 1] == "/" or text[s - 1 : s] == "/") and not _same_place_slash(text, s, e, gaz):
        return True  # "Korçë/Tirana": two places, none is the venue ("Vushtrri/Vučitrn" is one)
    airport = _AIRPORT_AFTER.match(text, e) is not None or "Airport" in text[s:e]
    if airport and not _airport_venue(text, s):
        return True  # "the Police Director of Tirana International Airport", "a unit (ACCU) at Tirana Airport"
    if _two_sided_crossing(text, s, e):
        return True  # "at the Gradina–Kalotina border crossing": no single town or country
    if _other_year(text, e, body_start):
        return True  # "the MoU concluded in Skopje in 2019": another, past event
    nxt = None if airport else _NAME_WORDS.match(text, e)
    if nxt:
        word = nxt.group().strip()
        if (
            word not in gaz.countries
            and word not in gaz.places
            and word not in _VENUE_NOUNS
            and not word.startswith(("On", "From"))
        ):
            return True  # "Berlin Process", "Tirana Regional Office"
    prev = _PREV_WORD.search(text, max(0, s - 30), s)
    if (
        prev
        and prev.group(1)[0].isupper()
        and prev.group(1) not in {"In", "At", "To", "The", "From", "And"}
        and prev.group(1).rstrip(".") not in gaz.countries
        and not _AT_NAMED_VENUE.search(text, max(0, s - 80), s)
    ):
        return True  # "DCAF Ljubljana", "GIZ Office Skopje" (but "held at the Police Station Preševo")
    if _at_body_start(text, s, body_start) and _DATELINE.match(text[s : s + 60]):
        return True  # a dateline ("Skopje, 3 May 2024 –", "Prishtinë/Priština, 30 January 2025 –")
    for_event = _FOR_EVENT.match(text, e) is not None
    if not for_event and _in_office_name(text, s):
        return True  # "OSCE Mission to Skopje", "MARRI Regional Centre in Skopje"
    if _seat_of(text, s):
        return True  # "a professor of the University of Maribor"
    sent_start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
    # the last six words before the city ("rsplit" stops after them; same words as "split()[-6:]"), and the four
    # before those
    words = text[sent_start:s].rsplit(None, 10)
    distract = _distractor(" ".join(words[-6:]), " ".join(words[-10:-6]))
    if distract and distract.group()[:4] == "near" and _near_crossing(text, s, e):
        return False  # "an exercise near the Tabanovce border crossing point": at the crossing
    if distract and e < body_start and distract.group()[:8].lower() == "launched":
        return False  # a title's "... launched in Podgorica": the launch is the reported event
    if distract and for_event and distract.group()[:4].lower() == "from":
        return False  # "gathered judges from Serbia and Montenegro in Skopje for a workshop"
    if distract and _signed_at_crossing(text, s, e, distract.group()):
        return False  # "signed last Friday at the Bijača border crossing a protocol": the signing's venue
    if distract and e <= lead_end and _SIGNED.match(distract.group()) and not _YEAR_AFTER.match(text, e):
        return not _SIGNING.search(text, 0, body_start)  # "EU and Montenegro sign grant": the signing is the event
    return bool(distract)


def _two_sided_crossing(text: str, s: int, e: int) -> bool:
    """Whether the town at ``s:e`` is one of the two that name a border crossing ("Gradina–Kalotina border
    crossing", "Kalotina–Gradina crossing point")."""
    if _TWIN_BEFORE.search(text, max(0, s - 30), s):
        return _CROSSING_AFTER.match(text, e) is not None
    twin = _TWIN_AFTER.match(text, e)
    return bool(twin) and _CROSSING_AFTER.match(text, twin.end()) is not None


def _near_crossing(text: str, s: int, e: int) -> bool:
    """Whether the town at ``s:e`` names a border crossing right after "near the" ("near the Tabanovce border
    crossing point"): the crossing, not the town, is the place, so "near" locates the event there."""
    return _NEAR_THE.search(text, max(0, s - 12), s) is not None and _CROSSING_AFTER.match(text, e) is not None


def _other_year(text: str, e: int, body_start: int) -> bool:
    """Whether the city ending at ``e`` is followed by "in <year>" and the body's first year is another one."""
    m = _IN_YEAR.match(text, e)
    if not m:
        return False
    first = _YEAR.search(text, body_start)
    return first is not None and first.group() != m.group(1)


def _at_body_start(text: str, s: int, body_start: int) -> bool:
    """Whether the name at ``s`` opens the body, alone or as the second name of a bilingual pair
    ("Prishtinë/Priština, 30 January 2025 –")."""
    if s == body_start:
        return True
    head = text[body_start : s - 1]
    return text[s - 1 : s] == "/" and 0 < len(head) <= 30 and "," not in head and "\n" not in head


def _airport_venue(text: str, s: int) -> bool:
    """Whether the airport named at ``s`` ("Frankfurt Airport", "Amsterdam Airport Schiphol") is where people
    went or met ("trained at Frankfurt Airport", "a study visit to the Royal Netherlands Marechaussee at
    Amsterdam Airport Schiphol"), which puts the event in its town; an airport unit's seat in a list ("officers
    of the Air Cargo Control Unit (ACCU) at Tirana International Airport") or a title ("the Director of X
    Airport") is no venue."""
    before = text[max(0, s - 90) : s]
    return bool(_AIRPORT_CUE.search(before)) and not _UNIT_AT.search(before)


def _signed_at_crossing(text: str, s: int, e: int, distract: str) -> bool:
    """ "The ministers signed (last Friday) at the X border crossing ...": a signing at a crossing point names
    the place of the signing (unlike "the protocol signed at the X border crossing in 2019")."""
    if not distract.lower().startswith("signed") or not _AT_THE_END.search(text, max(0, s - 8), s):
        return False
    m = _CROSSING_AFTER.match(text, e)
    return bool(m) and not _YEAR_AFTER.match(text, m.end())


def _distractor(window: str, prefix: str = "") -> re.Match[str] | None:
    """The first word in ``window`` (the words before a city) that makes the city no venue. "Headquarters" and
    "near" right after "at <venue>" place the event there ("held at SELEC Headquarters in Bucharest", "at the
    Karakaj border crossing near Zvornik"), so they count only elsewhere ("headquartered in", "a camp near").
    ``prefix`` holds the words before ``window``: "at the" may precede it ("a ceremony at the headquarters of
    the Border Police in Sarajevo")."""
    m = _DISTRACT.search(window)
    while m and m.group()[:4].lower() in ("head", "near") and _AT_VENUE.search(f"{prefix} {window[: m.start()]}"):
        m = _DISTRACT.search(window, m.start() + 1)
    return m


def _seat_of(text: str, s: int) -> bool:
    """Whether the city at ``s`` ends a university's or academy's name ("of the University of Maribor"): the
    body's seat, unless the event was held there ("held at the University of Maribor")."""
    before = text[max(0, s - 60) : s]
    m = _SEAT_OF.search(before)
    return bool(m) and not _AT_NAME.search(before, 0, m.start())


def _same_place_slash(text: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """Whether ``text[s:e]`` and the name on the other side of its slash name the same place: Kosovo's
    bilingual "Vushtrri/Vučitrn", "Prishtinë/Priština" are one town, "Korçë/Tirana" are two."""
    if text[e : e + 1] == "/":
        other = gaz.place_rx.match(text, e + 1)
    else:
        other = next((m for m in gaz.place_rx.finditer(text, max(0, s - 40), s - 1) if m.end() == s - 1), None)
    this = gaz.places.get(text[s:e])
    return bool(other and this) and gaz.places[other.group()][0] == this[0]


def _in_office_name(text: str, s: int) -> bool:
    """Whether the city at ``s`` ends an office's or seat's name ("OSCE Mission to Skopje", "EU Delegation in
    Podgorica", "RCC Secretariat in Sarajevo"): the organisation's seat, not the venue, unless the text
    places the event at that office ("held at the OSCE Training Centre in Danilovgrad")."""
    before = text[max(0, s - 80) : s]
    m = _OFFICE_BEFORE.search(before)
    if not m:
        return False
    return not _AT_NAME.search(before, 0, m.start())


def _is_online(text: str, body_start: int) -> bool:
    """Whether the title or lead call the event online or virtual, with no hybrid or in-person part.

    Every branch of ``_ONLINE`` needs one of ``_ONLINE_WORDS``; most items have none, and looking for them in
    a lower-cased copy is far cheaper than the case-insensitive scan (which runs when the copy is unsafe)."""
    end = body_start + _ONLINE_SPAN
    view = lower_view(text[:end])
    if view is not None and not any(w in view for w in _ONLINE_WORDS):
        return False
    return bool(_ONLINE.search(text, 0, end)) and not _IN_PERSON.search(text)


def _coordinated(
    cities: list[tuple[int, int, str, str]], i: int, text: str, gaz: Gazetteer
) -> list[tuple[int, int, str, str]]:
    """The cities listed together with ``cities[i]`` ("In Vienna and Salzburg the delegation met"): a tour
    or study visit to several places, so no single venue. A town followed by a comma and its country's capital
    ("the Police Academy in Tacen, Ljubljana") is one place, located by the capital."""
    if _located_by_capital(cities, i, text, gaz):
        return []
    group = [cities[i]]
    j = i
    while j + 1 < len(cities) and _COORD.match(text, cities[j][1], cities[j + 1][0]):
        j += 1
        group.append(cities[j])
    j = i
    while j > 0 and _COORD.match(text, cities[j - 1][1], cities[j][0]):
        j -= 1
        group.append(cities[j])
    return [c for c in group if c[2] != cities[i][2]] and group


def _located_by_capital(cities: list[tuple[int, int, str, str]], i: int, text: str, gaz: Gazetteer) -> bool:
    """Whether ``cities[i]`` is followed, after a lone comma, by its country's capital that ends the list
    ("Tacen, Ljubljana, from 3 to 5 June"; not "Tirana, Durrës and Vlorë" nor "Kranj, Ljubljana and Koper")."""
    if i + 1 >= len(cities):
        return False
    town, other = cities[i], cities[i + 1]
    if other[2] == town[2] or other[3] != town[3] or gaz.capitals.get(other[3]) != gaz.places.get(other[2], ("",))[0]:
        return False
    if i + 2 < len(cities) and _COORD.match(text, other[1], cities[i + 2][0]):
        return False
    return _COMMA_ONLY.match(text, town[1], other[0]) is not None


def _cities(text: str, body_start: int, gaz: Gazetteer) -> list[tuple[int, int, str, str]]:
    """Every city mention in text order, the ``_excluded`` ones included: ``event_place`` checks only those
    it would pick (the first title city that is not excluded, else the first such body city)."""
    found: dict[str, tuple[str, str]] = dict()
    for m in _PAIR.finditer(text):
        name = m.group(1)
        cm = gaz.country_rx.match(text, m.end())
        # "at Wilton Park (UK)" is a venue, not a town
        if (
            cm
            and name not in gaz.countries
            and name not in gaz.places
            and not _is_orgish(name, gaz)
            and m.group()[0] != "a"
        ):
            found[name] = (name, gaz.countries[cm.group()])
    out = _capital_mentions(text, gaz)
    for m in gaz.place_rx.finditer(text):
        out.append((m.start(), m.end(), *_town(m.group(), gaz)))
    for name, (city, cc) in found.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            out.append((m.start(), m.end(), city, cc))
    out.sort()
    return out


def _town(surface: str, gaz: Gazetteer) -> tuple[str, str]:
    """The city a gazetteer hit names, and its country. Spellings stay as written ("Prishtina", "Tiranë"); a
    venue alias ("Brdo Castle", "Brdo Congress Centre") gives its town ("Brdo pri Kranju")."""
    city, cc = gaz.places[surface]
    if surface != city and " " in surface and _VENUE_WORDS.intersection(surface.split()):
        return city, cc
    return surface, cc


def _capital_mentions(text: str, gaz: Gazetteer) -> list[tuple[int, int, str, str]]:
    """ "in the Albanian capital", "in the North Macedonian capital": the country's capital, spanning the
    modifier and "capital". Press releases name the venue this way after a dateline; most items never say
    "capital", so the scan runs only when they do."""
    if "capital" not in text:
        return []
    out = []
    for m in _CAPITAL_OF.finditer(text):
        words = m.group(1)
        cc = _modifier_country(words, gaz)
        if cc is None and " " in words:  # "Tuesday the Serbian capital": only the last word modifies
            words = words.split()[-1]
            cc = _modifier_country(words, gaz)
        city = gaz.capitals.get(cc) if cc else None
        if city:
            out.append((m.end(1) - len(words), m.end(), city, cc))
    return out


def _modifier_country(words: str, gaz: Gazetteer) -> str | None:
    """The country a demonym ("Montenegrin") or a country name used as a modifier ("Kosovo") names."""
    return gaz.demonyms.get(words) or gaz.countries.get(words)


def _is_orgish(name: str, gaz: Gazetteer) -> bool:
    from iisg_graph.extract.vocab import ORG_HEADS

    words = name.split()
    return any(w in ORG_HEADS for w in words) or name in gaz.orgs or words[0] in gaz.demonyms


def _explicit_country(text: str, e: int, gaz: Gazetteer) -> tuple[str, tuple[int, int]] | None:
    m = _SEP.match(text, e)
    if not m:
        return None
    cm = gaz.country_rx.match(text, m.end())
    if cm:
        return gaz.countries[cm.group()], (cm.start(), cm.end())
    return None


def _location_country(text: str, start: int, end: int, gaz: Gazetteer, title: bool) -> tuple[str, tuple] | None:
    for s, e, name in _country_hits(text, start, end, gaz):
        before = text[max(start, s - 40) : s]
        after = text[e : e + 2]
        if title and (_IN_BEFORE.search(before) or (s == start and after[:1] == ":")):
            if title and before.rstrip().endswith(",") and e < end - 2:
                continue
            listed = _LIST_SEP.match(text, e)
            if listed and gaz.country_rx.match(text, listed.end()):
                return None  # "dismantled in Bosnia and Herzegovina, Croatia and Slovenia": several countries
            return gaz.countries[name], (s, e)
        if _COUNTRY_LOC.search(before):
            return gaz.countries[name], (s, e)
        if _VENUE_BRACKET.search(before) and after.startswith(")"):
            return gaz.countries[name], (s, e)  # "at Wilton Park (UK)"
    return None


def _country_hits(text: str, start: int, end: int, gaz: Gazetteer) -> Iterable[tuple[int, int, str]]:
    """Country names in ``text[start:end]``. A range bounded by line breaks (the title, the body) holds the
    same hits as a scan of the whole text, which other stages share; any other range is scanned alone."""
    if (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n"):
        return [h for h in phrase_hits(gaz.country_rx, text) if start <= h[0] and h[1] <= end]
    return [(m.start(), m.end(), m.group()) for m in gaz.country_rx.finditer(text, start, end)]


def _dateline_city(text: str, body_start: int, gaz: Gazetteer, alone: bool = False) -> tuple[int, int, str, str] | None:
    """ "Vienna, 9 May 2023 – ... today ...": the dateline names the place of a same-day event. With no other
    city in the item (``alone``), a lead that reports a past event with no time of its own ("Podgorica, 6
    December 2021 – IOM handed over ...") happened there too."""
    hit = _dateline_place(text, body_start, gaz)
    if hit is None:
        return None
    tail = _PAIR_TAIL.match(text, hit[1])
    e = tail.end() if tail else hit[1]
    if _DATELINE_RANGE.match(text, e):
        return hit  # "Belgrade-Zemun, 5-6 November 2024 –": the event's days, and so its place
    country = _DATELINE_COUNTRY.match(text, e)
    if country and country.group(1) in gaz.countries:
        return hit  # "LYON, France – ... met": no publication day, the event's place
    if _DATELINE_DASH.match(text, e):
        return hit  # "SARAJEVO – The Ministry organised ...": a place-only dateline names the event's place
    comma = _COMMA_DIGIT.match(text, e, e + 4)
    if comma and (_TODAY.search(text) or (alone and _dated_past_lead(text, comma.end() - 1))):
        return hit
    if comma and alone and _OWN_SEAT.search(text, e, e + _OWN_SEAT_SPAN):
        return hit  # "Bucharest, 11 October 2024 – ... SELEC hosted at its Headquarters a meeting"
    return None


def _dateline_place(text: str, body_start: int, gaz: Gazetteer) -> tuple[int, int, str, str] | None:
    """The gazetteer city opening the body, also in capitals ("SKOPJE, 3 March 2022 –"; the first name of
    "PRISHTINË/PRIŠTINA")."""
    m = gaz.place_rx.match(text, body_start)
    if m:
        return (m.start(), m.end(), *_town(m.group(), gaz))
    m = _CAPS_WORD.match(text, body_start)
    if m and m.group().title() in gaz.places:
        return (m.start(), m.end(), *gaz.places[m.group().title()])
    return None


def _dated_past_lead(text: str, date_start: int) -> bool:
    """Whether the date at ``date_start`` (the dateline's) is followed by a lead reporting a past event, and the
    item names no other day ("Sarajevo, 9 November 2022 – ... co-organised on 7 and 8 November 2022 a
    conference": the dateline is only the publication's, and so is its city)."""
    m = _DATE_YEAR.match(text, date_start)
    if not m or not dateline_past_event(text, m.end()):
        return False
    return not any(d.precision == "day" for d in find_dates(text[m.end() :]))


def _list_seat(text: str, s: int, e: int) -> bool:
    """Whether the city ends a named body's seat inside a list of participants: "the Police Academy of Albania,
    the University of Criminal Investigation and Police Studies in Belgrade, the Police Academy of ..."."""
    if not _LIST_NEXT.match(text, e) or not _NAME_IN.search(text, max(0, s - 40), s):
        return False
    return not _AT_NAME.search(text, max(0, s - 80), s - 3)


def event_place(text: str, title_end: int, body_start: int, gaz: Gazetteer, lead_end: int = -1) -> EventPlace:
    """City and country where the event took place; ``lead_end`` (the end of the body's first sentence, when
    known) lets a signing reported in the title and the lead be the event ("signed in Podgorica a grant").

    >>> from iisg_graph.extract.gazetteer import gazetteer
    >>> t = "Talks in Tirana\\n\\nSkopje, 1 May 2023 – The meeting, held in Tirana, followed one in Ohrid."
    >>> event_place(t, 15, 17, gazetteer())[:2]
    ('Tirana', 'AL')
    """
    if _is_online(text, body_start):
        return EventPlace(None, None, None, None)  # "an online regional conference": no venue
    cities = _cities(text, body_start, gaz)
    title_country = _location_country(text, 0, title_end, gaz, title=True)
    pick = next(
        (c for c in cities if c[1] <= title_end and not _excluded(text, c[0], c[1], body_start, gaz, lead_end)), None
    )
    if pick is None:
        want = title_country[0] if title_country else None
        body = (c for c in cities if c[0] >= body_start and (want is None or c[3] == want))
        pick = next((c for c in body if not _excluded(text, c[0], c[1], body_start, gaz, lead_end)), None)
        if pick and pick[0] > body_start and _list_seat(text, pick[0], pick[1]):
            pick = _dateline_city(text, body_start, gaz, alone=True) or pick  # a participant's seat, not the venue
        alone = all(_at_body_start(text, c[0], body_start) for c in cities)
        pick = pick or _dateline_city(text, body_start, gaz, alone)
    if pick:
        s, e, city, cc = pick
        several = _coordinated(cities, cities.index(pick), text, gaz) if pick in cities else []
        if several:  # "In Vienna and Salzburg": the country when all share it
            ccs = {c[3] for c in several}
            if len(ccs) == 1:
                return EventPlace(None, cc, None, (s, e))
            if title_country:  # towns in several countries: only the title's country, if any
                return EventPlace(None, title_country[0], None, title_country[1])
            return EventPlace(None, None, None, None)
        explicit = _explicit_country(text, e, gaz)
        if explicit:
            return EventPlace(city, explicit[0], (s, e), explicit[1])
        return EventPlace(city, cc, (s, e), (s, e))
    loc = title_country or _location_country(text, body_start, len(text), gaz, title=False)
    if loc:
        return EventPlace(None, loc[0], None, loc[1])
    return EventPlace(None, None, None, None)
