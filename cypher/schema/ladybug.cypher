// Schema of the embedded store (LadybugDB). Kept in step with iisg_graph/model/graph.py by
// tests/test_schema.py: same labels, properties in declaration order, same relationship endpoints.
// Dates are ISO strings (both engines compare them alike); Event.year avoids date functions.
CREATE NODE TABLE IF NOT EXISTS Person(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], name STRING, aliases STRING[], honorific STRING);
CREATE NODE TABLE IF NOT EXISTS Organisation(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], name STRING, acronym STRING, kind STRING, country STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Country(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], iso2 STRING, name STRING);
CREATE NODE TABLE IF NOT EXISTS Place(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], name STRING, country STRING);
CREATE NODE TABLE IF NOT EXISTS Pillar(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], code STRING, name STRING, number INT64);
CREATE NODE TABLE IF NOT EXISTS Event(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], title STRING, kind STRING, start_date STRING, end_date STRING, year INT64, date_precision STRING);
CREATE NODE TABLE IF NOT EXISTS Project(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], title STRING, start_date STRING, end_date STRING, amount DOUBLE, currency STRING);
CREATE NODE TABLE IF NOT EXISTS Source(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], uri STRING, title STRING, published STRING, sha256 STRING, text STRING);
// Derived (iisg_graph/derive): one row per pillar and actor pair, replaced by each load, read by worked-together.
CREATE NODE TABLE IF NOT EXISTS CoAttendance(id STRING PRIMARY KEY, sources STRING[], evidence STRING[], pillar STRING, actor_a STRING, name_a STRING, actor_b STRING, name_b STRING, shared_events INT64, first_date STRING, last_date STRING, stated_events INT64, stated_first_date STRING, stated_last_date STRING);
CREATE REL TABLE IF NOT EXISTS ATTENDED(FROM Person TO Event, FROM Organisation TO Event, FROM Country TO Event, role STRING, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS ORGANISED(FROM Organisation TO Event, FROM Person TO Event, FROM Country TO Event, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS FUNDED(FROM Organisation TO Event, FROM Country TO Event, FROM Organisation TO Project, FROM Country TO Project, amount DOUBLE, currency STRING, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS IMPLEMENTED(FROM Organisation TO Project, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS BENEFITS(FROM Project TO Country, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS CONCERNS(FROM Event TO Pillar, FROM Project TO Pillar, basis STRING, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS HELD_IN(FROM Event TO Place, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS IN_COUNTRY(FROM Place TO Country, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS AFFILIATED_WITH(FROM Person TO Organisation, role STRING, since STRING, until STRING, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Event TO Source, FROM Project TO Source, sources STRING[], evidence STRING[], method STRING, confidence DOUBLE);
