// title: The sources behind a fact
// description: Every relationship between a subject and an object (by id, name, acronym, title or code; object "" = any), optionally of one type, with each Source behind it: uri, title, text and the evidence spans "<source id>#<start>-<end>" (0-based, end exclusive) to cut the sentence from the text.
// params: subject (DCAF), object (""), relation ("")
// type(r) is label(r) in LadybugDB: evidence.ladybug.cypher is the same query with that one change.
MATCH (s:Person|Organisation|Country|Event|Place|Pillar|Project)
WHERE s.id = $subject OR s.name = $subject OR s.acronym = $subject OR s.title = $subject
   OR s.code = $subject
MATCH (s)-[r]-(o)
WHERE ($object = '' OR o.id = $object OR o.name = $object OR o.acronym = $object OR o.title = $object
       OR o.code = $object)
  AND ($relation = '' OR type(r) = $relation)
UNWIND r.sources AS source_id
MATCH (src:Source {id: source_id})
RETURN type(r) AS relation, coalesce(s.name, s.title, s.code, s.id) AS subject,
       coalesce(o.name, o.title, o.code, o.id) AS object, src.id AS source_id, src.uri AS uri,
       src.title AS source_title, r.evidence AS evidence, src.text AS text, r.method AS method,
       r.confidence AS confidence, s.id AS subject_id, o.id AS object_id
ORDER BY subject_id, relation, object_id, source_id
