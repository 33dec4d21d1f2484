// co-attendance-events.cypher for the given events only ($ids): the pillars of the events a load added,
// for an incremental update of the derived rows (iisg_graph/derive/co_attendance.py). Both engines.
UNWIND $ids AS i
MATCH (e:Event {id: i})-[c:CONCERNS]->(p:Pillar)
RETURN e.id AS event, e.start_date AS date, p.code AS pillar, c.basis AS basis
