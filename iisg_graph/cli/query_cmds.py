"""``query``, ``queries`` and ``cypher``: analysts' read access to the graph."""

from __future__ import annotations

from pathlib import Path

import click

from iisg_graph import queries
from iisg_graph.cli.common import params_option, parse_params, store_option
from iisg_graph.cli.output import echo_rows, format_option, handle_broken_pipe
from iisg_graph.store import open_store

__all__ = ["cypher", "list_queries", "query"]


@click.command()
@click.argument("name")
@params_option
@store_option
@format_option
@handle_broken_pipe
def query(name: str, params: tuple[str, ...], store_uri: str, fmt: str) -> None:
    """Run the saved query NAME (see `iisg-graph queries`), read-only.

    Example:

        iisg-graph query worked-together -p pillar=WBBSi -p min_events=2 --format csv
    """
    saved = queries.get(name)
    with open_store(store_uri, read_only=True) as store:
        rows = queries.run(store, name, **parse_params(params))
    echo_rows(rows, fmt, title=saved.title)


@click.command("queries")
@format_option
def list_queries(fmt: str) -> None:
    """List the saved queries with their titles and parameters (defaults in brackets).

    Example:

        iisg-graph queries --format json
    """
    rows = [{"name": q.name, "title": q.title, "params": q.signature(), "description": q.description}
            for q in queries.catalog().values()]
    echo_rows(rows, fmt, columns=["name", "title", "params"] if fmt == "table" else None)


@click.command()
@click.argument("text", required=False)
@click.option("--file", "-f", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the Cypher from a file.")
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@params_option
@store_option
@format_option
@handle_broken_pipe
def cypher(text: str | None, file: Path | None, write: bool, params: tuple[str, ...],
           store_uri: str, fmt: str) -> None:
    """Run ad-hoc Cypher with parameters; read-only unless --write.

    Example:

        iisg-graph cypher 'MATCH (o:Organisation) WHERE o.acronym = $a RETURN o.name' -p a=OSCE
    """
    if bool(text) == bool(file):
        raise click.UsageError("give the Cypher either as an argument or with --file, not both")
    statement = file.read_text(encoding="utf-8") if file else text
    with open_store(store_uri, read_only=not write) as store:
        rows = store.run(statement or "", parse_params(params), write=write)
    echo_rows(rows, fmt)
