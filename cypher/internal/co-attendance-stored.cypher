// The stored derived rows, every column: compared with freshly computed ones so that a refresh writes only
// what changed (iisg_graph/derive/co_attendance.py). Runs unchanged on LadybugDB and Neo4j.
MATCH (w:CoAttendance)
RETURN w.id AS id, w.pillar AS pillar, w.actor_a AS actor_a, w.name_a AS name_a, w.actor_b AS actor_b,
       w.name_b AS name_b, w.shared_events AS shared_events, w.first_date AS first_date,
       w.last_date AS last_date, w.stated_events AS stated_events, w.stated_first_date AS stated_first_date,
       w.stated_last_date AS stated_last_date
