// title: Events in a date range with participants
// description: Every event starting between two ISO dates (inclusive), one row per participant or organiser with the role and whether it organised.
// params: from_date ("2019-01-01"), to_date ("2019-12-31")
MATCH (e:Event)
WHERE e.start_date >= $from_date AND e.start_date <= $to_date
MATCH (x:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
WITH DISTINCT e, x
OPTIONAL MATCH (x)-[r:ATTENDED]->(e)
RETURN e.start_date AS date, e.title AS event, x.name AS participant, r.role AS role,
       EXISTS { MATCH (x)-[:ORGANISED]->(e) } AS organiser, e.id AS event_id, x.id AS participant_id
ORDER BY date, event, event_id, participant, participant_id
