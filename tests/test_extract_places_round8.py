"""Round 8 place patterns: a town added as data (Spuž), "-based" compounds are no seat cue, "near the <town>
border crossing" is the crossing's town, "<town>, <capital>" is one place, a place-only upper-case dateline
("SARAJEVO – ...") and a dated dateline whose host held the event "at its headquarters"."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from tests.test_extract_places_general import _place


@pytest.mark.parametrize(("surface", "want"), [("Spuž", ("Spuž", "ME")), ("Spuz", ("Spuž", "ME"))])
def test_gazetteer_towns(surface: str, want: tuple[str, str]) -> None:
    assert gazetteer().places[surface] == want


def test_town_near_a_capital_is_the_venue() -> None:
    got = _place(
        "Prison staff trained on violent extremism",
        "The Directorate organised on 4 March 2025 a seminar at its training centre in Spuž, near Podgorica, for "
        "prison officers of the region.",
    )
    assert got == ("Spuž", "ME")


# "-based" compounds


def test_compound_based_before_title_city_is_no_seat() -> None:
    got = _place(
        "Regional workshop on intelligence-based policing, Budva",
        "Analysts from six police services met on 12 May 2025 to compare their analysis methods.",
    )
    assert got == ("Budva", "ME")


def test_based_in_is_still_a_seat() -> None:
    got = _place(
        "NGO based in Skopje presents report on police integrity",
        "The report was presented to journalists on 3 June 2025.",
    )
    assert got == (None, None)


# "near the <town> border crossing"


def test_near_the_town_border_crossing_is_the_venue() -> None:
    got = _place(
        "Joint exercise of border police units",
        "The Border Police held on 5 May 2025 an exercise on intercepting smugglers near the Bogorodica border "
        "crossing, with officers of the Centre for Social Work in Gevgelija.",
    )
    assert got == ("Bogorodica", "MK")


def test_near_a_town_without_crossing_is_still_no_venue() -> None:
    got = _place(
        "Joint exercise of border police units",
        "The Border Police held on 5 May 2025 an exercise on intercepting smugglers who had left a camp near "
        "Gevgelija.",
    )
    assert got == (None, None)


# "<town>, <capital>"


def test_town_followed_by_its_capital_is_one_place() -> None:
    got = _place(
        "Course on document fraud for border police",
        "The Police Academy organised a course at its training centre in Tacen, Ljubljana, from 3 to 5 March "
        "2025 for border police officers.",
    )
    assert got == ("Tacen", "SI")


def test_towns_listed_with_the_capital_are_no_single_venue() -> None:
    got = _place(
        "Study visit of border police officers",
        "The delegation visited police stations in Koper, Ljubljana and Maribor from 3 to 5 March 2025.",
    )
    assert got == (None, "SI")


def test_capital_then_town_is_still_a_list() -> None:
    got = _place(
        "Study visit of border police officers",
        "The delegation visited police stations in Ljubljana, Koper from 3 to 5 March 2025.",
    )
    assert got == (None, "SI")


# place-only upper-case dateline


def test_upper_case_dateline_without_day_is_the_place() -> None:
    got = _place(
        "Ministry presents the annual report on organised crime",
        "PODGORICA – The Ministry of Interior organised on 10 April 2025 a meeting with international partners "
        "to present the annual report.",
    )
    assert got == ("Podgorica", "ME")


def test_upper_case_dateline_gives_way_to_a_named_venue() -> None:
    got = _place(
        "Ministers open a new joint police centre",
        "SARAJEVO – The Minister of Security and his Croatian counterpart opened on 10 April 2025 the joint "
        "police centre in Bihać.",
    )
    assert got == ("Bihać", "BA")


def test_upper_case_dated_dateline_of_a_past_event_is_still_no_place() -> None:
    got = _place(
        "Regional conference on returnees",
        "SARAJEVO, 12 April 2025 – The Ministry of Security organised on 9 and 10 April 2025 a regional "
        "conference on returnees.",
    )
    assert got == (None, None)


# "hosted at its headquarters" under a dated dateline


def test_host_at_its_headquarters_takes_the_dateline_place() -> None:
    got = _place(
        "Operational meeting on firearms trafficking",
        "Bucharest, 14 March 2025 – On 11 and 12 March, the Center hosted at its Headquarters an operational "
        "meeting on firearms trafficking along the Balkan route.",
    )
    assert got == ("Bucharest", "RO")


def test_headquarters_elsewhere_named_keeps_that_town() -> None:
    got = _place(
        "Operational meeting on firearms trafficking",
        "Vienna, 14 March 2025 – On 11 and 12 March, Europol hosted at its headquarters in The Hague an "
        "operational meeting on firearms trafficking.",
    )
    assert got == ("The Hague", "NL")


def test_past_event_without_own_seat_keeps_no_place() -> None:
    got = _place(
        "Operational meeting on firearms trafficking",
        "Bucharest, 14 March 2025 – On 11 and 12 March, the Center organised an operational meeting on firearms "
        "trafficking along the Balkan route.",
    )
    assert got == (None, None)
