"""Roles and people, round 7: presenting one's findings at a hybrid or online event and launching an assessment or
campaign organise it; a date adjunct before a definite object keeps a verb active; a short form in brackets after
a name the organisation stage did not keep takes part in a chain; a framework aside ("under the joint ... project")
is passed over and its owners are background; "supported by" after a force at work (an operation) is participation;
trainers of a body running a part of an event take part; a body's head named in apposition hosts for the body;
"co-funded by both organisations" and "whose government funded" name funders; trade titles ("Senior Investigator")
and "Amb." introduce people."""

from __future__ import annotations

import pytest

from iisg_graph.extract import extract_item
from loaders.base import SourceItem
from tests.test_extract_roles_round2 import _roles


def _rec(title: str, body: str) -> dict:
    return extract_item(SourceItem(title=title, body=body, uri="test#1")).model_dump()


def _names(rec: dict, field: str) -> list[str]:
    return sorted(x["name"] if isinstance(x, dict) else x for x in rec.get(field) or [])


# --- presenting findings at a hybrid / online event; launching an assessment or a campaign --------------------


@pytest.mark.parametrize("venue", ["a hybrid event", "an online event", "a virtual event"])
def test_presented_findings_at_hybrid_event_organises(venue: str) -> None:
    text = (
        "News\n\nThe Drina Institute and the Border Academy presented the findings of the regional corruption "
        f"survey on Monday, 4 March 2024, at {venue} in the Hotel Park in Tuzla."
    )
    assert _roles(text, ["Drina Institute", "Border Academy"])[:3] == (["Border Academy", "Drina Institute"], [], [])


def test_presented_report_at_a_meeting_is_no_organising() -> None:
    text = "News\n\nThe Drina Institute presented its annual report at the meeting of the Border Academy."
    assert _roles(text, ["Drina Institute", "Border Academy"])[0] == []


@pytest.mark.parametrize("obj", ["the first national assessment of money laundering risks", "a campaign on safety"])
def test_launched_on_date_assessment_or_campaign_organises(obj: str) -> None:
    text = f"News\n\nThe Drina Institute and the Border Academy launched on 3 March 2025 {obj}."
    assert _roles(text, ["Drina Institute", "Border Academy"])[0] == ["Border Academy", "Drina Institute"]


def test_launched_report_without_venue_is_no_organising() -> None:
    text = "News\n\nIn 2021 the Drina Institute launched a report on smuggling, quoted by the Border Academy."
    assert _roles(text, ["Drina Institute", "Border Academy"])[0] == []


# --- date adjunct + definite object; a bracketed short form as the only mention -------------------------------


def test_hosted_on_date_the_review_is_active() -> None:
    text = "News\n\nThe Drina Agency hosted on 6 March 2025 the annual review of the regional action plan."
    assert _roles(text, ["Drina Agency"])[0] == ["Drina Agency"]


def test_headline_held_on_date_is_still_passive() -> None:
    text = "Drina Agency assembly held on 6 March in Tuzla\n\nDelegates met in Tuzla."
    assert _roles(text, ["Drina Agency"])[0] == []


def test_bracketed_short_form_without_long_mention_hosts() -> None:
    text = "News\n\nThe Commission's Directorate for Home Affairs (DHA) hosted on 6 March 2025 the annual review."
    assert _roles(text, ["DHA"])[0] == ["DHA"]


def test_bracketed_short_form_after_its_long_mention_is_passed_over() -> None:
    text = "News\n\nThe Drina Agency (DA) hosted a workshop on smuggling."
    r = _roles(text, ["Drina Agency", "DA"])
    assert r[0] == ["Drina Agency"]


# --- a framework aside before the verb ------------------------------------------------------------------------


def test_under_joint_project_aside_is_passed_over() -> None:
    text = (
        "News\n\nThe Drina Office (DO), under the joint Alpha Union and Beta Council project Proceeds-3, organised a "
        "regional training on electronic evidence."
    )
    assert _roles(text, ["Drina Office", "Alpha Union", "Beta Council"]) == (
        ["Drina Office"],
        [],
        [],
        ["Alpha Union", "Beta Council"],
    )


def test_aside_without_comma_after_still_breaks_the_chain() -> None:
    text = "News\n\nThe Drina Office worked under the Alpha Union plan. The Beta Council organised a training."
    assert _roles(text, ["Drina Office", "Alpha Union", "Beta Council"])[0] == ["Beta Council"]


# --- operational support is participation --------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Police and judicial authorities of Austria, Serbia and Croatia",
        "Law enforcement authorities in Croatia and Slovenia",
        "Investigators from three countries",
    ],
)
def test_supported_operation_makes_participants(subject: str) -> None:
    text = f"News\n\n{subject}, supported by Drina Agency and Sava Unit, took coordinated action against a network."
    assert _roles(text, ["Drina Agency", "Sava Unit"])[:3] == ([], [], ["Drina Agency", "Sava Unit"])


def test_supported_workshop_for_officers_still_funds() -> None:
    text = "News\n\nThe Border Academy organised a workshop for police officers, supported by Drina Agency."
    assert _roles(text, ["Border Academy", "Drina Agency"])[:2] == (["Border Academy"], ["Drina Agency"])


def test_supported_event_still_funds() -> None:
    text = "News\n\nThe workshop, supported by Drina Agency, gathered 20 experts."
    assert _roles(text, ["Drina Agency"])[1] == ["Drina Agency"]


# --- trainers of a body run a part of someone else's event ----------------------------------------------------


def test_trainers_from_body_ran_exercise_take_part() -> None:
    text = (
        "News\n\nThe Drina Secretariat organised a regional training in Tivat. Trainers from the Sava Police and the "
        "Una Police ran a practical exercise at the border."
    )
    assert _roles(text, ["Drina Secretariat", "Sava Police", "Una Police"])[:3] == (
        ["Drina Secretariat"],
        [],
        ["Sava Police", "Una Police"],
    )


def test_body_itself_running_exercise_still_organises() -> None:
    text = "News\n\nThe Sava Police ran a practical exercise at the border."
    assert _roles(text, ["Sava Police"])[0] == ["Sava Police"]


# --- a body's head named in apposition hosts for the body ----------------------------------------------------


def test_head_in_apposition_hosts_for_body() -> None:
    text = "News\n\nThe General Director of the Sava Police, Colonel Ivan Horvat, today hosted a working meeting."
    assert _roles(text, ["Sava Police"])[0] == ["Sava Police"]


def test_member_in_apposition_hosts_nothing_for_body() -> None:
    text = "News\n\nA delegation of the Sava Police, Colonel Ivan Horvat, today hosted a working meeting."
    assert _roles(text, ["Sava Police"])[0] == []


# --- "both organisations", "whose government funded" ---------------------------------------------------------


def test_cofunded_by_both_organisations() -> None:
    text = (
        "News\n\nThe meeting was organised by the Drina Division. The action is part of the joint programme of the "
        "Alpha Union and the Beta Council and is co-funded by both organisations."
    )
    r = _roles(text, ["Drina Division", "Alpha Union", "Beta Council"])
    assert r[:3] == (["Drina Division"], ["Alpha Union", "Beta Council"], [])


def test_funded_by_named_bodies_not_both() -> None:
    text = "News\n\nThe Alpha Union met the Beta Council. The course was funded by the Gamma Fund."
    assert _roles(text, ["Alpha Union", "Beta Council", "Gamma Fund"])[1] == ["Gamma Fund"]


def test_whose_government_funded_makes_funder() -> None:
    rec = _rec(
        "Closing event of the prison project",
        "The Kosovo Correctional Service held a closing event in Lipjan. H.E. Mr. Søren Kjeldsen, Ambassador of "
        "Denmark, whose government funded the project, praised the cooperation.",
    )
    assert _names(rec, "funders") == ["Denmark"]


def test_whose_delegation_is_no_funder() -> None:
    rec = _rec(
        "Closing event of the prison project",
        "The Kosovo Correctional Service held a closing event in Lipjan. Mr. Søren Kjeldsen, Ambassador of "
        "Denmark, whose delegation attended the event, praised the cooperation.",
    )
    assert _names(rec, "funders") == []


# --- people: trade titles and "Amb." ---------------------------------------------------------------------------


def _people(body: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in _rec("Course held", body)["people"]]


def test_senior_investigator_with_hyphenated_name() -> None:
    body = "The course was led by Senior Investigator Pieter-Jan Smeets of the Fiscal Service (FIOD)."
    assert _people(body) == [("Pieter-Jan Smeets", "Senior Investigator")]


def test_criminal_analyst_title() -> None:
    assert _people("The findings were presented by Criminal Analyst Ana Kovač.") == [("Ana Kovač", "Criminal Analyst")]


def test_amb_abbreviation_after_role() -> None:
    body = "The Secretariat was represented by its Secretary General, Amb. Roberto Castellani, and SELEC presented."
    assert _people(body) == [("Roberto Castellani", "Secretary General")]


def test_investigators_plural_is_no_person() -> None:
    assert _people("Investigators Training Centre staff met in Skopje.") == []


# --- a project's implementing consortium ----------------------------------------------------------------------


def test_project_implemented_by_consortium_is_background() -> None:
    text = (
        "News\n\nThe Drina Delegation convened the Steering Committee of the project. The project is implemented by "
        "a consortium of the Sava Ministry and the Una Police; its Team Leader presented the progress."
    )
    assert _roles(text, ["Drina Delegation", "Sava Ministry", "Una Police"]) == (
        ["Drina Delegation"],
        [],
        [],
        ["Sava Ministry", "Una Police"],
    )


def test_workshop_delivered_by_consortium_is_no_implementer() -> None:
    text = "News\n\nThe workshop was delivered by a consortium of the Sava Ministry and the Una Police."
    assert _roles(text, ["Sava Ministry", "Una Police"])[3] == []


# --- a headline's "X presents its report" ---------------------------------------------------------------------


def test_title_presents_its_report_organises() -> None:
    text = "Drina Institute presents its annual report on corruption trials\n\nThe report was discussed in Tuzla."
    assert _roles(text, ["Drina Institute"])[0] == ["Drina Institute"]


def test_body_presents_its_report_without_venue_is_no_organiser() -> None:
    text = "Regional meeting in Tuzla\n\nThe Sava Network held a meeting. Drina Institute presented its annual report."
    assert _roles(text, ["Sava Network", "Drina Institute"])[:3] == (["Sava Network"], [], ["Drina Institute"])
