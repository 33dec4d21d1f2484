"""Role cues, round 2: "at the initiative of" organises; "thanks to the support of", donations, grants, funds and
covered costs fund; launching a project (after a date or place adjunct) organises its launch; a chair or
co-chair takes part; hosts of a later event ("the next meeting will be hosted by") organise nothing here."""

from __future__ import annotations

import re

import pytest

from iisg_graph.extract.roles import RoleMention, assign_roles
from iisg_graph.extract.textutil import sentences


def _roles(text: str, names: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Organisers, funders, neutral and background keys (sorted) of ``text`` split into its sentences (the
    first line is the title), with the given names as mentions."""
    return _keyed(text, {n: n for n in names})


def _keyed(text: str, spans: dict[str, str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Like :func:`_roles`, with mentions given as surface -> key (two surfaces may share a key) and countries
    marked by a leading "@"."""
    rx = re.compile("|".join(re.escape(n) for n in sorted(spans, key=len, reverse=True)))
    ms = [
        RoleMention(m.start(), m.end(), spans[m.group()].lstrip("@"), spans[m.group()].startswith("@"))
        for m in rx.finditer(text)
    ]
    r = assign_roles(text, sentences(text), ms)
    return sorted(r.organisers), sorted(r.funders), sorted(r.neutral), sorted(r.background)


@pytest.mark.parametrize("prep", ["at", "on", "upon"])
def test_initiative_of_organises(prep: str) -> None:
    text = f"News\n\nThe Police Academy organised, {prep} the initiative of the Border Police, a course on fraud."
    assert _roles(text, ["Police Academy", "Border Police"])[:2] == (["Border Police", "Police Academy"], [])


@pytest.mark.parametrize(
    ("cue", "funder"),
    [
        ("was made possible thanks to the support of", "Swiss Agency"),
        ("took place thanks to the generous support of", "Swiss Agency"),
        ("took place thanks to the kind support from", "Swiss Agency"),
        ("was organised through a grant from", "Swiss Agency"),
        ("was organised with funds from", "Swiss Agency"),
        ("was co-financed by", "Swiss Agency"),
        ("was sponsored by", "Swiss Agency"),
    ],
)
def test_funding_cues_make_funders(cue: str, funder: str) -> None:
    text = f"News\n\nThe seminar for border police officers {cue} the {funder}."
    assert _roles(text, ["Swiss Agency"]) == ([], [funder], [], [])


def test_thanks_to_the_support_of_two_donors_with_an_organiser() -> None:
    text = (
        "News\n\nThe Ministry of Interior hosted the workshop thanks to the financial support of the EU Delegation"
        " and the Embassy of Norway."
    )
    organisers, funders, neutral, _ = _roles(text, ["Ministry of Interior", "EU Delegation", "Embassy of Norway"])
    assert (organisers, funders, neutral) == (["Ministry of Interior"], ["EU Delegation", "Embassy of Norway"], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The scanners, a donation from the Government of Norway, were handed over to the Customs Office.",
        "The scanners, donated by the Government of Norway, were handed over to the Customs Office.",
        "The scanners, a gift from the Government of Norway, were handed over to the Customs Office.",
        "The scanners are a donation of the Government of Norway to the Customs Office.",
    ],
)
def test_donations_make_funders(sentence: str) -> None:
    assert _roles("News\n\n" + sentence, ["Government of Norway", "Customs Office"])[:3] == (
        [],
        ["Government of Norway"],
        ["Customs Office"],
    )


def test_covered_costs_make_funders() -> None:
    text = "News\n\nThe costs of the study visit were fully covered by the Embassy of Norway."
    assert _roles(text, ["Embassy of Norway"])[:2] == ([], ["Embassy of Norway"])


def test_with_the_support_of_is_unchanged() -> None:
    text = "News\n\nThe Ministry of Interior organised a training with the support of the Embassy of Norway."
    assert _roles(text, ["Ministry of Interior", "Embassy of Norway"])[:2] == (
        ["Ministry of Interior"],
        ["Embassy of Norway"],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU Office and the Ministry of Security jointly launched on 3 March 2021 the twinning project on border"
        " management.",
        "The EU Office and the Ministry of Security launched today in Skopje a regional programme on cybercrime.",
        "The EU Office and the Ministry of Security officially launched the new initiative, with a ceremony.",
        "The EU Office and the Ministry of Security launched on Monday, in Tirana, the project.",
    ],
)
def test_launching_a_project_organises_its_launch(sentence: str) -> None:
    organisers, _, neutral, _ = _roles("News\n\n" + sentence, ["EU Office", "Ministry of Security"])
    assert (organisers, neutral) == (["EU Office", "Ministry of Security"], [])


def test_project_officially_launched_by() -> None:
    text = "News\n\nThe project was officially launched in Podgorica by the EU Office and the Ministry of Security."
    assert _roles(text, ["EU Office", "Ministry of Security"])[:3] == (["EU Office", "Ministry of Security"], [], [])


@pytest.mark.parametrize(
    "sentence",
    [
        # a report is no event; an adjunct that is a prepositional phrase with an article is no date or place
        "The EU Office launched the annual report on organised crime.",
        "The EU Office launched in the framework of the project a study.",
        # a bare passive "launched by" is background news about a project, not a launch event
        "The project, launched by the EU Office in 2019, supports the police.",
    ],
)
def test_launching_no_event_organises_nothing(sentence: str) -> None:
    assert _roles("News\n\n" + sentence, ["EU Office"])[0] == []


@pytest.mark.parametrize("verb", ["co-chaired", "chaired"])
def test_a_chair_takes_part(verb: str) -> None:
    text = f"News\n\nThe Forum was hosted by the Government of Montenegro and {verb} by the Hungarian Presidency."
    organisers, _, neutral, _ = _roles(text, ["Government of Montenegro", "Hungarian Presidency"])
    assert (organisers, neutral) == (["Government of Montenegro"], ["Hungarian Presidency"])


def test_co_chaired_is_no_agent_of_an_organised_chain() -> None:
    # the chain of "organised by" stops at "co-chaired by": the co-chair is a plain mention
    text = "News\n\nThe conference, organised by the RCC and co-chaired by the Ministry of Justice, opened today."
    organisers, _, neutral, _ = _roles(text, ["RCC", "Ministry of Justice"])
    assert (organisers, neutral) == (["RCC"], ["Ministry of Justice"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The next Forum will take place in 2025 under the Polish Presidency.",
        "The next annual meeting will be hosted by the Polish Presidency.",
        "Participants agreed that the upcoming conference is organised by the Polish Presidency.",
        "The 2025 edition will be hosted by the Polish Presidency.",
    ],
)
def test_hosts_of_a_later_event_organise_nothing(sentence: str) -> None:
    text = "Ministers meet in Budva\n\nThe meeting was hosted by the Ministry of Interior. " + sentence
    organisers, _, neutral, background = _roles(text, ["Ministry of Interior", "Polish Presidency"])
    assert (organisers, neutral, background) == (["Ministry of Interior"], [], ["Polish Presidency"])


def test_later_event_words_after_the_cue_keep_the_organiser() -> None:
    # the host of this meeting is named before the words about the next one
    text = (
        "Ministers meet in Budva\n\nThe meeting, hosted by the Ministry of Interior, prepared the next meeting,"
        " to be hosted by the Polish Presidency."
    )
    organisers, _, _, background = _roles(text, ["Ministry of Interior", "Polish Presidency"])
    assert (organisers, background) == (["Ministry of Interior"], ["Polish Presidency"])


def test_a_lead_in_the_future_tense_announces_this_event() -> None:
    text = "Regional workshop in Skopje\n\nThe workshop will be hosted by the Ministry of Interior on 5 May."
    assert _roles(text, ["Ministry of Interior"])[0] == ["Ministry of Interior"]
