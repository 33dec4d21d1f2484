// co-attendance-actors.cypher for the given events only ($ids): who took part in the events a load added,
// for an incremental update of the derived rows (iisg_graph/derive/co_attendance.py). Both engines.
UNWIND $ids AS i
MATCH (x:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e:Event {id: i})
RETURN DISTINCT e.id AS event, x.id AS actor, x.name AS name
