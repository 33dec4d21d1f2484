// title: Who has worked together on a pillar
// description: Pairs of actors (people, organisations, countries) that took part in or organised the same events concerning a pillar, with how many events they shared and the first and last date.
// params: pillar (WBBSi), min_events (1), include_inferred (true), limit (50)
// The pillar's events are found first (an index-sized start), then their participants; a.id < b.id keeps
// each pair once and rules out a = b, which LadybugDB's walk semantics would otherwise return.
MATCH (p:Pillar {code: $pillar})<-[c:CONCERNS]-(e:Event)
WHERE c.basis = 'stated' OR $include_inferred
MATCH (a:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
MATCH (b:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
WHERE a.id < b.id
WITH a, b, count(DISTINCT e) AS shared_events, min(e.start_date) AS first_date, max(e.start_date) AS last_date
WHERE shared_events >= $min_events
RETURN a.name AS actor_a, b.name AS actor_b, shared_events, first_date, last_date
ORDER BY shared_events DESC, actor_a, actor_b, a.id, b.id
LIMIT $limit
