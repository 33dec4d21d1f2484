"""The load pipeline: files → records → resolved GraphBatch → store, one file at a time.

Every record of every file is read and validated before anything is written, so a bad record stops the
load with nothing half-stored (``strict``), or is reported and skipped (``skip_invalid``). Each file is
then written in one store transaction. A source whose text changed since it was stored is retracted
first, so the new version replaces only its own facts; an unchanged source is an idempotent no-op.
Stored events dated near the load's meetings are shown to the resolver, so that a meeting reported again
in a later load becomes another source of the same Event rather than a second Event. After the files,
derived data (``iisg_graph.derive``: co-attendance) is brought in step with the facts if the load changed any.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from iisg_graph.derive import additive, refresh_after_load
from iisg_graph.errors import InputError
from iisg_graph.model.build import build_batch, source_id
from iisg_graph.model.graph import GraphBatch
from iisg_graph.model.records import MeetingRecord, ProjectRecord, SourceRef
from iisg_graph.resolve import Resolver
from iisg_graph.resolve.resolver import default_resolver
from iisg_graph.resources import cypher_dir
from iisg_graph.store.base import GraphStore
from loaders import SourceItem, expand_paths, loader_for

__all__ = ["LoadReport", "ingest", "read_records", "records_of", "stored_events"]

log = logging.getLogger(__name__)
Record = MeetingRecord | ProjectRecord


@dataclass
class LoadReport:
    """What a load did: files and records read, records skipped, sources replaced, store counts."""

    files: int = 0
    records: int = 0
    skipped: list[str] = field(default_factory=list)
    replaced_sources: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    derived: dict[str, dict[str, int]] = field(default_factory=dict)

    def add_counts(self, counts: dict[str, int]) -> None:
        for key, value in counts.items():
            self.counts[key] = self.counts.get(key, 0) + value


def _extract(item: SourceItem) -> MeetingRecord:
    from iisg_graph.extract import extract_item  # the extraction stage is heavy; import on first text

    record = extract_item(item)
    if item.published and not record.source.published:
        source = SourceRef(uri=record.source.uri, title=record.source.title, published=item.published)
        record = record.model_copy(update={"source": source})
    return record


def _with_topic_pillars(record: Record) -> Record:
    """A structured meeting record that states no pillar gets pillars inferred from its title and text,
    stored as CONCERNS {basis: "inferred"}; records are not rewritten otherwise."""
    if not isinstance(record, MeetingRecord) or record.pillars or record.inferred_pillars:
        return record
    from iisg_graph.extract import infer_pillars

    inferred = infer_pillars(f"{record.title}\n\n{record.text or ''}")
    return record.model_copy(update={"inferred_pillars": inferred}) if inferred else record


def records_of(path: Path, *, skip_invalid: bool = False, skipped: list[str] | None = None) -> list[Record]:
    """Every record of one file (free text goes through extraction), validated."""
    out: list[Record] = []
    items = iter(loader_for(path).load(path))
    while True:
        try:
            item = next(items)
        except StopIteration:
            return out
        except InputError as exc:
            if not skip_invalid:
                raise
            log.warning("skipped: %s", exc)
            if skipped is not None:
                skipped.append(str(exc))
            continue
        out.append(_extract(item) if isinstance(item, SourceItem) else _with_topic_pillars(item))


def read_records(paths: Iterable[Path], *, skip_invalid: bool = False,
                 skipped: list[str] | None = None) -> list[tuple[Path, list[Record]]]:
    """All records of all files (folders expanded), read before anything is stored."""
    return [(p, records_of(p, skip_invalid=skip_invalid, skipped=skipped)) for p in expand_paths(list(paths))]


def ingest(store: GraphStore, paths: Iterable[Path], *, skip_invalid: bool = False,
           resolver: Resolver | None = None,
           progress: Callable[[Path, int], None] | None = None) -> LoadReport:
    """Load files into ``store``; see the module docstring for the guarantees."""
    report = LoadReport()
    files = read_records(paths, skip_invalid=skip_invalid, skipped=report.skipped)
    resolver = resolver or default_resolver()
    every = [r for _, records in files for r in records]
    resolver.prepare([(r, source_id(r)) for r in every], stored_events(store, every))
    stored = store.source_hashes()
    added: list[str] | None = []  # events of a load that only adds; None once anything else changes
    for path, records in files:
        batch = build_batch(records, resolver, GraphBatch())
        replaced = _retract_changed(store, batch, stored)
        report.replaced_sources += replaced
        if added is not None and not replaced and additive(store, batch):
            added += [i for label, i in batch.nodes if label == "Event"]
        else:
            added = None
        report.add_counts(store.upsert(batch))
        report.files += 1
        report.records += len(records)
        if progress:
            progress(path, len(records))
    report.derived = refresh_after_load(store, changed=report.replaced_sources > 0 or any(report.counts.values()),
                                        added_events=added)
    return report


def stored_events(store: GraphStore, records: list[Record], margin_days: int = 10) -> list[dict[str, object]]:
    """Events already in the store dated near the load's meetings: candidates for being reported again."""
    dates = [d for r in records if isinstance(r, MeetingRecord) for d in (r.start_date, r.end_date) if d]
    if not dates:
        return []
    margin = dt.timedelta(days=margin_days)
    cypher = (cypher_dir() / "internal" / "events-in-window.cypher").read_text(encoding="utf-8")
    return store.run(cypher, {"from_date": (min(dates) - margin).isoformat(),
                              "to_date": (max(dates) + margin).isoformat()})


def _retract_changed(store: GraphStore, batch: GraphBatch, stored: dict[str, str | None]) -> int:
    replaced = 0
    for (label, sid), node in batch.nodes.items():
        if label == "Source" and sid in stored and stored[sid] != getattr(node, "sha256", None):
            store.retract(sid)
            replaced += 1
    return replaced
