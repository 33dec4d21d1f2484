"""Round 3 place and date patterns: "yesterday" under a dateline, day-first numeric dates (20/09/2022), "the
<demonym> capital", towns with an accented initial in "in <Town>, <Country>", and border towns."""

from __future__ import annotations

import datetime as dt

import pytest

from iisg_graph.extract.dates import event_date, find_dates
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.textutil import sentences
from tests.test_extract_places_general import _place


def _date(title: str, body: str) -> tuple[dt.date | None, dt.date | None]:
    text = f"{title}\n\n{body}"
    ev = event_date(text, len(title) + 2, sentences(text))
    return ev.start, ev.end


def test_yesterday_under_a_dateline_is_the_day_before() -> None:
    body = "PODGORICA, 1 March 2024 – The regional workshop on firearms trafficking ended yesterday in Budva."
    assert _date("Firearms workshop ends", body) == (dt.date(2024, 2, 29), None)
    body = "Skopje, 1.1.2023 – Police chiefs met yesterday to agree on joint patrols."
    assert _date("Police chiefs meet", body) == (dt.date(2022, 12, 31), None)


def test_today_wins_over_yesterday_and_stays_the_dateline_day() -> None:
    body = "Belgrade, 10 May 2023 – Today the ministers signed the protocol agreed yesterday by the experts."
    assert _date("Protocol signed", body) == (dt.date(2023, 5, 10), None)


def test_yesterday_without_a_dateline_gives_the_first_date() -> None:
    body = "The experts met on 4 April 2023. Yesterday the report was sent to the ministers."
    assert _date("Experts meet", body) == (dt.date(2023, 4, 4), None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The meeting was held on 20/09/2022 and 21/09/2022 in Ljubljana.", [("2022-09-20", "2022-09-21")]),
        ("Dates: 20/09/2022 – 21/09/2022.", [("2022-09-20", "2022-09-21")]),
        ("From 30/11/2021 to 02/12/2021 the course ran.", [("2021-11-30", "2021-12-02")]),
        ("It took place on 5/3/2023 in Bar.", [("2023-03-05", "None")]),
        ("It took place on 03/15/2023 in Bar.", []),  # month-first (US) order: no date rather than a wrong one
    ],
)
def test_day_first_slash_dates(text: str, want: list[tuple[str, str]]) -> None:
    assert [(str(d.start), str(d.end)) for d in find_dates(text)] == want


def test_slash_range_is_the_event_date() -> None:
    body = "Experts of the Prüm network met on 14/06/2023 and 15/06/2023 in Brdo pri Kranju."
    assert _date("Prüm experts meet", body) == (dt.date(2023, 6, 14), dt.date(2023, 6, 15))


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Round table on radicalisation in prisons",
            "Podgorica, 12 May 2023 – On 10 May 2023 the Ministry of Justice held a round table in the Montenegrin "
            "capital on radicalisation in prisons.",
            ("Podgorica", "ME"),
        ),
        (
            "Regional meeting of cybercrime units",
            "Heads of cybercrime units gathered in the North Macedonian capital on 3 October 2022.",
            ("Skopje", "MK"),
        ),
        (
            "Donor coordination meeting",
            "Representatives of donors met on 8 February 2023 in the Kosovo capital to coordinate support.",
            ("Pristina", "XK"),
        ),
        (
            "Ministers discuss migration",
            "The ministers, meeting in Ohrid, recalled the declaration adopted in the Serbian capital in 2019.",
            ("Ohrid", "MK"),
        ),
    ],
)
def test_demonym_capital_is_that_countrys_capital(title: str, body: str, want: tuple[str, str]) -> None:
    assert _place(title, body) == want


def test_capital_rows_give_one_capital_per_country() -> None:
    caps = gazetteer().capitals
    assert caps["AL"] == "Tirana" and caps["XK"] == "Pristina" and caps["NO"] == "Oslo"
    assert caps["MD"] == "Chișinău" and caps["LU"] == "Luxembourg City"


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Training for border police officers",
            "The course took place at the border police academy in Žiri, Slovenia, on 4 June 2023.",
            ("Žiri", "SI"),
        ),
        (
            "Study visit of forensic experts",
            "Forensic experts from the region were hosted at the institute in Évora, Portugal.",
            ("Évora", "PT"),
        ),
    ],
)
def test_unknown_town_with_accented_initial_before_a_country(title: str, body: str, want: tuple[str, str]) -> None:
    assert _place(title, body) == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "EU Special Representative visits border crossing",
            "On 3 May 2023 the EUSR visited the joint border crossing point at Vrbnica with the border police.",
            ("Vrbnica", "XK"),
        ),
        (
            "Police chiefs meet at the tripoint",
            "The police chiefs of the three countries met in Florina on 2 February 2024.",
            ("Florina", "GR"),
        ),
        (
            "Joint patrols start at Kapshticë",
            "Albanian and Greek officers started joint patrols on 1 July 2023.",
            ("Kapshticë", "AL"),
        ),
        (
            "Exchange week in Avila",
            "Police officers from the region spent a week at the police school.",
            ("Avila", "ES"),
        ),
    ],
)
def test_border_towns(title: str, body: str, want: tuple[str, str]) -> None:
    assert _place(title, body) == want
