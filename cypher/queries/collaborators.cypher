// title: An actor's collaborators, ranked
// description: The people, organisations and countries that shared the most events with an actor (attending or organising), optionally only on one pillar's events; with first and last shared date.
// params: actor (DCAF), pillar (""), include_inferred (true), limit (25)
MATCH (a:Person|Organisation|Country)
WHERE a.id = $actor OR a.name = $actor OR a.acronym = $actor
MATCH (a)-[:ATTENDED|ORGANISED]->(e:Event)
WHERE $pillar = '' OR EXISTS {
  MATCH (e)-[c:CONCERNS]->(p:Pillar)
  WHERE p.code = $pillar AND (c.basis = 'stated' OR $include_inferred)
}
MATCH (b:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
WHERE b.id <> a.id
WITH a, b, count(DISTINCT e) AS shared_events, min(e.start_date) AS first_date, max(e.start_date) AS last_date
RETURN a.name AS actor, b.name AS collaborator, shared_events, first_date, last_date,
       b.id AS collaborator_id, a.id AS actor_id
ORDER BY actor_id, shared_events DESC, collaborator, collaborator_id
LIMIT $limit
