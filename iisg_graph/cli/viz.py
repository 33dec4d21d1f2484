"""``viz``: an interactive network of actors and events, as one offline HTML file."""

from __future__ import annotations

from pathlib import Path

import click
import networkx as nx

from iisg_graph.analysis import ACTOR_LABELS, PARTICIPATION, select_events
from iisg_graph.cli.common import store_option
from iisg_graph.cli.output import stderr
from iisg_graph.store import open_store
from iisg_graph.views.network_html import write_network_html

__all__ = ["actor_event_graph", "viz"]

def actor_event_graph(graph: nx.MultiDiGraph, pillar: str | None = None, year_from: int | None = None,
                      year_to: int | None = None, include_inferred: bool = True) -> nx.Graph:
    """Actors and the events they attended or organised, events filtered as the analysis filters them."""
    keep = set(select_events(graph, pillar=pillar, include_inferred=include_inferred,
                             from_year=year_from, to_year=year_to))
    out = nx.Graph()
    for u, v, data in graph.edges(data=True):
        if v in keep and data["type"] in PARTICIPATION and graph.nodes[u].get("label") in ACTOR_LABELS:
            out.add_node(u, **graph.nodes[u])
            out.add_node(v, **graph.nodes[v])
            out.add_edge(u, v, type=data["type"], weight=1)
    return out


@click.command()
@store_option
@click.option("--pillar", help="Only events concerning this pillar (WBCTi, WBCSCi, WBBSi).")
@click.option("--stated-only", is_flag=True, help="Only pillars stated in the text, not inferred ones.")
@click.option("--from-year", type=int, help="First year of events to show.")
@click.option("--to-year", type=int, help="Last year of events to show.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("network.html"),
              show_default=True, help="HTML file to write.")
def viz(store_uri: str, pillar: str | None, stated_only: bool, from_year: int | None, to_year: int | None,
        output: Path) -> None:
    """Write an interactive network of actors and events (self-contained HTML, works offline).

    Example:

        iisg-graph viz --pillar WBBSi --from-year 2020 -o border.html
    """
    with open_store(store_uri, read_only=True) as store:
        graph = actor_event_graph(store.to_networkx(), pillar, from_year, to_year, not stated_only)
    path = write_network_html(graph, output, title=f"iisg-graph: {pillar or 'all pillars'}")
    stderr.print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges written to {path}")
