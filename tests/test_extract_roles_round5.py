"""Roles and people, round 5: a seat town after a partner named in a "cooperation" aside keeps the subject an
organiser; any words may qualify a donor's gift and an amount may stand before its giver; goods paid "under the
<X>-funded project" make X a funder; military and police ranks are titles before a name, never part of it."""

from __future__ import annotations

import pytest

from iisg_graph.extract import extract_item
from loaders.base import SourceItem
from tests.test_extract_roles_round2 import _roles


def _rec(body: str) -> dict:
    return extract_item(SourceItem(title="News", body=body, uri="test#1")).model_dump()


def test_seat_town_after_aside_partner_keeps_subject_organiser() -> None:
    text = (
        "News\n\nThe Drina Mission, in cooperation with the Border Academy in Trebinje, organised a course on "
        "document fraud."
    )
    assert _roles(text, ["Drina Mission", "Border Academy"])[:2] == (["Border Academy", "Drina Mission"], [])


def test_seat_town_inside_gap_does_not_chain_over_a_clause() -> None:
    text = "News\n\nThe Drina Mission met Europol in The Hague, and the Border Academy organised a course on fraud."
    assert _roles(text, ["Drina Mission", "Europol", "Border Academy"])[0] == ["Border Academy"]


@pytest.mark.parametrize(
    "cue",
    [
        "was made possible by an extra-budgetary contribution from",
        "was made possible by a generous financial contribution of",
        "was made possible through a grant of EUR 1.2 million from",
        "was financed with a grant of 300,000 euros from",
        "was built with a grant of EUR 1.2 million from",
        "benefited from extra-budgetary contributions from",
        "was equipped thanks to a donation worth USD 50,000 from",
    ],
)
def test_qualified_gift_and_amount_make_a_funder(cue: str) -> None:
    text = f"News\n\nThe Drina Mission organised a course on fraud. The course {cue} the Nordic Fund."
    assert _roles(text, ["Drina Mission", "Nordic Fund"])[:3] == (["Drina Mission"], ["Nordic Fund"], [])


def test_amount_without_giver_cue_funds_nothing() -> None:
    text = "News\n\nThe Drina Mission organised a course on a grant of EUR 5 million awarded to the Nordic Fund."
    assert _roles(text, ["Drina Mission", "Nordic Fund"])[1] == []


@pytest.mark.parametrize("verb", ["procured under the", "purchased through an", "donated within the"])
def test_goods_paid_under_funded_project_make_a_funder(verb: str) -> None:
    text = f"News\n\nIOM handed over ten scanners to the Border Police. The scanners were {verb} EU-funded project."
    assert _roles(text, ["IOM", "Border Police", "EU"])[:3] == ([], ["EU"], ["Border Police", "IOM"])


def test_funded_project_adjective_of_an_event_funds_nothing() -> None:
    text = "News\n\nEuropol, within the EU-funded SIRIUS project, held a workshop on e-evidence in Skopje."
    assert _roles(text, ["Europol", "EU"])[1] == []


def test_funder_named_only_as_funder_is_no_participant() -> None:
    r = _rec(
        "On 4 May 2023 the Minister opened the new Border Police station in Kukës, built with a grant of EUR 2 "
        "million from the German Federal Foreign Office."
    )
    assert r["funders"] == ["German Federal Foreign Office"]
    assert "German Federal Foreign Office" not in r["participant_orgs"]


def _people(body: str) -> list[tuple[str, str | None, str | None]]:
    return [(p["name"], p["role"], p["org"]) for p in _rec(body)["people"]]


def test_rank_before_name_with_role_apposition() -> None:
    body = (
        "On 5 May 2023 the Ministry of Interior of Serbia hosted a meeting in Belgrade. Colonel Milica Jovanović, "
        "Head of the Sector, opened the meeting."
    )
    assert _people(body)[0][:2] == ("Milica Jovanović", "Head of the Sector")


def test_rank_alone_is_the_role_and_of_org_the_org() -> None:
    body = (
        "On 5 May 2023 the Albanian State Police and the Guardia di Finanza signed a protocol in Durrës. "
        "Colonel Luca Bianchi of the Guardia di Finanza signed on behalf of Italy."
    )
    assert _people(body) == [("Luca Bianchi", "Colonel", "Guardia di Finanza")]


def test_compound_ranks_in_a_list() -> None:
    body = (
        "On 5 May 2023 the Police Directorate hosted a workshop in Nikšić. Lieutenant Colonel Ivan Marić, Chief "
        "Inspector Ana Kovač and Brigadier General Petar Ilić attended."
    )
    assert [(n, r) for n, r, _ in _people(body)] == [
        ("Ivan Marić", "Lieutenant Colonel"),
        ("Ana Kovač", "Chief Inspector"),
        ("Petar Ilić", "Brigadier General"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 5 May 2023 MARRI hosted a meeting in Skopje. RCC Secretary General Ana Petrova opened it.",
            ("Ana Petrova", "RCC Secretary General"),
        ),
        (
            "On 5 May 2023 MARRI hosted a meeting in Skopje. Director General Marko Lukić opened it.",
            ("Marko Lukić", "Director General"),
        ),
    ],
)
def test_general_of_a_civil_title_is_no_rank(body: str, expected: tuple[str, str]) -> None:
    assert _people(body)[0][:2] == expected
