"""Offline bulk path for a very large first load: ``neo4j-admin database import full`` of the export CSVs.

    python benchmarks/bench_neo4j_import.py                  # 100k events
    python benchmarks/bench_neo4j_import.py --events 20000 --keep /tmp/iisg-import

Steps, each timed apart (generation is not counted):

1. generate the synthetic graph of ``benchmarks/bench_neo4j_load.py`` (``tests/fixtures/graph_fixture.py``)
   and merge its batches into the networkx shape of ``store.to_networkx()``;
2. export it with ``iisg-graph export --format neo4j-admin`` (``iisg_graph.views.export``);
3. import the CSVs into a fresh Neo4j home with the import tool of the Maven classpath of
   ``tests/neo4j_server`` (no Neo4j distribution needed: ``org.neo4j.cli.AdminTool`` with NEO4J_HOME /
   NEO4J_CONF pointing at a temporary folder holding a one-line neo4j.conf);
4. start the test server on that home (``--home``), create the schema (``cypher/schema/neo4j.cypher``) and
   give missing list properties their empty list: the importer stores no property for an empty array,
   where the stores write ``[]``, so without this a reload would "update" every node without aliases;
5. check the counts with Cypher against the generated graph, and reload every batch with ``Neo4jStore``:
   it must create and update nothing (idempotent).

The same commands work by hand (see ``import_command``). The machine's load average is printed before and
after, since all of this shares the cores.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures"), str(ROOT / "tests" / "neo4j_server")]

import launcher  # noqa: E402
import networkx as nx  # noqa: E402
from bench_neo4j_load import BENCH_JVM, load  # noqa: E402
from graph_fixture import synthetic_batches  # noqa: E402

from iisg_graph.model.graph import NODE_TYPES, REL_ENDPOINTS, GraphBatch  # noqa: E402
from iisg_graph.store.neo4j import Neo4jStore  # noqa: E402
from iisg_graph.store.schema import node_columns, rel_columns, schema_statements  # noqa: E402
from iisg_graph.views.export import export_graph  # noqa: E402

__all__ = ["import_command", "main", "to_networkx"]

ADMIN_TOOL = "org.neo4j.cli.AdminTool"


def to_networkx(batches: list[GraphBatch]) -> tuple[GraphBatch, nx.MultiDiGraph]:
    """The batches merged (as a store merges them) and as the graph ``store.to_networkx()`` returns."""
    merged = GraphBatch()
    for batch in batches:
        merged.extend(batch)
    graph = nx.MultiDiGraph()
    for (label, node_id), node in sorted(merged.nodes.items()):
        graph.add_node(node_id, label=label, **{c: getattr(node, c) for c in node_columns(label) if c != "id"})
    for (rel_type, src, dst), rel in sorted(merged.rels.items()):
        row = rel.row()
        graph.add_edge(src, dst, key=rel_type, type=rel_type, **{c: row.get(c) for c in rel_columns(rel_type)})
    return merged, graph


def import_command(csv_dir: Path, heap: str, threads: int | None) -> list[str]:
    """``neo4j-admin database import full`` of the export folder, from the test server's classpath."""
    launcher.build()
    classpath = launcher.CLASSPATH.read_text().strip()
    cmd = ["java", f"@{launcher.HERE / 'jvm.options'}", f"-Xms{heap}", f"-Xmx{heap}", "-XX:TieredStopAtLevel=4"]
    cmd += ["-cp", classpath, ADMIN_TOOL, "database", "import", "full"]
    cmd += [f"--nodes={csv_dir / f'{label}.csv'}" for label in NODE_TYPES]
    cmd += [f"--relationships={csv_dir / f'{rel_type}.csv'}" for rel_type in REL_ENDPOINTS]
    if threads:
        cmd.append(f"--threads={threads}")
    # Source.text holds whole news items, line breaks included. --nodes / --relationships take several
    # values: a one-value option must come right before the database name.
    report = f"--report-file={csv_dir.parent / 'import.report'}"  # not into the working directory
    return [*cmd, report, "--multiline-fields=true", "--array-delimiter=;", "neo4j"]


def finalise(store: Neo4jStore) -> None:
    """Schema, then ``[]`` for list properties the importer left out (it stores no empty arrays)."""
    for statement in schema_statements("neo4j"):
        store.run(statement, write=True)
    for label, model in NODE_TYPES.items():
        for col in (c for c in node_columns(label) if model.model_fields[c].annotation == list[str]):
            store.run(
                f"MATCH (n:{label}) WHERE n.{col} IS NULL CALL (n) {{ SET n.{col} = [] }} "
                "IN TRANSACTIONS OF 10000 ROWS",
                write=True,
            )
    for rel_type in REL_ENDPOINTS:
        for col in ("sources", "evidence"):
            store.run(
                f"MATCH ()-[r:{rel_type}]->() WHERE r.{col} IS NULL CALL (r) {{ SET r.{col} = [] }} "
                "IN TRANSACTIONS OF 10000 ROWS",
                write=True,
            )


def _load_average() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def run(args: argparse.Namespace, work: Path) -> bool:
    started = time.perf_counter()
    batches = synthetic_batches(args.events, batch_events=args.batch_events)
    merged, graph = to_networkx(batches)
    nodes, rels = len(merged.nodes), len(merged.rels)
    print(
        f"generated {args.events:,} events: {nodes:,} nodes, {rels:,} relationships "
        f"({time.perf_counter() - started:.0f} s, not counted); {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(f"before: {_load_average()}")

    csv_dir, home = work / "csv", work / "home"
    started = time.perf_counter()
    files = export_graph(graph, "neo4j-admin", csv_dir)
    export_s = time.perf_counter() - started
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"export: {export_s:.1f} s, {len(files)} files, {size_mb:,.0f} MB in {csv_dir}")
    del graph

    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(f"server.directories.data={home / 'data'}\n")
    cmd = import_command(csv_dir, args.import_heap, args.threads)
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    log = work / "import.log"
    started = time.perf_counter()
    with log.open("w") as out:
        done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    import_s = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
        print(f"import FAILED (exit code {done.returncode}), {log}:\n{tail}", file=sys.stderr)
        return False
    summary = [line.strip() for line in log.read_text().splitlines() if "IMPORT DONE" in line]
    print(
        f"import: {import_s:.1f} s wall (JVM start included; tool says {summary[0] if summary else '?'}), "
        f"{rels / import_s:,.0f} relationships/s ({(rels + nodes) / import_s:,.0f} nodes+relationships/s)"
    )
    print(f"after import: {_load_average()}")

    with launcher.start(home=home, pagecache_mb=1024, jvm_args=BENCH_JVM) as server:
        print(f"Neo4j test server on {home} ready in {server.startup_seconds:.1f} s")
        with Neo4jStore.from_uri(server.uri) as store:
            started = time.perf_counter()
            finalise(store)
            print(f"schema + empty lists: {time.perf_counter() - started:.1f} s")
            stored_nodes = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
            stored_rels = store.run("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
            counts_ok = stored_nodes == nodes and stored_rels == rels
            print(
                f"counts: {stored_nodes:,} nodes, {stored_rels:,} relationships stored, expected {nodes:,} / "
                f"{rels:,}: {'passed' if counts_ok else 'FAILED'}"
            )
            rows = sum(len(b.rels) for b in batches)
            again_s, again = load(store, batches)
            reload_ok = not any(again.values())
            print(
                f"reload with Neo4jStore (idempotent): {again_s:.1f} s, {rows / again_s:,.0f} relationship rows/s; "
                f"{again}: {'passed' if reload_ok else 'FAILED'}"
            )
    print(f"after: {_load_average()}")
    return counts_ok and reload_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch-events", type=int, default=2_000, help="events per batch of the reload")
    parser.add_argument("--import-heap", default="2g", help="heap of the import tool (-Xms/-Xmx)")
    parser.add_argument("--threads", type=int, default=None, help="import threads (default: the tool's)")
    parser.add_argument("--keep", type=Path, default=None, help="work in this new folder and keep it")
    args = parser.parse_args(argv)
    if args.keep is not None:
        if args.keep.exists():
            parser.error(f"{args.keep} exists; --keep needs a new folder")
        args.keep.mkdir(parents=True)
        return 0 if run(args, args.keep) else 1
    work = Path(tempfile.mkdtemp(prefix="iisg-import-"))
    try:
        return 0 if run(args, work) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
