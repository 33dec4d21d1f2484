"""People: names with an honorific, a role before them, a role apposition after them, or an org in brackets.

Without a statistical model a capitalised pair of words is a name only when the text marks it as one:
"Mr. Agron Sojati", "RCC Secretary General Majlinda Bregu", "Edin Dilberović, Under-Secretary at ...",
"Jelena Zelenovic Matone (European Investment Bank)". The role phrase gives the person's role, the
organisation it names (or the ministry its portfolio implies: "Minister of Interior" → "Ministry of
Interior"), and the country it ties them to ("Albanian Deputy Minister", "Assistant Minister of Security
of Bosnia and Herzegovina").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from iisg_graph.extract.gazetteer import Gazetteer
from iisg_graph.extract.orgs import OrgEntity, fold
from iisg_graph.extract.rolewords import TRADE_ROLES, longest_first
from iisg_graph.extract.textutil import sentence_at, trie_pattern
from iisg_graph.extract.vocab import (
    EVENT_BODY_HEADS,
    ORG_HEADS,
    RANK_MODIFIERS,
    RANKS,
    ROLE_WORDS,
    portfolio_of,
    words,
)

__all__ = ["PersonFound", "find_people"]

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"
_NT_TAIL = r"[a-zà-öø-ÿā-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zà-öø-ÿā-ſ'’]+)*"
_NT = _CAP + _NT_TAIL
_PART = r"(?:von|van|de|da|di|del|der|la|le|bin|ibn|dos|du)"
# "(?<![\w.])" checked after the first capital (not before it), so that ``re`` skips ahead to capitals
_NAME_RX = re.compile(rf"{_CAP}(?<![\w.].){_NT_TAIL}(?:[ \t]+(?:{_PART}[ \t]+)?{_NT}){{0,4}}")
# "Secretary General", "Attorney General": a title, so the "General" in it is no military rank before a name.
_GENERAL_TITLES = ("Secretary", "Director", "Attorney", "Prosecutor", "Inspector", "Governor")
_HON_RX = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Col|Gen|Lt|Mag)\.?|\bAmb\.|\bH\.\s?E\.|\bMin\.\s+Plen\.|\b(?:Miss|Sir|Dame|Ambassador|"
    r"Prefect|Judge|Professor|Colonel|Senator|Lieutenant|Brigadier|Major|Captain|"
    + "".join(rf"(?<!{t}\s)" for t in _GENERAL_TITLES)
    + r"General|Sergeant|Admiral|Commodore|Capt\.|Brig\.))\s+$"
)
# A military or police rank right before a name, with the words of a compound rank ("Lieutenant Colonel",
# "Brigadier General"): the person's role when the text gives no other (``RANKS``).
_RANK_BEFORE = re.compile(
    r"(?<![\w.])((?:(?:"
    + longest_first(RANK_MODIFIERS, escape=True)
    + r")[ \t]+)*(?:"
    + longest_first(RANKS, escape=True)
    + r"))"
    + "".join(f"(?<!{t} General)" for t in _GENERAL_TITLES)
    + r"[ \t]+$"
)
_ROLES = ROLE_WORDS | TRADE_ROLES  # with the trade's job titles ("Senior Investigator", "Criminal Analyst")
_ROLE_ALT = trie_pattern(_ROLES)
# Honorific abbreviations the sentence splitter does not know: it ends a sentence at "Amb." and the name after
# it opens the next one, so ``_person`` reads the honorific and role in the sentence before.
_SPLIT_HONORIFIC = re.compile(r"\bAmb\.\s+$")
_ROLE_BEFORE = re.compile(
    rf"(?i:\b(?:{_ROLE_ALT}|secretary\s+general|director\s+general))\b"
    r"(?:\s+(?:of|for|at|in|to)\s+(?:the\s+)?(?:[A-Z][\w'’*-]*|and|of|the|for|in)(?:[\s,]+(?:[A-Z][\w'’*-]*|and|of|the|"
    r"for|in|to|at))*)?,?\s+$"
)
_ROLE_WORD_IN = re.compile(rf"(?i:\b(?:{_ROLE_ALT})\b)|\b[A-Z]")
_ROLE_AFTER = re.compile(
    rf"^,\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?i:(?:{_ROLE_ALT}|acting|senior|executive|state|vice|chief|"
    r"who\s+(?:heads|leads|chairs|is|was|directs))\b)"
)
_WORD = re.compile(r"\S+")
_PAREN_AFTER = re.compile(r"^\s+\(([^()]{2,80})\)")
_ROLE_MODIFIERS = re.compile(r"((?:(?:[A-Z][\w.'’*/-]*|interior|foreign|deputy|assistant|state)\s+){1,4})$")
_ROLE_LEAD = re.compile(r"^(?:The|the|his|her|His|Her|On|By|From|With|After|and|And)\s+")
_APPOSITION = re.compile(r"^,\s+([^,;()]+(?:,\s+(?:Home|Consumers|Refugees)[^,;()]*)*)")
_ARTICLE = re.compile(r"^(?:the|a|an|his|her)\s+")
_ROLE_END = re.compile(r"\s+(?:said|stressed|underlined|thanked|praised|opened|addressed|and\s+(?:his|her))\b")
_AND = re.compile(r"\s+and\s+")
_AND_END = re.compile(r"\band$")
_GIVEN_GAP = re.compile(r"\S+[ \t]+")  # one word, then the name span: "Milan " before "Stevović"
_CODE = re.compile(r"[A-Z0-9/&.-]{2,12}")
_LOWER_WORD = re.compile(r"[a-z]+\s")
_SPACES = re.compile(r"\s+")
_BLANKS = re.compile(r"[ \t]+")
_EU_COMMISSIONER = re.compile(r"\b(?:European|EU)\s+Commissioner\b|\bCommissioner\s+for\b")
_OF_PLACE = re.compile(r"\b(?:of|to|for|in)\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w*]+(?:\s+(?:and\s+)?[A-Z]\w+)*)")
_OF_ORG = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_CAP_AFTER = re.compile(r"\*?\s+[A-Z]")  # "Kosovo* Minister": a capitalised role word after the country name
_POSSESSOR = re.compile(r"([A-Z][\w ]+?)['’]s\b")
_LED_BY = re.compile(r"\b(?:chaired|co-chaired|moderated|hosted)\s+by\s+(?:\w+\s+){0,3}$", re.I)
_LED_WORD = re.compile(r"(chaired|moderated|hosted)", re.I)
_EXTRA_STOP = words(
    """The This That These Those Western Balkans Balkan European Union Regional National International Republic
    Federal State General Deputy Assistant Head Director Minister Secretary Chief Interior Affairs Foreign
    Justice Security Home Public Administration Commission Commissioner Council Ministry Police Office Sector
    Ministers Representatives Delegations Members Participants Presidency Chairmanship Executive Senior Acting
    Prosecutor Prosecutors Chair Chairman Mr Ms Mrs Dr Prof Ambassador Prefect Talks Discussions Opening Key
    After Before During Following Between From With Within Under Over Among Besides Both Each Every On In At
    For To By Of And Or But Meeting Conference Workshop Forum Session Programme Project Initiative Network
    Migration Asylum Refugees Citizenship Consumers Gender Equality Enlargement Neighbourhood Cooperation
    Development Training Border Crime Terrorism Drugs Finance Defence Economy Integration Europe Balkan
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Plen Min Officer Unit Team Embassy Global
    Multilateral Affairs Trade Policy Planning Coordination Agency Centre Center Service Department Court
    Strategy Plan Action Joint Declaration Process Summit Group Board Committee Mission Delegation Resolution
    Convention Internal Lead Capacity Building Cyber Cybersecurity Integrated Expert Counterpart Manager"""
)
# Words of the policy topics that offices and roles are named after ("National Coordinator for Countering Violent
# Extremism", "Head of Integrated Border Management"): a capitalised pair of them is a topic, never a name.
_TOPIC_WORDS = words(
    """Extremism Extremist Extremists Violent Violence Radicalisation Radicalization Organised Organized Serious
    Trafficking Smuggling Corruption Firearms Weapons Narcotics Laundering Money Management Protection Prevention
    Preventing Countering Combating Fighting Cybercrime Crimes Terrorist Terrorists Threats Hybrid Illicit Financial
    Investigations Investigation Intelligence Analysis Forensics Forensic Returnees Fighters Evidence Electronic
    Trafficked Persons Victims Human Beings Irregular Readmission Reintegration Resilience Emergency Disaster
    Risk Rights Data Information Exchange Surveillance Control Controls Customs Fraud Document Documents"""
)
_MONTHS = set(calendar.month_name[1:])
_ATTEND = [
    ("chair", re.compile(r"\b(?:chair(?:ed|s|ing)?|co-chair(?:ed|s)?|presided)\b", re.I)),
    ("moderator", re.compile(r"\bmoderat(?:ed|es|ing|or)\b", re.I)),
    ("host", re.compile(r"\bhost(?:ed|s|ing)?\b", re.I)),
    (
        "speaker",
        re.compile(
            r"\b(?:present(?:ed|s)|said|says|opened|addressed|stressed|underlined|gave|delivered|spoke|briefed|"
            r"reported|described|called|cited|emphasi[sz]ed|highlighted|noted|keynote|welcome|thanked|praised|"
            r"outlined|urged|insisted|pointed\s+out|warned|pledged|commended)\b",
            re.I,
        ),
    ),
]
_SPEAKER = dict(_ATTEND)["speaker"]


@dataclass
class PersonFound:
    """A person mention with what the text says about them."""

    name: str
    span: tuple[int, int]
    honorific: str | None = None
    role: str | None = None
    role_span: tuple[int, int] | None = None
    org: str | None = None
    org_key: str | None = None
    derived_org: bool = False
    country: str | None = None
    attendance: str = "participant"
    spans: list[tuple[int, int]] = field(default_factory=list)
    bracket_role: bool = False  # "Rob Rashotte (Fortinet, Canada)": an affiliation, not a role


@lru_cache(maxsize=1)
def _stopwords(gaz_id: int) -> frozenset[str]:
    return _word_sets(gaz_id)[0]


@lru_cache(maxsize=1)
def _given_place_names(gaz_id: int) -> frozenset[str]:
    """One-word place names that are no other kind of stop word ("Milan", "Sofia", "Vlora"): after an
    honorific and before a surname they are given names, so ``find_people`` takes them back into the name."""
    return _word_sets(gaz_id)[1]


@lru_cache(maxsize=1)
def _word_sets(gaz_id: int) -> tuple[frozenset[str], frozenset[str]]:
    from iisg_graph.extract.gazetteer import gazetteer

    g = gazetteer()
    words = set(_EXTRA_STOP) | set(_TOPIC_WORDS) | set(ORG_HEADS) | set(EVENT_BODY_HEADS) | _MONTHS
    words |= {w.capitalize() for w in _ROLES} | {w for w in RANKS if not w.endswith(".")}
    for surface in list(g.orgs) + list(g.listed_countries) + list(g.demonyms):
        words.update(w for w in re.split(r"[\s,]+", surface) if w[:1].isupper())
    places = {surface for surface in g.places if " " not in surface}
    return frozenset(words | places), frozenset(places - words)


def _valid_tokens(run: str, stop: frozenset[str]) -> list[tuple[int, int]]:
    """Sub-runs (token index ranges) of a capitalised run made only of name-like words."""
    toks = run.split()
    spans, cur = [], None
    for k, t in enumerate(toks):
        ok = (t not in stop and t.rstrip("'’s") not in stop and not (t.endswith("ing") and len(t) > 5)) or re.fullmatch(
            _PART, t
        )
        if ok:
            cur = (cur[0], k + 1) if cur else (k, k + 1)
        else:
            if cur:
                spans.append(cur)
            cur = None
    if cur:
        spans.append(cur)
    return spans


@lru_cache(maxsize=65536)
def _name_spans(run: str, stop: frozenset[str]) -> tuple[tuple[int, int, int], ...]:
    """(start, end, word count) of the name-like sub-runs of a capitalised run, offsets into ``run``.
    Capitalised runs recur across items (names, institutions, sentence openers), so this is cached."""
    offs = [(t.start(), t.end()) for t in _WORD.finditer(run)]
    return tuple((offs[a][0], offs[b - 1][1], b - a) for a, b in _valid_tokens(run, stop))


def _role_before(text: str, s: int, sent_start: int) -> tuple[str, int] | None:
    w0 = max(sent_start, s - 110)
    window = text[w0:s]
    hon = _HON_RX.search(window)
    if hon:
        window = window[: hon.start()]
        again = _HON_RX.search(window)  # "the Head of X, H.E. Ambassador Karin Ahlgren": two titles
        if again:
            hon, window = again, window[: again.start()]
    m = _ROLE_BEFORE.search(window)
    if not m:
        return None
    start = w0 + m.start()
    # extend left over modifiers: "RCC Secretary General", "Albanian Deputy", "Albania's interior"
    pre = _ROLE_MODIFIERS.search(text[max(sent_start, start - 60) : start])
    if pre:
        start -= len(pre.group(1))
    end = w0 + hon.start() if hon else s
    found = _trimmed_role(text, start, start + len(text[start:end].rstrip()))
    if found and _AND_END.search(found[0]):
        return None  # "A, Director of X, and Ms. B": the role is A's apposition, not B's
    return found


def _trimmed_role(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The role in ``text[start:end]`` without edge commas and spaces or a leading article / preposition, with
    its start: "the Head of X, " → ("Head of X", start of "Head"). The start is counted from the left, as the
    trailing comma is trimmed too (counting back from ``end`` put it one character late)."""
    raw = text[start:end]
    role = raw.lstrip(" ,")
    start += len(raw) - len(role)
    lead = _ROLE_LEAD.match(role)
    if lead:
        role, start = role[lead.end() :], start + lead.end()
    role = role.rstrip(" ,")
    return (role, start) if role else None


def _role_after(text: str, e: int, sent_end: int) -> tuple[str, int] | None:
    rest = text[e:sent_end]
    if not _ROLE_AFTER.match(rest):
        return None
    m = _APPOSITION.match(rest)
    if not m:
        return None
    group = m.group(1)
    role = group.lstrip()
    start = e + m.start(1) + len(group) - len(role)
    art = _ARTICLE.match(role)
    if art:  # "Mr. X, the Director of ...": the role starts after the article
        role, start = role[art.end() :], start + art.end()
    role = _ROLE_END.split(role.rstrip())[0]
    return role.strip().rstrip(".;:"), start


def find_people(
    text: str,
    sentences: list[tuple[int, int]],
    orgs: list[OrgEntity],
    gaz: Gazetteer,
) -> list[PersonFound]:
    """People named in ``text`` with role, org, country and attendance.

    >>> from iisg_graph.extract.gazetteer import gazetteer
    >>> t = "X\\n\\nThe Head of IISG Secretariat Mr. Agron Sojati moderated a panel."
    >>> [(p.name, p.honorific, p.role, p.attendance) for p in find_people(t, [(0, 1), (3, len(t))], [], gazetteer())]
    [('Agron Sojati', 'Mr.', 'Head of IISG Secretariat', 'moderator')]
    """
    stop = _stopwords(id(gaz))
    given = _given_place_names(id(gaz))
    org_mentions = [(a, b, ent) for ent in orgs for a, b in ent.spans]
    sent_of = sentence_at(sentences)
    found: list[PersonFound] = []
    for start, run in _capital_runs(text):
        spans = _name_spans(run, stop)
        if spans and run.split(None, 1)[0] in given:
            spans = _with_given_name(text, start, spans)
        for a, b, n in spans:
            s, e = start + a, start + b
            if any(x <= s < y for x, y, _ in org_mentions) and not _honorific_led(text, s, org_mentions):
                continue  # "... for Combating Document Fraud": part of an organisation's name
            p = _person(text, s, e, n, sent_of, gaz)
            if p:
                found.append(p)
    people = _dedupe(found)
    _cut_roles_at_names(text, people)
    for p in people:
        _surname_mentions(text, p)
    prev: PersonFound | None = None
    for p in people:
        if (
            prev
            and prev.role
            and p.role
            and p.role_span
            and prev.span[1] <= p.role_span[0]
            and _AND.fullmatch(text, prev.span[1], p.role_span[0])
            and not _role_country(p.role, gaz)
        ):
            lead = _role_country(prev.role, gaz)  # "Austrian Foreign Minister A and Interior Minister B"
            if lead:
                p.country = lead
        _attach_org(p, org_mentions, gaz)
        if p.org is None:
            _org_after_name(text, p, org_mentions)
        prev = p
        _attendance(p, text, sent_of)
    return people


def _capital_runs(text: str) -> list[tuple[int, str]]:
    """(start, run) of the capitalised runs of ``text``: ``_NAME_RX`` matches of at most five words, joined when
    one goes on straight after another, so that a long run of titles keeps the name after it whole ("Frontex
    Deputy Executive Director Mikael Strand": six capitalised words, not "... Director Mikael" and "Strand")."""
    out: list[tuple[int, str]] = []
    end = -1
    for m in _NAME_RX.finditer(text):
        if out and end < m.start() and _BLANKS.fullmatch(text, end, m.start()):
            out[-1] = (out[-1][0], text[out[-1][0] : m.end()])
        else:
            out.append((m.start(), m.group()))
        end = m.end()
    return out


def _honorific_led(text: str, s: int, org_mentions: list[tuple[int, int, OrgEntity]]) -> bool:
    """A name right after an honorific that opens an organisation mention: the organisation stage read "Dr. Ana
    Horvat of the Ministry of Justice" as one name; the honorific says a person starts there."""
    return any(x == s for x, _, _ in org_mentions) and _HON_RX.search(text, max(0, s - 14), s) is not None


def _with_given_name(
    text: str, start: int, spans: tuple[tuple[int, int, int], ...]
) -> tuple[tuple[int, int, int], ...]:
    """ "Mr. Milan Stevović": after an honorific, a place name that opens a capitalised run and is followed by
    a name word is a given name (the run's first word; ``spans`` skipped it as a place)."""
    a, b, n = spans[0]
    gap = text[start : start + a]
    if _GIVEN_GAP.fullmatch(gap) and _HON_RX.search(text, max(0, start - 14), start):
        return ((0, b, n + 1), *spans[1:])
    return spans


def _person(
    text: str,
    s: int,
    e: int,
    n: int,
    sent_of: Callable[[int], tuple[int, int] | None],
    gaz: Gazetteer,
) -> PersonFound | None:
    sent = sent_of(s) or (0, len(text))
    if sent[0] == s and _SPLIT_HONORIFIC.search(text, max(0, s - 8), s):
        sent = (sent_of(s - 2) or sent)[0], sent[1]  # "Amb. Roberto X": the splitter ended a sentence at "Amb."
    name = text[s:e]
    if name in gaz.places or name in gaz.countries or name in gaz.orgs:
        return None
    hon = _HON_RX.search(text, max(sent[0], s - 14), s)
    before = _role_before(text, s, sent[0])
    after = _role_after(text, e, sent[1])
    paren = _PAREN_AFTER.match(text[e : sent[1]])
    if n < 2 and not hon:
        return None
    if not (hon or before or after):
        if not paren or n < 2:
            return None
        inner = paren.group(1).strip()
        if inner in gaz.countries or _CODE.fullmatch(inner) or _LOWER_WORD.match(inner):
            return None
    honorific = _SPACES.sub(" ", hon.group().strip()) if hon else None
    role, role_start = before or after or _rank_before(text, s, sent[0]) or (None, None)
    bracket = False
    if role is None and paren:
        inner = paren.group(1)
        role, role_start, bracket = inner.strip(), e + paren.start(1) + len(inner) - len(inner.lstrip()), True
    p = PersonFound(name=name, span=(s, e), honorific=honorific, role=role, spans=[(s, e)], bracket_role=bracket)
    if role is not None and role_start is not None:
        p.role_span = (role_start, role_start + len(role))
    return p


def _rank_before(text: str, s: int, sent_start: int) -> tuple[str, int] | None:
    """The rank right before a name, as the role of a person the text gives no other: "Colonel Marco Ferri of
    the Guardia di Finanza" is a Colonel (role "Colonel"), "Lieutenant Colonel Ivan Marković" a Lieutenant
    Colonel."""
    w0 = max(sent_start, s - 40)
    m = _RANK_BEFORE.search(text, w0, s)
    return (m.group(1), m.start(1)) if m else None


def _dedupe(found: list[PersonFound]) -> list[PersonFound]:
    out: list[PersonFound] = []
    for p in found:
        last = fold(p.name).split()[-1]
        same = next((q for q in out if fold(q.name).split()[-1] == last), None)
        if same is None:
            out.append(p)
            continue
        same.spans.append(p.span)
        if len(p.name) > len(same.name):
            same.name = p.name
        same.honorific = same.honorific or p.honorific
        if not same.role and p.role:
            same.role, same.role_span = p.role, p.role_span
    return out


def _surname_mentions(text: str, p: PersonFound) -> None:
    """Later mentions by surname alone ("Minister Karner called for ..."): news prose names a person in full
    once, then by surname; those mentions show what the person did at the event."""
    parts = p.name.split()
    if len(parts) < 2:
        return
    last, pos = parts[-1], p.span[1]
    while (k := text.find(last, pos)) >= 0:
        pos = k + len(last)
        if text[k - 1 : k].isalnum() or text[pos : pos + 1].isalnum():
            continue  # part of a longer word
        if not any(a <= k < b for a, b in p.spans):
            p.spans.append((k, pos))


def _cut_roles_at_names(text: str, people: list[PersonFound]) -> None:
    """ "the Vice-President of the Commission, Margaritis Schinas, the Deputy Director of Frontex, Mr. Jens
    Holmqvist": a role read back over another person's name starts after that name. So does one read back over
    another person's role apposition: "Mr. A, IOM Chief of Mission, Deputy Ambassador of X Ms. B" (B is no IOM
    Chief of Mission)."""
    names = [s for p in people for s in p.spans]
    roles = [(q, q.role_span) for q in people if q.role_span and not q.bracket_role]
    for p in people:
        if not p.role_span or p.bracket_role:
            continue
        a, b = p.role_span
        others = [r[1] for q, r in roles if q is not p and a <= r[0] and r[1] < b and r[1] < p.span[0]]
        last = max([e for s, e in names if a <= s and e <= b] + others, default=None)
        if last is None:
            continue
        cut = _trimmed_role(text, last, b)
        if cut and not _ROLE_WORD_IN.search(cut[0]):
            # "Lieutenant Colonel A, Chief Inspector B and C attended": what is left after the names is no role
            cut = _rank_before(text, p.span[0], 0)
        if cut:
            p.role, p.role_span = cut[0], (cut[1], cut[1] + len(cut[0]))
        else:
            p.role, p.role_span = None, None


def _named_in_full(bare: OrgEntity, org_mentions: list[tuple[int, int, OrgEntity]], before: int) -> OrgEntity | None:
    """ "... the Ministry of Interior of North Macedonia organised ... Ms. X, State Secretary at the Ministry of
    Interior": a national body named without its country after the text named exactly one body of that name
    with its country ("<name> of <country>") is that body; two such named bodies leave it open."""
    if bare.country:
        return None
    want = _name_words(bare.name)
    if len(want) < 2:
        return None
    named = {
        ent.key: ent
        for s, _, ent in org_mentions
        if s < before and ent.country and ent is not bare and _name_words(ent.name)[: len(want) + 1] == (*want, "of")
    }
    return next(iter(named.values())) if len(named) == 1 else None


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name without articles: "Ministry of the Interior" and "Ministry of Interior" name the
    same portfolio."""
    return tuple(w for w in fold(name).split() if w != "the")


def _attach_org(p: PersonFound, org_mentions: list[tuple[int, int, OrgEntity]], gaz: Gazetteer) -> None:
    """``org_mentions``: (start, end, entity) of every organisation mention, entity by entity."""
    if p.role_span:
        a, b = p.role_span
        inside = [(s, ent) for s, e, ent in org_mentions if a <= s and e <= b + 2]
        if inside:
            ent = max(inside, key=lambda x: x[0])[1]  # "Head of the Border Directorate at Croatia's Ministry"
            ent = _named_in_full(ent, org_mentions, a) or ent
            p.org, p.org_key = ent.name, ent.key
            p.country = None if p.bracket_role else ent.country
    role = p.role or ""
    if not p.bracket_role:
        p.country = _role_country(role, gaz) or p.country
    if p.org is None and role:
        port = portfolio_of(role)
        explicit = port and re.search(
            r"(?i)\bminist(?:er|ry)\s+(?:of|for)\s+(?:the\s+)?" + re.escape(port.split()[0]), role
        )
        if port and (p.country or explicit):
            country = gaz.country_names.get(p.country, p.country) if p.country else None
            article = "the " if port == "Interior" and "the interior" in role.lower() else ""
            # "Federal Minister of the Interior" heads a "Federal Ministry ..." (Austria, Germany)
            federal = "Federal " if re.search(r"\bFederal\s+Minister\b", role) else ""
            p.org = f"{federal}Ministry of {article}{port}" + (f" of {country}" if country else "")
            p.derived_org = True
        elif _EU_COMMISSIONER.search(role):
            p.org, p.derived_org = "European Commission", True


def _org_after_name(text: str, p: PersonFound, org_mentions: list[tuple[int, int, OrgEntity]]) -> None:
    """A person with no organisation from a role, named "of / from" one right after the name: "Colonel Marco
    Ferri of the Guardia di Finanza", "Mr. Paulo Ferreira from the European Judicial Cybercrime Network"."""
    e = p.span[1]
    for s, _, ent in org_mentions:
        if e < s <= e + 12 and _OF_ORG.fullmatch(text, e, s):
            p.org, p.org_key, p.country = ent.name, ent.key, p.country or ent.country
            return


@lru_cache(maxsize=65536)
def _role_country(role: str, gaz: Gazetteer) -> str | None:
    """The country a role phrase names; roles recur from item to item, so this is cached."""
    for m in gaz.demonym_rx.finditer(role):
        return gaz.demonyms[m.group()]
    for m in _OF_PLACE.finditer(role):
        cm = gaz.country_rx.match(m.group(1))
        if cm:
            return gaz.countries[cm.group()]
    m = _POSSESSOR.search(role)
    if m and m.group(1) in gaz.countries:
        return gaz.countries[m.group(1)]
    return _name_prefix_country(role, gaz)


def _name_prefix_country(role: str, gaz: Gazetteer) -> str | None:
    """A country NAME used as a modifier before the role word ("Kosovo Minister of Internal Affairs", "Serbia
    Interior Minister") ties the role to that country like a demonym does. Only as the role's first words and
    before a capitalised word: "Minister for Kosovo affairs" or "Kosovo-related ..." say nothing of the kind."""
    cm = gaz.country_rx.match(role)
    if not cm:
        return None
    nm = gaz.not_countries.match(role)
    if nm and nm.end() >= cm.end():
        return None
    return gaz.countries[cm.group()] if _CAP_AFTER.match(role, cm.end()) else None


def _attendance(p: PersonFound, text: str, sent_of: Callable[[int], tuple[int, int] | None]) -> None:
    s = p.span[0]
    sent = sent_of(s) or (0, len(text))
    before = text[max(sent[0], s - 40) : s]
    if p.role_span and sent[0] <= p.role_span[0] and p.role_span[1] <= s and not _LED_BY.search(before):
        # "chaired by the Minister of Interior of Montenegro, Mr. Filip Vukčević": the cue precedes the role
        before = text[max(sent[0], p.role_span[0] - 40) : p.role_span[0]]
    if _LED_BY.search(before):
        word = _LED_WORD.search(before).group(1).lower()
        p.attendance = {"chaired": "chair", "moderated": "moderator", "hosted": "host"}[word]
        return
    after = text[p.span[1] : min(sent[1], p.span[1] + 140)]
    if p.role_span and p.role_span[0] >= p.span[1]:
        after = text[p.role_span[1] : min(sent[1], p.role_span[1] + 100)]
    for role, rx in _ATTEND:
        if rx.search(after[:90]):
            p.attendance = role
            return
    for a, b in p.spans[1:]:  # a later mention: "Minister Karner called for ..."
        sent = sent_of(a) or (0, len(text))
        if _SPEAKER.search(text, b, min(sent[1], b + 90)):
            p.attendance = "speaker"
            return
