"""Who organised, who attended, who funded — and which countries took part."""

from __future__ import annotations

import pytest

from iisg_graph.extract import extract_item
from loaders.base import SourceItem


def _rec(body: str, title: str = "News"):
    return extract_item(SourceItem(title=title, body=body, uri="test#1"))


@pytest.mark.parametrize(
    ("body", "organisers", "participants"),
    [
        (
            "The IISG Secretariat organised the 5th meeting in Tirana, attended by CEPOL and OSCE.",
            ["IISG Secretariat"],
            ["CEPOL", "OSCE"],
        ),
        (
            "It was organised by the Italian Ministry of Interior; the IISG Secretariat presented the state of play.",
            ["Ministry of Interior of Italy"],
            ["IISG Secretariat"],
        ),
        (
            "The IISG Secretariat, in collaboration with ARK IT, organised working sessions.",
            ["IISG Secretariat", "ARK IT"],
            [],
        ),
        (
            "The EWG met, convened under the auspices of the Moldovan PCC SEE Chairmanship-in-Office.",
            ["Moldovan PCC SEE Chairmanship-in-Office"],
            [],
        ),
        (
            "UNODC, in partnership with the Asset Management Agency, held a conference with the Supreme Court.",
            ["UNODC", "Asset Management Agency"],
            ["Supreme Court"],
        ),
        ("The HoS met with DG NEAR and UNODC in Brussels.", [], ["DG NEAR", "UNODC"]),
        (
            "Tirana hosted a meeting organised within the DCAF Border Security Programme.",
            ["DCAF Border Security Programme"],
            [],
        ),
        (
            "MARRI held its annual meeting, co-organised by the PCC SEE Secretariat, acting under the auspices of the "
            "Moldovan Chairmanship, and by the DCAF Border Security Programme.",
            ["MARRI", "PCC SEE Secretariat", "Moldovan Chairmanship", "DCAF Border Security Programme"],
            [],
        ),
    ],
)
def test_organisers_and_participants(body: str, organisers: list[str], participants: list[str]) -> None:
    r = _rec(body)
    assert (r.organisers, r.participant_orgs) == (organisers, participants)


@pytest.mark.parametrize(
    ("body", "funders"),
    [
        (
            "It was the first meeting of the project, financed by the Swiss State Secretariat for Migration.",
            ["Swiss State Secretariat for Migration"],
        ),
        (
            "UNODC, in cooperation with RAI and generously supported by the UK Government, organised a meeting.",
            ["UK Government"],
        ),
        (
            "The conference was organised by GI-TOC and supported by the UK Home Office and the UK Foreign and "
            "Commonwealth Office.",
            ["UK Home Office", "UK Foreign and Commonwealth Office"],
        ),
        (
            "The activity was part of a project that the EU and the Federal Republic of Germany finance jointly.",
            ["EU", "Federal Republic of Germany"],
        ),
        ("MARRI, with the support of the GIZ Office Skopje, organised the meeting.", ["GIZ Office Skopje"]),
        ("The workshop took place within the EU-supported project.", []),
    ],
)
def test_funders(body: str, funders: list[str]) -> None:
    assert _rec(body).funders == funders


def test_funder_is_not_a_participant() -> None:
    r = _rec("UNODC, in cooperation with RAI and generously supported by the UK Government, organised a meeting.")
    assert r.organisers == ["UNODC", "RAI"] and "UK Government" not in r.participant_orgs


@pytest.mark.parametrize(
    ("body", "countries"),
    [
        (
            "Representatives of Western Balkans Partners, CEPOL, OSCE, Austria, Bulgaria, Italy, Greece, and GIZ "
            "discussed the reports.",
            ["AT", "BG", "IT", "GR"],
        ),
        (
            "The Forum brought together representatives of the Republic of Albania, the Republic of Macedonia, Bosnia "
            "and Herzegovina, the Republic of Serbia and Kosovo*.",
            ["AL", "MK", "BA", "RS", "XK"],
        ),
        (
            "Over 80 participants came from Albania, the I.R. of Afghanistan, Kosovo (under Security Council "
            "Resolution 1244) and the Kyrgyz Republic.",
            ["AL", "AF", "XK", "KG"],
        ),
        ("Twenty officials of the Albanian State Police took part in the workshop.", ["AL"]),
        (
            "Germany's Minister of Justice represented the Presidency; representatives of the incoming Portuguese and "
            "Slovene Presidencies also took part.",
            ["DE", "PT", "SI"],
        ),
        ("The meeting in Tirana was organised by the Italian Ministry of Interior.", []),  # organiser only
        ("Ministers of the WB6 met in Skopje.", []),
        ("The Commission signed two arrangements with Albania and North Macedonia.", ["AL", "MK"]),
        ("Bulgaria and North Macedonia are taking over the chairmanship; accession talks with Albania continue.", []),
    ],
)
def test_participant_countries(body: str, countries: list[str]) -> None:
    assert sorted(_rec(body).participant_countries) == sorted(countries)
