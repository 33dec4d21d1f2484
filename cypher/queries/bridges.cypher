// title: Bridges between two actors
// description: The shortest chains of shared events linking two actors (by id, name or acronym), one row per step: who met whom at which event. Every shortest chain is included (steps shared by several chains appear once), up to 3 steps (6 relationships).
// params: from_actor (DCAF), to_actor (Europol)
// Neo4j: allShortestPaths and 0-based lists. bridges.ladybug.cypher has ALL SHORTEST and 1-based lists.
MATCH (a:Person|Organisation|Country)
WHERE a.id = $from_actor OR a.name = $from_actor OR a.acronym = $from_actor
MATCH (b:Person|Organisation|Country)
WHERE b.id = $to_actor OR b.name = $to_actor OR b.acronym = $to_actor
WITH a, b
WHERE a.id <> b.id
MATCH p = allShortestPaths((a)-[:ATTENDED|ORGANISED*..6]-(b))
WITH length(p) AS len, nodes(p) AS ns
UNWIND range(0, len / 2 - 1) AS i
WITH len / 2 AS hops, i + 1 AS step, ns[2 * i] AS x, ns[2 * i + 1] AS e, ns[2 * i + 2] AS y
RETURN DISTINCT hops, step, x.name AS from_actor, e.title AS event, e.start_date AS date,
       y.name AS to_actor, x.id AS from_id, e.id AS event_id, y.id AS to_id
ORDER BY hops, step, from_actor, from_id, date, event, event_id, to_actor, to_id
