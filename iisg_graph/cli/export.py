"""``export``: the whole graph as GraphML, GEXF, JSON, CSV or neo4j-admin import files."""

from __future__ import annotations

from pathlib import Path

import click

from iisg_graph.cli.common import store_option
from iisg_graph.cli.output import stderr
from iisg_graph.store import open_store
from iisg_graph.views.export import EXPORT_FORMATS, export_graph

__all__ = ["export"]


@click.command()
@store_option
@click.option("--format", "-F", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="graphml/gexf/json write one file; csv and neo4j-admin write a folder of files.")
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True, help="File or folder to write.")
def export(store_uri: str, fmt: str, output: Path) -> None:
    """Export the graph for Gephi, yEd, other tools, or `neo4j-admin database import`.

    Example:

        iisg-graph export --format graphml -o iisg.graphml
    """
    with open_store(store_uri, read_only=True) as store:
        written = export_graph(store.to_networkx(), fmt, output)
    stderr.print(f"wrote {len(written)} file(s): {', '.join(str(p) for p in written[:3])}"
                 + (" …" if len(written) > 3 else ""))
