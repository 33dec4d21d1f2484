// title: Pillars at a glance
// description: For each pillar, its events (all, and those where the pillar is stated rather than inferred), the distinct actors that took part, and the first and last date.
// params: (none)
MATCH (p:Pillar)
OPTIONAL MATCH (p)<-[c:CONCERNS]-(e:Event)
WITH p, count(DISTINCT e) AS events, count(DISTINCT CASE WHEN c.basis = 'stated' THEN e.id END) AS stated,
     min(e.start_date) AS first_date, max(e.start_date) AS last_date
OPTIONAL MATCH (p)<-[:CONCERNS]-(e2:Event)<-[:ATTENDED|ORGANISED]-(a:Person|Organisation|Country)
RETURN p.number AS number, p.code AS pillar, p.name AS name, events, stated, count(DISTINCT a) AS actors,
       first_date, last_date
ORDER BY number, pillar
