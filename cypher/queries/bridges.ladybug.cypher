// LadybugDB variant of bridges.cypher: `* ALL SHORTEST 1..6` for allShortestPaths, and lists are
// 1-based (ns[2*i+1] here is ns[2*i] there). Rows are the same. The endpoint filters sit in the WHERE of
// the path MATCH itself: with the endpoints bound by earlier MATCH clauses LadybugDB 0.22 runs the
// recursive join from every node and exhausts its buffer pool on a 100k-event graph (155 ms this way).
MATCH p = (a:Person|Organisation|Country)-[:ATTENDED|ORGANISED* ALL SHORTEST 1..6]-(b:Person|Organisation|Country)
WHERE (a.id = $from_actor OR a.name = $from_actor OR a.acronym = $from_actor)
  AND (b.id = $to_actor OR b.name = $to_actor OR b.acronym = $to_actor)
  AND a.id <> b.id
WITH length(p) AS len, nodes(p) AS ns
UNWIND range(0, len / 2 - 1) AS i
WITH len / 2 AS hops, i + 1 AS step, ns[2 * i + 1] AS x, ns[2 * i + 2] AS e, ns[2 * i + 3] AS y
RETURN DISTINCT hops, step, x.name AS from_actor, e.title AS event, e.start_date AS date,
       y.name AS to_actor, x.id AS from_id, e.id AS event_id, y.id AS to_id
ORDER BY hops, step, from_actor, from_id, date, event, event_id, to_actor, to_id
