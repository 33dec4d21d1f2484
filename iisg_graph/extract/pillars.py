"""IISG pillars: stated (a code, a long name, "Pillar 2") and inferred from topic vocabulary.

Stated pillars are facts of the text; inferred ones are a topic guess with a confidence that grows with
the number and strength of cue words (weights in ``pillars.yaml``), and never repeat a stated pillar.
``infer_pillars`` works on any text, a title alone included: the graph builder calls it for structured
records that carry no pillars.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.record import inferred_pillar
from iisg_graph.extract.textutil import PhraseScanner
from iisg_graph.model.records import InferredPillar

__all__ = ["infer_pillars", "inferred_pillars_with_spans", "stated_pillars"]

_ROMAN = {"I": 1, "II": 2, "III": 3, "1": 1, "2": 2, "3": 3, "one": 1, "two": 2, "three": 3}


def _flex(name: str) -> str:
    words = re.split(r"[\s-]+", name.strip())
    if words[-1].lower() == "initiative" and len(words) > 2:
        # "Western Balkan Countering Terrorism and preventing and countering extremism initiative"
        head = r"[\s-]*".join(re.escape(w).replace("Balkans", "Balkans?") for w in words[:-1])
        return head + r"(?:\s+(?:and|&)\s+[^.;()]{0,60}?)?\s+initiative"
    return r"[\s-]*".join(re.escape(w).replace("Balkans", "Balkans?") for w in words)


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[int, str], tuple[PhraseScanner, dict[str, list[tuple[str, float]]]]]:
    pillars = gazetteer().pillars
    alts, by_number = [], {}
    for p in pillars:
        by_number[int(p["number"])] = p["code"]
        names = [_flex(n) for n in p.get("names") or []] + [re.escape(p["code"])]
        alts.append(rf"(?P<{p['code']}>\b(?:{'|'.join(names)})\b)")
    alts.append(r"(?P<num>\bPillar\s+(?:I{1,3}|[123]|one|two|three)\b)")
    stated = re.compile("|".join(alts), re.I)
    weights: dict[str, list[tuple[str, float]]] = {}
    for p in pillars:
        for word, weight in (p.get("cues") or {}).items():
            weights.setdefault(word.lower(), []).append((p["code"], float(weight)))
    variants = {v for w in weights for v in (w, w.capitalize(), w.upper(), w.title())}
    return stated, by_number, (PhraseScanner(variants), weights)


def stated_pillars(text: str) -> dict[str, list[tuple[int, int]]]:
    """Pillar code → spans where the text names it.

    >>> sorted(stated_pillars("Pillar 3, Western Balkans Border Security initiative (WBBSi); WBCTi too"))
    ['WBBSi', 'WBCTi']
    """
    rx, by_number, _ = _compiled()
    out: dict[str, list[tuple[int, int]]] = {}
    low = text.lower()
    if "pillar" not in low and "initiative" not in low and "wb" not in low:
        return out  # nothing can match: skip the scan
    for m in rx.finditer(text):
        code = m.lastgroup
        if code == "num":
            code = by_number[
                _ROMAN[
                    m.group().split()[-1].upper()
                    if m.group().split()[-1].isalpha() and m.group().split()[-1].isupper()
                    else m.group().split()[-1].lower()
                ]
            ]
        out.setdefault(code, []).append((m.start(), m.end()))
    return out


def inferred_pillars_with_spans(
    text: str,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> list[tuple[InferredPillar, list[tuple[int, int]]]]:
    """Pillars the topic suggests, strongest first, with the spans of their cue words."""
    _, _, (cues, weights) = _compiled()
    by_code: dict[str, list[tuple[int, int, float]]] = {}
    for s, e, cue in cues.hits(text):
        for code, weight in weights.get(cue.lower(), ()):
            by_code.setdefault(code, []).append((s, e, weight))
    out = []
    for code, hits in by_code.items():
        if code in exclude:
            continue
        score = sum(w for _, _, w in hits)
        if score < 2:
            continue
        best = max(hits, key=lambda h: h[2])
        conf = round(min(0.95, 1 - math.exp(-score / 5)), 2)
        out.append((inferred_pillar(code=code, confidence=conf, cue=text[best[0] : best[1]]), [h[:2] for h in hits]))
    out.sort(key=lambda x: -x[0].confidence)
    return out


def infer_pillars(text: str) -> list[InferredPillar]:
    """Pillars suggested by the topic words of ``text`` (a title is enough), stated ones excluded.

    >>> [(p.code, p.cue) for p in infer_pillars("Regional workshop on migrant smuggling and border management")]
    [('WBBSi', 'migrant smuggling')]
    >>> infer_pillars("Pillar 3 meeting on border management")
    []
    """
    return [p for p, _ in inferred_pillars_with_spans(text, set(stated_pillars(text)))]
