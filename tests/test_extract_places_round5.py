"""Round 5 place and date patterns: a body "seconded to X Headquarters in CITY" is a seat, capitalised datelines,
a dated dateline over a past-tense lead with no other date or city, a dateline range, a participant's seat in a
list, "adopted by X on DATE" as a distractor, signings at border crossings and "a two-day <event>"."""

from __future__ import annotations

import datetime as dt

import pytest

from iisg_graph.extract.dates import event_date
from iisg_graph.extract.textutil import sentences
from tests.test_extract_places_general import _place


def _dates(title: str, body: str) -> tuple[dt.date | None, dt.date | None]:
    text = f"{title}\n\n{body}"
    d = event_date(text, len(title) + 2, sentences(text))
    return d.start, d.end


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (  # a posting names the seat; the visit "today" is at the capitalised dateline city
            "Minister receives the Europol liaison chief",
            "TIRANA, 4 April 2023 – The Minister of Interior today received the head of the liaison bureau. The "
            "Minister thanked the two officers seconded to Europol Headquarters in The Hague for their work.",
            ("Tirana", "AL"),
        ),
        (  # no dateline: the seat is still no venue
            "Minister thanks liaison officers",
            "The Minister thanked the officers posted to SELEC Headquarters in Bucharest for their reports.",
            (None, None),
        ),
        (  # a visit "to" a headquarters stays a venue
            "Experts visit SELEC",
            "Customs experts travelled to SELEC Headquarters in Bucharest for talks on 3 May 2024.",
            ("Bucharest", "RO"),
        ),
    ],
)
def test_postings_name_a_seat(title: str, body: str, want: tuple[str | None, str | None]) -> None:
    assert _place(title, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Sarajevo, 9 June 2022 – UNDP delivered 20 patrol vehicles to the Border Police.", ("Sarajevo", "BA")),
        ("Sarajevo, 9 June 2022. UNDP delivered 20 patrol vehicles to the Border Police.", ("Sarajevo", "BA")),
        # the lead names another time, or a future event: the dateline is only the publication's
        ("Sarajevo, 9 June 2022 – UNDP recently delivered 20 vehicles to the Border Police.", (None, None)),
        ("Sarajevo, 9 June 2022 – UNDP will deliver 20 vehicles to the Border Police.", (None, None)),
        # another city in the item is the venue
        ("Sarajevo, 9 June 2022 – UNDP delivered 20 vehicles to the Border Police in Mostar.", ("Mostar", "BA")),
    ],
)
def test_dated_dateline_over_a_past_lead_gives_the_city(body: str, want: tuple[str | None, str | None]) -> None:
    assert _place("Vehicles for the border police", body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Sarajevo, 9 June 2022 – UNDP delivered 20 patrol vehicles to the Border Police.",
            (dt.date(2022, 6, 9), None),
        ),
        ("Vienna, 21 March 2023. Minister Mr. Karner hosted his counterparts.", (dt.date(2023, 3, 21), None)),
        (
            "Budva, 10–12 May 2023 – The Police Academy organised its annual conference.",
            (dt.date(2023, 5, 10), dt.date(2023, 5, 12)),
        ),
        ("Sarajevo, 9 June 2022 – UNDP delivered vehicles to the police last Friday.", (None, None)),
        ("Sarajevo, 9 June 2022 – On Monday, UNDP delivered vehicles to the police.", (None, None)),
        ("Sarajevo, 9 June 2022 – UNDP will deliver vehicles to the police.", (None, None)),
        # another event date wins
        ("Sarajevo, 9 June 2022 – UNDP delivered vehicles to the police on 7 June 2022.", (dt.date(2022, 6, 7), None)),
    ],
)
def test_dated_dateline_over_a_past_lead_gives_the_date(body: str, want: tuple) -> None:
    assert _dates("Vehicles for the border police", body) == want


def test_a_participants_seat_in_a_list_is_no_venue() -> None:
    body = (
        "Budva, 10–12 May 2023 – The Police Academy of Montenegro organised its annual conference. Participants "
        "included the Police Academy of Albania, the Faculty of Security Studies in Skopje, the Police College of "
        "Bosnia and Herzegovina and the Bavarian Police Academy."
    )
    assert _place("Police academies meet", body) == ("Budva", "ME")
    # without a dateline the old reading stays
    assert _place("Police academies meet", body.split(" – ", 1)[1]) == ("Skopje", "MK")
    # a venue "at" a named body in a list context is still the venue
    venue = "Budva, 10–12 May 2023 – Lecturers met at the Faculty of Security Studies in Skopje, the host."
    assert _place("Police academies meet", venue) == ("Skopje", "MK")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The Ministry presented the Action Plan, adopted by the Government on 3 March 2022, to donors in "
            "Skopje on 12 April 2022.",
            (dt.date(2022, 4, 12), None),
        ),
        (  # no other date: the adoption date is all there is
            "The Ministry presented the Action Plan, approved by the Government on 3 March 2022, to donors.",
            (dt.date(2022, 3, 3), None),
        ),
        (  # a clause ("was signed by ... on") reports the event itself
            "The agreement was signed by the two ministers on 3 March 2022 in Skopje, and reviewed on 12 April 2022.",
            (dt.date(2022, 3, 3), None),
        ),
    ],
)
def test_adopted_by_on_a_date_inside_a_noun_phrase(body: str, want: tuple) -> None:
    assert _dates("Action plan presented", body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "SKOPJE – The ministers of North Macedonia and Serbia signed on Monday at the Tabanovce border crossing "
            "a protocol on joint patrols.",
            ("Tabanovce", "MK"),
        ),
        (
            "The ministers reviewed the protocol signed at the Tabanovce border crossing in 2019 and agreed on "
            "new patrols.",
            (None, None),
        ),
    ],
)
def test_signing_at_a_border_crossing(body: str, want: tuple[str | None, str | None]) -> None:
    assert _place("Ministers agree on joint patrols", body) == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Police host cybercrime units",
            "Skopje, Monday, 6 May 2024 – The police hosted a two-day regional meeting on 6 May 2024.",
            (dt.date(2024, 5, 6), dt.date(2024, 5, 7)),
        ),
        (
            "Three-day course on forensics",
            "The police academy hosted a three-day course for forensic experts starting on 6 May 2024.",
            (dt.date(2024, 5, 6), dt.date(2024, 5, 8)),
        ),
        (  # a range says the days itself
            "Police host cybercrime units",
            "The police hosted a two-day regional meeting on 6 and 7 May 2024.",
            (dt.date(2024, 5, 6), dt.date(2024, 5, 7)),
        ),
        (  # no "N-day": one day only
            "Police host cybercrime units",
            "The police hosted a regional meeting on 6 May 2024.",
            (dt.date(2024, 5, 6), None),
        ),
    ],
)
def test_n_day_event_gives_the_end_date(title: str, body: str, want: tuple) -> None:
    assert _dates(title, body) == want


def test_a_dateline_over_a_lead_with_its_own_date_is_the_publications() -> None:
    body = "Skopje, 9 May 2023 – The ministry co-organised on 7 and 8 May 2023 a regional conference on returnees."
    assert _place("Conference on returnees", body) == (None, None)
    assert _dates("Conference on returnees", body) == (dt.date(2023, 5, 7), dt.date(2023, 5, 8))
    last_week = "THE HAGUE, 14 May 2023 – Last week, the Director paid a working visit to the region."
    assert _dates("Director visits the region", last_week) == (None, None)
