"""The ``iisg-graph`` command line: data on stdout, logs and progress on stderr."""

from __future__ import annotations

import importlib
import logging

import click

from iisg_graph import __version__
from iisg_graph.cli.common import ErrorHandlingGroup
from iisg_graph.cli.demo import demo
from iisg_graph.cli.load_cmds import extract, load, stats
from iisg_graph.cli.query_cmds import cypher, list_queries, query
from iisg_graph.cli.viz import viz

__all__ = ["cli", "main"]

# Commands whose modules belong to later pipeline stages; each module defines a command of its name.
_OPTIONAL = {"analyse": "iisg_graph.cli.analyse", "review": "iisg_graph.cli.review",
             "export": "iisg_graph.cli.export"}


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


for command in (demo, extract, load, stats, query, list_queries, cypher, viz):
    cli.add_command(command)
for name, module in _OPTIONAL.items():
    try:
        cli.add_command(getattr(importlib.import_module(module), name))
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise


def main() -> None:
    cli(prog_name="iisg-graph")
