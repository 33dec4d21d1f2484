// title: Who has worked together on a pillar
// description: Pairs of actors (people, organisations, countries) that took part in or organised the same events concerning a pillar, with how many events they shared and the first and last date.
// params: pillar (WBBSi), min_events (1), include_inferred (true), limit (50)
MATCH (a)-[:ATTENDED|ORGANISED]->(e:Event)<-[:ATTENDED|ORGANISED]-(b)
WHERE a.id < b.id
MATCH (e)-[c:CONCERNS]->(p:Pillar)
WHERE p.code = $pillar AND (c.basis = 'stated' OR $include_inferred)
WITH a, b, count(DISTINCT e) AS shared_events, min(e.start_date) AS first_date, max(e.start_date) AS last_date
WHERE shared_events >= $min_events
RETURN a.name AS actor_a, b.name AS actor_b, shared_events, first_date, last_date
ORDER BY shared_events DESC, actor_a, actor_b
LIMIT $limit
