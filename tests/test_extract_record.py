"""Records built without re-validation are the records validation builds, and anything validation would change
or reject still goes through it."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from iisg_graph.extract import extract_items
from iisg_graph.extract.record import inferred_pillar, meeting_record, person_mention, source_ref
from iisg_graph.model.records import InferredPillar, MeetingRecord, PersonMention, SourceRef
from loaders.news_feed import load
from tests.test_extract_fastpaths import FEEDS


def _same(fast, slow) -> None:
    assert type(fast) is type(slow)
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.__dict__ == slow.__dict__ and list(fast.__dict__) == list(slow.__dict__)
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.__pydantic_extra__ == slow.__pydantic_extra__
    assert fast.__pydantic_private__ == slow.__pydantic_private__
    assert fast == slow


def test_extracted_records_equal_validated_ones() -> None:
    items = [it for f in FEEDS for it in load(f)]
    for rec in extract_items(items):
        values = {k: getattr(rec, k) for k in rec.model_fields_set}
        values["people"] = [PersonMention(**p.__dict__) for p in rec.people]
        values["inferred_pillars"] = [InferredPillar(**p.__dict__) for p in rec.inferred_pillars]
        values["source"] = SourceRef(**{k: getattr(rec.source, k) for k in rec.source.model_fields_set})
        _same(rec, MeetingRecord(**values))


GOOD = {
    "title": "Workshop",
    "start_date": dt.date(2023, 5, 2),
    "end_date": dt.date(2023, 5, 3),
    "date_precision": "day",
    "city": "Tirana",
    "country": "AL",
    "pillars": ["WBCTi"],
    "inferred_pillars": [],
    "organisers": ["OSCE"],
    "participant_orgs": [],
    "participant_countries": ["XK"],
    "people": [],
    "funders": [],
    "kind": "workshop",
    "source": SourceRef(uri="u"),
    "text": "Workshop\n\nbody",
    "evidence": {"city": [(0, 3)]},
}


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"title": " Workshop "},
        {"city": "Tirana\n"},
        {"country": "al"},
        {"pillars": ["wbcti"]},
        {"organisers": ["OSCE "]},
        {"participant_countries": ["xk"]},
        {"evidence": {"city": [[0, 3]]}},
        {"kind": None, "city": None, "country": None},
    ],
)
def test_meeting_record_equals_validation(change: dict) -> None:
    values = {**GOOD, **change}
    _same(meeting_record(**values), MeetingRecord(**values))


@pytest.mark.parametrize(
    "change",
    [
        {"title": "  "},
        {"country": "UK"},
        {"pillars": ["Pillar X"]},
        {"start_date": dt.date(2023, 5, 4)},
        {"date_precision": "week"},
        {"participant_countries": ["ZZ"]},
        {"unknown": 1},
        {"evidence": {"city": [(0, "x")]}},
    ],
)
def test_meeting_record_rejects_what_validation_rejects(change: dict) -> None:
    with pytest.raises(ValidationError):
        meeting_record(**{**GOOD, **change})


def test_nested_models_equal_validation() -> None:
    for values in (
        {"name": "Ana Novak", "role": "Director", "org": None, "honorific": "Ms.", "attendance": "speaker"},
        {"name": " Ana ", "role": "", "org": "X", "honorific": None, "attendance": "participant"},
    ):
        _same(person_mention(**values), PersonMention(**values))
    for values in ({"code": "WBBSi", "confidence": 0.55, "cue": "border"}, {"code": "wbbsi", "confidence": 0.5}):
        _same(inferred_pillar(**values), InferredPillar(**values))
    for values in ({"uri": "feed.txt#item=1", "title": "T"}, {"uri": " u ", "published": "2023-01-02"}):
        _same(source_ref(**values), SourceRef(**values))
    with pytest.raises(ValidationError):
        person_mention(name="", attendance="participant")
    with pytest.raises(ValidationError):
        inferred_pillar(code="WBBSi", confidence=1.5)
