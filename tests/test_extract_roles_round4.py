"""Roles and people, round 4: gathering people ("gathered / brought together prosecutors from A and B") organises;
"made possible by a contribution of X" funds; a subject keeps its organiser role over an aside naming an
unresolved partner; a long run of titles keeps the name after it whole; an honorific starts a person even where
the organisation stage read the name into an organisation; a role read back over another person's role
apposition starts after it."""

from __future__ import annotations

import pytest

from iisg_graph.extract import roles
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import OrgEntity
from iisg_graph.extract.people import find_people
from iisg_graph.extract.textutil import Mention, caseless_regex, sentences
from tests.test_extract_roles_round2 import _roles


@pytest.mark.parametrize(
    "verb",
    [
        "gathered prosecutors from Albania and Serbia",
        "gathered more than 40 senior police officers from the region",
        "brought together judges and investigators from the region",
        "brings together representatives of six countries",
    ],
)
def test_gathering_people_organises(verb: str) -> None:
    text = f"News\n\nIn May 2023 the Drina Mission {verb} in Tuzla for a workshop on witness protection."
    assert _roles(text, ["Drina Mission"]) == (["Drina Mission"], [], [], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Experts from the Drina Mission gathered in Tuzla for a workshop on witness protection.",
        "The Drina Mission gathered intelligence on smuggling routes in 2022.",
        "Participants were gathered by the Drina Mission in Tuzla.",
    ],
)
def test_gathering_without_people_as_object_organises_nothing(sentence: str) -> None:
    assert _roles(f"News\n\n{sentence}", ["Drina Mission"]) == ([], [], ["Drina Mission"], [])


@pytest.mark.parametrize(
    "cue",
    [
        "was made possible by a contribution of",
        "was made possible by the generous financial contribution from",
        "was made possible through the support of",
        "was made possible thanks to funding from",
        "took place thanks to a financial contribution of",
    ],
)
def test_made_possible_by_a_contribution_funds(cue: str) -> None:
    text = f"News\n\nThe Police Academy hosted a course in Budva. The course {cue} the Embassy of Norway."
    assert _roles(text, ["Police Academy", "Embassy of Norway"]) == (["Police Academy"], ["Embassy of Norway"], [], [])


def test_contribution_of_experts_funds_nothing() -> None:
    text = "News\n\nThe Police Academy hosted a course in Budva. The contribution of the Embassy of Norway was praised."
    assert _roles(text, ["Police Academy", "Embassy of Norway"]) == (["Police Academy"], [], ["Embassy of Norway"], [])


def test_new_fund_cues_keep_their_lowercase_twin() -> None:
    low = "the course was made possible by a generous contribution of the embassy; a financial contribution from x"
    plain = caseless_regex(roles._FUND_CUES)
    assert [m.span() for m in roles._FUND_CUES_SCAN.twin.finditer(low)] == [m.span() for m in plain.finditer(low)]
    assert [m.group() for m in plain.finditer(low)] == [
        "made possible by a generous contribution of ",
        "financial contribution from ",
    ]


@pytest.mark.parametrize("aside", ["in partnership with the Safe Cities Network", "together with Youth Bridge Forum"])
def test_subject_organises_over_an_unresolved_partner_aside(aside: str) -> None:
    text = f"News\n\nThe Drina Youth Network, {aside}, organised a community forum in Novi Pazar."
    assert _roles(text, ["Drina Youth Network"]) == (["Drina Youth Network"], [], [], [])


def _org(text: str, s: int, e: int) -> OrgEntity:
    return OrgEntity(name=text[s:e], key=text[s:e].lower(), mentions=[Mention(s, e, text[s:e], "org")])


def _people(text: str, orgs: list[OrgEntity] | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.honorific, p.role) for p in find_people(text, sentences(text), orgs or [], gazetteer())]


def test_long_title_run_keeps_the_name_whole() -> None:
    text = "News\n\nEuropol Deputy Executive Director Jean Dupont visited Skopje on 5 May 2023."
    assert _people(text) == [("Jean Dupont", None, "Europol Deputy Executive Director")]


def test_honorific_starts_a_person_inside_a_misread_organisation() -> None:
    text = "News\n\nDr. Ana Horvat of the Ministry of Justice of Croatia and Mr. Peter Braun of Europol presented."
    s = text.index("Ana")
    e = text.index(" and Mr")
    assert _people(text, [_org(text, s, e)]) == [("Ana Horvat", "Dr.", None), ("Peter Braun", "Mr.", None)]


def test_name_inside_an_organisation_without_honorific_is_no_person() -> None:
    text = "News\n\nThe Jean Monnet Centre of Excellence hosted the talks, said Ms. Ana Horvat."
    s = text.index("Jean")
    e = s + len("Jean Monnet Centre of Excellence")
    assert _people(text, [_org(text, s, e)]) == [("Ana Horvat", "Ms.", None)]


def test_role_read_back_over_another_persons_apposition_starts_after_it() -> None:
    text = (
        "News\n\nMr. Karl Lind, IOM Chief of Mission, Deputy Ambassador of Norway Ms. Kari Olsen and Mr. Ivo Brkić,"
        " Director of the Border Police, attended the ceremony."
    )
    assert _people(text) == [
        ("Karl Lind", "Mr.", "IOM Chief of Mission"),
        ("Kari Olsen", "Ms.", "Deputy Ambassador of Norway"),
        ("Ivo Brkić", "Mr.", "Director of the Border Police"),
    ]
