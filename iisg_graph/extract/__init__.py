"""Extraction: a news item (SourceItem) → a MeetingRecord with evidence spans for every value.

>>> from loaders.base import SourceItem
>>> r = extract_item(SourceItem(title="Meeting in Tirana", body="On 2 May 2023 MARRI met DG NEAR.", uri="x"))
>>> str(r.start_date), r.city, r.participant_orgs
('2023-05-02', 'Tirana', ['MARRI', 'DG NEAR'])
"""

from iisg_graph.extract.pillars import infer_pillars
from iisg_graph.extract.pipeline import extract_item, extract_items

__all__ = ["extract_item", "extract_items", "infer_pillars"]
