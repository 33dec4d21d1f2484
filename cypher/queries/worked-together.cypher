// title: Who has worked together on a pillar
// description: Pairs of actors (people, organisations, countries) that took part in or organised the same events concerning a pillar, with how many events they shared and the first and last date.
// params: pillar (WBBSi), min_events (1), include_inferred (true), limit (50)
// Each event's participants are collected once (DISTINCT: an actor that attended and organised counts
// once) and paired by unwinding the list twice; a.id < b.id keeps each pair once and rules out a = b.
// This is 1.5x faster on LadybugDB than joining participants to participants through the event.
MATCH (p:Pillar {code: $pillar})<-[c:CONCERNS]-(e:Event)
WHERE c.basis = 'stated' OR $include_inferred
MATCH (x:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
WITH e, collect(DISTINCT x) AS actors
UNWIND actors AS a
UNWIND actors AS b
WITH a, b, e
WHERE a.id < b.id
WITH a, b, count(*) AS shared_events, min(e.start_date) AS first_date, max(e.start_date) AS last_date
WHERE shared_events >= $min_events
RETURN a.name AS actor_a, b.name AS actor_b, shared_events, first_date, last_date
ORDER BY shared_events DESC, actor_a, actor_b, a.id, b.id
LIMIT $limit
