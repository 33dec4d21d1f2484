"""``demo``: the main job end to end on the bundled sample, embedded store, no server."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import click

from iisg_graph import queries
from iisg_graph.cli.load_cmds import stats_rows
from iisg_graph.cli.output import echo_rows, stderr
from iisg_graph.pipeline import ingest
from iisg_graph.resources import sample_dir
from iisg_graph.store.embedded import EmbeddedStore
from iisg_graph.views.network_html import pairs_to_graph, write_network_html

__all__ = ["demo", "sample_paths"]

_SAMPLES = {
    "text": ("iisg_news_2023.txt", "partners_news_dev.txt"),
    "records": ("iisg_news_2023.records.jsonl", "partners_news_dev.records.jsonl"),
}


def sample_paths(kind: str = "text") -> list[Path]:
    """The bundled sample: 11 IISG seed items and 55 partner items, as text feeds or as records."""
    return [sample_dir() / name for name in _SAMPLES[kind]]


@click.command()
@click.option("--dir", "workdir", type=click.Path(file_okay=False, path_type=Path), default=Path("iisg-demo"),
              show_default=True, help="Folder for the demo graph and HTML (rebuilt on every run).")
@click.option("--from", "kind", type=click.Choice(sorted(_SAMPLES)), default="text", show_default=True,
              help="Build from the news text (extraction) or from the structured records.")
@click.option("--pillar", default="WBBSi", show_default=True, help="Pillar of the worked-together answer.")
def demo(workdir: Path, kind: str, pillar: str) -> None:
    """Build the graph of the bundled sample and answer "who has worked together on border security".

    Example:

        iisg-graph demo --dir ./iisg-demo
    """
    started = time.perf_counter()
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    db = workdir / "iisg.db"
    with EmbeddedStore(db) as store:
        report = ingest(store, sample_paths(kind))
        stderr.print(f"Loaded {report.records} items from the bundled sample ({kind}) into embedded:{db}")
        echo_rows(stats_rows(store.stats()), "table", title="Graph contents")
        rows = queries.run(store, "worked-together", pillar=pillar, include_inferred=True, limit=25)
        echo_rows(rows, "table", title=f"Who has worked together on {pillar} (stated or inferred pillar)")
        all_pairs = queries.run(store, "worked-together", pillar=pillar, include_inferred=True, limit=100000)
    html = write_network_html(pairs_to_graph(all_pairs), workdir / f"worked-together-{pillar}.html",
                              title=f"Worked together on {pillar}")
    stderr.print(f"Network of {len(all_pairs)} pairs written to {html} (opens offline in any browser)")
    stderr.print(f"Done in {time.perf_counter() - started:.1f} s. Next, try:")
    for cmd in ("iisg-graph queries",
                f"iisg-graph query worked-together -p pillar=WBCTi --store embedded:{db}",
                f"iisg-graph cypher 'MATCH (o:Organisation)-[:ORGANISED]->(e:Event) RETURN o.name, count(e) AS n "
                f"ORDER BY n DESC LIMIT 5' --store embedded:{db}",
                f"iisg-graph viz --pillar WBCSCi -o network.html --store embedded:{db}",
                f"iisg-graph stats --store embedded:{db} --format json"):
        stderr.print(f"  {cmd}")
