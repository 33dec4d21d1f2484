"""Round-5 organisation shapes: "to" objects in a body's field, "and of the" second bodies, a role's "of the
Ministry", the EU Special Representative's office, networks named as partners."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "to" object in the field of a body's name belongs to the name
        (
            "Staff of the Commission for Access to Information and the Police Academy took part.",
            ["Commission for Access to Information", "Police Academy"],
        ),
        (
            "The Centre for Legal Assistance to Victims of Trafficking organised the session in Skopje.",
            ["Centre for Legal Assistance to Victims of Trafficking"],
        ),
        # negative: a destination after "to" is no part of the name
        (
            "A delegation of the Agency for Legal Assistance to Serbia arrived on Monday.",
            ["Agency for Legal Assistance"],
        ),
        (
            "Officers of the Ministry of Interior to Albania were present.",
            ["Ministry of Interior"],
        ),
    ],
)
def test_to_object_in_field(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and of the" before a head noun starts a second body, even after a field phrase
        (
            "Analysts of the Office for the Suppression of Financial Crime and of the Border Police Directorate "
            "attended the course.",
            ["Office for the Suppression of Financial Crime", "Border Police Directorate"],
        ),
        # negative: "and of the" before a field with no head noun stays in the name
        (
            "Analysts of the Office for the Suppression of Financial Crime and of the Financing of Terrorism "
            "attended the course.",
            ["Office for the Suppression of Financial Crime and of the Financing of Terrorism"],
        ),
    ],
)
def test_and_of_the_second_body(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a secretary's or minister's "of the <body>" names the body
        (
            "The seminar was attended by the State Secretary of the Ministry of Justice of Serbia, Mr. Petar Ilić.",
            ["Ministry of Justice of Serbia"],
        ),
        (
            "Ms. Lea Kraja, Deputy Minister of the Ministry of Interior of Albania, opened the meeting.",
            ["Ministry of Interior of Albania"],
        ),
        # negative: a portfolio ("Minister of Justice", "Minister of the Interior") is no organisation mention
        ("The Minister of Justice of Serbia opened the seminar.", []),
        ("The Minister of the Interior of Serbia opened the seminar.", []),
    ],
)
def test_role_of_the_body(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_eu_special_representative_office() -> None:
    text = "The launch was attended by the EU Special Representative's office and the Embassy of Italy."
    assert _names(text) == ["EU Special Representative's office", "Embassy of Italy"]
    ent = find_orgs(text, gazetteer())[0]
    assert ent.key == "eusr-office"


def test_eu_special_representative_person_is_no_office() -> None:
    # negative: the bare title is a person's role
    assert "EU Special Representative's office" not in _names("The EU Special Representative opened the event.")
    assert not any(e.key == "eusr-office" for e in find_orgs("The EUSR opened the event.", gazetteer()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign ran in partnership with the Safe Schools Network, a regional association.",
            ["Safe Schools Network"],
        ),
        (
            "The study was prepared in cooperation with the Youth Resilience Network and the Ministry of Education.",
            ["Youth Resilience Network", "Ministry of Education"],
        ),
        # negative: a network project after "in cooperation with", or a network named without acting
        ("The study was prepared in cooperation with the Youth Resilience Network project.", []),
        ("The study is part of the Youth Resilience Network, which supports schools.", []),
    ],
)
def test_partner_network(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
