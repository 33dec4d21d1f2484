// title: Newcomers per year
// description: Per year, how many actors took part for the first time (newcomers), how many had taken part before (returning) and how many were active in all.
// params: (none)
MATCH (a:Person|Organisation|Country)-[:ATTENDED|ORGANISED]->(e:Event)
WHERE e.year IS NOT NULL
WITH a, min(e.year) AS first_year
MATCH (a)-[:ATTENDED|ORGANISED]->(e2:Event)
WHERE e2.year IS NOT NULL
WITH e2.year AS year, a.id AS actor, first_year
WITH year, count(DISTINCT actor) AS active,
     count(DISTINCT CASE WHEN first_year = year THEN actor END) AS newcomers
RETURN year, newcomers, active - newcomers AS returning, active
ORDER BY year
