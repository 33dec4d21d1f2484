// title: Countries' participation per pillar
// description: For each country and pillar, the events it took part in either as a delegation or through one of its organisations (e.g. its police or ministry), and how many as a delegation.
// params: pillar (""), include_inferred (true)
MATCH (p:Pillar)<-[c:CONCERNS]-(e:Event)
WHERE ($pillar = '' OR p.code = $pillar) AND (c.basis = 'stated' OR $include_inferred)
MATCH (x:Organisation|Country)-[:ATTENDED|ORGANISED]->(e)
WITH p, e, x, coalesce(x.iso2, x.country) AS iso2
WHERE iso2 IS NOT NULL
MATCH (k:Country {iso2: iso2})
RETURN k.iso2 AS country, k.name AS country_name, p.code AS pillar, count(DISTINCT e) AS events,
       count(DISTINCT CASE WHEN x.id = k.id THEN e.id END) AS as_delegation,
       min(e.start_date) AS first_date, max(e.start_date) AS last_date
ORDER BY country, pillar
