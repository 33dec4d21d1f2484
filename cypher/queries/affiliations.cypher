// title: People and their affiliations
// description: Each person's organisations with role and period, and how many events the person attended; filter by person (id or name) or organisation (id, name or acronym).
// params: person (""), organisation ("")
MATCH (pe:Person)-[r:AFFILIATED_WITH]->(o:Organisation)
WHERE ($person = '' OR pe.id = $person OR pe.name = $person)
  AND ($organisation = '' OR o.id = $organisation OR o.name = $organisation OR o.acronym = $organisation)
OPTIONAL MATCH (pe)-[:ATTENDED]->(e:Event)
RETURN pe.name AS person, o.name AS organisation, o.acronym AS acronym, r.role AS role,
       r.since AS since, r.until AS until, count(DISTINCT e) AS events_attended,
       pe.id AS person_id, o.id AS organisation_id
ORDER BY person, person_id, since, organisation, organisation_id
