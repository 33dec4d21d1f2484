"""Event dates: every date form of the domain, and the dates that are not the event's."""

from __future__ import annotations

import datetime as dt

import pytest

from iisg_graph.extract.dates import event_date, find_dates
from iisg_graph.extract.textutil import sentences


def _event(title: str, body: str):
    text = f"{title}\n\n{body}"
    return event_date(text, len(title) + 2, sentences(text)), text


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("On 27 February 2023", "2023-02-27", None),
        ("on 25th of April 2023", "2023-04-25", None),
        ("on 19.09.2018", "2018-09-19", None),
        ("on 22.6.2021", "2021-06-22", None),
        ("on 14-15 August 2023", "2023-08-14", "2023-08-15"),
        ("On the 5th and 6th of September 2023", "2023-09-05", "2023-09-06"),
        ("Between 9–10 November 2017", "2017-11-09", "2017-11-10"),
        ("from 20-22 April 2016", "2016-04-20", "2016-04-22"),
        ("From 11 to 13 September 2019", "2019-09-11", "2019-09-13"),
        ("on October 11-13, 2022", "2022-10-11", "2022-10-13"),
        ("on June 20th-21st, 2023", "2023-06-20", "2023-06-21"),
        ("of February the 25th and 26th 2021", "2021-02-25", "2021-02-26"),
        ("On November 1-2 2021", "2021-11-01", "2021-11-02"),
        ("from 30 June to 2 July 2022", "2022-06-30", "2022-07-02"),
        ("on June 30 – July 1, 2023", "2023-06-30", "2023-07-01"),
        ("on 28 December 2020 – 3 January 2021", "2020-12-28", "2021-01-03"),
        ("from 30 to 2 May 2023", "2023-04-30", "2023-05-02"),
    ],
)
def test_date_forms(phrase: str, start: str, end: str | None) -> None:
    ev, _ = _event("News", f"The meeting was held {phrase} in Tirana.")
    assert str(ev.start) == start
    assert (str(ev.end) if ev.end else None) == end
    assert ev.precision == "day"


def test_title_date_counts() -> None:
    ev, text = _event("Annual Forum on Justice and Home Affairs, 26–27 October 2017", "Ministers met.")
    assert (ev.start, ev.end) == (dt.date(2017, 10, 26), dt.date(2017, 10, 27))
    assert text[ev.span[0] : ev.span[1]] == "26–27 October 2017"


def test_day_without_year_is_null() -> None:
    ev, text = _event("Chiefs meet", "The chiefs met on the 17th and 18th October to agree a plan.")
    assert ev.start is None and ev.end is None
    assert text[ev.span[0] : ev.span[1]] == "17th and 18th October"  # kept as evidence of the date text


@pytest.mark.parametrize(
    "body",
    [
        "HoS met with NEAR on 12th September 2023 to discuss the next phase (2024-2026).",
        "The draft plan, adopted in April 2019, was revised on 12th September 2023.",
        "The report was published on 26 February 2016. Ministers met on 12th September 2023.",
        "Posted on Friday, 22.10.2021. The workshop took place on 12th September 2023.",
        "The Trio will work together from 1 January 2017; its members met on 12th September 2023.",
        "The agenda of the next meeting (7-9 November 2016) was set on 12th September 2023.",
    ],
)
def test_distractor_dates_are_skipped(body: str) -> None:
    ev, _ = _event("News", body)
    assert ev.start == dt.date(2023, 9, 12)


def test_dateline_is_not_the_event_date_but_gives_the_year() -> None:
    ev, _ = _event(
        "Minister to attend",
        "Skopje, 13 September 2023 – The minister will attend the meeting held "
        "in Tirana from September 13 to 15 in the framework of the Berlin Process.",
    )
    assert (ev.start, ev.end) == (dt.date(2023, 9, 13), dt.date(2023, 9, 15))
    ev, _ = _event("Story", "Vienna, 26 November 2018 – UNODC is mainstreaming gender in its trainings.")
    assert ev.start is None
    ev, _ = _event("Launch", "Vienna, 9 May 2023 – CEPOL today launched a course.")
    assert ev.start == dt.date(2023, 5, 9)


def test_month_only_gives_month_precision_and_no_date_by_convention() -> None:
    ev, text = _event("Consultations", "Consultations were held in Brussels in October 2017 with DG NEAR.")
    assert ev.start is None and ev.precision == "month"
    assert text[ev.span[0] : ev.span[1]] == "October 2017"
    text = "Consultations\n\nConsultations were held in Brussels in October 2017."
    coarse = event_date(text, 15, sentences(text), coarse=True)
    assert coarse.start == dt.date(2017, 10, 1) and coarse.precision == "month"


def test_find_dates_reports_spans() -> None:
    text = "met on 5 May 2020 and on 6 June 2021"
    assert [text[a:b] for a, b in (d.span for d in find_dates(text))] == ["5 May 2020", "6 June 2021"]
