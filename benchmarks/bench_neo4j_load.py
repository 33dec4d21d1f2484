"""Load throughput of the Neo4j store: a synthetic graph of 100k events, loaded, then loaded again.

    python benchmarks/bench_neo4j_load.py                      # starts tests/neo4j_server itself
    NEO4J_URI=bolt://localhost:7687 python benchmarks/bench_neo4j_load.py --clear   # a server of yours

The graph has the real shape (``tests/fixtures/graph_fixture.py``): organisations, countries and people
attending and organising events, pillars, places, funders, projects, one Source per event, provenance on
everything. It is written as one ``upsert`` per batch of events (a loaded file), as the pipeline does.
Printed: relationships/s for the first load (everything created) and for the idempotent reload (everything
read back and compared, nothing written), wall time, nodes, and the machine's load average before and after
(client and server share the cores). Target: 20,000 relationships/s or more. Generation time is reported
apart and not counted.

A fresh server compiles its Cypher runtime while it works: the first batches of a cold server took 2-3x
longer than later ones. ``--warmup-events N`` (default 1,000) first loads and deletes a separate small graph
so that the timed loads measure a warm server, as a long-running one is; ``--warmup-events 0`` measures cold.
``--server-config SETTING=VALUE`` passes Neo4j settings to the test server (as in neo4j.conf).

Last, the **server's ceiling** on this machine: the first ``--ceiling-rels`` relationships of the graph are
created once more, under a scratch type, between their stored end nodes, with their own provenance
properties, by the cheapest statement there is (``UNWIND … MATCH by element id … CREATE``, 10k rows a
transaction, end nodes looked up beforehand and not timed, no reads, no node writes, almost no client work),
and deleted again. No write path that also creates nodes, reads what exists and merges can go faster than
that on the same server, so it tells how far the store's path is from what the hardware allows.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures"), str(ROOT / "tests" / "neo4j_server")]

import launcher  # noqa: E402
from graph_fixture import synthetic_batches  # noqa: E402

from iisg_graph.model.graph import GraphBatch  # noqa: E402
from iisg_graph.store.neo4j import Neo4jStore  # noqa: E402

__all__ = ["load", "main"]

TARGET_RELS_PER_S = 20_000
# The launcher's jvm.options favour start-up (C1 only, 1 GB heap); a benchmark wants the C2 compiler.
BENCH_JVM = ("-Xms2g", "-Xmx2g", "-XX:TieredStopAtLevel=4")


def load(store: Neo4jStore, batches: list[GraphBatch]) -> tuple[float, dict[str, int]]:
    """Upsert every batch; seconds taken and summed counts."""
    totals: dict[str, int] = {}
    started = time.perf_counter()
    for batch in batches:
        for key, value in store.upsert(batch).items():
            totals[key] = totals.get(key, 0) + value
    return time.perf_counter() - started, totals


def _load_average() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def _warm_up(store: Neo4jStore, events: int) -> None:
    """Load and delete a small graph of another seed, so that the timed loads run on a compiled server."""
    if events <= 0:
        return
    started = time.perf_counter()
    load(store, synthetic_batches(events, batch_events=min(events, 500), seed=99))
    store.clear()
    print(f"warm-up: {events:,} events loaded and deleted in {time.perf_counter() - started:.1f} s (not counted)")


CEILING_TYPE = "BENCH_CEILING"
"""Scratch relationship type of the ceiling measurement (not in the model; deleted afterwards)."""


def _ceiling(store: Neo4jStore, batches: list[GraphBatch], limit: int) -> float:
    """Relationships/s of a bare ``CREATE`` of up to ``limit`` of the graph's relationships (see the module
    docstring); the scratch relationships are deleted before returning."""
    rels = list({key: rel for b in batches for key, rel in b.rels.items()}.values())[:limit]
    ends: dict[tuple[str, str], str] = {}
    for label in {r.src_label for r in rels} | {r.dst_label for r in rels}:
        ids = sorted({r.src for r in rels if r.src_label == label} | {r.dst for r in rels if r.dst_label == label})
        found = store.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN i, elementId(n) AS e", {"ids": ids})
        ends.update({(label, row["i"]): row["e"] for row in found})
    rows = [
        [ends[(r.src_label, r.src)], ends[(r.dst_label, r.dst)], r.sources, r.evidence, r.method, r.confidence]
        for r in rels
    ]
    create = (
        "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] MATCH (b) WHERE elementId(b) = row[1] "
        f"CREATE (a)-[:{CEILING_TYPE} {{sources: row[2], evidence: row[3], method: row[4], confidence: row[5]}}]->(b)"
    )
    started = time.perf_counter()
    for start in range(0, len(rows), 10_000):
        store.run(create, {"rows": rows[start : start + 10_000]}, write=True)
    seconds = time.perf_counter() - started
    store.run(f"MATCH ()-[r:{CEILING_TYPE}]->() CALL (r) {{ DELETE r }} IN TRANSACTIONS OF 50000 ROWS", write=True)
    return len(rows) / seconds


def _report(store: Neo4jStore, batches: list[GraphBatch], rels: int, nodes: int, ceiling_rels: int) -> bool:
    """Load twice, print the figures, check the counts: ``rels`` counts relationship rows written (a
    relationship in several batches, such as a person's affiliation, is written, then merged, once each)."""
    print(f"before: {_load_average()}")
    first_s, first = load(store, batches)
    print(
        f"first load: {first_s:.1f} s, {rels / first_s:,.0f} relationships/s "
        f"({(rels + nodes) / first_s:,.0f} nodes+relationships/s); {first}"
    )
    again_s, again = load(store, batches)
    print(
        f"reload (idempotent): {again_s:.1f} s, {rels / again_s:,.0f} relationships/s "
        f"({(rels + nodes) / again_s:,.0f} nodes+relationships/s); {again}"
    )
    if ceiling_rels > 0:
        rate = _ceiling(store, batches, ceiling_rels)
        print(
            f"server ceiling: {rate:,.0f} relationships/s (bare CREATE of {min(ceiling_rels, rels):,} of these "
            "relationships with their properties; no reads, no node writes)"
        )
    print(f"after: {_load_average()}")
    stats = store.stats()
    stored_rels = sum(stats["relationships"].values())
    unique_rels = len({key for b in batches for key in b.rels})
    ok = (
        first["rels_created"] == unique_rels == stored_rels
        and again["rels_created"] == again["rels_updated"] == again["nodes_created"] == again["nodes_updated"] == 0
    )
    print(
        f"stored: {sum(stats['nodes'].values()):,} nodes, {stored_rels:,} relationships; checks "
        f"{'passed' if ok else 'FAILED'}; target {TARGET_RELS_PER_S:,} relationships/s: "
        f"first load {'met' if rels / first_s >= TARGET_RELS_PER_S else 'NOT met'}, "
        f"reload {'met' if rels / again_s >= TARGET_RELS_PER_S else 'NOT met'}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch-events", type=int, default=2_000, help="events per upsert (one 'file')")
    parser.add_argument("--clear", action="store_true", help="empty the NEO4J_URI database first")
    parser.add_argument(
        "--warmup-events",
        type=int,
        default=1_000,
        help="load and delete a small graph first, untimed (0: measure a cold server)",
    )
    parser.add_argument(
        "--server-config",
        action="append",
        default=[],
        metavar="SETTING=VALUE",
        help="a Neo4j setting for the test server (repeatable)",
    )
    parser.add_argument(
        "--ceiling-rels",
        type=int,
        default=200_000,
        help="relationships for the server-ceiling measurement (0: skip it)",
    )
    args = parser.parse_args(argv)
    config = dict(item.split("=", 1) for item in args.server_config)

    started = time.perf_counter()
    batches = synthetic_batches(args.events, batch_events=args.batch_events)
    rels = sum(len(b.rels) for b in batches)
    nodes = len({key for b in batches for key in b.nodes})
    print(
        f"generated {args.events:,} events: {nodes:,} nodes, {rels:,} relationships in {len(batches)} batches "
        f"({time.perf_counter() - started:.0f} s); {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )

    uri = os.environ.get("NEO4J_URI")
    if uri:
        with Neo4jStore.from_uri(uri) as store:
            if sum(store.stats()["nodes"].values()) and not args.clear:
                print(f"{store.uri} is not empty; pass --clear to empty it first", file=sys.stderr)
                return 2
            store.clear()
            _warm_up(store, args.warmup_events)
            return 0 if _report(store, batches, rels, nodes, args.ceiling_rels) else 1
    with launcher.start(pagecache_mb=1024, jvm_args=BENCH_JVM, config=config) as server:
        print(f"Neo4j test server {server.uri} ready in {server.startup_seconds:.1f} s; settings {config or 'default'}")
        with Neo4jStore.from_uri(server.uri) as store:
            _warm_up(store, args.warmup_events)
            return 0 if _report(store, batches, rels, nodes, args.ceiling_rels) else 1


if __name__ == "__main__":
    raise SystemExit(main())
