"""Resolution time for 100k generated mentions (people and organisations), deterministic seed.

Run: ``python benchmarks/bench_resolve.py [--mentions 100000] [--seed 7]``. Target: under 10 s.

The generator writes records the way news items name people and bodies: full names with and without
diacritics, honorifics, transliteration variants and one-letter typos, surname-only mentions, gazetteer
acronyms and long forms, ministries in several wordings, unknown organisations, and repeated meetings
reported by two sources. The timing covers ``prepare`` (clustering, events) plus resolving every mention
as the graph builder does; no store is involved. Both wall-clock and CPU seconds are printed: on a shared
machine the wall clock includes time other processes took.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time

from iisg_graph.model.build import source_id
from iisg_graph.model.records import MeetingRecord, PersonMention, SourceRef
from iisg_graph.resolve.decisions import Decisions
from iisg_graph.resolve.refdata import refdata
from iisg_graph.resolve.resolver import FullResolver

GIVEN = ["Siniša", "Agron", "Marko", "Ana", "Dragan", "Jelena", "Ardi", "Boštjan", "Majlinda", "Oliver",
         "Sashko", "Milorad", "Gordana", "Edin", "Besfort", "Luigi", "Stefano", "Desislava", "Rade", "Natasa",
         "Ivan", "Petar", "Mirjana", "Nikola", "Elena", "Fatmir", "Arben", "Vesna", "Goran", "Lejla"]
SUFFIX = ["ović", "ević", "ski", "aj", "i", "u", "ić", "ovski", "eska", "ani", "oli", "escu", "er", "ov"]
STEMS = ["Kostreš", "Sojat", "Petr", "Babov", "Vel", "Šef", "Breg", "Kocev", "Tad", "Rizv", "Dilber",
         "Lamall", "Gambacurt", "Milošev", "Perucic", "Jovan", "Nikol", "Hoxh", "Krasniq", "Berisha", "Popov",
         "Stojan", "Marin", "Dukaj", "Polov", "Bosk", "Zelen", "Iseni", "Balla", "Spasov"]
MINISTRY_FORMS = ["Ministry of Interior of {c}", "{d} Ministry of Interior", "{d} MoI",
                  "Ministry of Foreign Affairs of {c}", "{d} Foreign Ministry", "Ministry of Justice of {c}"]
COUNTRIES = [("Albania", "Albanian"), ("Montenegro", "Montenegrin"), ("Serbia", "Serbian"),
             ("Italy", "Italian"), ("Austria", "Austrian"), ("Croatia", "Croatian"), ("Slovenia", "Slovenian")]
CITIES = ["Tirana", "Podgorica", "Belgrade", "Skopje", "Sarajevo", "Pristina", "Vienna", "Ljubljana"]


def _variant(rng: random.Random, name: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        return name.translate(str.maketrans("šćčžđŠĆČŽĐ", "sccedSCCZD"))
    if roll < 0.20:
        return f"Mr. {name}"
    if roll < 0.25:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i + 1:]  # a dropped letter
    if roll < 0.32:
        return f"Mr. {name.split()[-1]}"  # surname only
    return name


def generate(mentions: int, seed: int) -> list[MeetingRecord]:
    """Records carrying about ``mentions`` person + organisation mentions."""
    rng = random.Random(seed)
    people = [(f"{rng.choice(GIVEN)} {rng.choice(STEMS)}{rng.choice(SUFFIX)}") for _ in range(20_000)]
    known = sorted(refdata().org_surface)
    unknown = [f"Regional {w} Network {n}" for n in range(300) for w in ("Security", "Border")]
    records: list[MeetingRecord] = []
    count = 0
    while count < mentions:
        c, d = rng.choice(COUNTRIES)
        orgs = [rng.choice(known) for _ in range(3)] + [rng.choice(MINISTRY_FORMS).format(c=c, d=d),
                                                        rng.choice(unknown)]
        crowd = [PersonMention(name=_variant(rng, rng.choice(people)), org=rng.choice(orgs),
                               role=rng.choice(["Director", "Minister", "Head of Unit", None]))
                 for _ in range(5)]
        day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        rec = MeetingRecord(title=f"Meeting {len(records)} on {rng.choice(['border', 'crime', 'terror'])}",
                            start_date=day, city=rng.choice(CITIES), participant_orgs=orgs, people=crowd,
                            source={"uri": f"https://example.org/{len(records)}"})
        records.append(rec)
        if rng.random() < 0.1:  # a second report of the same meeting
            n = len(records)
            records.append(rec.model_copy(update={"title": rec.title + " (second report)",
                                                  "source": SourceRef(uri=f"https://other.example/{n}")}))
        count += len(orgs) + len(crowd)
    return records


def run(mentions: int, seed: int) -> dict[str, float]:
    records = generate(mentions, seed)
    pairs = [(r, source_id(r)) for r in records]
    refdata()  # reference data loads once per process; not part of the per-load cost
    start, cpu = time.perf_counter(), time.process_time()
    resolver = FullResolver(Decisions())
    resolver.prepare(pairs)
    prepared = time.perf_counter()
    persons, orgs = set(), set()
    n = 0
    for record, sid in pairs:
        resolver.event(record, sid)
        for name in record.participant_orgs:
            orgs.add(resolver.actor(name, record).id)
            n += 1
        for p in record.people:
            persons.add(resolver.person(p, record).id)
            n += 1
    end = time.perf_counter()
    return {"records": len(records), "mentions": n, "prepare_s": prepared - start, "resolve_s": end - prepared,
            "total_s": end - start, "cpu_s": time.process_time() - cpu, "persons": len(persons),
            "organisations": len(orgs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    result = run(args.mentions, args.seed)
    print(" ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
    return 0 if min(result["total_s"], result["cpu_s"]) < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
