"""Text helpers shared by the extraction stages: sentences, clauses and fast phrase matching.

Every stage works on character offsets into the item text (title + blank line + body), so that each
extracted value can carry an evidence span. Phrase lists are compiled into one trie-shaped regex:
Python's ``re`` tries alternatives one by one, and a trie keeps a few thousand gazetteer phrases at
regex speed (the throughput target is thousands of items per second).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "CAPS",
    "Mention",
    "PhraseScanner",
    "bounded_words",
    "caseless_regex",
    "clause_bounds",
    "lower_view",
    "phrase_regex",
    "sentence_at",
    "sentence_bounds",
    "sentences",
    "span_index",
]

# Capital letters for regex classes: ASCII, Latin-1 and Latin Extended-A, so that a name beginning with one of the
# region's capitals ("Đorđević", "Šabac", "Žabljak", "Čačak") is treated as any other (the lower-case letters the
# Extended-A range interleaves are rare at a word's start).
CAPS = "A-ZÀ-ÖØ-ÞĀ-ſ"
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset({"Mr", "Ms", "Mrs", "Dr", "St", "No", "Min", "Plen", "Prof", "Gen", "Col", "Lt", "Vol", "Art"})
# "[.!?;][ \t]+(?=[\"“‘(]?[A-Z0-9])|\n+", written to start with one character set: ``re`` then skips to
# those characters at C speed instead of trying both branches at every position (same matches).
_SENT_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])[ \t]+(?=[\"“‘(]?[A-Z0-9])|(?<=\n)\n*)")
_LAST_WORD = re.compile(r"(\w+)$")
# No abbreviation is longer than four letters: a stop after five ASCII letters is told without ``_LAST_WORD``.
assert max(map(len, _ABBREV)) < 5


@dataclass
class Mention:
    """A matched phrase: where it is, what it says, and what it was resolved to."""

    start: int
    end: int
    text: str
    kind: str
    value: str | None = None
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; the title and each body sentence are separate.

    >>> t = "Title here\\n\\nMr. Ali met Bo. Then the U.S. team left."
    >>> [t[s:e] for s, e in sentences(t)]
    ['Title here', 'Mr. Ali met Bo.', 'Then the U.S. team left.']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        at = m.start()
        tail = text[at - 5 : at] if at >= 5 else ""
        # A word of five or more ASCII letters before the stop is no abbreviation (the common case).
        if text[at] == "." and not (tail.isascii() and tail.isalpha()):
            w = _LAST_WORD.search(text, max(0, at - 12), at)
            if w and (w.group(1) in _ABBREV or (len(w.group(1)) == 1 and w.group(1).isupper())):
                continue  # "Mr. X", "U.S. State", "I.R. of"
        end = m.start() + (0 if m.group().startswith("\n") else 1)
        if text[pos:end].strip():
            out.append(_strip(text, pos, end))
        pos = m.end()
    if text[pos:].strip():
        out.append(_strip(text, pos, len(text)))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_bounds(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence that contains offset ``pos``."""
    for s, e in bounds:
        if s <= pos < e:
            return s, e
    return (pos, pos)


def sentence_at(bounds: list[tuple[int, int]]) -> Callable[[int], tuple[int, int] | None]:
    """A lookup "the first of ``bounds`` that contains ``pos``, or None", by bisection when the bounds are in
    order without overlaps (as ``sentences`` gives them), else by a plain scan.

    >>> at = sentence_at([(0, 5), (7, 20)])
    >>> at(8), at(6), at(0)
    ((7, 20), None, (0, 5))
    """
    starts = [a for a, _ in bounds]
    if all(bounds[k][1] <= starts[k + 1] for k in range(len(bounds) - 1)) and all(a <= b for a, b in bounds):

        def find(pos: int) -> tuple[int, int] | None:
            k = bisect_right(starts, pos) - 1
            if k >= 0 and pos < bounds[k][1]:
                return bounds[k]
            return None

        return find
    return lambda pos: next(((a, b) for a, b in bounds if a <= pos < b), None)


def span_index(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test "is ``pos`` inside one of ``spans``" (``any(a <= pos < b for a, b in spans)``) by bisection:
    among the spans that start at or before ``pos``, the one that reaches furthest decides.

    >>> inside = span_index([(5, 9), (0, 3), (6, 7)])
    >>> [p for p in range(11) if inside(p)]
    [0, 1, 2, 5, 6, 7, 8]
    """
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # reach[i]: the furthest end among spans[: i + 1]
    far = -1
    for _, b in spans:
        if b > far:
            far = b
        reach.append(far)

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos

    return inside


_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—]\s|,\s(?:which|who|whose|while|whereas|after|before|as|since)\b")


def clause_bounds(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The clause of sentence ``sent`` around ``pos`` (split at ; : dashes and relative clauses)."""
    s, e = sent
    start, end = s, e
    for m in _CLAUSE_BREAK.finditer(text, s, e):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


# Characters that ``re.IGNORECASE`` equates with an ASCII letter although ``str.lower`` does not (or not
# one-for-one): with one of these in a text, a lower-cased copy cannot stand in for it.
_CASE_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K(elvin)


@lru_cache(maxsize=4)
def lower_view(text: str) -> str | None:
    """``text.lower()`` when it can stand in for ``text`` under a case-insensitive ASCII pattern: same
    length (same offsets) and no character that IGNORECASE folds differently; otherwise None.

    Case-insensitive matching makes ``re`` fold every character it compares, about three times the cost
    of a plain scan; the stages scan one lower-cased copy with ``caseless_regex`` patterns instead.

    >>> lower_view("Ministers MET"), lower_view("Istanbul İzmir") is None
    ('ministers met', True)
    """
    low = text.lower()
    if len(low) != len(text) or _CASE_SPECIAL.search(text):
        return None
    return low


def caseless_regex(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of an IGNORECASE pattern (ASCII letters lower-cased, escapes such as ``\\S``
    kept), for scanning ``lower_view(text)``: it finds the same spans there as ``rx`` finds in ``text``.

    >>> caseless_regex(re.compile(r"\\bHeld\\S", re.I)).pattern
    '\\\\bheld\\\\S'
    """
    if "(?P<" in rx.pattern or not rx.flags & re.I or any(c.isalpha() and not c.isascii() for c in rx.pattern):
        raise ValueError("caseless_regex needs an IGNORECASE pattern of ASCII letters without named groups")
    pattern = re.sub(r"\\.|[A-Z]", lambda m: m.group() if len(m.group()) == 2 else m.group().lower(), rx.pattern)
    return re.compile(pattern, rx.flags & ~re.I)


def bounded_words(alternatives: Iterable[str], tail: str = r"\b") -> str:
    r"""``\b(?:a|b|...)<tail>`` written so that ``re`` can skip ahead to the letters the words begin with.

    A pattern that starts with ``\b`` is tried at every position of the text; one whose branches each start
    with a letter is tried only where such a letter is. Each branch here is ``<first letter>(?<!\w.)<rest>``:
    the lookbehind after the first letter is the ``\b`` before it (that letter is a word character), and the
    branches keep their order, so the same match is found at every position. Each alternative is a regex that
    begins with a plain ASCII letter.

    >>> bounded_words(["held", "holds?"])
    '(?:h(?<!\\w.)eld\\b|h(?<!\\w.)olds?\\b)'
    """
    alts = list(alternatives)
    if not alts or any(not (a[:1].isascii() and a[:1].isalpha()) for a in alts):
        raise ValueError(f"bounded_words needs alternatives that begin with an ASCII letter, got {alts!r}")
    return "(?:" + "|".join(rf"{a[0]}(?<!\w.){a[1:]}{tail}" for a in alts) + ")"


def phrase_regex(phrases: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One regex matching any phrase (longest first), on word boundaries, built as a trie.

    >>> rx = phrase_regex(["Bosnia", "Bosnia and Herzegovina", "Serbia"])
    >>> [m.group() for m in rx.finditer("Bosnia and Herzegovina, Serbia, Bosnian")]
    ['Bosnia and Herzegovina', 'Serbia']
    """
    trie = _trie(phrases)
    if not trie:
        return re.compile(r"(?!)", flags)
    # The boundary check "(?<![\w*])" sits after each first character, not before the alternation: the
    # pattern then starts with a set of literals, and ``re`` skips ahead to those characters at C speed
    # instead of trying the whole trie at every position (same matches, about twice as fast).
    first = [re.escape(ch) + r"(?<![\w*](?s:.))" + _trie_to_regex(trie[ch]) for ch in sorted(trie)]
    return re.compile("(?:" + "|".join(first) + r")(?![\w])", flags)


class PhraseScanner:
    """``phrase_regex(phrases).finditer(text)`` as (start, end, phrase), found about twice as fast.

    ``phrase_regex`` enters its trie at every character that can begin a phrase, i.e. at almost every letter
    of a text. Here the trie is entered only after a character that can come before a phrase (not a word
    character, not "*"): such characters are few, and ``re`` skips to them at C speed. That character is
    consumed by the match, so right after a phrase that ends in one (" U.S."), and at the start of the text,
    the trie is tried alone. Same hits, in the same order.

    >>> PhraseScanner(["Bosnia", "Bosnia and Herzegovina", "U.S.", "(EU)"]).hits("U.S.(EU) Bosnia and Herzegovina")
    [(0, 4, 'U.S.'), (4, 8, '(EU)'), (9, 31, 'Bosnia and Herzegovina')]
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        trie = trie_pattern(phrases)
        self._alone = re.compile(f"({trie})(?![\\w])")
        self._after = re.compile(f"[^\\w*]({trie})(?![\\w])")

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        pos, alone = 0, True  # alone: a phrase may begin right at ``pos`` (no character before it to match)
        while True:
            if alone:
                m = self._alone.match(text, pos)
                if m:
                    out.append((m.start(1), m.end(1), m.group(1)))
                    pos = m.end()
                    alone = _OPEN_END.match(text, pos - 1) is not None
                    continue
            for m in self._after.finditer(text, pos):
                out.append((m.start(1), m.end(1), m.group(1)))
                if _OPEN_END.match(text, m.end() - 1):
                    pos, alone = m.end(), True
                    break
            else:
                return out


# A character after which a phrase may begin at once (``phrase_regex``'s boundary: not a word character, not "*").
_OPEN_END = re.compile(r"[^\w*]")


def trie_pattern(phrases: Iterable[str]) -> str:
    """The bare trie-shaped alternation for ``phrases`` (no boundaries), to embed in larger patterns.

    >>> trie_pattern(["head", "hear"])
    'hea(?:d|r)'
    """
    return _trie_to_regex(_trie(phrases)) or "(?!)"


def _trie(phrases: Iterable[str]) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for p in set(phrases):
        if not p:
            continue
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_to_regex(node: dict[str, dict]) -> str:
    if "" in node and len(node) == 1:
        return ""
    alts = []
    optional = False
    for ch in sorted(node, key=lambda c: (c == "", c)):
        if ch == "":
            optional = True
            continue
        alts.append(re.escape(ch) + _trie_to_regex(node[ch]))
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        # longest first: try the longer continuation, then allow stopping here
        return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
    return body
