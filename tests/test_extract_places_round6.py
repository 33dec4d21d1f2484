"""Round 6 place and date patterns: a range with a weekday before each day, an airport where people went as its
town (not an airport unit's seat in a list), several towns of one country giving the country alone, and towns
where EU police, border and customs academies sit (gazetteer data)."""

from __future__ import annotations

import datetime as dt

import pytest

from iisg_graph.extract.dates import event_date, find_dates
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.textutil import sentences
from tests.test_extract_places_general import _place


def _dates(title: str, body: str) -> tuple[dt.date | None, dt.date | None]:
    text = f"{title}\n\n{body}"
    d = event_date(text, len(title) + 2, sentences(text))
    return d.start, d.end


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The course ran from Monday 16 to Friday 20 September 2024 in Tirana.", ("2024-09-16", "2024-09-20")),
        ("It was held from Tuesday, 3 to Thursday, 5 October 2023.", ("2023-10-03", "2023-10-05")),
        ("on Monday, 6 March and Tuesday, 7 March 2023", ("2023-03-06", "2023-03-07")),
        ("from Monday, May 6 to Friday, May 10, 2024", ("2024-05-06", "2024-05-10")),
        ("16 to Friday 20 September 2024", ("2024-09-16", "2024-09-20")),
    ],
)
def test_weekday_before_each_day_of_a_range(text: str, want: tuple[str, str]) -> None:
    found = find_dates(text)
    assert len(found) == 1
    assert (str(found[0].start), str(found[0].end)) == want


def test_weekday_range_is_the_event_date() -> None:
    got = _dates(
        "Regional course on financial investigations",
        "The course took place from Wednesday 2 to Friday 4 October 2024 at the police academy.",
    )
    assert got == (dt.date(2024, 10, 2), dt.date(2024, 10, 4))


@pytest.mark.parametrize(
    "text",
    [
        "The team met on 3 May and on Friday the report was sent.",  # a weekday with no day number after it
        "between 5 and Friday",
    ],
)
def test_weekday_without_a_day_is_no_range_end(text: str) -> None:
    assert all(d.end is None for d in find_dates(text))


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (  # a visit to a body at an airport: the airport's town
            "Customs officers visit the Dutch border police",
            "In May 2024 customs officers from Albania made a study visit to the Royal Netherlands Marechaussee "
            "at Amsterdam Airport Schiphol, where they observed document checks.",
            ("Amsterdam", "NL"),
        ),
        (  # a town's airport with no alias in the data
            "Border guards train at Frankfurt Airport",
            "Officers from Serbia trained there in March 2024.",
            ("Frankfurt", "DE"),
        ),
        (
            "Document checks course for border police",
            "Ten Montenegrin officers trained at Vienna International Airport on 4 June 2024.",
            ("Vienna", "AT"),
        ),
        (  # an airport unit's seat in a list is no venue; the title's country stays
            "Steering committee meets in Albania",
            "The committee met in Korçë/Tirana, Albania, with officers of the Port Control Unit (PCU) and the "
            "Air Cargo Control Unit (ACCU) at Tirana International Airport.",
            (None, "AL"),
        ),
        (  # an airport in a title of office is no venue
            "Police cooperation talks",
            "The Police Director of Frankfurt Airport presented the new risk profiles.",
            (None, None),
        ),
        (  # two towns of one country in a dateline ending with a colon: the country only
            "Study visit to the Finnish border authorities",
            "Helsinki and Imatra, 10–12 May 2023: a delegation of the Border Police of Serbia visited the "
            "border guard academy.",
            (None, "FI"),
        ),
        (  # towns in two countries: neither
            "Study tour of police academies",
            "Officers visited Münster and Apeldoorn in June 2023 to compare curricula.",
            (None, None),
        ),
        (  # an academy town from the data
            "Exchange programme for police officers",
            "Two inspectors from Kosovo spent three weeks at the German Police University in Münster in 2023.",
            ("Münster", "DE"),
        ),
        (
            "Border guards complete course",
            "Twelve border guards from North Macedonia completed a course at the State Border Guard College in "
            "Rēzekne.",
            ("Rēzekne", "LV"),
        ),
    ],
)
def test_airports_several_towns_and_academy_towns(title: str, body: str, want: tuple[str | None, str | None]) -> None:
    assert _place(title, body) == want


def test_academy_towns_have_countries() -> None:
    places = gazetteer().places
    want = {
        "Münster": "DE",
        "Muenster": "DE",
        "Brühl": "DE",
        "Imatra": "FI",
        "Apeldoorn": "NL",
        "Ostia": "IT",
        "Bramshill": "GB",
        "Szczytno": "PL",
        "Neuchâtel": "CH",
    }
    assert {k: places[k][1] for k in want} == want
    assert places["Schiphol"] == ("Amsterdam", "NL")
    assert places["Amsterdam Airport Schiphol"] == ("Amsterdam", "NL")
