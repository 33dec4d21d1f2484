"""Round-4 organisation shapes: introduced bodies, treaties as documents, field nouns, persons before "of the",
sentence-initial adverbials, acting networks."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in find_orgs(text, gazetteer())]


def _spans(text: str) -> list[str]:
    return [m.text for e in find_orgs(text, gazetteer()) for m in e.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The non-governmental organisation Forum for Civic Trust presented a study in Sarajevo.",
            [("Forum for Civic Trust", None)],
        ),
        (
            "On Monday the civil society organisation Centre for Youth Dialogue briefed the Ministry of Justice.",
            [("Centre for Youth Dialogue", None), ("Ministry of Justice", None)],
        ),
        ("Delegates met at the Forum for Civic Trust in Sarajevo.", []),
    ],
)
def test_body_introduced_as_organisation(text: str, expected: list) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers applied Articles 12 and 13 of the Police Cooperation Convention for Southeast Europe.",
            [],
        ),
        ("Delegates reviewed the implementation of the Police Cooperation Convention for Southeast Europe.", []),
        ("The Council of Europe Convention on Cybercrime was presented to the Ministry of Justice.", [
            ("Ministry of Justice", None)
        ]),
        ("The Treaty on Mutual Legal Assistance was discussed.", []),
        ("The Department of Protocol of the Ministry of Foreign Affairs organised the visit.", [
            ("Department of Protocol of the Ministry of Foreign Affairs", None)
        ]),
    ],
)
def test_treaty_is_a_document(text: str, expected: list) -> None:
    assert _orgs(text) == expected


def test_treaty_body_still_an_actor() -> None:
    text = "The Secretariat of the Police Cooperation Convention for Southeast Europe hosted the meeting."
    assert _orgs(text) == [("Secretariat of the Police Cooperation Convention for Southeast Europe", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A representative of the Agency for Police Conduct attended.", [("Agency for Police Conduct", None)]),
        (
            "Experts of the Institute for Police Oversight of Sweden attended.",
            [("Institute for Police Oversight of Sweden", "SE")],
        ),
        (
            "The Office for Police Cooperation hosted the Ministry of Interior.",
            [("Office for Police Cooperation", None), ("Ministry of Interior", None)],
        ),
    ],
)
def test_field_noun_ends_the_name(text: str, expected: list) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Jelena Petrović of the Ministry of Interior of Serbia and Mr. Lukas Weber of the "
            "Bundeskriminalamt presented the results.",
            ["Ministry of Interior of Serbia", "Bundeskriminalamt"],
        ),
        (
            "State Secretary Mr. Nikola Stojanov of the Ministry of Interior opened the meeting.",
            ["Ministry of Interior"],
        ),
        (
            "State Secretary Nikola Stojanov of the Ministry of Interior opened the meeting.",
            ["Ministry of Interior"],
        ),
        (
            "Ms. Ivana Horvat of the Croatian Police Academy spoke first.",
            ["Croatian Police Academy"],
        ),
    ],
)
def test_person_before_of_the_org(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since 2018 the Mission has supported the police academy.",
        "Throughout 2022 the Agency trained border officers.",
    ],
)
def test_sentence_initial_adverbial_is_no_org(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pčinja Youth Network, in partnership with the Strong Cities Network, organised a community forum.",
            [("Pčinja Youth Network", None), ("Strong Cities Network", None)],
        ),
        (
            "The Šabac Civic Network organised a forum with the Ministry of Justice.",
            [("Šabac Civic Network", None), ("Ministry of Justice", None)],
        ),
        ("The Regional Knowledge Network will be developed next year.", []),
    ],
)
def test_acting_network_is_a_body(text: str, expected: list) -> None:
    assert _orgs(text) == expected
