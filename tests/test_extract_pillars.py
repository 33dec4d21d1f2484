"""Pillars: stated (code, long name, "Pillar N") versus inferred from topic words, never both."""

from __future__ import annotations

import pytest

from iisg_graph.extract import extract_item, infer_pillars
from iisg_graph.extract.pillars import stated_pillars
from loaders.base import SourceItem


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Regional Support Group meeting for Pillar 3, Western Balkans Border Security initiative (WBBSi)", ["WBBSi"]),
        ("the 5th meeting on Pillar 2 - Western Balkans Counter Serious Crime initiative", ["WBCSCi"]),
        ("aligned with the objectives of WBCTi, WBCSCi, and WBBSi pillars", ["WBCTi", "WBCSCi", "WBBSi"]),
        ("the Western Balkan Countering Terrorism and preventing and countering extremism initiative", ["WBCTi"]),
        ("a meeting under Pillar I", ["WBCTi"]),
        ("the Joint Action Plan on Counter-Terrorism for the Western Balkans", []),
        ("the Countering Serious Crime in the Western Balkans project", []),
    ],
)
def test_stated_pillars(text: str, codes: list[str]) -> None:
    assert list(stated_pillars(text)) == codes


def test_inferred_pillars_from_a_title_alone() -> None:
    inferred = infer_pillars("Regional workshop on migrant smuggling and integrated border management")
    assert [p.code for p in inferred] == ["WBBSi"]
    assert inferred[0].cue in {"migrant smuggling", "integrated border management"}


def test_more_and_stronger_cues_give_higher_confidence() -> None:
    weak = infer_pillars("Talks on terrorism")
    strong = infer_pillars(
        "Counter-terrorism talks on violent extremism, radicalisation and foreign terrorist fighters"
    )
    assert weak[0].code == strong[0].code == "WBCTi"
    assert strong[0].confidence > weak[0].confidence


def test_no_topic_no_inference() -> None:
    assert infer_pillars("Annual meeting of the Secretariat") == []


def test_inferred_never_duplicates_stated() -> None:
    r = extract_item(
        SourceItem(
            title="Pillar 3 meeting",
            body="Experts discussed border management, migration and readmission of migrants.",
            uri="x",
        )
    )
    assert r.pillars == ["WBBSi"]
    assert "WBBSi" not in [p.code for p in r.inferred_pillars]
    r = extract_item(
        SourceItem(
            title="Workshop",
            body="Experts discussed border management, migration and readmission of migrants.",
            uri="x",
        )
    )
    assert r.pillars == [] and [p.code for p in r.inferred_pillars] == ["WBBSi"]
