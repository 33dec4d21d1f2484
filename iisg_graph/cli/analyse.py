"""``analyse``: centrality, communities and brokers of the co-attendance network (networkx).

The command only opens the store, calls :func:`iisg_graph.analysis.report` and prints; the analysis
itself lives in ``iisg_graph.analysis`` so notebooks and tests get the same numbers.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import click

from iisg_graph.analysis import DEFAULT_SEED, co_attendance, connecting_path, report
from iisg_graph.cli.common import store_option
from iisg_graph.cli.output import echo_rows, handle_broken_pipe
from iisg_graph.store import open_store

__all__ = ["analyse"]


def _print_tables(result: dict[str, Any]) -> None:
    summary = result["summary"]
    echo_rows([summary], "table", title="Co-attendance network")
    for measure, rows in result["centrality"].items():
        echo_rows(rows, "table", title=f"Top actors by {measure} centrality",
                  columns=["rank", "actor", "label", "score", "id"])
    echo_rows(result["communities"], "table", title=f"Communities (Louvain, seed {summary['seed']})")
    echo_rows(result["brokers"], "table", title="Brokers between communities",
              columns=["actor", "label", "community", "communities_reached", "external_weight",
                       "participation", "id"])
    if "path" in result:
        rows = [{"step": i, "from": s["source_name"], "to": s["target_name"],
                 "events": [f"{e.get('start_date') or '?'} {e.get('title') or e['id']}" for e in s["events"]]}
                for i, s in enumerate(result["path"], start=1)]
        echo_rows(rows, "table", title="Shortest connection")


@click.command("analyse")
@store_option
@click.option("--pillar", help="Only events concerning this pillar (WBCTi, WBCSCi, WBBSi).")
@click.option("--stated-only", is_flag=True, help="Only pillars stated in the text, not inferred ones.")
@click.option("--from-year", type=int, help="First year of events to include.")
@click.option("--to-year", type=int, help="Last year of events to include.")
@click.option("--top", "top_n", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many actors to list per measure (and members per community).")
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True,
              help="Seed of the Louvain community detection (same seed, same communities).")
@click.option("--path", "path", nargs=2, metavar="FROM TO",
              help="Also show the shortest chain of shared events between two actors (id, name or acronym).")
@click.option("--format", "-F", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@handle_broken_pipe
def analyse(store_uri: str, pillar: str | None, stated_only: bool, from_year: int | None,
            to_year: int | None, top_n: int, seed: int, path: tuple[str, str] | None, fmt: str) -> None:
    """Rank actors by degree, betweenness and eigenvector centrality in the network of who met whom
    (weighted by shared events), and list its communities and the brokers between them.

    Example:

        iisg-graph analyse --pillar WBBSi --from-year 2019 --top 5 --format json
    """
    with open_store(store_uri, read_only=True) as store:
        graph = store.to_networkx()
    filters = {"pillar": pillar, "include_inferred": not stated_only, "from_year": from_year,
               "to_year": to_year}
    result = report(graph, n=top_n, seed=seed, **filters)
    if path:
        projection = co_attendance(graph, **filters)
        names = {node: projection.nodes[node]["name"] for node in projection}
        result["path"] = [{**asdict(step), "source_name": names[step.source], "target_name": names[step.target]}
                          for step in connecting_path(projection, *path)]
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_tables(result)
