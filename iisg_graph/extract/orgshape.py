"""Organisation names by their shape: capitalised runs of words around an institutional head noun.

A capitalised run of words ending in a head noun ("... Directorate", "... Agency", "Ministry of ...") is an
organisation even when no list knows it. Runs are split where "and" joins two organisations, trimmed of
leading role words ("Head of ...") and of trailing role/name words ("... Police General Director Ardi
Veli"). Only the capitalised stretches of a text are tokenised, found by one regex pass, which keeps this
stage fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from iisg_graph.extract.gazetteer import Gazetteer
from iisg_graph.extract.textutil import CAPS, trie_pattern
from iisg_graph.extract.vocab import (
    DOCUMENT_NOUNS,
    DOCUMENT_PAIRS,
    EVENT_BODY_HEADS,
    IN_PHRASE_LEADS,
    IN_PHRASE_OBJECTS,
    JOB_TITLE_NOUNS,
    NAME_HONORIFICS,
    ORG_HEADS,
    PERSON_PLURALS,
    PLURAL_HEADS,
    ROLE_WORDS,
    TITLE_OF_NOUNS,
    UNIT_HEADS,
    WEAK_HEADS,
    words,
)

__all__ = ["DOCUMENT", "POSSESSIVE", "bare", "cap_tokens", "shape_names", "shape_segments"]

# The head given to a document named like a body ("the IISG Work Programme"): not an organisation, but a
# name that holds the words it covers (the organisation in it is the document's owner, not an actor).
DOCUMENT = "document"

# A lone "&" is a connector like "and" ("National Center for Missing & Exploited Children").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’&-]*(?:/[A-Z][\w-]*)*\*?|\d[\w-]*|&")

_LOWER_CAP = re.compile(r"^[a-z]{1,2}-[A-Z]")

_CAPTOK = rf"(?:(?:[A-Z]\.){{2,}}|[{CAPS}\d][\w'’&-]*(?:/[A-Z][\w-]*)*\*?|[a-z]{{1,2}}-[A-Z][\w'’&-]*)"

_STRETCH_REST = (
    rf"(?:(?:[ \t]+(?:of|for|and|&|the|on|against|de|di|del|della|der|für|du|des|la|le|in|to))+[ \t]+(?=[{CAPS}])"
    rf"{_CAPTOK}|[ \t]+{_CAPTOK}"
    rf"|[ \t]+[–—][ \t]+{_CAPTOK})*"
)
_CAP_STRETCH = re.compile(_CAPTOK + _STRETCH_REST)
# The same stretches in a text without "x-Y" (a lower-case prefix on a capitalised word, "e-Government"): no
# stretch can begin with one there, and without that branch ``re`` skips ahead to capitals and digits instead
# of trying every lower-case letter.
_CAP_STRETCH_NO_LOWER_CAP = re.compile(
    rf"(?:(?:[A-Z]\.){{2,}}|[{CAPS}\d][\w'’&-]*(?:/[A-Z][\w-]*)*\*?)" + _STRETCH_REST
)
_LOWER_DASH_CAP = re.compile(r"-(?<=[a-z]-)[A-Z]")


# Characters no stretch holds (anything but word characters, ' ’ & - . / *, spaces, tabs and spaced dashes).
_STRETCH_BREAK = re.compile(r"[^\w'’&./* \t–—-]")


def _stretches(text: str) -> Iterator[re.Match[str]]:
    """``_CAP_STRETCH.finditer(text)``."""
    rx = _CAP_STRETCH if _LOWER_DASH_CAP.search(text) else _CAP_STRETCH_NO_LOWER_CAP
    return rx.finditer(text)


def _head_stretches(text: str) -> Iterator[re.Match[str]]:
    """The stretches of ``_stretches(text)`` that lie in a piece of text with a head noun in it.

    No stretch holds a ``_STRETCH_BREAK`` character, so the stretches of the whole text are those of the
    pieces between such characters, each scanned alone; only pieces that contain a head noun (as text) can
    hold a stretch with shapes, and the rest of the text is not scanned at all."""
    heads = [m.start() for m in _HEAD_TEXT.finditer(text)]
    if not heads:
        return
    rx = _CAP_STRETCH if _LOWER_DASH_CAP.search(text) else _CAP_STRETCH_NO_LOWER_CAP
    breaks = [m.start() for m in _STRETCH_BREAK.finditer(text)]
    done = -1  # where the piece scanned last ends
    for h in heads:
        if h < done:
            continue  # in that piece
        i = bisect_right(breaks, h)
        start = breaks[i - 1] + 1 if i else 0
        done = breaks[i] if i < len(breaks) else len(text)
        yield from rx.finditer(text, start, done)


_CONNECT = words("of for and & the on against de di del della der für du des la le in to")

_IN_OK = {"Presence", "Delegation", "Mission", "Office", "Embassy", "Representation", "Consulate", "Consulate-General"}
# Heads whose seat ("in Belgrade", "in Serbia") belongs to the name: an embassy is named by the capital or
# country it sits in ("U.S. Embassy in Podgorica"); a delegation's town is dropped ("EU Delegation in ...").
_SEAT_HEADS = frozenset({"Embassy", "Consulate", "Consulate-General"})

_LEAD_DROP = words(
    "The A An On In At From Between By For With Following During Under After Before Both Its Their "
    "His Her This That These Meeting Organised Organized Convened Hosted Representatives Delegations "
    "Officials Besides Some All Newly New Former Incoming Outgoing Representative Members Member "
    "Opening Afterwards Talks Over Among Since Until Throughout Within Across Despite Upon Meanwhile Today "
    "Recently Additionally Furthermore Moreover However Also Earlier Later Yesterday Together"
)

# "... of the Ministry of Interior and Mr. Hahn ..." splits after "and"; the honorific is the next person's.
_NAME_HONORIFICS = NAME_HONORIFICS | {"Mx"}

_MONTHS = words("January February March April May June July August September October November December")

POSSESSIVE = re.compile(r"['’]s$")

_SPACE = re.compile(r"[ \t]+")

_DASH = re.compile(r"[ \t]+[–—][ \t]+")


def cap_tokens(text: str) -> list[tuple[int, int, str]]:
    """Tokens of the capitalised stretches only (found by one regex pass): the rest can hold no name."""
    out: list[tuple[int, int, str]] = []
    for run in _stretches(text):
        base = run.start()
        out.extend([(base + s, base + e, t) for s, e, t in _stretch_tokens(run.group())])
    return out


@lru_cache(maxsize=65536)
def _stretch_tokens(stretch: str) -> tuple[tuple[int, int, str], ...]:
    """Tokens of one stretch, offsets relative to it. Names recur from item to item, so their
    tokenisation is cached (``_TOKEN`` has no look-around: a stretch tokenises alone as in the text)."""
    return tuple((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(stretch))


@lru_cache(maxsize=65536)
def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or (tok[0].isdigit() and len(tok) < 6) or bool(_LOWER_CAP.match(tok))


def bare(tok: str) -> str:
    if tok.endswith(("'s", "’s")):
        tok = tok[:-2]
    return tok.rstrip("*")


_HEADS = ORG_HEADS | EVENT_BODY_HEADS
# Any head noun as a plain substring: a stretch without one holds no head token (a head token, bare or not,
# contains its head), so it has no shapes and is not tokenised at all (most stretches: dates, people, places).
_HEAD_TEXT = re.compile(trie_pattern(_HEADS))
_NONE: frozenset[int] = frozenset()


@lru_cache(maxsize=65536)
def _is_head(tok: str) -> bool:
    return tok in _HEADS or bare(tok) in _HEADS


def _runs(text: str, toks: list[tuple[int, int, str]], gaz: Gazetteer) -> list[list[int]]:
    """Indices of capitalised token runs (joined by connector words or a spaced dash, on one line)."""
    runs: list[list[int]] = []
    cur: list[int] = []
    i = 0
    n = len(toks)
    while i < n:
        s, _, t = toks[i]
        # cur, when open, always ends with token i - 1: the gap is the text between the two tokens
        joined = bool(cur) and (
            _SPACE.fullmatch(text, toks[i - 1][1], s) is not None
            or (
                _DASH.fullmatch(text, toks[i - 1][1], s) is not None
                and _is_cap(t)
                and any(_is_head(toks[j][2]) for j in cur)
            )
        )
        if _is_cap(t):
            if not joined and cur:
                runs.append(cur)
                cur = []
            cur.append(i)
            if t.endswith(("'s", "’s")) and (
                _possessor(t, gaz)
                or bare(t) in ORG_HEADS
                or _known_owner(text, toks, cur, gaz)
                or _owns_unit(text, toks, cur, gaz)
            ):
                runs.append(cur)
                cur = []
        elif cur and joined and t in _CONNECT:
            j = i
            while j < len(toks) and toks[j][2] in _CONNECT and _SPACE.fullmatch(text, toks[j - 1][1], toks[j][0]):
                j += 1
            ok = j < len(toks) and toks[j][2][0].isupper() and _SPACE.fullmatch(text, toks[j - 1][1], toks[j][0])
            ok = ok and (t != "&" or j == i + 1)  # "Missing & Exploited": "&" binds two words, never "& the"
            seat = t == "in" and (bare(toks[cur[-1]][2]) in _SEAT_HEADS or _field_office(text, toks, cur, gaz))
            if (
                ok
                and t == "in"
                and not _in_phrase(toks, cur[-1], i, j)
                and (bare(toks[cur[-1]][2]) not in _IN_OK or (toks[j][2] in gaz.places and not seat))
                and not _region_in(toks, cur, j, gaz)
            ):
                ok = False  # "OSCE Presence in Albania", but not "... Delegation in Podgorica" (a place)
            if ok and seat:
                # "British Embassy in Belgrade": the seat is part of the name, and ends it
                cur.extend(range(i, _seat_end(text, toks, j, gaz)))
                runs.append(cur)
                cur = []
                i = _seat_end(text, toks, j, gaz)
                continue
            if (
                ok
                and t == "to"
                and bare(toks[cur[-1]][2]) not in _IN_OK | {"Representative"}
                and not _to_phrase(toks, cur, i, j, gaz)
            ):
                if j == i + 1 and _envoy(toks, cur) and gaz.country_rx.match(text, toks[j][0]):
                    # "Delegation of the European Union to Serbia": the host country is part of the name, and
                    # ends it
                    end = _seat_end(text, toks, j, gaz)
                    cur.extend(range(i, end))
                    runs.append(cur)
                    cur = []
                    i = end
                    continue
                ok = False
            if ok:
                cur.extend(range(i, j))
                i = j
                continue
            runs.append(cur)
            cur = []
        elif cur:
            runs.append(cur)
            cur = []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def _field_office(text: str, toks: list[tuple[int, int, str]], cur: list[int], gaz: Gazetteer) -> bool:
    """Whether the run so far is a known organisation + "Office" ("the Council of Europe Office", "the UNODC
    Office"): such a field office is told apart by its seat, which belongs to its name ("Council of Europe
    Office in Pristina"); an office with a name of its own ("Heinrich-Böll-Stiftung Office") drops the town."""
    if len(cur) < 2 or bare(toks[cur[-1]][2]) != "Office":
        return False
    end = toks[cur[-2]][1]
    return any(text[toks[x][0] : end] in gaz.orgs for x in cur[:-1] if _is_cap(toks[x][2]))


def _seat_end(text: str, toks: list[tuple[int, int, str]], j: int, gaz: Gazetteer) -> int:
    """The index after the place name that begins at token ``j`` ("Belgrade", "Bosnia and Herzegovina")."""
    m = gaz.place_rx.match(text, toks[j][0]) or gaz.country_rx.match(text, toks[j][0])
    end = m.end() if m else toks[j][1]
    k = j + 1
    while k < len(toks) and toks[k][1] <= end:
        k += 1
    return k


# Heads of a body accredited "to" a country, named with its "of" object in between ("Delegation of the European
# Union to Serbia", "Mission of the OSCE to Skopje" is no country and stays out).
_ENVOY_HEADS = frozenset({"Delegation", "Mission", "Embassy", "Representation"})


def _envoy(toks: list[tuple[int, int, str]], cur: list[int]) -> bool:
    """Whether the run so far is an envoy body whose only head noun is the envoy one, followed by its
    sender ("Delegation of the European Union"), not "the Ministry of Interior" or "Delegation of the
    Ministry of Security" (a visiting delegation, whose "to" is a destination)."""
    heads = [toks[x][2] for x in cur if _is_head(toks[x][2])]
    return len(heads) == 1 and bare(heads[0]) in _ENVOY_HEADS


def _region_in(toks: list[tuple[int, int, str]], cur: list[int], j: int, gaz: Gazetteer) -> bool:
    """Whether "in <Region>" (the object beginning at token ``j``) is inside a name because the name goes on
    with "of (the) <Org>": "Observatory of Illicit Economies in South Eastern Europe of the Global
    Initiative ...", "Office for Cooperation in the Western Balkans of the Council of Europe". The object is a
    few capitalised words with no head noun and no town (a town is a seat: "... Centre in Sarajevo of ...")."""
    if not any(_is_head(toks[x][2]) for x in cur) or toks[j][2] in gaz.places:
        return False
    k = j
    while k < len(toks) and k < j + 4 and _is_cap(toks[k][2]) and not _is_head(toks[k][2]):
        k += 1
    return (
        j < k < len(toks) - 1
        and toks[k][2] == "of"
        and (_is_cap(toks[k + 1][2]) or (toks[k + 1][2] == "the" and k + 2 < len(toks)))
    )


# Nouns that take a "to" object inside a body's field ("Agency for ... Free Access to Information", "Centre
# for Assistance to Victims"): the "to" belongs to the name, unlike "the Ministry of Interior to Serbia".
_TO_PHRASE_LEADS = words("Access Right Rights Assistance Support")


def _to_phrase(toks: list[tuple[int, int, str]], cur: list[int], i: int, j: int, gaz: Gazetteer) -> bool:
    """Whether "to" (token ``i``, the only connector before token ``j``) goes on a field phrase of the name:
    the run has a head noun and an "of"/"for" object, the word before "to" takes a "to" object, and what
    follows is no place (a destination)."""
    nxt = toks[j][2]
    return (
        j == i + 1
        and toks[cur[-1]][2] in _TO_PHRASE_LEADS
        and nxt not in gaz.countries
        and nxt not in gaz.places
        and any(toks[x][2] in {"of", "for"} for x in cur)
        and any(_is_head(toks[x][2]) for x in cur)
    )


def _in_phrase(toks: list[tuple[int, int, str]], last: int, i: int, j: int) -> bool:
    """ "Trafficking in Human Beings", "Assistance in Criminal Matters": a fixed subject phrase whose "in"
    (token ``i``, the only connector before token ``j``) belongs to the name, not a seat town after it."""
    return j == i + 1 and toks[last][2] in IN_PHRASE_LEADS and toks[j][2] in IN_PHRASE_OBJECTS


def _known_owner(text: str, toks: list[tuple[int, int, str]], cur: list[int], gaz: Gazetteer) -> bool:
    """Whether the run so far ends in a known organisation written as a possessive ("the Council of
    Europe's MONEYVAL Secretariat"): the owner is a name of its own, what it owns begins a new one."""
    end = toks[cur[-1]][1] - 2
    return any(text[toks[x][0] : end] in gaz.orgs for x in cur[:-1] if _is_cap(toks[x][2]))


def _owns_unit(text: str, toks: list[tuple[int, int, str]], cur: list[int], gaz: Gazetteer) -> bool:
    """Whether the run so far is a named body written as a possessive and followed by one of its internal
    units ("the Ministry of Interior's Service for Combating ...", "Frontex's Risk Analysis Unit"): the
    owner is the organisation, the unit only says which part of it (``orgs`` drops the unit)."""
    if not any(_is_head(toks[x][2]) for x in cur[:-1]):
        return False
    k = cur[-1] + 1
    while k < len(toks) and k < cur[-1] + 5 and _SPACE.fullmatch(text, toks[k - 1][1], toks[k][0]):
        t = toks[k][2]
        if not _is_cap(t):
            return False
        if _is_head(t):
            return t in UNIT_HEADS
        k += 1
    return False


def _possessor(tok: str, gaz: Gazetteer) -> bool:
    b = bare(tok)
    return b in gaz.countries or b in gaz.orgs or (b.isupper() and len(b) > 1)


def _split_and(seg: list[int], toks: list[tuple[int, int, str]], known_at: set[int], gaz: Gazetteer) -> list[list[int]]:
    """Split a run where "and" joins two organisations ("GIZ and the Network of ...")."""
    out: list[list[int]] = []
    cur: list[int] = []
    for k, i in enumerate(seg):
        if toks[i][2] == "and" and cur and _and_splits(cur, seg[k + 1 :], toks, known_at, gaz):
            out.append(cur)
            cur = []
            continue
        cur.append(i)
    if cur:
        out.append(cur)
    return out


def _and_splits(
    cur: list[int], rest: list[int], toks: list[tuple[int, int, str]], known_at: set[int], gaz: Gazetteer
) -> bool:
    """Whether the "and" between ``cur`` (the run so far) and ``rest`` joins two names rather than being
    part of one ("Ministry of Foreign Affairs and International Cooperation")."""
    right = [j for j in rest if toks[j][2] not in _CONNECT]
    nxt = right[0] if right else None
    after = toks[rest[0]][2] if rest else None
    first_right_head = nxt is not None and (_is_head(toks[nxt][2]) or nxt in known_at)
    right_head_near = any(_is_head(toks[j][2]) for j in right[:4])
    if not any(_is_head(toks[j][2]) or j in known_at for j in cur):
        # no organisation on the left: "Kosovo and Montenegro and of the Financial Intelligence Office of ..."
        # (a second "of" object), "the Swiss Confederation and the Ministry of ..." (a name, then a body)
        return after in {"of", "the"} and right_head_near
    right_org = first_right_head or (right_head_near and after == "the")
    # "EU Office and Kosovo Ministry of ...": a complete name on the left, a qualified head on the right
    left_done = len([j for j in cur if toks[j][2] not in _CONNECT]) >= 2 and _is_head(toks[cur[-1]][2])
    right_org = right_org or (left_done and any(_is_head(toks[j][2]) for j in right[1:2]))
    # "OSCE Presence and Albanian CVE Centre": a complete name, then a national body named by its demonym
    right_org = right_org or (left_done and nxt is not None and toks[nxt][2] in gaz.demonyms and right_head_near)
    # "of the Albanian State Police and of the Financial Intelligence Unit": a second "of" object; "and of the"
    # before a head noun starts one even after a field ("... for the Prevention of Money Laundering and of the
    # Criminal Police Directorate")
    of_the = after == "of" and len(rest) > 1 and toks[rest[1]][2] == "the"
    right_org = right_org or ((left_done or of_the) and after == "of" and right_head_near)
    tail_for = any(toks[j][2] in {"for", "of"} for j in cur)
    lone_acronym = nxt is not None and len(rest) == 1 and toks[nxt][2].isupper()
    if not right_org or (tail_for and lone_acronym):
        # "the Ministry of Foreign Affairs of the Netherlands and the Swiss Confederation": a complete
        # national name, then another name
        return after == "the" and toks[cur[-1]][2] in gaz.countries and nxt is not None
    return after in {"the", "of"} or not _modifier_head(cur, rest, toks, known_at)


def _modifier_head(cur: list[int], rest: list[int], toks: list[tuple[int, int, str]], known_at: set[int]) -> bool:
    """ "University of Criminal Investigation and Police Studies", "Academy of Criminalistic and Police Studies":
    the words after "and" are a second field of the left name's "of" object (which has no head noun of its
    own); their head noun only qualifies a last word that is no head ("Police Studies")."""
    last_head = max((x for x, j in enumerate(cur) if _is_head(toks[j][2])), default=None)
    if last_head is None or not any(toks[j][2] in {"of", "for"} for j in cur[last_head + 1 :]):
        return False
    phrase: list[int] = []
    for j in rest:
        if toks[j][2] in _CONNECT:
            break
        phrase.append(j)
    # "... of the Republic of Serbia and UNDP Serbia": a known body starts the phrase, a second name
    return (
        len(phrase) >= 2
        and not _is_head(toks[phrase[-1]][2])
        and phrase[-1] not in known_at
        and phrase[0] not in known_at
    )


# Rank words that also begin a body's own name ("General Police Directorate", "State Border Service").
_BODY_ADJECTIVES = {"General", "State"}

_ROLEISH = {"general", "executive", "senior", "acting", "state", "vice", "deputy", "assistant", "chief"}


@lru_cache(maxsize=65536)
def _role(tok: str) -> bool:
    low = tok.lower()
    return low in ROLE_WORDS or low.rstrip("s") in ROLE_WORDS or low in _ROLEISH or tok in PERSON_PLURALS


def _general_body(seg: list[int], k: int, toks: list[tuple[int, int, str]]) -> bool:
    """A leading "General" / "State" that begins the body's own name ("General Prosecutor's Office of
    Albania", "General Police Directorate", "General Directorate of ...", "State Border Service"), not a
    person's rank or title ("General Director of the State Police", "General Police Director", "State
    Secretary ..."): a head noun follows within three words, before any "of"/"for" and any role word (a
    possessive "Prosecutor's", or a role word just before "Office", qualifies the body), and no role word
    follows it."""
    for x in range(k + 1, min(k + 4, len(seg))):
        t = toks[seg[x]][2]
        nxt = toks[seg[x + 1]][2] if x + 1 < len(seg) else ""
        if _is_head(t):
            return not _role(nxt)  # not "General Police Director"
        if t in _CONNECT:
            return False
        if _role(t) and not POSSESSIVE.search(t) and nxt != "Office":
            return False
    return False


def _title_noun(seg: list[int], j: int, toks: list[tuple[int, int, str]]) -> int:
    """1 when "of" at ``seg[j]`` makes a job title with the bare noun after it: "Chief of Mission in ...",
    "Head of Unit", "Head of Office of the ..." (no article: the noun is part of the title, not a body)."""
    if j < 1 or j + 1 >= len(seg) or toks[seg[j - 1]][2].lower() not in {"head", "chief"}:
        return 0
    if toks[seg[j + 1]][2] not in TITLE_OF_NOUNS:
        return 0
    return 1 if j + 2 == len(seg) or toks[seg[j + 2]][2] in _CONNECT else 0


def _trim(seg: list[int], toks: list[tuple[int, int, str]]) -> list[int]:
    """Drop leading function words, dates and role phrases ("Head of the ..."); a minister's portfolio
    ("Minister of Public Administration") is not an organisation mention (the person stage derives it)."""
    k = 0
    after_role = False
    while k < len(seg):
        t = toks[seg[k]][2]
        if t in _LEAD_DROP or t in _MONTHS or t[0].isdigit() or t in _CONNECT:
            k += 1
            continue
        if (
            t in {"Delegation", "Delegations"}
            and k + 1 < len(seg)
            and toks[seg[k + 1]][2] == "of"
            and any(_is_head(toks[i][2]) for i in seg[k + 2 :])
        ):
            k += 2  # "a Delegation of the Ministry of Security ...": the ministry is the actor
            continue
        if t in _BODY_ADJECTIVES and _general_body(seg, k, toks):
            break
        if _role(t):
            j = k
            while j < len(seg) and _role(toks[seg[j]][2]):
                j += 1
            if j < len(seg) and toks[seg[j]][2] in {"of", "for", "at", "to"}:
                if (
                    any(toks[seg[x]][2].lower().startswith(("minister", "secretar")) for x in range(k, j))
                    and toks[seg[j]][2] in {"of", "for"}
                    and not _body_object(seg, j, toks)
                ):
                    return []
                k = j + 1 + _title_noun(seg, j, toks)
                after_role = True
                continue
            if j < len(seg):
                k = j
                after_role = True  # "State Secretary Ana Kovač of the Ministry ...": a name may follow
                continue
        break
    seg = seg[k:]
    first_of = next((x for x, i in enumerate(seg) if toks[i][2] == "of"), None)
    if after_role and first_of and not any(_is_head(toks[i][2]) for i in seg[:first_of]):
        # "Director of Border and Migration of the Albanian State Police": the unit has no head noun of its
        # own, the organisation is the one after "of"
        seg = seg[first_of + 1 :]
        while seg and toks[seg[0]][2] in _CONNECT:
            seg = seg[1:]
    for j in range(len(seg) - 2, 0, -1):
        if toks[seg[j]][2] in {"of", "at", "for"} and _role(toks[seg[j - 1]][2]):
            if toks[seg[j - 1]][2] == "General" and j >= 2 and _is_head(toks[seg[j - 2]][2]):
                continue  # "Directorate General of Migration Management" is a body, not "a General of ..."
            if _office_of_role(seg, j - 1, toks):
                continue  # "Office of the National Coordinator for ...": the role names the office's holder
            if (
                toks[seg[j - 1]][2].lower().startswith(("minister", "secretar"))
                and toks[seg[j]][2] != "at"
                and not _body_object(seg, j, toks)
            ):
                return []
            rest = seg[j + 1 + _title_noun(seg, j, toks) :]
            while rest and toks[rest[0]][2] in _CONNECT:
                rest = rest[1:]
            return rest
    return seg


def _body_object(seg: list[int], j: int, toks: list[tuple[int, int, str]]) -> bool:
    """Whether the "of"/"for" at ``seg[j]`` after a minister's or secretary's title names a body, not a
    portfolio: "State Secretary of the Ministry of Justice" (an article, then a head noun before any further
    "of"), unlike "Minister of Justice" or "Minister of the Interior". "Secretary General of the Ministry ..."
    is left out for now (tests/test_extract_orgs_general.py expects no name there)."""
    if j + 2 >= len(seg) or toks[seg[j + 1]][2] != "the" or toks[seg[j - 1]][2] == "General":
        return False
    for x in range(j + 2, min(j + 6, len(seg))):
        t = toks[seg[x]][2]
        if t in _CONNECT:
            return False
        if _is_head(t):
            return True
    return False


def _office_of_role(seg: list[int], x: int, toks: list[tuple[int, int, str]]) -> bool:
    """Whether the role word at ``seg[x]`` is the holder an office is named after: "<Head> of the <role>"
    ("Office of the National Coordinator for ...", "Cabinet of the President of Montenegro", "Office of the
    Prime Minister", "Office of the Special Representative and Co-ordinator for ..."): the role phrase (no
    head noun, "of" or "for" in it) follows "of the" right after a head noun, so the whole is one body."""
    while x > 0 and toks[seg[x]][2] not in {"of", "for", "at", "the"} and not _is_head(toks[seg[x]][2]):
        x -= 1
    return x >= 2 and toks[seg[x]][2] == "the" and toks[seg[x - 1]][2] == "of" and _is_head(toks[seg[x - 2]][2])


def shape_names(text: str, gaz: Gazetteer, known_starts: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, head) of every name shaped like an organisation; ``known_starts`` are where gazetteer
    organisations begin. Same result as ``shape_segments`` over ``cap_tokens(text)``, worked out one
    capitalised stretch at a time: a run of name tokens never spans two stretches (the gap between two
    stretches is never bare spaces or a spaced dash, or the stretch pattern would have joined them), so
    each stretch is shaped alone, and the shapes of a recurring stretch are cached.

    >>> from iisg_graph.extract.gazetteer import gazetteer
    >>> t = "GIZ met the Albanian State Police and the Ministry of Interior."
    >>> [(t[s:e], head) for s, e, head in shape_names(t, gazetteer(), [0])]
    [('Albanian State Police', 'Police'), ('Ministry of Interior', 'Ministry')]
    """
    out: list[tuple[int, int, str]] = []
    known_starts = sorted(known_starts)
    for run in _head_stretches(text):
        stretch = run.group()
        if _HEAD_TEXT.search(stretch) is None:
            continue
        base, end = run.span()
        lo = bisect_left(known_starts, base)
        hi = bisect_left(known_starts, end, lo)
        known = frozenset([k - base for k in known_starts[lo:hi]]) if hi > lo else _NONE
        out.extend([(base + s, base + e, head) for s, e, head in _stretch_shapes(stretch, known, gaz)])
    return out


@lru_cache(maxsize=65536)
def _stretch_shapes(stretch: str, known: frozenset[int], gaz: Gazetteer) -> tuple[tuple[int, int, str], ...]:
    """Shapes of one stretch (offsets into it); ``known`` holds the offsets where gazetteer names begin."""
    toks = list(_stretch_tokens(stretch))
    known_at = {k for k, (s, _, _) in enumerate(toks) if s in known}
    return tuple(
        (toks[seg[0]][0], toks[seg[-1]][1], head) for seg, head in shape_segments(stretch, toks, gaz, known_at)
    )


def shape_segments(
    text: str, toks: list[tuple[int, int, str]], gaz: Gazetteer, known_at: set[int]
) -> list[tuple[list[int], str]]:
    out = []
    for run in _runs(text, toks, gaz):
        if not any(_is_head(toks[i][2]) for i in run):
            continue  # no head noun: a name, a place, a date ... not an organisation by shape
        for seg in _split_and(run, toks, known_at, gaz):
            seg, document = _document(_job_title_cut(_trim(seg, toks), toks), toks)
            heads = [k for k, i in enumerate(seg) if _is_head(toks[i][2]) and toks[i][2] not in _CONNECT]
            if not heads:
                continue
            h = heads[-1]
            first_of = next((k for k, i in enumerate(seg) if toks[i][2] in {"of", "for", "against"}), len(seg))
            type_head = max((k for k in heads if k < first_of), default=h)
            if toks[seg[type_head]][2] in PLURAL_HEADS:
                continue  # "the Ministries of Interior of ...": several bodies (the pipeline lists them)
            if h + 2 < len(seg) and toks[seg[h + 1]][2] == "General" and toks[seg[h + 2]][2] in {"of", "for"}:
                h += 1  # "Directorate General of/for ...": the head goes on (not "Police General Director")
            elif h > first_of:
                h = _plural_tail(seg, h, toks)
            tail = seg[h + 1 :]
            if not (tail and toks[tail[0]][2] in {"of", "for", "against", "in", "to", "on"}):
                seg = seg[: h + 1]
            while seg and (toks[seg[-1]][2] in _CONNECT or toks[seg[-1]][2] in _NAME_HONORIFICS):
                seg = seg[:-1]
            seg = _dangling_demonym(seg, toks, gaz)
            seg = _anaphoric_forum_cut(seg, type_head, toks)
            if len(seg) < 2 and not any(i in known_at for i in seg):
                continue  # a bare head noun ("Secretariat") names nothing
            out.append((seg, DOCUMENT if document else bare(toks[seg[type_head if type_head < len(seg) else -1]][2])))
    return out


def _dangling_demonym(seg: list[int], toks: list[tuple[int, int, str]], gaz: Gazetteer) -> list[int]:
    """ "Service for Combating Organised Crime of the Serbian police": a name never ends in a demonym, which
    qualifies the lower-case noun after the name; the "of (the) <Demonym>" owner phrase is dropped (the
    owner is told by that noun, not named)."""
    if len(seg) < 4 or toks[seg[-1]][2] not in gaz.demonyms:
        return seg
    k = len(seg) - 2 if toks[seg[-2]][2] == "the" else len(seg) - 1
    if toks[seg[k - 1]][2] != "of":
        return seg
    return seg[: k - 1]


_ROTATING_HEADS = frozenset({"Presidency", "Chairmanship"})


def _anaphoric_forum_cut(seg: list[int], type_head: int, toks: list[tuple[int, int, str]]) -> list[int]:
    """ "the Austrian Presidency of the Forum": a bare forum noun after "of the" points back to the process
    named elsewhere; the presidency is named by its holder alone ("Austrian Presidency"). A named forum
    ("Presidency of the Salzburg Forum") or a body ("Presidency of the Council") stays."""
    if (
        len(seg) == type_head + 4
        and toks[seg[type_head]][2] in _ROTATING_HEADS
        and toks[seg[type_head + 1]][2] == "of"
        and toks[seg[type_head + 2]][2] == "the"
        and toks[seg[type_head + 3]][2] in EVENT_BODY_HEADS
        and toks[seg[type_head + 3]][2] not in ORG_HEADS
    ):
        return seg[: type_head + 1]
    return seg


def _plural_tail(seg: list[int], h: int, toks: list[tuple[int, int, str]]) -> int:
    """Where a name ends whose last head noun qualifies a plural noun in its "of" object: "Directorate for
    Coordination of Police Bodies (of Bosnia and Herzegovina)", "... of Criminal Investigation and Police
    Studies". The plural noun ends the name, or an "of"/"for" goes on after it; otherwise the name ends at
    the head noun (what follows is a person's title or name)."""
    p = h + 1
    if (
        p < len(seg)
        and (_plural_noun(toks[seg[p]][2]) or _field_noun(toks[seg[p]][2]))
        and (p + 1 == len(seg) or toks[seg[p + 1]][2] in {"of", "for"})
    ):
        return p
    return h


# Abstract nouns that close a name's field after a head noun used as a modifier ("Office for Police Conduct",
# "Agency for Police Oversight", "Institute for Security Cooperation"); a person's name never ends so.
_FIELD_SUFFIX = re.compile(r"[a-z](?:tion|sion|ment|ance|ence|ity|ism|ness|ure|cy|ics)$")
_FIELD_WORDS = words("Conduct Crime Crimes Oversight Affairs Research Reform Control Training Law Order Matters Work")


@lru_cache(maxsize=4096)
def _field_noun(tok: str) -> bool:
    return tok in _FIELD_WORDS or (tok[1:].islower() and _FIELD_SUFFIX.search(tok) is not None and not _role(tok))


@lru_cache(maxsize=4096)
def _plural_noun(tok: str) -> bool:
    return (
        len(tok) > 3
        and tok.endswith("s")
        and not tok.endswith("ss")
        and tok[1:].islower()
        and not _role(tok)
        and not _is_head(tok)
    )


def _job_title_cut(seg: list[int], toks: list[tuple[int, int, str]]) -> list[int]:
    """Cut a job title off a name: "UNODC Programme Officer", "EU4PREVENT Project Manager", "Team Leader".
    A programme or team followed by a person noun names a post, not a body; what stands before it may still
    name one."""
    for x in range(len(seg) - 1):
        if bare(toks[seg[x]][2]) in _TITLE_HEADS and toks[seg[x + 1]][2] in JOB_TITLE_NOUNS:
            seg = seg[:x]
            while seg and toks[seg[-1]][2] in _CONNECT:
                seg = seg[:-1]
            return seg
    return seg


_TITLE_HEADS = WEAK_HEADS | {"Team"}


def _document(seg: list[int], toks: list[tuple[int, int, str]]) -> tuple[list[int], bool]:
    """A document named like a body: "Work Programme of the MARRI Regional Centre" names its owner after
    "of" (kept as the name); "the IISG Work Programme", "Action Plan for ..." name no organisation
    (flagged, so the name still holds its words)."""
    first_of = next((x for x, i in enumerate(seg) if toks[i][2] in {"of", "for"}), len(seg))
    if 0 < first_of < len(seg) and _document_at(seg, first_of - 1, toks):
        if toks[seg[first_of]][2] == "for":
            return seg, True
        rest = seg[first_of + 1 :]
        while rest and toks[rest[0]][2] in _CONNECT:
            rest = rest[1:]
        return rest, False
    type_head = max((x for x in range(first_of) if _is_head(toks[seg[x]][2])), default=None)
    return seg, type_head is not None and _document_at(seg, type_head, toks)


def _document_at(seg: list[int], x: int, toks: list[tuple[int, int, str]]) -> bool:
    t = bare(toks[seg[x]][2])
    return t in DOCUMENT_NOUNS or (x > 0 and (toks[seg[x - 1]][2], t) in DOCUMENT_PAIRS)
