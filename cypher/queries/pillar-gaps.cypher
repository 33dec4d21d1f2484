// title: Gaps between pillars
// description: Actors active in one pillar (at least min_events events attended or organised) who never took part in an event of another pillar; candidates to bring in.
// params: active_in (WBCTi), absent_from (WBBSi), min_events (1), include_inferred (true)
MATCH (p:Pillar {code: $active_in})<-[c:CONCERNS]-(e:Event)
WHERE c.basis = 'stated' OR $include_inferred
MATCH (a:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
WITH a, count(DISTINCT e) AS events_in_pillar, max(e.start_date) AS last_date
WHERE events_in_pillar >= $min_events AND NOT EXISTS {
  MATCH (a)-[:ATTENDED|ORGANISED]->(e2:Event)-[c2:CONCERNS]->(q:Pillar)
  WHERE q.code = $absent_from AND (c2.basis = 'stated' OR $include_inferred)
}
RETURN a.name AS actor, events_in_pillar, last_date, a.id AS actor_id
ORDER BY events_in_pillar DESC, actor, actor_id
