// title: Who has worked together on a pillar
// description: Pairs of actors (people, organisations, countries) that took part in or organised the same events concerning a pillar, with how many events they shared and the first and last date.
// params: pillar (WBBSi), min_events (1), include_inferred (true), limit (50)
// Reads the CoAttendance rows the load pipeline derives from ATTENDED / ORGANISED / CONCERNS
// (iisg_graph/derive/co_attendance.py): counting pairs per query is quadratic in each event's
// participants (1.5-2 s for one pillar of 100k events); reading the derived rows is not.
// Rows are grouped by their count and the top `limit` counts kept: those groups hold every pair that
// can be in the answer, ties at the cut included, so only they are looked up (by id) and sorted by name.
// Sorting all pairs by name instead costs a second per query on that graph.
MATCH (t:CoAttendance)
WHERE t.pillar = $pillar
WITH t.id AS id, CASE WHEN $include_inferred THEN t.shared_events ELSE t.stated_events END AS n
WHERE n >= $min_events
WITH n, collect(id) AS ids
ORDER BY n DESC
LIMIT $limit
UNWIND ids AS i
MATCH (w:CoAttendance {id: i})
RETURN w.name_a AS actor_a, w.name_b AS actor_b, n AS shared_events,
       CASE WHEN $include_inferred THEN w.first_date ELSE w.stated_first_date END AS first_date,
       CASE WHEN $include_inferred THEN w.last_date ELSE w.stated_last_date END AS last_date
ORDER BY shared_events DESC, actor_a, actor_b, w.actor_a, w.actor_b
LIMIT $limit
