"""The bundled sample as a graph: exact counts, and funding tables as projects.

Counts of the structured-record sample (11 IISG items + 55 partner items): 66 items are 66 events and
66 sources (no two items report the same dated meeting); 54 people and 114 organisations are the distinct
real entities of the gold (counted in tests/test_resolve_dev.py); 28 countries and 24 places as named.
"""

from __future__ import annotations

from iisg_graph.pipeline import ingest

SAMPLE_NODES = {"Person": 54, "Organisation": 114, "Country": 28, "Place": 24, "Pillar": 3, "Event": 66,
                "Project": 0, "Source": 66}
SAMPLE_RELS = {"ATTENDED": 310, "ORGANISED": 61, "FUNDED": 17, "IMPLEMENTED": 0, "BENEFITS": 0,
               "CONCERNS": 31, "HELD_IN": 51, "IN_COUNTRY": 24, "AFFILIATED_WITH": 46, "REPORTED_IN": 66}


def test_sample_graph_counts(sample_store):
    assert sample_store.stats() == {"nodes": SAMPLE_NODES, "relationships": SAMPLE_RELS}


def test_sample_pillars_stated_and_inferred(sample_store):
    rows = sample_store.run("MATCH (e:Event)-[c:CONCERNS]->(p:Pillar) "
                            "RETURN p.code AS pillar, c.basis AS basis, count(e) AS events ORDER BY pillar, basis")
    stated = {r["pillar"]: r["events"] for r in rows if r["basis"] == "stated"}
    assert stated == {"WBBSi": 2, "WBCSCi": 3, "WBCTi": 4}
    assert sum(r["events"] for r in rows if r["basis"] == "inferred") == 31 - 9


def test_funding_table_becomes_projects(embedded, tmp_path):
    from pathlib import Path

    table = Path(__file__).parent / "fixtures" / "funding.csv"
    ingest(embedded, [table])
    # "European Union" resolves to the gazetteer's EU entity, shown by its acronym
    rows = embedded.run("MATCH (f)-[r:FUNDED]->(p:Project)-[:CONCERNS]->(pl:Pillar) "
                        "RETURN f.name AS funder, p.title AS project, r.amount AS amount, r.currency AS currency, "
                        "pl.code AS pillar ORDER BY funder")
    assert rows == [
        {"funder": "Austria", "project": "EU4Border Security", "amount": 1500000.0, "currency": "EUR",
         "pillar": "WBBSi"},
        {"funder": "EU", "project": "EU4Border Security", "amount": 1500000.0, "currency": "EUR",
         "pillar": "WBBSi"},
        {"funder": "Germany", "project": "Counter-terrorism capacity building", "amount": 800000.0,
         "currency": "EUR", "pillar": "WBCTi"},
    ]
    beneficiaries = embedded.run("MATCH (p:Project)-[:BENEFITS]->(c:Country) RETURN c.iso2 AS iso2 ORDER BY iso2")
    assert [r["iso2"] for r in beneficiaries] == ["AL", "ME", "MK", "RS", "XK"]
    implementers = embedded.run("MATCH (o:Organisation)-[:IMPLEMENTED]->(:Project) RETURN o.name AS org ORDER BY org")
    assert [r["org"] for r in implementers] == ["DCAF", "GIZ", "IOM"]
