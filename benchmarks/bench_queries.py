"""Time every saved query on a generated graph of 100k events in the embedded store.

The graph has the shape of the real data, scaled up and deterministic (``random.Random(seed)``): 20 years
of meetings; organisations, countries and people drawn with a heavy-tailed (Zipf-like) popularity: a few
regulars such as the EU bodies, a long tail of ministries and agencies, the region's six countries at many
meetings; about six actors per event, as in the bundled sample; 1-2 pillars per event, a fifth of them
inferred; one organiser and one place per event; a funder on one event in five; people affiliated with an
organisation; a Source per event.

The derived co-attendance rows (``iisg_graph.derive``) are refreshed after the load, as ``ingest`` does,
and the time that takes is printed with the graph's sizes.

Run:  python benchmarks/bench_queries.py [--events 100000] [--runs 5] [--db PATH] [--json]
Prints one line per query: median and min of ``--runs`` timed runs after one warm-up, and the rows.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from iisg_graph import queries
from iisg_graph.derive import refresh as refresh_derived
from iisg_graph.errors import StoreError
from iisg_graph.model.graph import (
    Country,
    Event,
    GraphBatch,
    Organisation,
    Person,
    Pillar,
    Place,
    Rel,
    Source,
)
from iisg_graph.store.embedded import EmbeddedStore

REGION = ["AL", "BA", "ME", "MK", "RS", "XK"]
OTHERS = ["AT", "DE", "SI", "HR", "IT", "FR", "NL", "SE", "HU", "BG", "RO", "GR", "CH", "US", "GB", "TR",
          "CZ", "SK", "PL", "BE", "ES", "PT", "DK", "FI", "NO", "IE", "LU", "MT", "CY", "EE", "LV", "LT",
          "UA", "MD", "GE", "AM", "AZ", "KZ"]
PILLARS = [("WBCTi", 1), ("WBCSCi", 2), ("WBBSi", 3)]
PARAMS = {"actor-timeline": {"actor": "org-00001"}, "collaborators": {"actor": "org-00001"},
          "bridges": {"from_actor": "person-00017", "to_actor": "person-01234"},
          "evidence": {"subject": "org-00001", "object": "event-000042"},
          "events-in-range": {"from_date": "2019-01-01", "to_date": "2019-01-31"},
          "first-last-appearance": {"limit": 100}}


def _rel(kind: str, src: tuple[str, str], dst: tuple[str, str], sid: str, **props: object) -> Rel:
    return Rel(type=kind, src_label=src[0], src=src[1], dst_label=dst[0], dst=dst[1], props=props,
               sources=[sid], evidence=[f"{sid}#0-40"])


class _Generator:
    """Deterministic synthetic graph: same ``seed`` and sizes, same batch."""

    def __init__(self, events: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.events = events
        self.orgs = [f"org-{i:05d}" for i in range(max(200, events // 20))]
        self.people = [f"person-{i:05d}" for i in range(max(400, events // 5))]
        self.places = [(f"place-{i:03d}", (REGION + OTHERS)[i % 44]) for i in range(300)]
        self._weights: dict[tuple[int, float], list[float]] = {}

    def pick(self, pool: list[str], k: int, skew: float = 1.0) -> list[str]:
        """``k`` distinct items drawn with Zipf-like popularity ∝ 1 / (rank + 10) ** skew."""
        key = (id(pool), skew)
        if key not in self._weights:
            self._weights[key] = list(accumulate(1.0 / (i + 10) ** skew for i in range(len(pool))))
        out: set[str] = set()
        while len(out) < min(k, len(pool)):
            out.update(self.rng.choices(pool, cum_weights=self._weights[key], k=k - len(out)))
        return sorted(out)

    def reference(self, batch: GraphBatch) -> None:
        for code, number in PILLARS:
            batch.add_node(Pillar(id=code, code=code, name=code, number=number))
        for iso2 in REGION + OTHERS:
            batch.add_node(Country(id=iso2, iso2=iso2, name=f"Country {iso2}"))
        for pid, iso2 in self.places:
            batch.add_node(Place(id=pid, name=pid.replace("place-", "City "), country=iso2))
            batch.add_rel(_rel("IN_COUNTRY", ("Place", pid), ("Country", iso2), "src-ref"))
        kinds = ["ministry", "agency", "police", "international_org", "eu_body", "ngo"]
        for i, oid in enumerate(self.orgs):
            batch.add_node(Organisation(id=oid, name=f"Organisation {i}", acronym=f"ORG{i}",
                                        kind=kinds[i % len(kinds)], country=(REGION + OTHERS)[i % 44]))
        for i, pid in enumerate(self.people):
            batch.add_node(Person(id=pid, name=f"Person {i}"))
            org = self.pick(self.orgs, 1)[0]
            batch.add_rel(_rel("AFFILIATED_WITH", ("Person", pid), ("Organisation", org), "src-ref",
                               role="Officer", since=f"{2005 + i % 15}-01-01"))

    def event(self, batch: GraphBatch, n: int) -> None:
        rng, eid, sid = self.rng, f"event-{n:06d}", f"src-{n:06d}"
        year = 2005 + n * 20 // self.events
        date = f"{year}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        batch.add_node(Source(id=sid, uri=f"https://example.org/{n}", title=f"News {n}",
                              text=f"Meeting {n} took place in {year}. " * 4))
        batch.add_node(Event(id=eid, sources=[sid], title=f"Meeting {n}", kind="meeting", start_date=date,
                             year=year, date_precision="day"))
        ev = ("Event", eid)
        batch.add_rel(_rel("REPORTED_IN", ev, ("Source", sid), sid))
        for code, _ in rng.sample(PILLARS, rng.choice((1, 1, 2))):
            basis = "inferred" if rng.random() < 0.2 else "stated"
            batch.add_rel(_rel("CONCERNS", ev, ("Pillar", code), sid, basis=basis))
        place, _ = self.places[min(299, int(rng.paretovariate(0.8)) - 1)]
        batch.add_rel(_rel("HELD_IN", ev, ("Place", place), sid))
        organiser = self.pick(self.orgs, 1, 1.2)[0]
        batch.add_rel(_rel("ORGANISED", ("Organisation", organiser), ev, sid))
        for org in self.pick(self.orgs, rng.randint(1, 3)):
            batch.add_rel(_rel("ATTENDED", ("Organisation", org), ev, sid, role="participant"))
        countries = rng.sample(REGION, rng.randint(0, 2)) + self.pick(OTHERS, rng.randint(0, 1))
        for iso2 in countries:
            batch.add_rel(_rel("ATTENDED", ("Country", iso2), ev, sid, role="participant"))
        for person in self.pick(self.people, rng.randint(0, 3)):
            batch.add_rel(_rel("ATTENDED", ("Person", person), ev, sid, role=rng.choice(("participant", "speaker"))))
        if rng.random() < 0.2:
            funder = self.pick(self.orgs[:50], 1)[0]
            batch.add_rel(_rel("FUNDED", ("Organisation", funder), ev, sid, amount=float(rng.randrange(5, 200) * 1000),
                               currency="EUR"))

    def batch(self) -> GraphBatch:
        """The whole graph in one batch: into an empty store it is one bulk COPY per table."""
        batch = GraphBatch()
        self.reference(batch)
        for n in range(self.events):
            self.event(batch, n)
        return batch


def load(store: EmbeddedStore, events: int) -> dict[str, float]:
    """Generate and bulk-load the graph; return sizes and timings."""
    started = time.perf_counter()
    batch = _Generator(events).batch()
    generated = time.perf_counter()
    store.upsert(batch)
    loaded = time.perf_counter()
    stats = store.stats()
    return {"nodes": sum(stats["nodes"].values()), "relationships": sum(stats["relationships"].values()),
            "generate_s": round(generated - started, 1), "load_s": round(loaded - generated, 1),
            **derive(store)}


def derive(store: EmbeddedStore) -> dict[str, object]:
    """Refresh the derived rows as ``ingest`` does after a load (worked-together reads them); time it."""
    started = time.perf_counter()
    counts = refresh_derived(store)["co_attendance"]
    return {"derive_s": round(time.perf_counter() - started, 1), "co_attendance": counts}


def time_query(store: EmbeddedStore, name: str, runs: int) -> dict[str, object]:
    """Median and minimum milliseconds of one saved query after one warm-up run."""
    params = PARAMS.get(name, {})
    try:
        rows = queries.run(store, name, **params)
    except StoreError as exc:
        return {"query": name, "median_ms": None, "min_ms": None, "rows": f"error: {exc}"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        queries.run(store, name, **params)
        times.append((time.perf_counter() - start) * 1000)
    return {"query": name, "median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
            "rows": len(rows)}


def time_queries(path: Path, runs: int) -> list[dict[str, object]]:
    """Every saved query, each on a fresh read-only connection (as ``iisg-graph query`` opens the store),
    so that one query exhausting LadybugDB's buffer pool does not fail the ones after it."""
    out = []
    for name in queries.catalog():
        with EmbeddedStore(path, read_only=True) as store:
            out.append(time_query(store, name, runs))
        print(f"  {out[-1]}", file=sys.stderr, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="Reuse/create the database here (default: a temporary one).")
    parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        info: dict[str, object] = {"reused": str(path)}
        if not path.exists():
            with EmbeddedStore(path) as store:
                info = load(store, args.events)
        else:  # a database built by an older version may lack the derived rows
            with EmbeddedStore(path) as store:
                info.update(derive(store))
        print(f"graph: {info}", file=sys.stderr)
        results = time_queries(path, args.runs)
    if args.json:
        print(json.dumps({"graph": info, "queries": results}, indent=2))
    else:
        print(f"{'query':<24} {'median ms':>10} {'min ms':>10} {'rows':>6}")
        for r in results:
            print(f"{r['query']:<24} {r['median_ms']!s:>10} {r['min_ms']!s:>10} {r['rows']!s:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
