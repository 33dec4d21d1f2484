"""``extract``, ``load`` and ``stats``: getting sources into the graph."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from iisg_graph.cli.common import store_option
from iisg_graph.cli.output import echo_rows, format_option, stderr
from iisg_graph.derive import refresh as refresh_derived
from iisg_graph.pipeline import ingest, read_records
from iisg_graph.store import open_store

__all__ = ["extract", "load", "refresh", "stats", "stats_rows"]

_PATHS = click.argument("paths", nargs=-1, required=True,
                        type=click.Path(exists=True, path_type=Path))


@click.command()
@_PATHS
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-", show_default=True,
              help="Where to write the records (.jsonl); - is stdout.")
def extract(paths: tuple[Path, ...], output: click.utils.LazyFile) -> None:
    """Extract structured records (with evidence spans) from text sources, one JSON line per item.

    Example:

        iisg-graph extract news.txt -o records.jsonl
    """
    count = 0
    for _, records in read_records(paths):
        for record in records:
            output.write(json.dumps(record.model_dump(mode="json"), ensure_ascii=False) + "\n")
            count += 1
    stderr.print(f"extracted {count} record(s)")


@click.command()
@_PATHS
@store_option
@click.option("--strict/--skip-invalid", default=True, show_default=True,
              help="Stop at the first invalid record (nothing stored), or report and skip invalid ones.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
def load(paths: tuple[Path, ...], store_uri: str, strict: bool, quiet: bool) -> None:
    """Load sources (feeds .txt, pages .html, records .jsonl/.json/.csv/.yaml, folders) into the graph.

    Loading is idempotent; a source whose text changed replaces only its own facts.

    Example:

        iisg-graph load news.txt records.jsonl --store embedded:./iisg.db
    """
    def progress(path: Path, n: int) -> None:
        if not quiet:
            stderr.print(f"loaded {n:>5} record(s) from {path}")

    with open_store(store_uri) as store:
        report = ingest(store, paths, skip_invalid=not strict, progress=progress)
    for message in report.skipped:
        stderr.print(f"[yellow]skipped[/yellow] {message}")
    c = report.counts
    stderr.print(f"{report.records} record(s) from {report.files} file(s): "
                 f"{c.get('nodes_created', 0)} nodes and {c.get('rels_created', 0)} relationships created, "
                 f"{c.get('nodes_updated', 0)} nodes and {c.get('rels_updated', 0)} relationships updated, "
                 f"{report.replaced_sources} changed source(s) replaced, {len(report.skipped)} skipped")
    _print_derived(report.derived)


def _print_derived(derived: dict[str, dict[str, int]]) -> None:
    co = derived.get("co_attendance")
    if co is None:
        stderr.print("co-attendance pairs (worked-together): up to date, no fact changed")
        return
    stderr.print(f"co-attendance pairs (worked-together): {co.get('created', 0)} written, "
                 f"{co.get('deleted', 0)} removed, {co.get('unchanged', 0)} unchanged")


@click.command()
@store_option
def refresh(store_uri: str) -> None:
    """Recompute derived data (co-attendance pairs, read by worked-together) from the facts in the store.

    `load` does this itself; run it after writing by other means (`cypher --write`, a neo4j-admin import,
    your own `GraphStore.upsert`). Writes only what changed.

    Example:

        iisg-graph refresh --store neo4j://localhost:7687
    """
    with open_store(store_uri) as store:
        _print_derived(refresh_derived(store))


def stats_rows(counts: dict[str, dict[str, int]]) -> list[dict[str, object]]:
    return ([{"kind": "node", "name": k, "count": v} for k, v in counts["nodes"].items()]
            + [{"kind": "relationship", "name": k, "count": v} for k, v in counts["relationships"].items()])


@click.command()
@store_option
@format_option
def stats(store_uri: str, fmt: str) -> None:
    """Counts of nodes by label and relationships by type.

    Example:

        iisg-graph stats --format json
    """
    with open_store(store_uri, read_only=True) as store:
        counts = store.stats()
    echo_rows(stats_rows(counts), fmt, title=f"graph in {store_uri}")
    sys.stdout.flush()
