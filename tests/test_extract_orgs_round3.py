"""Round-3 organisation shapes: embassy seats, possessive units, bracketed short forms, foundations, schools."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The seminar was supported by the Dutch Embassy in Skopje.",
            [("Dutch Embassy in Skopje", "NL")],
        ),
        (
            "Funding came from the U.S. Embassy in Tirana, which also sent an observer.",
            [("U.S. Embassy in Tirana", "US")],
        ),
        (
            "The Italian Embassy in Montenegro hosted the reception.",
            [("Italian Embassy in Montenegro", "IT")],
        ),
        (
            "Participants from the EU Delegation in Podgorica attended.",
            [("EU Delegation", None)],
        ),
    ],
)
def test_embassy_keeps_its_seat(text: str, expected: list) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An officer of the Croatian Ministry of Interior’s Department for Organised Crime spoke.",
            [("Ministry of Interior of Croatia", "HR")],
        ),
        (
            "Experts of Europol's Financial Intelligence Unit gave a lecture.",
            [("Europol", None)],
        ),
        (
            "Staff of the Council of Europe's MONEYVAL Secretariat presented the report.",
            [("MONEYVAL Secretariat", None)],
        ),
    ],
)
def test_possessive_unit_goes_to_its_owner(text: str, expected: list) -> None:
    assert _orgs(text) == expected


def test_bracketed_short_form_names_the_body() -> None:
    text = (
        "The National Centre for Cyber Security (NCS Centre) held a workshop. The Director of the NCS Centre opened it."
    )
    ents = find_orgs(text, gazetteer())
    assert [(e.name, len(e.mentions)) for e in ents] == [("NCS Centre", 3)]


def test_short_form_not_matching_initials_is_separate() -> None:
    assert [e.name for e in find_orgs("The Regional Training Centre (ABC Centre) met.", gazetteer())] == [
        "Regional Training Centre",
        "ABC Centre",
    ]


def test_and_splits_before_a_demonym_body() -> None:
    assert _orgs("UNDP Office and Serbian Cyber Crime Unit sign agreement") == [
        ("UNDP Office", None),
        ("Serbian Cyber Crime Unit", "RS"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Friedrich-Ebert-Stiftung (FES) organised the debate.", ["FES"]),
        ("The event was supported by the Hanns Seidel Foundation.", ["Hanns Seidel Foundation"]),
        ("Prosecutors of the Special Anti-Corruption Structure took part.", ["Special Anti-Corruption Structure"]),
        ("The Heinrich-Böll-Stiftung Office in Sarajevo hosted it.", ["Heinrich-Böll-Stiftung Office"]),
        (
            "The training was funded by the Export Control and Related Border Security Program.",
            ["Export Control and Related Border Security Program"],
        ),
    ],
)
def test_foundations_and_programmes(text: str, expected: list[str]) -> None:
    assert [e.name for e in find_orgs(text, gazetteer())] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The course took place at the Border Police School in Zagreb. Trainers of the Croatian Border Police "
            "led it.",
            [("Border Police School", None), ("Croatian Border Police", "HR")],
        ),
        (
            "Instructors of the Italian State Police taught the module.",
            [("Italian State Police", "IT")],
        ),
        (
            "Researchers of the Police College of Finland joined.",
            [("Police College of Finland", "FI")],
        ),
    ],
)
def test_schools_and_people_plurals(text: str, expected: list) -> None:
    assert _orgs(text) == expected
