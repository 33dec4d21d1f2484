// Schema of the Neo4j store: applied by iisg_graph/store/neo4j.py before its first write, statement by
// statement (schema commands cannot share a transaction with writes). Every statement is idempotent.
// Kept in step with iisg_graph/model/graph.py by tests/test_store_contract.py: one uniqueness constraint on
// :Label(id) for every node label (it is also the index each MERGE / MATCH {id: …} uses).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pillar_id IF NOT EXISTS FOR (n:Pillar) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
// Derived rows (iisg_graph/derive), replaced by each load; worked-together reads them by pillar.
CREATE CONSTRAINT co_attendance_id IF NOT EXISTS FOR (n:CoAttendance) REQUIRE n.id IS UNIQUE;
CREATE INDEX co_attendance_pillar IF NOT EXISTS FOR (n:CoAttendance) ON (n.pillar);
// Lookups the saved queries start from (cypher/queries/*.cypher): pillar by code, country by ISO code,
// actors by name or acronym, events by year and date range.
CREATE INDEX pillar_code IF NOT EXISTS FOR (n:Pillar) ON (n.code);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX organisation_acronym IF NOT EXISTS FOR (n:Organisation) ON (n.acronym);
CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year);
CREATE INDEX event_start_date IF NOT EXISTS FOR (n:Event) ON (n.start_date);
