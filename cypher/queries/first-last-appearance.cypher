// title: First and last appearance of each actor
// description: For each actor with dated events (optionally one actor), the first and last date it attended or organised an event, which events those were (alphabetically first on a tie) and how many events in all.
// params: actor (""), min_events (1), limit (100)
MATCH (a:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e:Event)
WHERE e.start_date IS NOT NULL
  AND ($actor = '' OR a.id = $actor OR a.name = $actor OR a.acronym = $actor)
WITH a, min(e.start_date) AS first_date, max(e.start_date) AS last_date, count(DISTINCT e) AS events
WHERE events >= $min_events
MATCH (a)-[:ATTENDED|ORGANISED]->(f:Event)
WHERE f.start_date = first_date
WITH a, first_date, last_date, events, min(f.title) AS first_event
MATCH (a)-[:ATTENDED|ORGANISED]->(l:Event)
WHERE l.start_date = last_date
WITH a, first_date, first_event, last_date, min(l.title) AS last_event, events
RETURN a.name AS actor, first_date, first_event, last_date, last_event, events, a.id AS actor_id
ORDER BY first_date, actor, actor_id
LIMIT $limit
