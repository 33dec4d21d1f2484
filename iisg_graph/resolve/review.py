"""The review report: what resolution was unsure of, for an analyst to confirm with a decision.

Four lists: candidate merges (pairs that looked alike, with score, reason and whether they were merged),
unknown mentions (organisation names the gazetteer does not know, and names kept to their own item),
unlinked people (surname-only and role mentions that no context tied to a full name) and conflicting facts
(a person tied to two organisations in the same year; one event reported with different dates).
Each answer names mentions and ids, so a judgement can be written straight into the decisions file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from iisg_graph.model.records import MeetingRecord, ProjectRecord
from iisg_graph.resolve.context import org_mentions, record_source_id
from iisg_graph.resolve.resolver import FullResolver, default_resolver

__all__ = ["review_paths", "review_report", "review_rows", "review_store"]

Record = MeetingRecord | ProjectRecord


def review_report(records: Iterable[Record], resolver: FullResolver | None = None) -> dict[str, Any]:
    """Resolve ``records`` as a load would, and report the doubts (see the module docstring)."""
    records = list(records)
    resolver = resolver or default_resolver()
    resolver.prepare([(r, record_source_id(r)) for r in records])
    return {
        "candidate_merges": _candidates(resolver),
        "unknown_mentions": _unknown(resolver, records),
        "unlinked_people": [{"mention": m.raw, "org": m.org_id, "source": m.source_id, "reason": why}
                            for m, why in resolver.people.unlinked],
        "conflicts": _person_conflicts(resolver, records) + _event_conflicts(resolver),
    }


def review_paths(paths: Iterable[Path]) -> dict[str, Any]:
    """The report for source files (read and, for free text, extracted as ``load`` would)."""
    from iisg_graph.pipeline import read_records

    return review_report([r for _, records in read_records(list(paths)) for r in records])


def review_store(store: Any) -> dict[str, Any]:
    """The report for a loaded store (either engine): what can be judged without the records.

    People are re-clustered from their stored names and affiliations (candidate merges across loads);
    organisations whose ids are not gazetteer, ministry or chairmanship ids are unknown mentions; a
    person affiliated with several organisations is a conflict to check.
    """
    from iisg_graph.resolve.people import PeopleResolver, PersonMentionCtx
    from iisg_graph.resolve.refdata import refdata

    rows = store.run("MATCH (p:Person) OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(o:Organisation) "
                     "RETURN p.id AS id, p.name AS name, collect(o.id) AS orgs ORDER BY id")
    people = PeopleResolver(default_resolver().decisions)
    people.prepare([PersonMentionCtx(r["name"], org, frozenset(), None, r["id"], None)
                    for r in rows for org in (r["orgs"] or [None])])
    known = {f"org-{i}" for i in refdata().orgs}
    orgs = store.run("MATCH (o:Organisation) RETURN o.id AS id, o.name AS name ORDER BY id")
    unknown = [{"mention": o["name"], "id": o["id"], "how": "stored", "count": 1,
                "note": "not a gazetteer organisation"} for o in orgs
               if o["id"].split("--")[0] not in known and not o["id"].startswith(("org-ministry-", "org-chair-"))]
    conflicts = [{"kind": "person", "id": r["id"], "what": f"affiliated with {len(r['orgs'])} organisations",
                  "values": sorted(r["orgs"])} for r in rows if len(r["orgs"] or []) > 1]
    return {"candidate_merges": [{"kind": "person", "a": c.a, "b": c.b, "score": c.score, "merged": c.merged,
                                  "reason": c.reason} for c in people.candidates],
            "unknown_mentions": unknown, "unlinked_people": [], "conflicts": conflicts}


def _candidates(resolver: FullResolver) -> list[dict[str, Any]]:
    rows = [{"kind": "person", "a": c.a, "b": c.b, "score": c.score, "merged": c.merged, "reason": c.reason}
            for c in resolver.people.candidates]
    rows += [{"kind": "event", "a": c.a, "b": c.b, "score": c.score, "merged": c.merged, "reason": c.reason}
             for c in resolver.events.candidates]
    return sorted(rows, key=lambda r: (r["merged"], -r["score"], r["a"], r["b"]))


def _unknown(resolver: FullResolver, records: list[Record]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for record in records:
        ctx = resolver.context(record)
        for name in org_mentions(record):
            parse = resolver.orgs.resolve(name, ctx)
            note = resolver.orgs.notes.get((ctx.source_id, name))
            if parse.how in ("unknown", "qualified", "unit") or note:
                row = seen.setdefault(name, {"mention": name, "id": parse.id, "how": parse.how, "count": 0,
                                             "note": note or _how(parse.how)})
                row["count"] += 1
    return sorted(seen.values(), key=lambda r: (-r["count"], r["mention"]))


def _how(how: str) -> str:
    return {"unknown": "not in the gazetteer: id from its normalised name",
            "qualified": "not in the gazetteer: id from its name and country",
            "unit": "a unit of a known body: its own id under the parent"}.get(how, how)


def _person_conflicts(resolver: FullResolver, records: list[Record]) -> list[dict[str, Any]]:
    orgs: dict[tuple[str, int], set[str]] = defaultdict(set)
    for record in records:
        year = record.start_date.year if record.start_date else None
        for mention in getattr(record, "people", []):
            if not mention.org or year is None:
                continue
            person = resolver.person(mention, record).id
            org = resolver.actor(mention.org, record)
            if org.label == "Organisation":
                orgs[(person, year)].add(org.id.split("--")[0])
    return [{"kind": "person", "id": p, "what": f"affiliated with {len(o)} organisations in {y}",
             "values": sorted(o)} for (p, y), o in sorted(orgs.items()) if len(o) > 1]


def _event_conflicts(resolver: FullResolver) -> list[dict[str, Any]]:
    out = []
    for members in resolver.events.groups:
        dates = Counter((m.start, m.end) for m in members if m.start)
        if len(dates) > 1:
            out.append({"kind": "event", "id": resolver.events.ids[members[0].key],
                        "what": "reports give different dates",
                        "values": sorted(f"{s}..{e}" for s, e in dates)})
    return out


def review_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per finding (section, subject, detail), for table/CSV output."""
    rows = []
    for c in report["candidate_merges"]:
        rows.append({"section": "candidate merge", "subject": f"{c['a']} ~ {c['b']}",
                     "detail": f"{c['kind']} score {c['score']} {'merged' if c['merged'] else 'kept apart'}: "
                               f"{c['reason']}"})
    for u in report["unknown_mentions"]:
        rows.append({"section": "unknown mention", "subject": u["mention"],
                     "detail": f"×{u['count']} → {u['id']} ({u['note']})"})
    for u in report["unlinked_people"]:
        rows.append({"section": "unlinked person", "subject": u["mention"], "detail": f"{u['reason']} "
                     f"[{u['source']}]"})
    for c in report["conflicts"]:
        rows.append({"section": "conflict", "subject": c["id"], "detail": f"{c['what']}: {', '.join(c['values'])}"})
    return rows
