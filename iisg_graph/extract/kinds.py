"""The kind of event (meeting, conference, workshop, training, visit ...) from its nouns, title first."""

from __future__ import annotations

import re

__all__ = ["event_kind"]

_KINDS = [
    ("training", r"train(?:ing|ed)|course|train-the-trainer|simulation\s+exercise"),
    ("workshop", r"workshops?"),
    ("conference", r"conference"),
    ("forum", r"forum"),
    ("seminar", r"seminar|webinar"),
    ("visit", r"(?:study|working|official)\s+visit|visits?|delegation\s+visit"),
    ("signing", r"signs?|signing|signed"),
    ("launch", r"launch(?:ed|es)?"),
    ("handover", r"handed\s+over|hand-?over|donat(?:ed|ion)"),
    ("consultation", r"consultations?"),
    ("summit", r"summit"),
    ("meeting", r"meetings?|meets?|met|session|steering\s+(?:committee|board)|roundtable|round\s+table|talks"),
]
_RX = re.compile("|".join(rf"(?P<{k}>\b(?:{p})\b)" for k, p in _KINDS))  # matched on lower-cased text
_RX_I = re.compile(_RX.pattern, re.I)


def event_kind(title: str, body: str) -> tuple[str | None, tuple[int, int] | None]:
    """Kind and the span (in ``title + "\\n\\n" + body``) of the word that shows it.

    >>> event_kind("Workshop on border security in Skopje", "")
    ('workshop', (0, 8))
    >>> event_kind("News", "Ministers met in Tirana.")
    ('meeting', (16, 19))
    """
    for offset, part in ((0, title), (len(title) + 2, body)):
        low = part.lower()
        m = _RX.search(low) if len(low) == len(part) else _RX_I.search(part)  # "İ" lower-cases to 2 chars
        if m:
            return m.lastgroup, (offset + m.start(), offset + m.end())
    return None, None
