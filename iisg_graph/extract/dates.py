"""Event dates: find every date expression, then pick the one the event took place on.

News items name many dates: publication ("posted on", "the report is dated"), datelines
("Vienna, 26 November 2018 –"), other events ("set for 10-11 May 2016", "adopted in April 2019"),
periods ("(2024-2026)", "from 1 January 2017"). The event date is the first date that is not one of
those, title first. A day without a year gives no date (null), unless a dateline supplies the year; a
month without a day gives ``date_precision="month"`` and, by the annotation convention, no start date.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from iisg_graph.extract.textutil import sentence_at

__all__ = ["DateMention", "EventDate", "dateline_past_event", "event_date", "find_dates"]

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_SEP = r"\s*(?:-|–|—|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*"
_THE = r"(?:the\s+)?"
# "from Monday 16 to Friday 20 September 2024", "Tuesday, 3 to Thursday, 5 October": a weekday may name the
# range's second day too (the first one's weekday precedes the match and is left out of it).
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"  # an alternation, to embed in groups
_WD2 = rf"(?:(?:{_WEEKDAYS}),?\s+)?"

_PATTERNS = [
    # 17th and 18th of March 2016 / 30 June – 1 July 2023 / 5 and 7 December 2016
    (
        "range",
        rf"{_THE}(?P<d1>{_DAY})(?:\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?)?{_SEP}"
        rf"{_WD2}{_THE}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR}))?",
    ),
    # October 11-13, 2022 / June 20th-21st, 2023 / February the 25th and 26th 2021 / June 30 – July 1
    (
        "range",
        rf"(?P<m1>{_MON})\s+{_THE}(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?{_SEP}"
        rf"{_WD2}(?:(?P<m2>{_MON})\s+)?{_THE}(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?",
    ),
    ("day", rf"{_THE}(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?"),
    ("day", rf"(?P<m1>{_MON})\s+{_THE}(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"),
    # 19-21.11.2019 (numeric range, common in datelines of the region's press releases)
    ("range", r"(?P<d1>[0-3]?\d)\.?\s*[-–]\s*(?P<d2>[0-3]?\d)\.(?P<n2>[01]?\d)\.(?P<y1>(?:19|20)\d\d)(?!\d)"),
    # 20/09/2022 and 21/09/2022 / 20/09/2022 – 21/09/2022 (day first, as in European press releases)
    (
        "range",
        r"(?P<d1>[0-3]?\d)/(?P<n1>[01]?\d)/(?P<y1>(?:19|20)\d\d)"
        rf"{_SEP}(?P<d2>[0-3]?\d)/(?P<n2>[01]?\d)/(?P<y2>(?:19|20)\d\d)(?!\d)",
    ),
    ("day", r"(?P<d1>[0-3]?\d)/(?P<n1>[01]?\d)/(?P<y1>(?:19|20)\d\d)(?!\d)"),
    ("day", r"(?P<d1>[0-3]?\d)\.(?P<n1>[01]?\d)\.(?P<y1>(?:19|20)\d\d)(?!\d)"),
    ("day", r"(?P<y1>(?:19|20)\d\d)-(?P<n1>[01]\d)-(?P<d1>[0-3]\d)(?!\d)"),
    ("month", rf"(?:(?P<m0>{_MON}){_SEP})?(?P<m1>{_MON}),?\s+(?P<y1>{_YEAR})"),
]
_DATE_RX = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(f"(?P<k{i}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', p)})" for i, (_, p) in enumerate(_PATTERNS))
    + r")(?![\w])"
)
_GROUP_RX = [re.compile(p) for _, p in _PATTERNS]
# Where a date can begin (see ``_date_matches``): a digit, "the", a month name's first three letters.
_DIGIT = re.compile(r"\d+")
_WORD_START = re.compile(r"the|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")

# Words just before a date that make it a date of something else than the event.
_NOT_EVENT = re.compile(
    r"\b(?:published|posted|released|reported|announced|dated|issued|updated|adopted|endorsed|"
    r"set\s+for|planned\s+for|scheduled\s+for|foreseen\s+for|due\s+in|covering|expires?|deadline|"
    r"established|founded|first\s+one|earlier|previous|last\s+year|next|upcoming|later)\b[^.;]*$",
    re.I,
)
_NOT_EVENT_NEAR = re.compile(r"\b(?:since|until|till|by|before|after|as\s+of)\s+(?:the\s+)?$", re.I)
_DATELINE = re.compile(  # "Skopje, 13 September 2023 –", "PRISHTINË/PRIŠTINA, 4 May 2022 –" (not "On Tuesday, ...")
    r"(?!(?:On|In|At|By|From|Between|During|Since|Until|After|Before|Last|This|Next|Earlier|Later|Today|"
    rf"{_WEEKDAYS})\b)"
    r"[A-Z][\w .'’/-]{1,40},\s+"
    # a sender before the place: "IOM Albania, Tirana – 3 October 2024."
    r"(?:[A-Z][\w.'’/-]*(?:[ ][A-Z][\w.'’/-]*){0,2}[ ]+[–—][ ]+(?=\d))?"
)
_TODAY = re.compile(r"\b(?:today|this morning)\b", re.I)
# "took place yesterday" under a dated dateline: the day before it ("today" wins when both occur).
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_NON_DIGIT = re.compile(r"\D")
# After a dated dateline ("Podgorica, 6 December 2021 – IOM handed over ..."): the lead reports a past event with
# no time of its own ("recently", "last Friday", "on Monday", "will") -> it happened on the dateline's day.
_LEAD_SEP = re.compile(r"\s*(?:[–—-]|\.|:)?\s*")
_LEAD_END = re.compile(r"\.\s+(?=[A-Z\"“])|\n")
_LEAD_ABBREV = frozenset({"Mr", "Ms", "Mrs", "Dr", "Prof", "St", "No", "Gen", "Col", "Lt", "H.E", "E"})
_PAST_VERB = re.compile(r"\b(?:[a-z]{2,}ed|met|held|took|gave|began|brought|led|spoke|went|came|saw|won)\b")
_OWN_TIME = re.compile(
    r"\b(?:recently|last|earlier|previously|yesterday|tomorrow|will|shall|next|upcoming|this\s+(?:week|month|year)|"
    rf"(?:on|last|this)\s+(?:{_WEEKDAYS}|weekend))\b",
    re.I,
)
# "a two-day regional meeting" with one start date: the end date follows.
_N_DAY = re.compile(r"\b(?:a|the|its)\s+(two|three|four|five)-day\b", re.I)
_N_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5}
# "A three-day course ... ended today" under a dated dateline: the dateline's day is the LAST day; "a two-day
# meeting ... opened today" makes it the first. Both must sit in one sentence.
_N_DAY_TODAY = re.compile(
    r"\b(?:a|the|its)\s+(two|three|four|five)-day\b[^.]{0,300}?\b(?:(ended|concluded|closed|came\s+to\s+an\s+end)|"
    r"(?:opened|started|began|kicked\s+off))\s+(?:today|this\s+morning)\b",
    re.I,
)
# "the Strategy ..., adopted by the Council of Ministers on 2 September 2021, to ... on 5 October 2021": a past
# act named inside a noun phrase (not "was adopted by ... on"), a distractor when another event date follows.
_ACT_BY = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bis\s)(?<!are\s)\b(?:adopted|approved|signed|endorsed|ratified|enacted|"
    r"issued)\s+by\s+[^.;,()]{1,60}?\s+on\s+(?:the\s+)?$"
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date expression with what it resolves to; ``start``/``end`` are None where no year is known."""

    span: tuple[int, int]
    start: dt.date | None
    end: dt.date | None
    precision: str  # day | month
    has_year: bool
    month: int
    day: int | None = None
    day2: int | None = None
    month2: int | None = None


@dataclass(frozen=True)
class EventDate:
    """The event's date as extracted; ``span`` points at the chosen date text."""

    start: dt.date | None
    end: dt.date | None
    precision: str | None
    span: tuple[int, int] | None


def _month(s: str | None) -> int | None:
    return _MONTHS.get(s.rstrip(".").lower()) if s else None


def _int(s: str | None) -> int | None:
    if not s:
        return None
    return int(s) if s.isdecimal() else int(_NON_DIGIT.sub("", s))  # "5th" → 5 ("\D" = not isdecimal)


def _date(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if not (y and m and d):
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _mention(kind: str, g: dict[str, str | None], span: tuple[int, int]) -> DateMention | None:
    if kind == "month":
        return DateMention(span, None, None, "month", True, _month(g.get("m1")) or 0)
    d1, d2 = _int(g.get("d1")), _int(g.get("d2"))
    m1 = _month(g.get("m1")) or _int(g.get("n1"))
    m2 = _month(g.get("m2")) or _int(g.get("n2"))
    y1, y2 = _int(g.get("y1")), _int(g.get("y2"))
    if not m1 and m2 and d2 and d1 and d1 > d2:  # "30 to 2 May": the range starts in the month before
        m1 = m2 - 1 if m2 > 1 else 12
        y1 = y1 or (y2 - 1 if y2 and m2 == 1 else None)
    m1 = m1 or m2
    m2 = m2 or m1
    y1 = y1 or y2
    y2 = y2 or y1
    if not m1 or not d1 or d1 > 31 or m1 > 12:
        return None
    start = _date(y1, m1, d1)
    end = _date(y2, m2, d2) if d2 else None
    if start and end and end <= start:
        end = None
    return DateMention(span, start, end, "day", bool(y1), m1, d1, d2, m2)


def find_dates(text: str) -> list[DateMention]:
    """All date expressions in ``text``, in order.

    >>> [(str(d.start), str(d.end)) for d in find_dates("On the 5th and 6th of September 2023 in Budva")]
    [('2023-09-05', '2023-09-06')]
    >>> [(str(d.start), d.precision) for d in find_dates("on 19.09.2018, in April 2019")]
    [('2018-09-19', 'day'), ('None', 'month')]
    """
    return list(_iter_dates(text))


def _iter_dates(text: str) -> Iterator[DateMention]:
    for m in _date_matches(text):
        parsed = _parsed(m.lastgroup, m.group())
        if parsed:
            lead = 4 if m.group().startswith("the ") else 0  # the span starts at the date itself
            yield DateMention((m.start() + lead, m.end()), *parsed)


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DATE_RX.finditer(text)``, tried only where a date can begin.

    Every date begins with a digit, "the" or the first three letters of a month name, so ``_DATE_RX`` is
    matched only at those places (found by two scans that ``re`` runs at C speed), left to right and without
    overlaps: the same matches as a full scan, which would try the whole pattern at every character. Both
    scans are read only as far as the dates are (``event_date`` mostly stops at the first).
    """
    digits = (m.start() for m in _DIGIT.finditer(text))
    words = (m.start() for m in _WORD_START.finditer(text))
    end = 0
    for pos in heapq.merge(digits, words):  # no place is both (a digit, a letter): in order, no repeats
        if pos >= end:
            m = _DATE_RX.match(text, pos)
            if m:
                end = m.end()
                yield m


@lru_cache(maxsize=65536)
def _parsed(group: str, date_text: str) -> tuple | None:
    """The fields after ``span`` of the mention a ``_DATE_RX`` match reads as; date strings recur, so this
    is cached."""
    i = int(group[1:])
    g = _GROUP_RX[i].fullmatch(date_text)
    if g is None:
        return None
    d = _mention(_PATTERNS[i][0], g.groupdict(), (0, 0))
    return None if d is None else (d.start, d.end, d.precision, d.has_year, d.month, d.day, d.day2, d.month2)


def _excluded(text: str, d: DateMention, sent_start: int) -> bool:
    before = text[max(sent_start, d.span[0] - 45) : d.span[0]]
    words = " ".join(before.split()[-5:])
    if _NOT_EVENT.search(words) or _NOT_EVENT_NEAR.search(before):
        return True
    if _FROM_BEFORE.search(before) and d.day2 is None:
        return True  # "from 1 January 2017": the start of a period
    head = text[sent_start : d.span[0]]
    return head.count("(") > head.count(")")  # "(7-9 November 2016)": a date in brackets


def _dateline_from(dates: Iterator[DateMention], at: int) -> tuple[Iterable[DateMention], DateMention | None]:
    """The dateline's date (the one with a year that starts at ``at``) and all of ``dates`` again, read only
    as far as ``at``: dates come in order of their (strictly increasing) starts, so none after holds it."""
    head: list[DateMention] = []
    for d in dates:
        head.append(d)
        if d.span[0] > at:
            break
    dateline = next((d for d in head if d.span[0] == at and d.has_year), None)
    return itertools.chain(head, dates), dateline


def _relative_day(text: str, dateline: DateMention) -> EventDate | None:
    """The event's day read off the dateline: "today"/"this morning" is the dateline's day, "yesterday" (with
    no "today") the day before; None when the text says neither."""
    if _TODAY.search(text):
        return _n_day_today(text, dateline) or EventDate(dateline.start, None, "day", dateline.span)
    if _YESTERDAY.search(text):
        start = dateline.start - dt.timedelta(days=1) if dateline.start else None
        return EventDate(start, None, "day", dateline.span)
    return None


def _n_day_today(text: str, dateline: DateMention) -> EventDate | None:
    """ "A three-day course ... ended today": the days before the dateline's, up to it; "a two-day meeting ...
    opened today": the dateline's day and the days after. None without such a sentence."""
    m = _N_DAY_TODAY.search(text, dateline.span[1])
    if m is None or dateline.start is None:
        return None
    days = dt.timedelta(days=_N_DAYS[m.group(1).lower()] - 1)
    if m.group(2):
        return EventDate(dateline.start - days, dateline.start, "day", dateline.span)
    return EventDate(dateline.start, dateline.start + days, "day", dateline.span)


def dateline_past_event(text: str, date_end: int) -> bool:
    """Whether the lead after a dateline's date (ending at ``date_end``) reports a past event with no time of its
    own: "Podgorica, 6 December 2021 – IOM handed over twelve kits" happened on that day (and in that city), while
    "... recently met", "... will host", "... on Monday signed" name another day."""
    start = _LEAD_SEP.match(text, date_end).end()
    lead = text[start : _lead_stop(text, start, min(len(text), start + 400))]
    return bool(_PAST_VERB.search(lead)) and not _OWN_TIME.search(lead)


def _lead_stop(text: str, start: int, stop: int) -> int:
    """Where the sentence starting at ``start`` ends (at most ``stop``); "Mr.", "H.E.", "U.S." end none."""
    for m in _LEAD_END.finditer(text, start, stop):
        if m.group() == "\n":
            return m.start()
        word = text[max(start, m.start() - 5) : m.start()].split()[-1:]
        if word and (word[0] in _LEAD_ABBREV or (len(word[0]) <= 3 and word[0][-1].isupper())):
            continue
        return m.start()
    return stop


def _n_day_end(text: str, body_start: int, span: tuple[int, int], start: dt.date | None) -> dt.date | None:
    """The end date of "a two-day meeting" reported with one start date, read from the title or the date's
    sentence; None when neither says how many days."""
    if start is None:
        return None
    m = _N_DAY.search(text, 0, body_start) or _N_DAY.search(text, span[0], span[1])
    return start + dt.timedelta(days=_N_DAYS[m.group(1).lower()] - 1) if m else None


def event_date(text: str, body_start: int, sentences: list[tuple[int, int]], coarse: bool = False) -> EventDate:
    """Pick the event's date from ``text`` (title + body); ``body_start`` is where the body begins.

    ``coarse=True`` also fills ``start`` (first of the month) for month-only dates; the annotation
    convention leaves them null, so the default is False.

    >>> t = "Forum\\n\\nThe report was published on 26 February 2016. Ministers met on 3-4 March 2016."
    >>> e = event_date(t, 7, [(0, 5), (7, 50), (51, len(t))])
    >>> str(e.start), str(e.end), e.precision
    ('2016-03-03', '2016-03-04', 'day')
    """
    # The dates are read lazily: the loop below mostly stops at the first one.
    dates: Iterable[DateMention] = _iter_dates(text)
    dateline = None
    m = _DATELINE.match(text, body_start)
    if m:
        dates, dateline = _dateline_from(dates, m.end())
    if dateline:
        relative = _relative_day(text, dateline)
        if relative:
            return relative
    month_fallback: DateMention | None = None
    deferred: DateMention | None = None  # "adopted by X on DATE": used only when no other event date follows
    sent_of = sentence_at(sentences)
    for d in dates:
        if d is dateline:
            continue
        sent = sent_of(d.span[0])
        sent_start = sent[0] if sent else 0
        if _excluded(text, d, sent_start):
            continue
        if d.precision == "month":
            month_fallback = month_fallback or d
            continue
        if d.has_year:
            if deferred is None and _ACT_BY.search(text, max(sent_start, d.span[0] - 90), d.span[0]):
                deferred = d
                continue
            end = d.end or (_n_day_end(text, body_start, sent or d.span, d.start) if d.day2 is None else None)
            return EventDate(d.start, end, "day", d.span)
        if dateline and dateline.start:
            year = dateline.start.year
            start = _date(year, d.month, d.day)
            end = _date(year, d.month2, d.day2) if d.day2 else None
            return EventDate(start, end if end and start and end > start else None, "day", d.span)
        return EventDate(None, None, None, d.span)  # a day without a year: null by convention
    if deferred:
        return EventDate(deferred.start, deferred.end, "day", deferred.span)
    if not month_fallback and dateline and dateline.start and dateline_past_event(text, dateline.span[1]):
        end = dateline.end or _n_day_end(text, body_start, (dateline.span[0], dateline.span[1] + 300), dateline.start)
        return EventDate(dateline.start, end, "day", dateline.span)
    if month_fallback:
        md = month_fallback
        start = None
        if coarse:
            year = _int(re.findall(r"(?:19|20)\d\d", text[md.span[0] : md.span[1]])[-1])
            start = _date(year, md.month, 1)
        return EventDate(start, None, "month", md.span)
    return EventDate(None, None, None, None)
