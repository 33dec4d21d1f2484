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
from iisg_graph.extract.textutil import trie_pattern
from iisg_graph.extract.vocab import EVENT_BODY_HEADS, ORG_HEADS, ROLE_WORDS, words

__all__ = ["POSSESSIVE", "bare", "cap_tokens", "shape_names", "shape_segments"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’&-]*(?:/[A-Z][\w-]*)*\*?|\d[\w-]*")

_LOWER_CAP = re.compile(r"^[a-z]{1,2}-[A-Z]")

_CAPTOK = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-ÞĀ-ſ\d][\w'’&-]*(?:/[A-Z][\w-]*)*\*?|[a-z]{1,2}-[A-Z][\w'’&-]*)"

_STRETCH_REST = (
    rf"(?:(?:[ \t]+(?:of|for|and|the|on|against|de|di|del|della|der|für|du|des|la|le|in|to))+[ \t]+(?=[A-Z])"
    rf"{_CAPTOK}|[ \t]+{_CAPTOK}"
    rf"|[ \t]+[–—][ \t]+{_CAPTOK})*"
)
_CAP_STRETCH = re.compile(_CAPTOK + _STRETCH_REST)
# The same stretches in a text without "x-Y" (a lower-case prefix on a capitalised word, "e-Government"): no
# stretch can begin with one there, and without that branch ``re`` skips ahead to capitals and digits instead
# of trying every lower-case letter.
_CAP_STRETCH_NO_LOWER_CAP = re.compile(
    r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-ÞĀ-ſ\d][\w'’&-]*(?:/[A-Z][\w-]*)*\*?)" + _STRETCH_REST
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


_CONNECT = words("of for and the on against de di del della der für du des la le in to")

_IN_OK = {"Presence", "Delegation", "Mission", "Office", "Embassy", "Representation"}

_LEAD_DROP = words(
    "The A An On In At From Between By For With Following During Under After Before Both Its Their "
    "His Her This That These Meeting Organised Organized Convened Hosted Representatives Delegations "
    "Officials Besides Some All Newly New Former Incoming Outgoing Representative Members Member "
    "Opening Afterwards Talks Over Among"
)

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
            if t.endswith(("'s", "’s")) and (_possessor(t, gaz) or bare(t) in ORG_HEADS):
                runs.append(cur)
                cur = []
        elif cur and joined and t in _CONNECT:
            j = i
            while j < len(toks) and toks[j][2] in _CONNECT and _SPACE.fullmatch(text, toks[j - 1][1], toks[j][0]):
                j += 1
            ok = j < len(toks) and toks[j][2][0].isupper() and _SPACE.fullmatch(text, toks[j - 1][1], toks[j][0])
            if ok and t == "in" and (bare(toks[cur[-1]][2]) not in _IN_OK or toks[j][2] in gaz.places):
                ok = False  # "OSCE Presence in Albania", but not "... Delegation in Podgorica" (a place)
            if ok and t == "to" and bare(toks[cur[-1]][2]) not in _IN_OK | {"Representative"}:
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


def _possessor(tok: str, gaz: Gazetteer) -> bool:
    b = bare(tok)
    return b in gaz.countries or b in gaz.orgs or (b.isupper() and len(b) > 1)


def _split_and(seg: list[int], toks: list[tuple[int, int, str]], known_at: set[int]) -> list[list[int]]:
    """Split a run where "and" joins two organisations ("GIZ and the Network of ...")."""
    out: list[list[int]] = []
    cur: list[int] = []
    for k, i in enumerate(seg):
        t = toks[i][2]
        if t == "and" and cur:
            rest = [j for j in seg[k + 1 :]]
            right = [j for j in rest if toks[j][2] not in _CONNECT]
            nxt = right[0] if right else None
            left_org = any(_is_head(toks[j][2]) or j in known_at for j in cur)
            right_org = nxt is not None and (
                _is_head(toks[nxt][2])
                or nxt in known_at
                or (
                    any(_is_head(toks[j][2]) for j in right[:4] if toks[j][2] not in _CONNECT)
                    and toks[rest[0]][2] == "the"
                )
            )
            # "EU Office and Kosovo Ministry of ...": a complete name on the left, a qualified head on the right
            left_done = len([j for j in cur if toks[j][2] not in _CONNECT]) >= 2 and _is_head(toks[cur[-1]][2])
            right_org = right_org or (left_done and any(_is_head(toks[j][2]) for j in right[1:2]))
            # "of the Albanian State Police and of the Financial Intelligence Unit": a second "of" object
            right_org = right_org or (
                left_done and bool(rest) and toks[rest[0]][2] == "of" and any(_is_head(toks[j][2]) for j in right[:4])
            )
            first_right_head = nxt is not None and (_is_head(toks[nxt][2]) or nxt in known_at)
            tail_for = any(toks[j][2] in {"for", "of"} for j in cur)
            lone_acronym = nxt is not None and len(right) == 1 and toks[nxt][2].isupper() and k + 2 == len(seg)
            if left_org and (first_right_head or right_org) and not (tail_for and lone_acronym):
                out.append(cur)
                cur = []
                continue
        cur.append(i)
    if cur:
        out.append(cur)
    return out


_ROLEISH = {"general", "executive", "senior", "acting", "state", "vice", "deputy", "assistant", "chief"}


@lru_cache(maxsize=65536)
def _role(tok: str) -> bool:
    low = tok.lower()
    return low in ROLE_WORDS or low.rstrip("s") in ROLE_WORDS or low in _ROLEISH


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
        if _role(t):
            j = k
            while j < len(seg) and _role(toks[seg[j]][2]):
                j += 1
            if j < len(seg) and toks[seg[j]][2] in {"of", "for", "at", "to"}:
                if any(toks[seg[x]][2].lower().startswith(("minister", "secretar")) for x in range(k, j)) and toks[
                    seg[j]
                ][2] in {"of", "for"}:
                    return []
                k = j + 1
                after_role = True
                continue
            if j < len(seg):
                k = j
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
            if toks[seg[j - 1]][2].lower().startswith(("minister", "secretar")) and toks[seg[j]][2] != "at":
                return []
            rest = seg[j + 1 :]
            while rest and toks[rest[0]][2] in _CONNECT:
                rest = rest[1:]
            return rest
    return seg


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
        for seg in _split_and(run, toks, known_at):
            seg = _trim(seg, toks)
            heads = [k for k, i in enumerate(seg) if _is_head(toks[i][2]) and toks[i][2] not in _CONNECT]
            if not heads:
                continue
            h = heads[-1]
            first_of = next((k for k, i in enumerate(seg) if toks[i][2] in {"of", "for", "against"}), len(seg))
            type_head = max((k for k in heads if k < first_of), default=h)
            if h + 2 < len(seg) and toks[seg[h + 1]][2] == "General" and toks[seg[h + 2]][2] in {"of", "for"}:
                h += 1  # "Directorate General of/for ...": the head goes on (not "Police General Director")
            tail = seg[h + 1 :]
            if not (tail and toks[tail[0]][2] in {"of", "for", "against", "in", "to", "on"}):
                seg = seg[: h + 1]
            while seg and toks[seg[-1]][2] in _CONNECT:
                seg = seg[:-1]
            if len(seg) < 2 and not any(i in known_at for i in seg):
                continue  # a bare head noun ("Secretariat") names nothing
            out.append((seg, bare(toks[seg[type_head if type_head < len(seg) else -1]][2])))
    return out
