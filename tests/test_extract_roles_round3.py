"""Role cues, round 3: a passive "(financial) support / funding / financial assistance was provided by" funds; a
funder chain ends at the framework the money comes through ("financed by the EU under the X Programme"); a chain
passes over a bracketed short form ("(CVE Centre)"), an unresolved "the <Name> (ACR)" and an organisation's unit
named before it ("the Rule of Law Programme of the <Org>")."""

from __future__ import annotations

import pytest

from iisg_graph.extract import roles
from iisg_graph.extract.textutil import caseless_regex
from tests.test_extract_roles_round2 import _roles


@pytest.mark.parametrize(
    "sentence",
    [
        "Financial support was provided by the Embassy of Norway.",
        "Support was provided by the Embassy of Norway.",
        "Support for the seminar has been provided by the Embassy of Norway.",
        "Funding was provided by the Embassy of Norway.",
        "Funding provided by the Embassy of Norway made the seminar possible.",
        "The funds were provided by the Embassy of Norway.",
        "Financial assistance was provided by the Embassy of Norway.",
        "The seminar took place with financial assistance from the Embassy of Norway.",
        "The seminar took place with the financial assistance of the Embassy of Norway.",
    ],
)
def test_provided_by_cues_make_funders(sentence: str) -> None:
    text = f"News\n\nThe Police Academy hosted a seminar on witness protection in Budva. {sentence}"
    assert _roles(text, ["Police Academy", "Embassy of Norway"]) == (
        ["Police Academy"],
        ["Embassy of Norway"],
        [],
        [],
    )


@pytest.mark.parametrize("kind", ["Logistical", "Technical", "Expert", "Administrative"])
def test_support_of_another_kind_funds_nothing(kind: str) -> None:
    text = f"News\n\nThe seminar took place in Budva. {kind} support was provided by the Embassy of Norway."
    assert _roles(text, ["Embassy of Norway"]) == ([], [], ["Embassy of Norway"], [])


@pytest.mark.parametrize(
    ("prep", "neutral", "background"),
    [
        ("under the", ["DCAF Border Programme"], []),
        ("through the", ["DCAF Border Programme"], []),
        ("under", ["DCAF Border Programme"], []),
        ("within the", [], ["DCAF Border Programme"]),  # "within the" is a background cue of its own
    ],
)
def test_the_framework_of_the_money_is_no_funder(prep: str, neutral: list[str], background: list[str]) -> None:
    text = f"News\n\nThe exchange was financed by the European Union {prep} DCAF Border Programme for the region."
    assert _roles(text, ["European Union", "DCAF Border Programme"]) == ([], ["European Union"], neutral, background)


def test_the_framework_ends_a_funder_chain_after_an_organiser() -> None:
    text = (
        "News\n\nThe course was organised by the Police Academy, funded by the European Union through the IPA"
        " Facility and attended by Europol."
    )
    names = ["Police Academy", "European Union", "IPA Facility", "Europol"]
    assert _roles(text, names)[:3] == (["Police Academy"], ["European Union"], ["Europol", "IPA Facility"])


def test_two_funders_without_a_framework_stay_funders() -> None:
    text = "News\n\nThe course was financed by the European Union and the Embassy of Norway."
    assert _roles(text, ["European Union", "Embassy of Norway"])[:2] == ([], ["Embassy of Norway", "European Union"])


def test_a_bracketed_short_form_does_not_break_a_chain() -> None:
    text = (
        "News\n\nThe OSCE Mission, together with the Centre for Border Studies (CBS Centre), held a workshop in Skopje."
    )
    organisers, funders, neutral, _ = _roles(text, ["OSCE Mission", "Centre for Border Studies", "CBS Centre"])
    assert (organisers, funders, neutral) == (["Centre for Border Studies", "OSCE Mission"], [], [])


def test_a_bracketed_short_form_in_a_forward_chain() -> None:
    text = "News\n\nThe workshop was organised by the Centre for Border Studies (CBS Centre) and the OSCE Mission."
    organisers, _, neutral, _ = _roles(text, ["OSCE Mission", "Centre for Border Studies", "CBS Centre"])
    assert (organisers, neutral) == (["Centre for Border Studies", "OSCE Mission"], [])


def test_an_unresolved_name_with_its_acronym_is_passed_over() -> None:
    text = (
        "News\n\nThe Border Police of Albania and the Regional Network of Migration Experts (RNME) jointly"
        " organised a seminar in Durrës."
    )
    assert _roles(text, ["Border Police of Albania"])[:3] == (["Border Police of Albania"], [], [])


def test_an_unresolved_name_with_its_acronym_inside_a_forward_list() -> None:
    text = (
        "News\n\nThe seminar was organised by the Ministry of Security, the Platform for Border Studies (PBS)"
        " and Frontex."
    )
    assert _roles(text, ["Ministry of Security", "Frontex"])[:3] == (["Frontex", "Ministry of Security"], [], [])


def test_a_lower_case_phrase_is_no_unresolved_name() -> None:
    text = "News\n\nThe Ministry of Security and the regional network of experts (RNME) jointly organised a seminar."
    assert _roles(text, ["Ministry of Security"])[:3] == ([], [], ["Ministry of Security"])


def test_a_unit_named_before_its_owner_stands_for_it() -> None:
    text = (
        "News\n\nThe Ministry of Justice and the Criminal Law Programme South East Europe of the Hanns Foundation"
        " jointly organised a conference in Ohrid."
    )
    names = ["Ministry of Justice", "Hanns Foundation"]
    assert _roles(text, names)[:3] == (["Hanns Foundation", "Ministry of Justice"], [], [])


def test_a_phrase_without_an_organisation_head_is_no_unit() -> None:
    text = "News\n\nThe Ministry of Justice and the Friends of the Hanns Foundation jointly organised a conference."
    assert _roles(text, ["Ministry of Justice", "Hanns Foundation"])[:3] == (
        ["Hanns Foundation"],
        [],
        ["Ministry of Justice"],
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("financial support was provided by x; support for the event is provided by y; technical support was", 2),
        (" provided by x; Funding has been provided by x; funds were provided by x; financial assistance from x", 3),
        ("logistical  support were provided by x; expert support will be provided by x; nonsupport was provided by", 1),
        ("with the financial assistance of x; Financial Assistance was provided by x", 2),
    ],
)
def test_fund_cue_twin_matches_the_plain_cue(text: str, count: int) -> None:
    low = text.lower()
    twin = roles._FUND_CUES_SCAN.twin
    assert twin is not None
    got = [m.span() for m in twin.finditer(low)]
    assert got == [m.span() for m in caseless_regex(roles._FUND_CUES_SCAN.rx).finditer(low)]
    assert got == [m.span() for m in roles._FUND_CUES.finditer(text.upper())]
    assert len(got) == count
