"""Roles, round 6: an organisation's staff supporting an event take part in it; who commissions a project and the
programme an event or project is financed under or from pay for it; running a course, organising through an
instrument and presenting or launching one's own publication at a public event organise it; an "X-funded"
adjective and the owners of a "joint action" named as its modifier attend nothing."""

from __future__ import annotations

import pytest

from iisg_graph.extract import extract_item
from loaders.base import SourceItem
from tests.test_extract_roles_round2 import _roles


def _rec(title: str, body: str) -> dict:
    return extract_item(SourceItem(title=title, body=body, uri="test#1")).model_dump()


# --- D1: "with the support of X's analysts" is participation -------------------------------------------------


@pytest.mark.parametrize(
    "support",
    [
        "with the support of Drina Agency's analysts",
        "with the support of Drina Agency’s senior experts",
        "thanks to the support of Drina Agency officers",
    ],
)
def test_support_of_staff_is_participation(support: str) -> None:
    text = f"News\n\nThe Border Academy held a meeting on smuggling {support}."
    assert _roles(text, ["Border Academy", "Drina Agency"])[:3] == (["Border Academy"], [], ["Drina Agency"])


def test_support_of_organisation_still_funds() -> None:
    text = "News\n\nThe Border Academy held a meeting on smuggling with the support of Drina Agency."
    assert _roles(text, ["Border Academy", "Drina Agency"])[:3] == (["Border Academy"], ["Drina Agency"], [])


def test_support_of_staff_in_full_record() -> None:
    rec = _rec(
        "Operational meeting on drug trafficking in Skopje",
        "The Border Police of North Macedonia organised an operational meeting in Skopje on 3 May 2023. The "
        "meeting was held with the support of Europol's analysts and experts from Frontex.",
    )
    assert rec["funders"] == []
    assert rec["participant_orgs"] == ["Europol", "Frontex"]


# --- D2: "commissioned by" funds a project or event, not a study ---------------------------------------------


def test_commissioned_project_funds() -> None:
    text = (
        "News\n\nThe Border Academy held a course. The course was part of the regional project “Clean Money”, "
        "commissioned by the Drina Office and co-financed by the Sava Agency."
    )
    assert _roles(text, ["Border Academy", "Drina Office", "Sava Agency"])[:3] == (
        ["Border Academy"],
        ["Drina Office", "Sava Agency"],
        [],
    )


def test_commissioned_study_does_not_fund() -> None:
    text = "News\n\nThe Border Academy held a course. Trainers presented a study commissioned by the Drina Office."
    assert _roles(text, ["Border Academy", "Drina Office"])[:3] == (["Border Academy"], [], ["Drina Office"])


# --- D3: programmes and instruments as funders ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The project, financed under IPA II with EUR 2 million, will run until 2025.",
        "The workshop was funded from the IPA II regional envelope.",
        "The meeting was co-financed under the IPA II programme.",
    ],
)
def test_financed_under_programme_funds(sentence: str) -> None:
    text = f"News\n\nThe Border Academy held a workshop. {sentence}"
    assert _roles(text, ["Border Academy", "IPA II"])[:3] == (["Border Academy"], ["IPA II"], [])


def test_financed_under_programme_only_for_event_or_project() -> None:
    text = "News\n\nThe Border Academy held a workshop. It adopted a work plan, which is financed under IPA II."
    assert _roles(text, ["Border Academy", "IPA II"])[:3] == (["Border Academy"], [], ["IPA II"])


def test_financed_under_project_name_is_no_funder_cue() -> None:
    text = "News\n\nThe Border Academy held a workshop. The workshop was financed under the Sava Network scheme."
    assert _roles(text, ["Border Academy", "Sava Network"])[:3] == (["Border Academy"], [], ["Sava Network"])


def test_funded_from_owners_envelope_funds_owner() -> None:
    rec = _rec(
        "Workshop in Budva",
        "Frontex organised a regional workshop on risk analysis in Budva. The workshop was funded from the "
        "EU's IPA III regional envelope.",
    )
    assert (rec["organisers"], rec["funders"]) == (["Frontex"], ["EU"])


def test_financed_by_programme_name_funds() -> None:
    text = "News\n\nThe Border Academy held a meeting. The meeting was financed by the Pericles IV programme."
    roles = _roles(text, ["Border Academy", "Pericles IV programme"])
    assert roles[:2] == (["Border Academy"], ["Pericles IV programme"])


# --- D4: organiser verbs -------------------------------------------------------------------------------------


def test_conducted_course_with_listed_object_organises() -> None:
    text = "News\n\nIn May the Drina Office conducted a search, seizure and boarding course in Bar for the Police."
    assert _roles(text, ["Drina Office", "Police"])[:3] == (["Drina Office"], [], ["Police"])


def test_conducted_analysis_with_comma_is_no_course() -> None:
    text = "News\n\nThe Drina Office conducted an analysis, which was presented at the meeting of the Police."
    assert _roles(text, ["Drina Office", "Police"])[0] == []


def test_organised_through_instrument_organises() -> None:
    text = "News\n\nA study visit took place in Vienna. It was organised through the Drina Office's TAIEX instrument."
    assert _roles(text, ["Drina Office"])[:2] == (["Drina Office"], [])


def test_organised_through_project_is_no_organiser_cue() -> None:
    text = "News\n\nA study visit took place in Vienna. It was organised through the project of the Drina Office."
    assert _roles(text, ["Drina Office"])[0] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Drina Institute presented its report on smuggling at the Media Centre in Belgrade.",
        "The Drina Institute launched the fifth edition of its Crime Index at a public event in Skopje.",
        "The Drina Institute presents its new study at a press conference in Tirana.",
    ],
)
def test_own_publication_at_public_event_organises(sentence: str) -> None:
    assert _roles(f"News\n\n{sentence}", ["Drina Institute"])[:3] == (["Drina Institute"], [], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Drina Institute presented its annual activity report at the meeting.",
        "The Drina Institute presented its annual activity report.",
        "The Drina Institute launched a report on smuggling in May.",
    ],
)
def test_publication_without_public_event_does_not_organise(sentence: str) -> None:
    assert _roles(f"News\n\n{sentence}", ["Drina Institute"])[:3] == ([], [], ["Drina Institute"])


# --- D5: "X-funded" adjectives and joint frameworks ----------------------------------------------------------


def test_funded_adjective_in_title_is_no_participant() -> None:
    rec = _rec(
        "OSCE-funded course on cybercrime for Albanian police",
        "The Albanian State Police organised a course on cybercrime in Tirana. The course was held with funding "
        "from the OSCE.",
    )
    assert (rec["organisers"], rec["funders"], rec["participant_orgs"]) == (["Albanian State Police"], ["OSCE"], [])


def test_funded_adjective_is_background() -> None:
    text = "Drina-funded course on fraud\n\nThe Police Academy held a course on fraud."
    assert _roles(text, ["Drina", "Police Academy"]) == (["Police Academy"], [], [], ["Drina"])


def test_hyphenated_name_not_funded_stays_participant() -> None:
    text = "News\n\nThe Police Academy held a course on fraud. Trainers of the Drina-Sava Office took part."
    assert _roles(text, ["Drina-Sava Office", "Police Academy"])[2] == ["Drina-Sava Office"]


def test_joint_action_owner_is_background() -> None:
    text = "News\n\nThe Police Academy held a course. The course is part of the Drina Office joint action on ports."
    assert _roles(text, ["Drina Office", "Police Academy"]) == (["Police Academy"], [], [], ["Drina Office"])


def test_joint_visit_of_organisation_stays_participant() -> None:
    text = "News\n\nThe Police Academy held a course. The Drina Office joined the course with two trainers."
    assert _roles(text, ["Drina Office", "Police Academy"])[2] == ["Drina Office"]
