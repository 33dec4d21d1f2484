"""Interactive network HTML with pyvis that works offline.

pyvis inlines vis-network (``cdn_resources="in_line"``) but its template still links Bootstrap from a
CDN; those tags are removed so nothing reaches the network when the file is opened. Every data value
(labels, tooltips) is HTML-escaped before it enters the page, because tooltips are rendered as HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

__all__ = ["COLOURS", "pairs_to_graph", "write_network_html"]

COLOURS = {"Person": "#e07a5f", "Organisation": "#3d5a80", "Country": "#81b29a", "Event": "#f2cc8f",
           "Place": "#9c89b8", "Pillar": "#ee6c4d", "Project": "#98c1d9", "Source": "#bbbbbb"}
_REMOTE = re.compile(r"<(script|link)\b[^>]*\b(?:src|href)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I)


def pairs_to_graph(rows: Iterable[Mapping[str, Any]], a: str = "actor_a", b: str = "actor_b",
                   weight: str = "shared_events") -> nx.Graph:
    """An undirected weighted graph from pair rows (e.g. the worked-together query).

    >>> g = pairs_to_graph([{"actor_a": "OSCE", "actor_b": "RCC", "shared_events": 3}])
    >>> g["OSCE"]["RCC"]["weight"]
    3
    """
    graph = nx.Graph()
    for row in rows:
        graph.add_edge(row[a], row[b], weight=row.get(weight, 1) or 1)
    return graph


def _tooltip(data: Mapping[str, Any]) -> str:
    shown = {k: v for k, v in data.items() if k not in {"sources", "evidence", "text"} and v not in (None, [], "")}
    return "\n".join(f"{html.escape(str(k))}: {html.escape(str(v))}" for k, v in sorted(shown.items()))


def write_network_html(graph: nx.Graph, path: str | Path, title: str = "iisg-graph network") -> Path:
    """Write ``graph`` as a self-contained HTML page; node attr ``label`` (a node label such as
    "Organisation") picks the colour, ``name``/``title`` the caption; edge ``weight`` the width."""
    net = Network(height="780px", width="100%", cdn_resources="in_line", heading=html.escape(title),
                  notebook=False)
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        caption = data.get("name") or data.get("title") or node
        net.add_node(html.escape(str(node)), label=html.escape(str(caption)), title=_tooltip(data),
                     color=COLOURS.get(data.get("label", ""), "#3d5a80"),
                     value=max(1, graph.degree(node, weight="weight")))
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        weight = data.get("weight", 1)
        net.add_edge(html.escape(str(u)), html.escape(str(v)), value=weight,
                     title=html.escape(f"{data.get('type', 'shared events')}: {weight}"))
    net.barnes_hut(gravity=-4000, spring_length=160)
    page = _REMOTE.sub("", net.generate_html())
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path
