"""Round-8 organisation names: a known body's
"Headquarters" is the body itself, "and" before a known body starts a second name, new gazetteer bodies
(La Strada International, the Montenegrin ombudsman, the UNODC Laboratory and Scientific Service)."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation toured Frontex Headquarters in Warsaw.", ["Frontex"]),
        ("Trainees visited CEPOL Headquarters last week.", ["CEPOL"]),
        # negative: a unit of a known body keeps its own name
        ("The Frontex Risk Analysis Unit presented trends.", ["Frontex Risk Analysis Unit"]),
    ],
)
def test_known_body_headquarters(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Interior of the Republic of Serbia and UNDP Serbia signed the handover.",
            ["Ministry of Interior of Serbia", "UNDP"],
        ),
        # negative: a second field of the left name's "of" object stays in the name
        (
            "The University of Criminal Investigation and Police Studies hosted it.",
            ["University of Criminal Investigation and Police Studies"],
        ),
    ],
)
def test_and_before_known_body(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experts of La Strada International shared hotline statistics.", ["La Strada International"]),
        # negative: "Meta" is a common Albanian surname, not the platform company (left out of the gazetteer)
        ("Ms. Ilda Meta of the IISG Secretariat spoke.", ["IISG Secretariat"]),
        (
            "The Protector of Human Rights and Freedoms of Montenegro addressed the trainees.",
            ["Protector of Human Rights and Freedoms of Montenegro"],
        ),
        ("The UNODC Laboratory and Scientific Service led the course.", ["UNODC Laboratory and Scientific Service"]),
        # negative: UNODC alone is still UNODC
        ("UNODC and OSCE organised the roundtable.", ["UNODC", "OSCE"]),
    ],
)
def test_new_gazetteer_bodies(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
