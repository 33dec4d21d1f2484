"""Load throughput of the embedded store: first load (bulk COPY) and the idempotent re-load.

Uses the graph generator of ``bench_queries.py`` (realistic shape, deterministic). A first load COPYs
new rows; a re-load of the same batch looks every key up, finds nothing changed and writes nothing.

Run:  python benchmarks/bench_embedded_load.py [--events 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_queries import _Generator

from iisg_graph.store.embedded import EmbeddedStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args(argv)
    batch = _Generator(args.events).batch()
    rows = len(batch.nodes) + len(batch.rels)
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "bench.db") as store:
        for label in ("first load", "idempotent re-load"):
            start, cpu = time.perf_counter(), time.process_time()
            counts = store.upsert(batch)
            wall, used = time.perf_counter() - start, time.process_time() - cpu
            print(f"{label:20} {args.events:>7} events {len(batch.nodes):>8} nodes {len(batch.rels):>8} rels "
                  f"{wall:7.1f} s wall {used:7.1f} s CPU  {rows / wall:>9,.0f} rows/s  {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
