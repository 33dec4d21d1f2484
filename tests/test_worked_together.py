"""worked-together on a small fixture: exact pairs, counts and date ranges."""

from __future__ import annotations

import json

from iisg_graph import queries
from iisg_graph.pipeline import ingest


def meeting(title, date, orgs, pillars=(), inferred=(), countries=()):
    return {"title": title, "start_date": date, "participant_orgs": list(orgs), "pillars": list(pillars),
            "inferred_pillars": [{"code": c, "confidence": 0.6} for c in inferred],
            "participant_countries": list(countries)}


def test_worked_together_top_pairs(embedded, tmp_path):
    path = tmp_path / "meetings.jsonl"
    records = [
        meeting("Border meeting one", "2021-03-01", ["Frontex", "DCAF", "IOM"], pillars=["WBBSi"]),
        meeting("Border meeting two", "2022-06-10", ["Frontex", "DCAF"], pillars=["WBBSi"], countries=["AL"]),
        meeting("Migration talks", "2023-01-20", ["Frontex", "DCAF", "ICMPD"], inferred=["WBBSi"]),
        meeting("Terrorism seminar", "2023-02-01", ["Frontex", "DCAF"], pillars=["WBCTi"]),
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    ingest(embedded, [path])

    rows = queries.run(embedded, "worked-together", pillar="WBBSi")
    assert rows[0] == {"actor_a": "DCAF", "actor_b": "Frontex", "shared_events": 3,
                       "first_date": "2021-03-01", "last_date": "2023-01-20"}
    pairs = {(r["actor_a"], r["actor_b"]): r["shared_events"] for r in rows}
    assert pairs[("Albania", "DCAF")] == 1
    assert pairs[("DCAF", "ICMPD")] == 1
    assert len(rows) == 7  # DCAF-Frontex, then IOM, Albania and ICMPD each with DCAF and Frontex

    stated = queries.run(embedded, "worked-together", pillar="WBBSi", include_inferred=False, min_events=2)
    assert stated == [{"actor_a": "DCAF", "actor_b": "Frontex", "shared_events": 2,
                       "first_date": "2021-03-01", "last_date": "2022-06-10"}]
