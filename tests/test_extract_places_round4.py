"""Round 4 place patterns: "held at <venue> Headquarters in CITY", "<verb> people from <list> in CITY for a
<event>", "at the X border crossing near CITY", embassies' "in CITY" as a seat, and venue aliases that give
the canonical town."""

from __future__ import annotations

import pytest

from tests.test_extract_places_general import _place


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Customs experts meet on fuel smuggling",
            "A working meeting of customs experts was held at the SELEC Headquarters in Bucharest on 3 May 2024.",
            ("Bucharest", "RO"),
        ),
        (
            "Analysts meet on firearms",
            "Firearms analysts met at Europol Headquarters in The Hague on 12 March 2024.",
            ("The Hague", "NL"),
        ),
        (
            "Agency reviews projects",
            "The agency, headquartered in Vienna, reviewed its projects in the region.",
            (None, None),
        ),
    ],
)
def test_held_at_a_headquarters_in_a_city(title: str, body: str, want: tuple[str | None, str | None]) -> None:
    assert _place(title, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "In May 2022, the OSCE brought together judges from the Supreme Court of Serbia, the Basic Court of "
            "Montenegro and the Special Prosecution Office of Kosovo in Skopje for a two-day workshop.",
            ("Skopje", "MK"),
        ),
        (
            "UNDP gathered police officers from Serbia and Montenegro in Budva for a regional training on cybercrime.",
            ("Budva", "ME"),
        ),
        (
            "Staff of the OSCE Mission to Skopje joined the discussion.",
            (None, None),
        ),
    ],
)
def test_people_from_a_list_in_a_city_for_an_event(body: str, want: tuple[str | None, str | None]) -> None:
    assert _place("Judges discuss asset recovery", body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "UNDP delivered two vehicles to the Border Police at a border crossing point near Bijeljina.",
            ("Bijeljina", "BA"),
        ),
        (
            "IOM handed over thermal cameras to the Kosovo Police at the Sitnica border crossing near Prizren.",
            ("Prizren", "XK"),
        ),
        (  # a crossing named after a known village is the more precise place
            "IOM handed over thermal cameras to the Border Police at the Batrovci border crossing near Šid.",
            ("Batrovci", "RS"),
        ),
        (
            "Interior ministers met at Brdo Castle near Kranj to discuss migration.",
            ("Brdo pri Kranju", "SI"),
        ),
    ],
)
def test_a_venue_near_a_city(body: str, want: tuple[str | None, str | None]) -> None:
    assert _place("Equipment for border police", body) == want


def test_embassies_in_a_city_are_seats_not_the_venue() -> None:
    body = (
        "Ministers met on 3 June 2023 at the Brdo Congress Centre, hosted by the Ministry of Interior of Slovenia. "
        "The embassies of France and Spain in Ljubljana also took part."
    )
    assert _place("Ministers review border security", body) == ("Brdo pri Kranju", "SI")
    body = "Ministers met on 3 June 2023. The embassies of France, Spain and Italy in Ljubljana also took part."
    assert _place("Ministers review border security", body) == (None, None)
    body = "Experts met on 3 June 2023. The French embassy in Podgorica also took part."
    assert _place("Experts review border security", body) == (None, None)


def test_a_meeting_at_an_embassy_is_held_there() -> None:
    body = "The coordination meeting was held at the Embassy of Sweden in Tirana on 4 April 2023."
    assert _place("Donors coordinate", body) == ("Tirana", "AL")


def test_a_venue_alias_gives_its_town_and_a_spelling_stays() -> None:
    assert _place("Workshop in Tiranë", "Experts met on 4 April 2023.") == ("Tiranë", "AL")
    assert _place("Experts meet", "Experts met at Brdo Castle on 4 April 2023.") == ("Brdo pri Kranju", "SI")
