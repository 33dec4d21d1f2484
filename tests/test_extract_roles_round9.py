"""Round 9 (organisation names feeding roles): a lone "&" joins two capitalised words of one name but never "& the", and
Red Cross / Red Crescent / Society bodies are shaped like organisations (so "X and the Red Cross of Y" splits)."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts of the European Centre for Missing & Abducted Persons took part.",
            ["European Centre for Missing & Abducted Persons"],
        ),
        # negative: "& the" starts a second body
        (
            "Officers of the Border Police & the Customs Administration met.",
            ["Border Police", "Customs Administration"],
        ),
    ],
)
def test_ampersand_inside_a_name(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff of the Ministry of Health and Social Care and the Red Cross of Serbia commented on the plan.",
            ["Ministry of Health and Social Care", "Red Cross of Serbia"],
        ),
        ("The team met the Red Cross Society of North Macedonia.", ["Red Cross Society of North Macedonia"]),
        ("A team of the Turkish Red Crescent attended.", ["Turkish Red Crescent"]),
        # negative: lower-case "civil society" and "cross-border" are no bodies
        ("Civil society and cross-border cooperation were discussed with the Border Police.", ["Border Police"]),
    ],
)
def test_red_cross_and_society_bodies(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
