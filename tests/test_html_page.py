"""Saved web pages go through the same extraction as feeds, with the page's URL and date as provenance."""

from __future__ import annotations

from pathlib import Path

from iisg_graph.pipeline import ingest, records_of

PAGE = Path(__file__).parent / "fixtures" / "saved_page.html"


def test_page_becomes_one_record_with_its_url_and_date():
    (record,) = records_of(PAGE)
    assert record.title == "Border police chiefs meet in Podgorica"
    assert record.source.uri == "https://example.org/news/rcc-border-meeting"
    assert record.source.published.isoformat() == "2024-03-15"
    assert record.start_date.isoformat() == "2024-03-12"
    assert (record.city, record.country) == ("Podgorica", "ME")
    assert set(record.participant_countries) == {"AL", "RS", "MK"}
    assert "Contact us" not in record.text and "Home" not in record.text


def test_page_loads_into_the_graph(embedded):
    ingest(embedded, [PAGE])
    rows = embedded.run("MATCH (o:Organisation)-[:ORGANISED]->(e:Event)-[:REPORTED_IN]->(s:Source) "
                        "RETURN o.name AS org, s.published AS published ORDER BY org")
    assert rows == [{"org": "Frontex", "published": "2024-03-15"}, {"org": "RCC", "published": "2024-03-15"}]
