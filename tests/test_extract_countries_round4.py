"""Round-4 participant countries and the actors that bring them: "joined their <demonym> colleagues", people
"posted to <Body> from <countries>", plural embassies ("the embassies of A and B" -> one Embassy each), national
co-organisers whose people "of the two services" took part, and a host ministry's bare-titled official.
"""

from __future__ import annotations

import pytest

from iisg_graph.extract.countries import participant_countries
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.pipeline import extract_item
from iisg_graph.extract.textutil import sentences
from loaders.base import SourceItem


def _countries(text: str) -> list[str]:
    return sorted(participant_countries(text, sentences(text), gazetteer(), {}, []))


def _record(body: str):
    return extract_item(SourceItem(title="Regional meeting", body=body, uri="feed.txt#item=1"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym before "colleagues" / "peers" names that country's people
        ("Border police investigators joined their Serbian colleagues for the joint patrol.", ["RS"]),
        ("Prosecutors met their Greek and Bulgarian peers in Thessaloniki.", ["BG", "GR"]),
        # a participle phrase placing the people at a body before "from <list>"
        (
            "A meeting of liaison officers posted to Frontex from Italy, Austria and Croatia was held.",
            ["AT", "HR", "IT"],
        ),
        ("Liaison officers seconded to the SELEC Centre from Bulgaria and Greece met in Bucharest.", ["BG", "GR"]),
        # not after "of": the capitalised words are then the body's own name
        ("Officers attached to the Ministry of Interior discussed the plan.", []),
        # people only to act later still show nothing
        ("Officers posted to Frontex from Italy and Austria will support the border police.", []),
    ],
)
def test_countries_round4(text: str, expected: list[str]) -> None:
    assert _countries(text) == expected


def test_plural_embassies_are_one_embassy_per_country() -> None:
    r = _record(
        "The meeting took place in Skopje on 3 May 2024. The embassies of France and Spain in Skopje also took part."
    )
    assert r.participant_orgs == ["Embassy of France", "Embassy of Spain"]
    assert r.participant_countries == ["FR", "ES"]
    assert r.city == "Skopje"


def test_counted_national_co_organisers_take_part() -> None:
    body = (
        "The RCC Secretariat, together with the Croatian Police and the Ministry of Interior of Serbia, organised a "
        "training in Zagreb on 3 May 2024. Some forty officers of the two services took part."
    )
    r = _record(body)
    assert r.organisers == ["RCC Secretariat", "Croatian Police", "Ministry of Interior of Serbia"]
    assert r.participant_orgs == ["Croatian Police", "Ministry of Interior of Serbia"]
    assert r.participant_countries == ["HR", "RS"]
    # a count that is not theirs shows nothing
    r = _record(body.replace("two services", "three services"))
    assert r.participant_orgs == [] and r.participant_countries == []


def test_host_ministry_bare_titled_official() -> None:
    body = (
        "The meeting took place on 3 May 2024 in Skopje, hosted by the Ministry of Interior of North Macedonia. "
        "State Secretary Mr. Ivan Petrov welcomed the participants."
    )
    r = _record(body)
    assert r.participant_orgs == ["Ministry of Interior of North Macedonia"]
    assert r.participant_countries == ["MK"]
    assert [(p.name, p.role, p.org) for p in r.people] == [
        ("Ivan Petrov", "State Secretary", "Ministry of Interior of North Macedonia")
    ]
    # two ministries named: whose state secretary it is stays open
    r = _record(body.replace("North Macedonia.", "North Macedonia and the Ministry of Justice of Albania."))
    assert r.participant_countries == [] and r.people[0].org is None
