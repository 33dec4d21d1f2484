"""Round 9: "N-day ... ended/opened today" under a dateline, and evaluators as people a country sends
(sentences of our own)."""

from __future__ import annotations

import datetime as dt

from iisg_graph.extract.dates import event_date
from tests.test_extract_countries_round5 import _rec


def _dates(body: str) -> tuple[dt.date | None, dt.date | None]:
    t = "Course\n\n" + body
    e = event_date(t, 8, [(0, len(t))])
    return e.start, e.end


def test_n_day_course_ended_today_counts_back_from_the_dateline():
    assert _dates(
        "SKOPJE, 9 June 2023 – A five-day training on financial investigations, organised by the OSCE, ended today."
    ) == (dt.date(2023, 6, 5), dt.date(2023, 6, 9))


def test_n_day_meeting_opened_today_counts_forward():
    assert _dates("Tirana, 4 May 2022 – A two-day regional meeting on border police cooperation opened today.") == (
        dt.date(2022, 5, 4),
        dt.date(2022, 5, 5),
    )


def test_ended_today_without_n_day_keeps_the_dateline_day():
    assert _dates("Tirana, 4 May 2022 – The regional meeting ended today in Tirana. A three-day training follows.") == (
        dt.date(2022, 5, 4),
        None,
    )


def test_n_day_in_another_sentence_than_today_is_ignored():
    assert _dates("Tirana, 4 May 2022 – A two-day visit took place. The meeting ended today.") == (
        dt.date(2022, 5, 4),
        None,
    )


def test_evaluators_from_a_country_list_take_part():
    r = _rec(
        "A team of evaluators from Germany, Poland and Croatia carried out an evaluation visit to Albania on "
        "4-6 March 2024. In Tirana, the team met officials of the State Police.",
        title="Schengen evaluation",
    )
    assert r.participant_countries == ["DE", "PL", "HR"]


def test_evaluators_as_a_topic_show_no_country():
    r = _rec(
        "The report of the evaluation visit was presented on 4 March 2024 in Tirana. It recommends training for "
        "evaluators.",
        title="Schengen evaluation",
    )
    assert r.participant_countries == []
