"""Organisations: acronyms and long forms, ministries by country, unknown organisations by their shape."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The IISG Secretariat held a meeting with DG NEAR.", ["IISG Secretariat", "DG NEAR"]),
        ("Experts of the PCC SEE Secretariat and the MARRI RC attended.", ["PCC SEE Secretariat", "MARRI RC"]),
        (
            "The Directorate-General for Neighbourhood and Enlargement Negotiations sent an official.",
            ["Directorate-General for Neighbourhood and Enlargement Negotiations"],
        ),
        ("It was organised by the Regional Cooperation Council (RCC).", ["RCC"]),
        (
            "OSCE, IOM, FRONTEX, CEPOL, RACVIAC and UNODC also took part.",
            ["OSCE", "IOM", "FRONTEX", "CEPOL", "RACVIAC", "UNODC"],
        ),
    ],
)
def test_known_organisations_as_written(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("organised by the Italian Ministry of Interior.", "Ministry of Interior of Italy"),
        ("attended by an official of Croatia's Ministry of the Interior.", "Ministry of the Interior of Croatia"),
        (
            "convened with the Ministry of Foreign Affairs of the Republic of Croatia.",
            "Ministry of Foreign Affairs of Croatia",
        ),
        (
            "co-financed by the Federal Ministry of the Interior of the Republic of Austria.",
            "Ministry of the Interior of Austria",
        ),
        ("headed by the Ministry of the Interior of Montenegro.", "Ministry of the Interior of Montenegro"),
    ],
)
def test_ministries_named_by_country(text: str, expected: str) -> None:
    assert _names(text) == [expected]


def test_ministry_inherits_country_in_coordination() -> None:
    names = _names(
        "in collaboration with Italy's Ministry of the Interior and Ministry of Foreign Affairs and "
        "International Cooperation."
    )
    assert names == [
        "Ministry of the Interior of Italy",
        "Ministry of Foreign Affairs and International Cooperation of Italy",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The IISG Secretariat visited the Police Directorate of Republika Srpska in Banja Luka.",
            ["IISG Secretariat", "Police Directorate of Republika Srpska"],
        ),
        (
            "The Asset Management Agency of the Federation of Bosnia and Herzegovina hosted it.",
            ["Asset Management Agency of the Federation of Bosnia and Herzegovina"],
        ),
        (
            "Representatives of the Countering Drugs Unit of the Police Directorate of Montenegro attended.",
            ["Countering Drugs Unit of the Police Directorate of Montenegro"],
        ),
        ("Group 484 organised a regional workshop.", ["Group 484"]),
        ("The Network of Associations of Local Authorities of Western Europe (NALEU) met.", ["NALEU"]),
        ("The Temporary Transit Center “Vinojug” in Gevgelija was visited.", ["Temporary Transit Center “Vinojug”"]),
        ("The GIZ Office Skopje supported it.", ["GIZ Office Skopje"]),
        ("The IISG Secretariat and ARK IT held a meeting.", ["IISG Secretariat", "ARK IT"]),
    ],
)
def test_unknown_organisations_by_shape(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 16th PCC SEE Expert Working Group met in Chisinau.",  # the forum is the event, not an actor
        "The Minister of Public Administration spoke.",  # a portfolio, not an organisation mention
        "BORDAIRPOL II, a project financed by donors, started.",  # a project, not an organisation
        "Officials discussed illicit financial flows (IFF) and Small Arms and Light Weapons (SALW).",
    ],
)
def test_not_organisations(text: str) -> None:
    assert _names(text) == []


def test_acronym_and_long_form_are_one_entity_with_all_spans() -> None:
    text = "The Joint Coordination Platform (JCP) met. Later the JCP presented its plan."
    (ent,) = find_orgs(text, gazetteer())
    assert ent.name == "JCP"
    assert [text[s:e] for s, e in ent.spans] == ["Joint Coordination Platform", "JCP", "JCP"]
