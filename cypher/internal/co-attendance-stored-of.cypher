// The stored derived rows with the given ids ($ids), every column: the rows an incremental update adds to
// (iisg_graph/derive/co_attendance.py). Runs unchanged on LadybugDB and Neo4j.
UNWIND $ids AS i
MATCH (w:CoAttendance {id: i})
RETURN w.id AS id, w.pillar AS pillar, w.actor_a AS actor_a, w.name_a AS name_a, w.actor_b AS actor_b,
       w.name_b AS name_b, w.shared_events AS shared_events, w.first_date AS first_date,
       w.last_date AS last_date, w.stated_events AS stated_events, w.stated_first_date AS stated_first_date,
       w.stated_last_date AS stated_last_date
