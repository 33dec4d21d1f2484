// title: Funders by year
// description: Who funded events in each year of a range: number of events and total stated amount per currency (0 where no amount is known).
// params: from_year (0), to_year (9999)
MATCH (f:Organisation|Country)-[r:FUNDED]->(e:Event)
WHERE e.year >= $from_year AND e.year <= $to_year
RETURN e.year AS year, f.name AS funder, count(DISTINCT e) AS events,
       sum(coalesce(r.amount, 0.0)) AS amount, r.currency AS currency, f.id AS funder_id
ORDER BY year, events DESC, amount DESC, funder, funder_id, currency
