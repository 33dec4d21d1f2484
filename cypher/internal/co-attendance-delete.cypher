// Delete derived rows by id: rows whose pair no longer shares an event, and changed rows before they are
// written again (iisg_graph/derive/co_attendance.py). Runs unchanged on LadybugDB and Neo4j.
UNWIND $ids AS i
MATCH (w:CoAttendance {id: i})
DELETE w
