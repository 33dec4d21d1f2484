"""Round-2 fixes of organisation names: offices named after a role holder, "in" inside fixed subject phrases,
possessed bodies with their own name, new head nouns and gazetteer entries."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The seminar was prepared with the Office of the National Coordinator for Prevention of Terrorism "
            "of Montenegro and opened on Monday.",
            ["Office of the National Coordinator for Prevention of Terrorism of Montenegro"],
        ),
        (
            "Delegates of the Cabinet of the President of Serbia and of the Office of the Prime Minister of "
            "Kosovo attended.",
            ["Cabinet of the President of Serbia", "Office of the Prime Minister of Kosovo"],
        ),
        (
            "The OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human "
            "Beings joined the event.",
            ["OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings"],
        ),
    ],
)
def test_office_named_after_role_holder(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_role_cut_still_applies_to_people() -> None:
    assert _names("Head of Cabinet of the Minister of Interior, Ana Kos, said the plan was ready.") == []


def test_laboratory_is_a_head() -> None:
    ents = find_orgs("Experts of the Croatian Forensic Science Laboratory presented findings.", gazetteer())
    assert [(e.name, e.country) for e in ents] == [("Croatian Forensic Science Laboratory", "HR")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers of the Unit against Trafficking in Persons met.", "Unit against Trafficking in Persons"),
        (
            "The Department for Combating Trafficking in Human Beings coordinated.",
            "Department for Combating Trafficking in Human Beings",
        ),
        (
            "The Unit against Illicit Trafficking in Firearms attended.",
            "Unit against Illicit Trafficking in Firearms",
        ),
        (
            "The Department for International Legal Assistance in Criminal Matters hosted the talks.",
            "Department for International Legal Assistance in Criminal Matters",
        ),
    ],
)
def test_in_inside_fixed_subject_phrase(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_in_before_place_still_cut() -> None:
    assert _names("The EU Delegation in Podgorica supported it.") == ["EU Delegation"]


def test_possessed_body_with_own_name_replaces_owner() -> None:
    assert _names("A representative of the Council of Europe's GRECO Secretariat spoke.") == ["GRECO Secretariat"]


def test_possessed_known_body_still_joined() -> None:
    text = "Funding came from the U.S. State Department's Bureau of Population, Refugees and Migration."
    assert _names(text) == ["U.S. State Department's Bureau of Population, Refugees and Migration"]


def test_owner_named_elsewhere_kept() -> None:
    text = "The Council of Europe and the Council of Europe's GRECO Secretariat met."
    assert _names(text) == ["Council of Europe", "GRECO Secretariat"]


def test_rcc_secretariat_is_rcc() -> None:
    ents = find_orgs("The RCC Secretariat in Sarajevo and the Regional Cooperation Council (RCC) met.", gazetteer())
    assert [(e.key, [m.text for m in e.mentions]) for e in ents] == [
        ("rcc", ["RCC Secretariat", "Regional Cooperation Council", "RCC"])
    ]


def test_maoc_n_and_bundespolizei() -> None:
    ents = find_orgs(
        "The Maritime Analysis and Operations Centre – Narcotics (MAOC-N) and the German Federal Police "
        "(Bundespolizei) shared data.",
        gazetteer(),
    )
    assert [(e.key, e.name, e.country) for e in ents] == [
        ("maoc-n", "MAOC-N", None),
        ("bundespolizei", "German Federal Police", "DE"),
    ]


def test_empact_is_no_organisation() -> None:
    assert _names("Funds were granted by EMPACT and the meeting was held.") == []


def test_acronym_of_country_is_one_national_name() -> None:
    ents = find_orgs("Analysts of the Ministry of Interior of Albania, the FIU of Serbia, and others met.", gazetteer())
    assert [(e.name, e.country) for e in ents] == [("Ministry of Interior of Albania", "AL"), ("FIU of Serbia", "RS")]


def test_bracket_acronym_of_parent_and_apposition() -> None:
    text = (
        "The Criminal Intelligence Department of the State Investigation and Protection Agency (SIPA), the FIU "
        "of Bosnia and Herzegovina, hosted the meeting."
    )
    ents = find_orgs(text, gazetteer())
    assert [(e.name, e.country, [m.text for m in e.mentions]) for e in ents] == [
        (
            "Criminal Intelligence Department of the State Investigation and Protection Agency",
            "BA",
            [
                "Criminal Intelligence Department of the State Investigation and Protection Agency",
                "FIU of Bosnia and Herzegovina",
            ],
        ),
        ("SIPA", "BA", ["SIPA"]),
    ]


def test_own_bracket_acronym_still_names_the_body() -> None:
    ents = find_orgs("The Office of the National Security Council (ONSC) hosted it.", gazetteer())
    assert [(e.name, [m.text for m in e.mentions]) for e in ents] == [
        ("ONSC", ["Office of the National Security Council"])
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The meeting was chaired by the Slovenian Presidency of the Forum.", ["Slovenian Presidency"]),
        ("It was opened by the Polish Chairmanship of the Process.", ["Polish Chairmanship"]),
        (
            "It was opened by the Polish Presidency of the Council of the EU.",
            ["Polish Presidency of the Council of the EU"],
        ),
        ("It was opened by the Czech Presidency of the Salzburg Forum.", ["Czech Presidency of the Salzburg Forum"]),
    ],
)
def test_anaphoric_forum_after_presidency(text: str, names: list[str]) -> None:
    assert _names(text) == names
