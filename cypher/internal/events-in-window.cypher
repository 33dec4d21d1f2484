// Stored events dated within a window, with their place and actors: what the resolver compares a new
// load's meetings with, so that a later report of a stored meeting joins its Event (pipeline.py).
// Runs unchanged on LadybugDB and Neo4j.
MATCH (e:Event)
WHERE e.start_date >= $from_date AND e.start_date <= $to_date
OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
OPTIONAL MATCH (x:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
RETURN e.id AS id, e.title AS title, e.start_date AS start_date, e.end_date AS end_date,
       p.id AS place, p.country AS country, collect(x.id) AS actors
ORDER BY id
