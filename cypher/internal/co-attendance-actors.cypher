// Who took part in or organised each event (an actor that did both appears once), with the actor's name:
// the participants iisg_graph/derive/co_attendance.py pairs up. Runs unchanged on LadybugDB and Neo4j.
MATCH (x:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e:Event)
RETURN DISTINCT e.id AS event, x.id AS actor, x.name AS name
