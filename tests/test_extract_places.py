"""The event's place: city and country, and the places that are not the venue."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.places import event_place


def _place(title: str, body: str):
    text = f"{title}\n\n{body}"
    return event_place(text, len(title), len(title) + 2, gazetteer()), text


@pytest.mark.parametrize(
    ("title", "body", "city", "country"),
    [
        ("A high-level meeting on 9 March 2023 in Tivat, Montenegro", "The meeting took place.", "Tivat", "ME"),
        ("Workshop", "On 5 May 2023 in Budva Montenegro, the IISG Secretariat took part.", "Budva", "ME"),
        ("Meeting", "The IISG Secretariat organised a meeting in Tirana.", "Tirana", "AL"),
        ("Talks", "Officials met in Prishtina on 3 May 2022.", "Prishtina", "XK"),
        ("Regional Support Group Meeting – WBCTi, Montenegro", "The meeting was held in Budva.", "Budva", "ME"),
        ("Podgorica: MARRI Forum closes the Presidency", "The Forum convened.", "Podgorica", "ME"),
        ("Chiefs meet", "The chiefs gathered in Kranjska Gora, Slovenia, for two days.", "Kranjska Gora", "SI"),
    ],
)
def test_city_and_country(title: str, body: str, city: str, country: str) -> None:
    place, _ = _place(title, body)
    assert (place.city, place.country) == (city, country)


@pytest.mark.parametrize(
    ("body", "city", "country"),
    [
        ("Skopje, 13 September 2023 – The minister travels to the meeting held in Tirana.", "Tirana", "AL"),
        ("The plan adopted in Ohrid in April 2019 was revised in Struga.", "Struga", "MK"),
        ("Mr. Anton Travner, Director of DCAF Ljubljana, met the chiefs in Zagreb.", "Zagreb", "HR"),
        ("Ministers discussed the Berlin Process and the Sofia Declaration in Podgorica.", "Podgorica", "ME"),
        ("The 15th meeting, set for 10-11 May 2016 in Vienna, was prepared in Chisinau.", "Chisinau", "MD"),
    ],
)
def test_distractor_places(body: str, city: str, country: str) -> None:
    place, _ = _place("News", body)
    assert (place.city, place.country) == (city, country)


def test_country_only_when_no_city() -> None:
    assert _place("Officials pledge action", "Meeting in Bosnia on Thursday, officials agreed.")[0][:2] == (None, "BA")
    assert _place("Study visit", "A working group travelled to Slovenia on a working visit.")[0][:2] == (None, "SI")
    assert _place("Conference report", "The conference, held at Wilton Park (UK), ended.")[0][:2] == (None, "GB")
    assert _place("Steering committee meets in Albania", "It met in Korçë/Tirana.")[0][:2] == (None, "AL")


def test_no_place() -> None:
    place, _ = _place("Forum held by videoconference", "Ministers of Estonia and Austria met online.")
    assert (place.city, place.country) == (None, None)


def test_evidence_spans_point_at_the_place() -> None:
    place, text = _place("Workshop", "On 5 May 2023 the meeting was held in Skopje, North Macedonia.")
    assert text[slice(*place.city_span)] == "Skopje"
    assert text[slice(*place.country_span)] == "North Macedonia"
