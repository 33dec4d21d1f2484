"""Options shared by commands, and the one place library errors become CLI errors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import click

from iisg_graph.errors import IISGError
from iisg_graph.queries.catalog import parse_value

__all__ = ["ErrorHandlingGroup", "params_option", "parse_params", "store_option"]


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--store URI``: embedded:PATH (default ./iisg.db) or neo4j://… / bolt://… ($IISG_STORE)."""
    return click.option("--store", "-s", "store_uri", envvar="IISG_STORE", default="embedded:./iisg.db",
                        show_default=True, metavar="URI",
                        help="embedded:PATH, or neo4j://HOST:PORT / bolt://… (NEO4J_USER, NEO4J_PASSWORD).")(func)


def params_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
                        help="A query parameter; values are read as JSON where they parse (3, true, [..]).")(func)


def parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``("pillar=WBBSi", "min_events=2")`` → ``{"pillar": "WBBSi", "min_events": 2}``."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="-p/--param")
        out[key.strip()] = parse_value(value)
    return out


class ErrorHandlingGroup(click.Group):
    """Turns :class:`IISGError` into a clean ``Error: …`` message and exit code 1 (no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IISGError as exc:
            logging.getLogger("iisg_graph").debug("error", exc_info=True)
            raise click.ClickException(str(exc)) from exc
