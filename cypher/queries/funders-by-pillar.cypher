// title: Funders by pillar
// description: Who funded events of each pillar (or one pillar): number of events, total stated amount per currency (0 where no amount is known), first and last year.
// params: pillar (""), include_inferred (true)
MATCH (f:Organisation|Country)-[r:FUNDED]->(e:Event)-[c:CONCERNS]->(p:Pillar)
WHERE ($pillar = '' OR p.code = $pillar) AND (c.basis = 'stated' OR $include_inferred)
RETURN p.code AS pillar, f.name AS funder, count(DISTINCT e) AS events,
       sum(coalesce(r.amount, 0.0)) AS amount, r.currency AS currency,
       min(e.year) AS first_year, max(e.year) AS last_year, f.id AS funder_id
ORDER BY pillar, events DESC, amount DESC, funder, funder_id, currency
