"""Extraction quality on both development feeds, scored with the shared scorer.

The scorer is not ours: it is loaded from ``<repo>/../shared/eval/score.py`` (CI has ``shared/`` beside
the clone) or from the path in ``IISG_SCORER``. Floors: overall micro F1 >= 0.92, every field >= 0.85.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
from pathlib import Path

import pytest

from iisg_graph.extract import extract_items
from loaders.news_feed import load

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "iisg_graph" / "data" / "sample"
FIXTURES = REPO / "tests" / "fixtures"
FEEDS = ["iisg_news_2023", "partners_news_dev"]
OVERALL_FLOOR = 0.92
FIELD_FLOOR = 0.85


def _scorer_path() -> Path | None:
    for candidate in (REPO.parent / "shared" / "eval" / "score.py", os.environ.get("IISG_SCORER")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@pytest.fixture(scope="module")
def scorer():
    path = _scorer_path()
    if path is None:
        pytest.skip("scorer not found: expected ../shared/eval/score.py beside the repo or IISG_SCORER")
    spec = importlib.util.spec_from_file_location("iisg_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(scorer, pred: Path, gold: Path) -> tuple[dict[str, float], float, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main(["score.py", str(pred), str(gold)])
    text = out.getvalue()
    fields = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s", text, re.M)}
    overall = float(re.search(r"overall micro .*F1=([\d.]+)", text).group(1))
    return fields, overall, text


@pytest.mark.parametrize("feed", FEEDS)
def test_extraction_meets_floors(feed: str, scorer, tmp_path: Path) -> None:
    pred = tmp_path / f"{feed}.pred.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for record in extract_items(load(SAMPLE / f"{feed}.txt")):
            f.write(record.model_dump_json(exclude={"text"}) + "\n")
    fields, overall, text = _score(scorer, pred, FIXTURES / f"{feed}.gold.jsonl")
    assert "0 gold items without a prediction" in text, text
    assert overall >= OVERALL_FLOOR, text
    low = {f: v for f, v in fields.items() if v < FIELD_FLOOR}
    assert not low, f"fields below {FIELD_FLOOR}: {low}\n{text}"
