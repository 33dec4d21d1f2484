// title: Who organises most
// description: Organisers ranked by the number of events they organised, optionally of one pillar and within a range of years, with the first and last date.
// params: pillar (""), include_inferred (true), from_year (0), to_year (9999), limit (20)
MATCH (o:Person|Organisation|Country)-[:ORGANISED]->(e:Event)
WHERE coalesce(e.year, 0) >= $from_year AND coalesce(e.year, 0) <= $to_year
  AND ($pillar = '' OR EXISTS {
    MATCH (e)-[c:CONCERNS]->(p:Pillar)
    WHERE p.code = $pillar AND (c.basis = 'stated' OR $include_inferred)
  })
RETURN o.name AS organiser, count(DISTINCT e) AS events_organised,
       min(e.start_date) AS first_date, max(e.start_date) AS last_date, o.id AS organiser_id
ORDER BY events_organised DESC, organiser, organiser_id
LIMIT $limit
