"""Output of rows for every command: one decorator adds ``--format table|json|csv``.

Data goes to stdout; logs and progress to stderr. Tables are drawn with rich; JSON is one array,
CSV has a header row. Lists inside cells are joined with ``; `` in tables and CSV.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click
from rich.console import Console
from rich.table import Table

__all__ = ["FORMATS", "echo_rows", "format_option", "stderr"]

FORMATS = ("table", "json", "csv")
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--format/-f`` (table, json, csv) to a command."""
    return click.option("--format", "-F", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="Output format of the rows.")(func)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def echo_rows(rows: Sequence[dict[str, Any]], fmt: str = "table", title: str | None = None,
              columns: Sequence[str] | None = None) -> None:
    """Print ``rows`` to stdout in ``fmt``; an empty result prints a note on stderr (table) or ``[]``."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    elif not rows:
        stderr.print(f"[dim]{title + ': ' if title else ''}no rows[/dim]")
    else:
        table = Table(title=title, title_justify="left", show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        Console(soft_wrap=False, width=max(100, Console().width)).print(table)


def handle_broken_pipe(func: Callable[..., Any]) -> Callable[..., Any]:
    """Exit quietly when stdout is closed early (``iisg-graph query … | head``)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)

    return wrapper
