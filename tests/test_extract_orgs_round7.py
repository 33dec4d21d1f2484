"""Round-7 organisation names: a known organisation's field office keeps its seat, a dangling demonym owner
("... of the Serbian police") is dropped, new gazetteer bodies (Croatian PNUSKOK, the Slovak Police Force,
the Carabinieri environmental command, INTERPOL NCBs named by their seat, the Serbian Commissariat for
Refugees and Migration, Save the Children, Global Affairs Canada)."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council of Europe Office in Belgrade and the Ministry of Justice opened the workshop.",
            ["Council of Europe Office in Belgrade", "Ministry of Justice"],
        ),
        ("Experts of the UNODC Office in Sarajevo presented the study.", ["UNODC Office in Sarajevo"]),
        # negative: an office with a name of its own drops the town (a seat, not part of the name)
        ("The Heinrich-Böll-Stiftung Office in Tirana hosted it.", ["Heinrich-Böll-Stiftung Office"]),
        # negative: a delegation's town stays out
        (
            "The Delegation of the European Union in Skopje funded the visit.",
            ["Delegation of the European Union"],
        ),
    ],
)
def test_field_office_seat(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The case was handled by the Department for Organised Crime of the Albanian police and Europol.",
            ["Department for Organised Crime", "Europol"],
        ),
        (
            "Officers of the Directorate for Border Surveillance of the Montenegrin police took part.",
            ["Directorate for Border Surveillance"],
        ),
        # negative: a country name (not a demonym) after "of" stays in the name
        (
            "The Service for Combating Organised Crime of Serbia took part.",
            ["Service for Combating Organised Crime of Serbia"],
        ),
        # negative: a demonym inside a name before its head noun stays
        (
            "The Criminal Police Directorate of the Slovenian Police took part.",
            ["Criminal Police Directorate of the Slovenian Police"],
        ),
    ],
)
def test_dangling_demonym(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Investigators of the National Police Office for the Suppression of Corruption and Organised Crime "
            "(PNUSKOK) met their Slovenian colleagues.",
            ["PNUSKOK"],
        ),
        (
            "A team of the Police Force of the Slovak Republic arrived in Gevgelija.",
            ["Police Force of the Slovak Republic"],
        ),
        ("The Slovak Police Force sent two officers.", ["Slovak Police Force"]),
        (
            "Officers of the Carabinieri Command for Environmental Protection led the exercise.",
            ["Carabinieri Command for Environmental Protection"],
        ),
        ("The Italian Carabinieri led the exercise.", ["Italian Carabinieri"]),
        ("The Head of NCB Podgorica presented the case.", ["NCB Podgorica"]),
        # negative: the plural names the bureaus of several countries, no one body
        ("Heads of National Central Bureaus from the region met.", []),
        (
            "The Commissariat for Refugees and Migration of the Republic of Serbia hosted the meeting.",
            ["Commissariat for Refugees and Migration of the Republic of Serbia"],
        ),
        ("Save the Children and UNICEF presented the findings.", ["Save the Children", "UNICEF"]),
        ("The project is funded by Global Affairs Canada.", ["Global Affairs Canada"]),
    ],
)
def test_new_gazetteer_bodies(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_new_bodies_carry_their_country() -> None:
    orgs = find_orgs("PNUSKOK and the Slovak Police Force signed it with Global Affairs Canada.", gazetteer())
    assert [(e.name, e.country) for e in orgs] == [
        ("PNUSKOK", "HR"),
        ("Slovak Police Force", "SK"),
        ("Global Affairs Canada", "CA"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Ana Petrović, Head of the OSCE Regional Centre Mitrovicë/Mitrovica, opened the session.",
            ["OSCE Regional Centre Mitrovicë/Mitrovica"],
        ),
        ("The GIZ Office Skopje supported it.", ["GIZ Office Skopje"]),
        # negative: a seat town followed by a capitalised word is not taken in
        ("The GIZ Office Skopje Director Ana Petrović spoke.", ["GIZ Office"]),
    ],
)
def test_bilingual_seat_town(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
