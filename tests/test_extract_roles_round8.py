"""Roles, round 8: plain support named next to who pays ("with the support of X and financed by Y") is
participation; support of police work ("A and B, supported by Europol, dismantled", "the Border Police, with the
support of IOM, conducted an exercise", "the action was supported by X") is participation; "today" between a
subject and its verb keeps the chain; a unit named with its parent ("the Network (WPN) of the Association held")
organises, not the parent; gathering operators organises; "the training was delivered in cooperation with X" and
"at X in <Town>, which hosted the event" organise."""

from __future__ import annotations

import pytest

from tests.test_extract_roles_round2 import _keyed, _roles

# --- plain support beside an explicit payer -------------------------------------------------------------------


def test_support_beside_financing_is_participation() -> None:
    text = (
        "News\n\nThe Drina Youth Network held its annual conference on 4 May 2024 in Tuzla, with the support of "
        "the Border Academy and financed by the Swiss Agency."
    )
    organisers, funders, neutral, _ = _roles(text, ["Drina Youth Network", "Border Academy", "Swiss Agency"])
    assert (organisers, funders, neutral) == (["Drina Youth Network"], ["Swiss Agency"], ["Border Academy"])


def test_support_alone_still_pays() -> None:
    text = "News\n\nThe Drina Youth Network held its annual conference in Tuzla, with the support of the Swiss Agency."
    assert _roles(text, ["Drina Youth Network", "Swiss Agency"])[:2] == (["Drina Youth Network"], ["Swiss Agency"])


def test_financial_support_beside_financing_still_pays() -> None:
    text = (
        "News\n\nThe workshop was held with the financial support of the Swiss Agency and co-financed by the "
        "Border Academy."
    )
    assert _roles(text, ["Swiss Agency", "Border Academy"])[1] == ["Border Academy", "Swiss Agency"]


# --- support of police work -----------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["dismantled a criminal network", "arrested 14 suspects", "took joint action"])
def test_supported_named_forces_doing_police_work_take_part(verb: str) -> None:
    text = (
        "News\n\nThe Kosovo Police and the Italian Guardia di Finanza, supported by Europol and Eurojust, "
        f"{verb} on 4 March 2025."
    )
    names = ["Kosovo Police", "Guardia di Finanza", "Europol", "Eurojust"]
    assert _roles(text, names)[1:3] == ([], sorted(names))


def test_supported_body_running_a_workshop_still_pays() -> None:
    text = "News\n\nThe Drina Institute, supported by the Swiss Agency, organised a workshop in Tuzla."
    assert _roles(text, ["Drina Institute", "Swiss Agency"])[:2] == (["Drina Institute"], ["Swiss Agency"])


def test_police_with_the_support_of_conducting_an_exercise() -> None:
    text = (
        "News\n\nThe Border Police of the Ministry of Interior, with the support of IOM, conducted a simulation "
        "exercise at the Tabanovce crossing."
    )
    assert _roles(text, ["Border Police of the Ministry of Interior", "IOM"])[:3] == (
        ["Border Police of the Ministry of Interior"],
        [],
        ["IOM"],
    )


@pytest.mark.parametrize("subject", ["The action", "The operation", "The joint investigation"])
def test_supported_action_takes_part(subject: str) -> None:
    text = f"News\n\nOver 900 items were referred. {subject} was supported by the IISG Secretariat."
    assert _roles(text, ["IISG Secretariat"])[1:3] == ([], ["IISG Secretariat"])


def test_supported_course_still_pays() -> None:
    text = "News\n\nOver 30 officers were trained. The course was supported by the Swiss Agency."
    assert _roles(text, ["Swiss Agency"])[1] == ["Swiss Agency"]


# --- subjects --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["today", "yesterday"])
def test_adverb_between_subject_and_verb(adverb: str) -> None:
    text = f"News\n\nThe IISG Secretariat {adverb} held the sixth Regional Support Group meeting in Belgrade."
    assert _roles(text, ["IISG Secretariat"])[0] == ["IISG Secretariat"]


def test_unit_of_parent_holds_not_the_parent() -> None:
    text = (
        "News\n\nThe Women Police Network (WPN) of the South Police Chiefs Association (SPCA) held its annual "
        "conference in Tirana."
    )
    names = ["Women Police Network", "WPN", "South Police Chiefs Association", "SPCA"]
    organisers, _, neutral, _ = _roles(text, names)
    assert organisers == ["Women Police Network"]
    assert "South Police Chiefs Association" in neutral


def test_parent_alone_still_holds() -> None:
    text = "News\n\nThe South Police Chiefs Association held its annual conference in Tirana."
    assert _roles(text, ["South Police Chiefs Association"])[0] == ["South Police Chiefs Association"]


def test_gathering_operators_organises() -> None:
    text = (
        "News\n\nIOM, in partnership with the Ministry of Interior, brought together operators of hotlines from "
        "the region for a workshop in Budva."
    )
    assert _roles(text, ["IOM", "Ministry of Interior"])[0] == ["IOM", "Ministry of Interior"]


# --- passive event run in cooperation; "which hosted the event" -----------------------------------------------


@pytest.mark.parametrize("verb", ["delivered", "organised", "held"])
def test_passive_event_in_cooperation_with(verb: str) -> None:
    text = f"News\n\nThe training was {verb} in cooperation with the Office of the National Coordinator."
    assert _roles(text, ["Office of the National Coordinator"])[0] == ["Office of the National Coordinator"]


def test_report_prepared_in_cooperation_is_no_organising() -> None:
    text = "News\n\nThe report was prepared in cooperation with the Office of the National Coordinator."
    assert _roles(text, ["Office of the National Coordinator"])[0] == []


def test_venue_in_town_which_hosted_the_event() -> None:
    text = (
        "News\n\nThe annual meeting of heads of laboratories took place on 2 July 2025 at the Forensic Centre in "
        "Zagreb, which hosted the event."
    )
    assert _roles(text, ["Forensic Centre"])[0] == ["Forensic Centre"]


def test_body_in_town_which_published_is_no_host() -> None:
    text = "News\n\nExperts discussed the study of the Forensic Centre in Zagreb, which published it in May."
    assert _roles(text, ["Forensic Centre"])[0] == []


# --- a dashed long form in an organiser chain; a headline's country donor ------------------------------------


def test_dashed_long_form_keeps_the_organiser_chain() -> None:
    text = (
        "News\n\nThe course was organised by DCAF – Geneva Centre for Security Sector Governance together with "
        "the Agency for Prevention of Corruption."
    )
    spans = {
        "DCAF": "DCAF",
        "Geneva Centre for Security Sector Governance": "DCAF",
        "Agency for Prevention of Corruption": "Agency for Prevention of Corruption",
    }
    assert _keyed(text, spans)[0] == ["Agency for Prevention of Corruption", "DCAF"]


def test_dash_before_another_body_breaks_the_chain() -> None:
    text = "News\n\nThe course was organised by DCAF – Europol and the Border Academy sent trainers."
    spans = {"DCAF": "DCAF", "Europol": "Europol", "Border Academy": "Border Academy"}
    assert _keyed(text, spans)[0] == ["DCAF"]


def test_headline_country_donor_yields_to_the_body_payer() -> None:
    text = (
        "Police receives equipment donated by the United States\n\nThe Police Administration received scanners. "
        "The donation was funded by the Bureau of Narcotics Affairs."
    )
    spans = {
        "United States": "@United States",
        "Police Administration": "Police Administration",
        "Bureau of Narcotics Affairs": "Bureau of Narcotics Affairs",
    }
    assert _keyed(text, spans)[1] == ["Bureau of Narcotics Affairs"]


def test_headline_country_donor_alone_stays() -> None:
    text = "Police receives equipment donated by the United States\n\nThe Police Administration received scanners."
    spans = {"United States": "@United States", "Police Administration": "Police Administration"}
    assert _keyed(text, spans)[1] == ["United States"]
