"""Round 7 place and date patterns: Kosovo's bilingual town names (gazetteer data, and the second name of a
dateline pair), a venue named by a body and its town, "at the headquarters of X in <city>", a bare year dating
another event, a university's seat, a future "meet again in", a title's "launched in", datelines naming the
country or the event's days, a sender before the dateline's place, and countries listed in the title."""

from __future__ import annotations

import datetime as dt

import pytest

from iisg_graph.extract.dates import event_date
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.textutil import sentences
from tests.test_extract_places_general import _place


def _dates(title: str, body: str) -> tuple[dt.date | None, dt.date | None]:
    text = f"{title}\n\n{body}"
    d = event_date(text, len(title) + 2, sentences(text))
    return d.start, d.end


@pytest.mark.parametrize(
    ("surface", "want"),
    [
        ("Pejë", ("Peja", "XK")),
        ("Gnjilane", ("Gjilan", "XK")),
        ("Lipljan", ("Lipjan", "XK")),
        ("Glogovac", ("Drenas", "XK")),
        ("Novo Mesto", ("Novo Mesto", "SI")),
        ("Karlovac", ("Karlovac", "HR")),
    ],
)
def test_gazetteer_towns(surface: str, want: tuple[str, str]) -> None:
    assert gazetteer().places[surface] == want


def test_bilingual_pair_in_title_is_one_town() -> None:
    got = _place(
        "Local safety council in Podujevë/Podujevo discusses traffic near schools",
        "The council met with the municipal police commander on 4 October 2023.",
    )
    assert got == ("Podujevë", "XK")


def test_two_different_towns_with_slash_are_no_venue() -> None:
    got = _place(
        "Joint patrols on the Shkodër/Podgorica road",
        "Police officers of both countries patrolled the road on 4 October 2023.",
    )
    assert got == (None, None)


def test_second_name_of_dateline_pair_is_no_venue() -> None:
    got = _place(
        "Probation service concludes mentoring programme",
        "Prishtinë/Priština, 12 March 2024 – The Probation Service today closed the programme at its training "
        "centre in Shtime, with the support of the Council of Europe Office in Pristina.",
    )
    assert got == ("Shtime", "XK")


def test_dateline_pair_alone_with_past_lead() -> None:
    got = _place(
        "Twinning project on border management closes",
        "Prishtinë/Priština, 12 March 2024 – The EU Office and the Border Police presented the results of the "
        "two-year project to the Minister.",
    )
    assert got == ("Prishtinë", "XK")


def test_venue_named_by_a_body_and_its_town() -> None:
    got = _place(
        "Donation of patrol boats to the Border Police",
        "The boats were handed over at the Border Police Station Vranje to the Chief of the Border Police.",
    )
    assert got == ("Vranje", "RS")


def test_body_named_with_its_town_is_no_venue() -> None:
    got = _place(
        "Study on police integrity presented",
        "Experts of DCAF Ljubljana presented the study to the Ministry of Interior on 3 May 2024.",
    )
    assert got == (None, None)


def test_at_the_headquarters_of_a_body_in_a_city() -> None:
    got = _place(
        "Joint operation launched in Montenegro",
        "The operation was opened on 15 April at a ceremony at the headquarters of the Border Police in "
        "Podgorica in the presence of the Minister.",
    )
    assert got == ("Podgorica", "ME")


def test_headquartered_in_stays_a_seat() -> None:
    got = _place(
        "Workshop on asset recovery",
        "The network, headquartered in Podgorica, held a workshop on 3 May 2024 in Kotor.",
    )
    assert got == ("Kotor", "ME")


def test_city_dated_by_a_bare_year_is_another_event() -> None:
    got = _place(
        "Police academies sign a cooperation protocol",
        "Skopje, 5 March 2024 – The two academies today signed a protocol that builds on the framework "
        "agreed in Ohrid in 2018.",
    )
    assert got == ("Skopje", "MK")


def test_city_with_month_and_year_is_not_dated_by_a_bare_year() -> None:
    got = _place(
        "Regional meeting on cybercrime",
        "The meeting was held in Ohrid in May 2024 with experts from six countries.",
    )
    assert got == ("Ohrid", "MK")


def test_university_seat_is_no_venue() -> None:
    got = _place(
        "Conference on police education",
        "Novi Sad, 5-6 November 2024 – The Academy organised the conference. A lecture was given by a "
        "professor of the University of Ljubljana.",
    )
    assert got == ("Novi Sad", "RS")


def test_held_at_a_university_is_the_venue() -> None:
    got = _place(
        "Summer school on criminal justice",
        "The summer school was held at the University of Maribor on 3-7 July 2023.",
    )
    assert got == ("Maribor", "SI")


def test_meet_again_is_a_future_event() -> None:
    got = _place(
        "Heads of police units meet",
        "LYON, France – The heads of the units met on 5 and 6 February 2025 at the General Secretariat. "
        "Participants agreed to meet again in Skopje in the autumn.",
    )
    assert got == ("Lyon", "FR")


def test_met_again_is_the_event() -> None:
    got = _place(
        "Working group continues its work",
        "The working group met again in Skopje on 5 March 2024 to finalise the draft.",
    )
    assert got == ("Skopje", "MK")


def test_dateline_with_country_but_no_event_elsewhere() -> None:
    got = _place(
        "Workshop on financial investigations",
        "TIRANA, Albania – Investigators from five countries took part on 3 May 2024 in the workshop.",
    )
    assert got == ("Tirana", "AL")


def test_dateline_with_day_range_names_the_venue() -> None:
    got = _place(
        "Annual scientific conference of the Police Academy",
        "Danilovgrad, 12-13 June 2024 – The Police Academy organised its annual conference, with a keynote "
        "by a professor of the University of Zagreb.",
    )
    assert got == ("Danilovgrad", "ME")


def test_dateline_with_single_day_and_no_today_is_no_venue() -> None:
    got = _place(
        "Annual scientific conference of the Police Academy",
        "Danilovgrad, 12 June 2024 – The Police Academy will organise its annual conference next month.",
    )
    assert got == (None, None)


def test_title_launched_in_is_the_event() -> None:
    got = _place(
        "National risk assessment launched in Tirana",
        "The Ministry of Finance presented the assessment to the donors on 3 March 2025.",
    )
    assert got == ("Tirana", "AL")


def test_body_launched_in_stays_a_past_start() -> None:
    got = _place(
        "Second phase of the risk assessment",
        "The assessment, launched in Tirana, now covers customs. Experts met on 3 March 2025 in Durrës.",
    )
    assert got == ("Durrës", "AL")


def test_title_list_of_countries_gives_no_country() -> None:
    got = _place(
        "Drug trafficking ring dismantled in Serbia, Croatia and Hungary",
        "Police officers searched 20 houses in Novi Sad, Karlovac and Szeged on 4 June 2024.",
    )
    assert got == (None, None)


def test_title_single_country_stays() -> None:
    got = _place(
        "Drug trafficking ring dismantled in Serbia",
        "Police officers searched 20 houses on 4 June 2024.",
    )
    assert got == (None, "RS")


def test_sender_before_dateline_place_gives_the_year() -> None:
    got = _dates(
        "Regional meeting on returns",
        "UNHCR Serbia, Belgrade – 9 May 2024. UNHCR organised the meeting on 7-8 May at a hotel.",
    )
    assert got == (dt.date(2024, 5, 7), dt.date(2024, 5, 8))


def test_plain_dateline_still_gives_the_year() -> None:
    got = _dates("Regional meeting on returns", "Belgrade, 9 May 2024 – UNHCR organised the meeting on 7-8 May.")
    assert got == (dt.date(2024, 5, 7), dt.date(2024, 5, 8))


def test_dash_in_lead_without_dateline_is_no_dateline() -> None:
    got = _dates("Regional meeting on returns", "UNHCR organised the meeting on 7-8 May, in Belgrade.")
    assert got == (None, None)


def test_bare_year_of_the_reported_stay_keeps_the_town() -> None:
    got = _place(
        "Police officers on exchange in Austria",
        "Three inspectors from Montenegro spent two weeks at the Federal Police Academy in Traiskirchen in 2024.",
    )
    assert got == ("Traiskirchen", "AT")


def test_crossing_named_by_two_towns_has_no_place() -> None:
    got = _place(
        "Border police open a joint contact centre",
        "A joint contact centre at the Preševo–Tabanovce border crossing started operating on 4 May 2023.",
    )
    assert got == (None, None)


def test_crossing_named_by_one_town_is_the_venue() -> None:
    got = _place(
        "Border police open a joint contact centre",
        "A joint contact centre at the Tabanovce border crossing started operating on 4 May 2023.",
    )
    assert got == ("Tabanovce", "MK")


def test_hyphenated_town_district_is_no_crossing() -> None:
    got = _place(
        "Conference on forensics",
        "The conference was held in Belgrade-Zemun on 4 May 2023.",
    )
    assert got == ("Belgrade", "RS")
