// title: An actor's timeline
// description: Every event an actor (person, organisation or country; by id, name or acronym) attended, organised or funded, in date order, with its role and where the event was held.
// params: actor (DCAF), from_year (0), to_year (9999)
MATCH (a:Person|Organisation|Country)
WHERE a.id = $actor OR a.name = $actor OR a.acronym = $actor
MATCH (a)-[:ATTENDED|ORGANISED|FUNDED]->(e:Event)
WHERE coalesce(e.year, 0) >= $from_year AND coalesce(e.year, 0) <= $to_year
WITH DISTINCT a, e
OPTIONAL MATCH (a)-[att:ATTENDED]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(pl:Place)
RETURN a.name AS actor, e.start_date AS date, e.title AS event, att.role AS role,
       EXISTS { MATCH (a)-[:ORGANISED]->(e) } AS organised,
       EXISTS { MATCH (a)-[:FUNDED]->(e) } AS funded,
       pl.name AS place, pl.country AS country, e.id AS event_id, a.id AS actor_id
ORDER BY actor_id, date, event, event_id, place
