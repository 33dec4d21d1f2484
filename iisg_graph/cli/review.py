"""``review``: what resolution was unsure of — candidate merges, unknown mentions, conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from iisg_graph.cli.common import store_option
from iisg_graph.cli.output import echo_rows, format_option, handle_broken_pipe

__all__ = ["review"]


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@store_option
@format_option
@handle_broken_pipe
def review(paths: tuple[Path, ...], store_uri: str, fmt: str) -> None:
    """Report resolution doubts for PATH... (sources, resolved as `load` would) or, without paths,
    for the loaded store: candidate merges with score and reason, organisations not in the gazetteer,
    unlinked surname-only / role mentions, and conflicting facts. Confirm or reject a finding by adding a
    same / not_same entry to the decisions file (docs/resolution.md); the next load applies it.

    Example:

    \b
        iisg-graph review iisg_graph/data/sample/partners_news_dev.records.jsonl -F json
        iisg-graph review --store embedded:./iisg.db
    """
    from iisg_graph.resolve.review import review_paths, review_rows, review_store

    if paths:
        report = review_paths(paths)
    else:
        from iisg_graph.store import open_store

        with open_store(store_uri, read_only=True) as store:
            report = review_store(store)
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        echo_rows(review_rows(report), fmt, title="Resolution review", columns=["section", "subject", "detail"])
