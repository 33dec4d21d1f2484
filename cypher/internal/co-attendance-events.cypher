// Every event's pillars with the basis of each (stated / inferred) and the event's date: the events whose
// participants iisg_graph/derive/co_attendance.py pairs up. Runs unchanged on LadybugDB and Neo4j.
MATCH (e:Event)-[c:CONCERNS]->(p:Pillar)
RETURN e.id AS event, e.start_date AS date, p.code AS pillar, c.basis AS basis
