// title: Who is missing from a pillar's meetings
// description: Countries of the region (Western Balkans six by default) that took part in no event of a pillar within the years given, with how many other events they attended and when they were last seen.
// params: pillar (WBBSi), region (["AL", "BA", "ME", "MK", "RS", "XK"]), include_inferred (true), from_year (0), to_year (9999)
UNWIND $region AS iso2
OPTIONAL MATCH (k:Country {iso2: iso2})
WITH iso2, k
WHERE k IS NULL OR NOT EXISTS {
  MATCH (k)-[:ATTENDED|ORGANISED]->(e:Event)-[c:CONCERNS]->(p:Pillar)
  WHERE p.code = $pillar AND (c.basis = 'stated' OR $include_inferred)
    AND coalesce(e.year, 0) >= $from_year AND coalesce(e.year, 0) <= $to_year
}
OPTIONAL MATCH (k)-[:ATTENDED|ORGANISED]->(other:Event)
RETURN iso2 AS country, k.name AS country_name, count(DISTINCT other) AS other_events,
       max(other.start_date) AS last_seen
ORDER BY country
