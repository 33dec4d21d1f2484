"""The extraction's fast paths find exactly what the plain scans they replace find.

Each fast path (a date scan tried only where a date can begin, org shapes worked out per capitalised stretch,
cue patterns skipped when the words they need are absent, shared gazetteer hits, patterns rewritten to start
with a character set) is checked against the plain form on the development feeds, the unseen items and a
generated feed, cut at many places so that sentence starts and ends fall everywhere.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from iisg_graph.extract import dates, orgshape, roles, textutil
from iisg_graph.extract.gazetteer import gazetteer, phrase_hits
from iisg_graph.extract.places import _country_hits
from loaders.news_feed import load, parse_feed

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from bench_extract import make_feed  # noqa: E402

FEEDS = [
    REPO / "iisg_graph" / "data" / "sample" / "iisg_news_2023.txt",
    REPO / "iisg_graph" / "data" / "sample" / "partners_news_dev.txt",
    REPO / "tests" / "fixtures" / "unseen_news.txt",
]
ODD = [
    "On the 5th and 6th of September 2023 in Budva; 19-21.11.2019, 2019-03-04 and October 11-13, 2022.",
    "ex-Yugoslav multi-Agency e-Government Foo*Bar U.S. State Department's Bureau \t of Population",
    "Ran ran veteran ran. Under Slovenian Presidency the meeting was co-organised by X; held, funded.",
    "İstanbul ſupport, the ministries of interior of Albania and Serbia, Kelvin \u212a.",
    "",
    "a",
]


def _texts() -> list[str]:
    items = [it for f in FEEDS for it in load(f)]
    texts = [it.text for it in items] + ODD
    texts += [it.text for it in parse_feed(make_feed(200, 5), "bench.txt")]
    rng = random.Random(1)
    body = " ".join(it.body for it in items)
    texts += [body[a : a + rng.randint(20, 600)] for a in (rng.randrange(len(body)) for _ in range(300))]
    return texts


TEXTS = _texts()


def _spans(matches) -> list[tuple[tuple[int, int], str, str | None]]:
    return [(m.span(), m.group(), m.lastgroup) for m in matches]


@pytest.mark.parametrize("text", TEXTS)
def test_date_scan_matches_full_scan(text: str) -> None:
    assert _spans(dates._date_matches(text)) == _spans(dates._DATE_RX.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_shapes_per_stretch_match_whole_text(text: str) -> None:
    gaz = gazetteer()
    known = [m.start() for m in gaz.org_rx.finditer(text)]
    toks = orgshape.cap_tokens(text)
    tok_at = {s: k for k, (s, _, _) in enumerate(toks)}
    known_at = {tok_at[s] for s in known if s in tok_at}
    whole = [
        (toks[seg[0]][0], toks[seg[-1]][1], head) for seg, head in orgshape.shape_segments(text, toks, gaz, known_at)
    ]
    assert orgshape.shape_names(text, gaz, known) == whole


@pytest.mark.parametrize("text", TEXTS)
def test_cue_prefilters_skip_only_scans_that_find_nothing(text: str) -> None:
    view = textutil.lower_view(text)
    cue_text = text if view is None else view
    for rx in (
        roles._ORG_CUES,
        roles._FUND_CUES,
        roles._COOP_CUE,
        roles._ORG_VERB,
        roles._FUND_VERB,
        roles._BACKGROUND_CUE,
    ):
        plain = rx.finditer(cue_text if rx.flags & re.I else text)
        assert [m.span() for m in roles._scan(rx, text, cue_text, 0, len(text))] == [m.span() for m in plain]


def test_rewritten_patterns_match_their_plain_forms() -> None:
    plain_sent = re.compile(r"[.!?;][ \t]+(?=[\"“‘(]?[A-Z0-9])|\n+")
    plain_cue = re.compile(roles._ANY_CUE.pattern.replace(r"r(?<!\w.)an\b", r"\bran\b"))
    rng = random.Random(2)
    for text in TEXTS:
        assert _spans(textutil._SENT_END.finditer(text)) == _spans(plain_sent.finditer(text))
        low = text.lower()
        for _ in range(5):
            a = rng.randrange(len(low) + 1)
            b = rng.randrange(a, len(low) + 1)
            x, y = roles._ANY_CUE.search(low, a, b), plain_cue.search(low, a, b)
            assert (x and x.span()) == (y and y.span())


@pytest.mark.parametrize("text", TEXTS[:150])
def test_shared_country_hits_match_ranged_scans(text: str) -> None:
    gaz = gazetteer()
    assert list(phrase_hits(gaz.country_rx, text)) == [
        (m.start(), m.end(), m.group()) for m in gaz.country_rx.finditer(text)
    ]
    breaks = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"] + [len(text)]
    for start, end in [(0, len(text)), (0, max(breaks[1] - 1, 0)), (breaks[-2], len(text)), (3, len(text) // 2)]:
        if start <= end:
            plain = [(m.start(), m.end(), m.group()) for m in gaz.country_rx.finditer(text, start, end)]
            assert list(_country_hits(text, start, end, gaz)) == plain
