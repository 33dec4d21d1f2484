"""The extraction's fast paths find exactly what the plain scans they replace find.

Each fast path (a date scan tried only where a date can begin, org shapes worked out per capitalised stretch,
cue patterns skipped when the words they need are absent, shared gazetteer hits, patterns rewritten to start
with a character set, phrases found after the characters that can precede them, lookups by bisection) is
checked against the plain form on the development feeds, the unseen items and a generated feed, cut at many
places so that sentence starts and ends fall everywhere.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from iisg_graph.extract import dates, orgshape, people, places, roles, textutil
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
    for cue in (
        roles._ORG_CUES_SCAN,
        roles._FUND_CUES_SCAN,
        roles._COOP_CUE_SCAN,
        roles._ORG_VERB_SCAN,
        roles._FUND_VERB_SCAN,
        roles._BACKGROUND_CUE_SCAN,
    ):
        plain = cue.rx.finditer(cue_text if cue.rx.flags & re.I else text)
        assert [m.span() for m in roles._scan(cue, text, cue_text, 0, len(text))] == [m.span() for m in plain]


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


# Plain forms of the patterns rewritten with ``bounded_words`` (the "\b" before the first letter).
_PLAIN_ORG_VERB = re.compile(
    r"\b(?:(?:co-?)?organi[sz](?:ed|es|e)|(?:co-?)?host(?:ed|s)?|is\s+hosting|are\s+hosting|convened|convenes"
    r"|held|holds|is\s+holding|initiated|ran|helping\s+to\s+organi[sz]e|helped\s+(?:to\s+)?organi[sz]e)\b"
    r"|\blaunched(?:\s+(?:today|yesterday|(?:on|in)\s+(?!(?:an?|the|its|their)\s)[\w.-]+"
    r"(?:\s+(?!(?:an?|the|its|their|of|for|to|and)\s)[\w.-]+){0,3}),?){0,2}\s+(?:an?|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:training|trainings|course|workshop|seminar|conference|meeting|exercise|session"
    r"|study\s+visit|projects?|programmes?|programs?|initiatives?)\b"
    r"|\b(?:delivered|conducted|organised|organized)\s+(?:today\s+)?(?:an?|the|its)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:training|trainings|course|workshop|seminar|conference|meeting|exercise|session|study\s+visit)\b"
)
_PLAIN_FUND_VERB = re.compile(r"\b(?:finance|finances|fund|funds|supports|support|co-?finance|co-?finances|sponsors)\b")
_NT = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿā-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zà-öø-ÿā-ſ'’]+)*"
_PLAIN_NAME = re.compile(
    rf"(?<![\w.]){_NT}(?:[ \t]+(?:(?:von|van|de|da|di|del|der|la|le|bin|ibn|dos|du)[ \t]+)?{_NT}){{0,4}}"
)
_EDGE = [
    "co-organised by X, co-hosted by, under the Slovenian Presidency, at the invitation of, upon the invitation of Z",
    "CO-FUNDED BY x; Generously Supported financially by; co-financiers are; ran xran; is hosting; co-finances",
    "Organized the 5 big training and launched today an expert study  visit; helped organise; sponsors",
    "jointly launched on 15 May 2022, the EU project; launched in the framework of the project; launched today in"
    " Tirana the new programmes; officially launched in Skopje by; at the initiative of; thanks to the kind support"
    " from; a donation of; gifts from; the costs of the visit were fully covered by; with funds from; grants by",
    "Ana Petrović.Ēlena x.Ana xAna Ana von Berg; e-Government ex-Yugoslav U.S. State Department",
]


def _ranges(text: str, rng: random.Random, n: int = 4) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(n):
        a = rng.randrange(len(text) + 1)
        out.append((a, rng.randrange(a, len(text) + 1)))
    return out


def test_bounded_cue_patterns_match_their_plain_forms() -> None:
    rng = random.Random(4)
    pairs = [(textutil.caseless_regex(c.rx), c.twin, True) for c in (roles._ORG_CUES_SCAN, roles._FUND_CUES_SCAN)]
    pairs += [(textutil.caseless_regex(roles._COOP_CUE), roles._COOP_CUE_SCAN.twin, True)]
    pairs += [(_PLAIN_ORG_VERB, roles._ORG_VERB, False), (_PLAIN_FUND_VERB, roles._FUND_VERB, False)]
    pairs += [(_PLAIN_NAME, people._NAME_RX, False)]
    for text in TEXTS + _EDGE:
        for plain, fast, low in pairs:
            src = text.lower() if low else text
            for a, b in _ranges(src, rng):
                assert _spans(fast.finditer(src, a, b)) == _spans(plain.finditer(src, a, b)), (fast.pattern, src)


def test_stretches_match_the_full_stretch_pattern() -> None:
    for text in TEXTS + _EDGE:
        assert _spans(orgshape._stretches(text)) == _spans(orgshape._CAP_STRETCH.finditer(text))


def test_phrase_scanner_finds_what_the_phrase_regex_finds() -> None:
    gaz = gazetteer()
    odd = ["U.S.", "(EU)", "a*", "*b", "x-", "-y", "Kosovo*", "EU", "U"]
    rng = random.Random(6)
    noise = ["".join(rng.choice("ab U.S()E*x-y\nKosv") for _ in range(rng.randint(0, 30))) for _ in range(500)]
    for phrases in (list(gaz.countries), list(gaz.orgs), odd):
        rx, scanner = textutil.phrase_regex(phrases), textutil.PhraseScanner(phrases)
        for text in TEXTS + noise + ["U.S.(EU) x", "(EU)(EU)U.S.U.S. a*b *b x--y", "Kosovo*EU U.S.\n(EU)"]:
            assert scanner.hits(text) == [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]


def test_span_and_sentence_lookups_match_linear_scans() -> None:
    rng = random.Random(7)
    for _ in range(500):
        spans = [(a, a + rng.randint(-2, 6)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 6)))]
        inside = textutil.span_index(spans)
        assert [p for p in range(-1, 40) if inside(p)] == [
            p for p in range(-1, 40) if any(a <= p < b for a, b in spans)
        ]
        at = textutil.sentence_at(spans)
        for p in range(-1, 40):
            assert at(p) == next(((a, b) for a, b in spans if a <= p < b), None)
    for text in TEXTS[:100]:
        sents = textutil.sentences(text)
        at = textutil.sentence_at(sents)
        assert all(at(p) == next(((a, b) for a, b in sents if a <= p < b), None) for p in range(len(text)))


def test_phrase_hits_follow_the_pattern_asked_for() -> None:
    gaz = gazetteer()
    text = "Serbia, the Albanian delegation and Montenegro"
    assert [h[2] for h in phrase_hits(gaz.country_rx, text)] == ["Serbia", "Montenegro"]
    assert [h[2] for h in phrase_hits(gaz.demonym_rx, text)] == ["Albanian"]
    assert [h[2] for h in phrase_hits(gaz.country_rx, text + " Kosovo")] == ["Serbia", "Montenegro", "Kosovo"]


def _head_stretches(stretches) -> list:
    return [(m.span(), m.group()) for m in stretches if orgshape._HEAD_TEXT.search(m.group())]


def test_head_pieces_hold_every_stretch_with_a_head() -> None:
    extra = ["Ministry\nof Interior, (Police) Ministry–Office — Council", "x-Ministry of A/B Police* e-Government"]
    for text in TEXTS + _EDGE + extra:
        assert _head_stretches(orgshape._head_stretches(text)) == _head_stretches(orgshape._stretches(text))


def test_place_pairs_match_their_plain_form() -> None:
    up = places._UP  # capitals, accented ones included ("in Ávila, Spain")
    plain = re.compile(rf"\b(in|at|The|the)\s+((?:[{up}][\w'’-]+\s){{0,2}}[{up}][\w'’-]+)\s*(?:,\s*|\s\(|\s)(?=[A-Z])")
    odd = [
        "Held at Wilton Park (UK) and in Banja Luka, Bosnia; xin Tirana, Albania",
        "The Hague, The",
        "in Ávila, Spain",
        "held in Ávila, Spain; xin Érd, Hungary",
        "at Čakor (Montenegro) and the Šar Mountains National",
    ]
    for text in [*TEXTS, *odd]:
        want = [(m.span(), m.group(2), m.group(1).lower() == "at") for m in plain.finditer(text)]
        assert [(m.span(), m.group(1), m.group()[0] == "a") for m in places._PAIR.finditer(text)] == want


ONLINE_CASES = [
    "Online meeting of experts\n\nThe WEBINAR on border management took place on 3 May.",
    "Workshop\n\nThe workshop was held virtually, in a hybrid format from Tirana.",
    "Workshop\n\nA VIDEO-CONFERENCE linked the İstanbul office with Skopje.",
    "Conference\n\nThe conference discussed online child sexual abuse in Skopje.",
]


@pytest.mark.parametrize("text", TEXTS + ONLINE_CASES)
def test_online_word_precheck_matches_plain_scan(text: str) -> None:
    body_start = text.find("\n\n") + 2 if "\n\n" in text else 0
    end = body_start + places._ONLINE_SPAN
    plain = bool(places._ONLINE.search(text, 0, end)) and not places._IN_PERSON.search(text)
    assert places._is_online(text, body_start) == plain
