// LadybugDB variant of bridges.cypher: `* ALL SHORTEST 1..10` for allShortestPaths, and lists are
// 1-based (ns[2*i+1] here is ns[2*i] there). Rows are the same.
MATCH (a:Person|Organisation|Country)
WHERE a.id = $from_actor OR a.name = $from_actor OR a.acronym = $from_actor
MATCH (b:Person|Organisation|Country)
WHERE b.id = $to_actor OR b.name = $to_actor OR b.acronym = $to_actor
WITH a, b
WHERE a.id <> b.id
MATCH p = (a)-[:ATTENDED|ORGANISED* ALL SHORTEST 1..10]-(b)
WITH length(p) AS len, nodes(p) AS ns
UNWIND range(0, len / 2 - 1) AS i
WITH len / 2 AS hops, i + 1 AS step, ns[2 * i + 1] AS x, ns[2 * i + 2] AS e, ns[2 * i + 3] AS y
RETURN DISTINCT hops, step, x.name AS from_actor, e.title AS event, e.start_date AS date,
       y.name AS to_actor, x.id AS from_id, e.id AS event_id, y.id AS to_id
ORDER BY hops, step, from_actor, from_id, date, event, event_id, to_actor, to_id
