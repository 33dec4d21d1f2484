// title: Events by country, city and year
// description: How many events were held in each city and country per year (country by ISO2 code or name, year 0 = every year), with the first and last date.
// params: country (""), year (0)
MATCH (e:Event)-[:HELD_IN]->(pl:Place)
WHERE $year = 0 OR e.year = $year
OPTIONAL MATCH (pl)-[:IN_COUNTRY]->(k:Country)
WITH e, pl, k
WHERE $country = '' OR k.iso2 = $country OR k.name = $country
RETURN k.iso2 AS country, k.name AS country_name, pl.name AS city, e.year AS year,
       count(DISTINCT e) AS events, min(e.start_date) AS first_date, max(e.start_date) AS last_date
ORDER BY country, city, year
