// title: Events per year
// description: Per year, the number of events (optionally of one pillar), of distinct actors taking part and of distinct places they were held in.
// params: pillar (""), include_inferred (true)
MATCH (e:Event)
WHERE e.year IS NOT NULL AND ($pillar = '' OR EXISTS {
  MATCH (e)-[c:CONCERNS]->(p:Pillar)
  WHERE p.code = $pillar AND (c.basis = 'stated' OR $include_inferred)
})
OPTIONAL MATCH (a:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN e.year AS year, count(DISTINCT e) AS events, count(DISTINCT a) AS actors,
       count(DISTINCT pl) AS places
ORDER BY year
