"""The ``iisg-graph`` command line: data on stdout, logs and progress on stderr."""

from __future__ import annotations

import logging

import click

from iisg_graph import __version__
from iisg_graph.cli.analyse import analyse
from iisg_graph.cli.common import ErrorHandlingGroup
from iisg_graph.cli.demo import demo
from iisg_graph.cli.export import export
from iisg_graph.cli.load_cmds import extract, load, refresh, stats
from iisg_graph.cli.query_cmds import cypher, list_queries, query
from iisg_graph.cli.review import review
from iisg_graph.cli.viz import viz

__all__ = ["cli", "main"]


@click.group(cls=ErrorHandlingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="iisg-graph")
@click.option("--verbose", "-v", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Knowledge graph of who works with whom on internal security in the Western Balkans.

    Example:

        iisg-graph demo
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for command in (demo, extract, load, refresh, stats, query, list_queries, cypher, viz, analyse, review, export):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="iisg-graph")
