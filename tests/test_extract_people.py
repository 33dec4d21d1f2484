"""People: honorifics, roles before and after the name, the organisation and country a role ties them to."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs
from iisg_graph.extract.people import find_people
from iisg_graph.extract.textutil import sentences


def _people(body: str):
    text = f"News\n\n{body}"
    gaz = gazetteer()
    return find_people(text, sentences(text), find_orgs(text, gaz), gaz)


@pytest.mark.parametrize(
    ("body", "name", "honorific", "role", "org"),
    [
        (
            "The Head of IISG Secretariat Mr. Agron Sojati was invited.",
            "Agron Sojati",
            "Mr.",
            "Head of IISG Secretariat",
            "IISG Secretariat",
        ),
        (
            "In her remarks, Ms. Desislava Gotskova, Head of RAI, stressed the Roadmap.",
            "Desislava Gotskova",
            "Ms.",
            "Head of RAI",
            "RAI",
        ),
        (
            "RCC Secretary General Majlinda Bregu opened the session.",
            "Majlinda Bregu",
            None,
            "RCC Secretary General",
            "RCC",
        ),
        (
            "Prefect Stefano Gambacurta, Deputy Director General of Public Security, spoke.",
            "Stefano Gambacurta",
            "Prefect",
            "Deputy Director General of Public Security",
            None,
        ),
        (
            "Edin Dilberović, Under-Secretary at the Ministry of Foreign Affairs of Bosnia and Herzegovina, spoke.",
            "Edin Dilberović",
            None,
            "Under-Secretary at the Ministry of Foreign Affairs of Bosnia and Herzegovina",
            "Ministry of Foreign Affairs of Bosnia and Herzegovina",
        ),
        (
            "The drafts were prepared by Mr. Christoph von Hardsdorf, the Integrated Expert.",
            "Christoph von Hardsdorf",
            "Mr.",
            "Integrated Expert",
            None,
        ),
    ],
)
def test_honorifics_and_roles(body: str, name: str, honorific: str | None, role: str, org: str | None) -> None:
    (p,) = _people(body)
    assert (p.name, p.honorific, p.role, p.org) == (name, honorific, role, org)


@pytest.mark.parametrize(
    ("body", "org", "country"),
    [
        ("Minister of Interior Oliver Spasovski will attend.", "Ministry of Interior", None),
        ("He met Albania's interior minister Taulant Balla.", "Ministry of Interior of Albania", "AL"),
        (
            "Mr. Samir Rizvo, Assistant Minister of Security of Bosnia and Herzegovina, opened it.",
            "Ministry of Security of Bosnia and Herzegovina",
            "BA",
        ),
        ("Slovenian State Secretary Mr. Boštjan Šefic opened the workshop.", None, "SI"),
        (
            "European Commissioner for Migration, Home Affairs and Citizenship Dimitris Avramopoulos signed.",
            "European Commission",
            None,
        ),
    ],
)
def test_role_implies_ministry_and_country(body: str, org: str | None, country: str | None) -> None:
    (p,) = _people(body)
    assert (p.org, p.country) == (org, country)


def test_portfolio_not_a_ministry_leaves_org_empty() -> None:
    (p,) = _people(
        "Mr. Amir Muharemi, Assistant Minister for Multilateral and Global Affairs of the Republic of "
        "Croatia, welcomed the approach."
    )
    assert p.org is None and p.country == "HR"


@pytest.mark.parametrize(
    ("body", "attendance"),
    [
        ("The IISG Head of Secretariat Mr. Agron Sojati moderated a panel.", "moderator"),
        ("Chaired by Ambassador Milorad Scepanovic, the Forum met.", "chair"),
        ("Mr. Gilles Schwoerer, Head of WB3C, welcomed the participants and opened the day.", "speaker"),
        ("Mr. Oliver Janser, Head of the project, attended the talks.", "participant"),
    ],
)
def test_attendance(body: str, attendance: str) -> None:
    assert _people(body)[0].attendance == attendance


def test_people_in_brackets_and_repeated_surnames() -> None:
    people = _people(
        "A panel featured Rob Rashotte (Fortinet, Canada) and Jelena Zelenovic Matone (European "
        "Investment Bank). Mr. Rashotte said more."
    )
    assert [(p.name, p.org) for p in people] == [
        ("Rob Rashotte", "Fortinet"),
        ("Jelena Zelenovic Matone", "European Investment Bank"),
    ]
    assert people[0].country is None  # "(Fortinet, Canada)" is an affiliation, not a national role
    assert len(people[0].spans) == 2


def test_names_inside_organisation_names_are_not_people() -> None:
    assert (
        _people(
            "Ms. Maria Kowalska, Head of the Frontex Centre of Excellence for Combating Document Fraud, opened it."
        )[0].name
        == "Maria Kowalska"
    )
    assert len(_people("Ms. Maria Kowalska, Head of the Centre for Combating Document Fraud, opened it.")) == 1
