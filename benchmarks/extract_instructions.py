"""Extraction cost in CPU instructions per item, counted by callgrind: a figure that does not move with machine load.

Wall-clock items/s on a shared machine varies by ±20 % from run to run, which hides changes of a few per cent;
instruction counts repeat to about 1 %. The script runs the interpreter under ``valgrind --tool=callgrind``
twice, extracting the first ``--small`` and the first ``--large`` items of the benchmark feed
(``bench_extract.make_feed``), and prints (I_large − I_small) / (large − small), so that start-up, imports,
the gazetteer load and the feed generation cancel out.

    python benchmarks/extract_instructions.py [--small 100] [--large 400]

Needs valgrind (Debian package ``valgrind``). It takes about three minutes; repeated runs agree to about 1.5 %
(hash randomisation changes set orders).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEED_ITEMS = 1_000
"""The feed is always generated at this size and then cut, so that both runs generate the same feed."""


def _extract(n: int) -> None:
    """The measured work: extract the first ``n`` items of the feed (after a short warm-up)."""
    sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
    from bench_extract import make_feed

    from iisg_graph.extract import extract_items
    from iisg_graph.extract.gazetteer import gazetteer
    from loaders.news_feed import parse_feed

    gazetteer()
    items = list(parse_feed(make_feed(FEED_ITEMS, 7), "bench.txt"))[:n]
    list(extract_items(items[:20]))
    sum(1 for _ in extract_items(items))


def _instructions(n: int) -> int:
    """Instructions callgrind counts for a whole run of ``_extract(n)`` in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={Path(tmp) / 'out'}",
            sys.executable,
            __file__,
            "--run",
            str(n),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(f"callgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=400)
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)  # the child run under valgrind
    args = parser.parse_args(argv)
    if args.run is not None:
        _extract(args.run)
        return 0
    if not 0 < args.small < args.large <= FEED_ITEMS:
        parser.error(f"need 0 < --small < --large <= {FEED_ITEMS}")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    small, large = _instructions(args.small), _instructions(args.large)
    per_item = (large - small) / (args.large - args.small)
    counts = f"{args.small} items: {small:,}; {args.large} items: {large:,}"
    print(f"{per_item / 1e6:.2f} M instructions per item ({counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
