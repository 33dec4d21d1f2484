"""Organisation mentions: known ones from the gazetteer, unknown ones by their shape.

A capitalised run of words ending in an institutional head noun ("... Directorate", "... Agency",
"Ministry of ...") is an organisation even when no list knows it. Runs are split where "and" joins two
organisations, trimmed of leading role words ("Head of ...") and of trailing role/name words ("... Police
General Director Ardi Veli"). A demonym, a possessive or a trailing "of <Country>" ties an organisation to
a country; ministries are then named "Ministry of <portfolio> of <Country>" (the record convention).
Acronyms defined in brackets are linked to their long form, and the acronym is the name kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iisg_graph.extract.gazetteer import Gazetteer, OrgEntry
from iisg_graph.extract.textutil import Mention
from iisg_graph.extract.vocab import EVENT_BODY_HEADS, NATIONAL_HEADS, ORG_HEADS, ROLE_WORDS, WEAK_HEADS

__all__ = ["OrgEntity", "find_orgs", "fold"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’&-]*(?:/[A-Z][\w-]*)*\*?|\d[\w-]*")
_CONNECT = {"of", "for", "and", "the", "on", "against", "de", "di", "del", "della", "der", "für", "du", "des",
            "la", "le", "in", "to"}
_IN_OK = {"Presence", "Delegation", "Mission", "Office", "Embassy", "Representation"}
_LEAD_DROP = {"The", "A", "An", "On", "In", "At", "From", "Between", "By", "For", "With", "Following", "During",
              "Under", "After", "Before", "Both", "Its", "Their", "His", "Her", "This", "That", "These", "Meeting",
              "Organised", "Organized", "Convened", "Hosted", "Representatives", "Delegations", "Officials",
              "Besides", "Some", "All", "Newly", "New", "Former", "Incoming", "Outgoing", "Representative",
              "National", "Members", "Member"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
_ACRO_STOP = {"EU", "IPA", "SALW", "FTF", "IFF", "CVE", "PCVE", "JHA", "SEE", "WB", "WB6", "UNSCR", "COVID",
              "GPS", "AML", "CFT", "IT", "ICT", "HQ", "NGO", "NGOs", "CSO", "CSOs", "KPI", "KPIs", "SWOT", "USD",
              "EUR", "AG", "ISFP", "HOME", "GDP", "CEO", "TV", "PR", "MoU", "DoA", "HoS", "II", "III", "IV", "VI",
              "VII", "VIII", "IX", "XI", "XII", "ID", "OK", "PDF", "SMS", "IBM", "THB", "OCG", "OCGs", "SOC",
              "P/CVE", "AI", "UK", "US", "USA", "EC", "UAE", "RC", "EWG", "CoM", "MS", "MFA", "MoI", "NH"}
_PROJECT_AFTER = re.compile(r"^\s*(?:\d+\s+)?(?:,\s*a\s+|,\s*the\s+)?(?:project|projects|programme|program|"
                            r"roadmap|framework|initiative|action|grant|manual|report|newsletter)\b", re.I)
_POSS = re.compile(r"['’]s$")
_EVENT_AFTER = re.compile(r"\s+(?:meeting|session|conference|workshop|gathering|Meeting|Session)\b")
_SPACE = re.compile(r"[ \t]+")


def fold(s: str) -> str:
    """A key for comparing names: case, accents, punctuation and "the" ignored.

    >>> fold("the Ministry of the Interior") == fold("Ministry of Interior")
    True
    """
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("&", " and ")
    return " ".join(w for w in re.sub(r"[^\w\s]", " ", s).split() if w != "the")


@dataclass
class OrgEntity:
    """One organisation of an item, with every mention of it."""

    name: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    known: OrgEntry | None = None
    head: str | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [m.span for m in self.mentions]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or (tok[0].isdigit() and len(tok) < 6)


def _bare(tok: str) -> str:
    return _POSS.sub("", tok).rstrip("*")


def _is_head(tok: str) -> bool:
    return _bare(tok) in ORG_HEADS or _bare(tok) in EVENT_BODY_HEADS


def _country_of(word: str, gaz: Gazetteer) -> str | None:
    w = _bare(word)
    return gaz.demonyms.get(w) or gaz.countries.get(w)


def _runs(text: str, toks: list[tuple[int, int, str]], gaz: Gazetteer) -> list[list[int]]:
    """Indices of capitalised token runs (joined by connector words, on one line, no punctuation)."""
    runs: list[list[int]] = []
    cur: list[int] = []
    i = 0
    while i < len(toks):
        s, e, t = toks[i]
        joined = bool(cur) and _SPACE.fullmatch(text, toks[cur[-1]][1], s) is not None
        if _is_cap(t) and (joined or not cur):
            cur.append(i)
            if _POSS.search(t) and _possessor(t, gaz):
                runs.append(cur)
                cur = []
        elif cur and joined and t in _CONNECT:
            j = i
            while j < len(toks) and toks[j][2] in _CONNECT and _SPACE.fullmatch(text, toks[j - 1][1], toks[j][0]):
                j += 1
            ok = j < len(toks) and _is_cap(toks[j][2]) and _SPACE.fullmatch(text, toks[j - 1][1], toks[j][0])
            if ok and t == "in" and _bare(toks[cur[-1]][2]) not in _IN_OK:
                ok = False
            if ok and t == "to" and _bare(toks[cur[-1]][2]) not in _IN_OK | {"Representative"}:
                ok = False
            if ok:
                cur.extend(range(i, j))
                i = j
                continue
            runs.append(cur)
            cur = []
        else:
            if cur:
                runs.append(cur)
            cur = [i] if _is_cap(t) else []
        i += 1
    if cur:
        runs.append(cur)
    return runs


def _possessor(tok: str, gaz: Gazetteer) -> bool:
    b = _bare(tok)
    return b in gaz.countries or b in gaz.orgs or (b.isupper() and len(b) > 1)


def _split_and(seg: list[int], toks: list[tuple[int, int, str]], known_at: set[int]) -> list[list[int]]:
    """Split a run where "and" joins two organisations ("GIZ and the Network of ...")."""
    out: list[list[int]] = []
    cur: list[int] = []
    for k, i in enumerate(seg):
        t = toks[i][2]
        if t == "and" and cur:
            rest = [j for j in seg[k + 1 :]]
            right = [j for j in rest if toks[j][2] not in _CONNECT]
            nxt = right[0] if right else None
            left_org = any(_is_head(toks[j][2]) or j in known_at for j in cur)
            right_org = nxt is not None and (
                _is_head(toks[nxt][2]) or nxt in known_at
                or any(_is_head(toks[j][2]) for j in right[:4] if toks[j][2] not in _CONNECT)
                and toks[rest[0]][2] == "the"
            )
            first_right_head = nxt is not None and (_is_head(toks[nxt][2]) or nxt in known_at)
            if left_org and (first_right_head or right_org):
                out.append(cur)
                cur = []
                continue
        cur.append(i)
    if cur:
        out.append(cur)
    return out


def _trim(seg: list[int], toks: list[tuple[int, int, str]]) -> list[int]:
    """Drop leading function words, dates and role phrases ("Head of the ...")."""
    k = 0
    while k < len(seg):
        t = toks[seg[k]][2]
        low = t.lower()
        if t in _LEAD_DROP or t in _MONTHS or t[0].isdigit() or t in _CONNECT:
            k += 1
            continue
        if low in ROLE_WORDS or low in {"general", "executive", "senior", "acting", "state", "vice"}:
            # a role phrase: skip through its "of/at/for (the)"
            j = k
            while j < len(seg) and (toks[seg[j]][2].lower() in ROLE_WORDS
                                    or toks[seg[j]][2].lower() in {"general", "executive", "senior", "acting",
                                                                   "state", "vice"}):
                j += 1
            if j < len(seg) and toks[seg[j]][2] in {"of", "for", "at", "to"}:
                k = j + 1
                continue
            if j >= len(seg) or not _is_head(toks[seg[j]][2]):
                k = j
                continue
        break
    seg = seg[k:]
    for j in range(len(seg) - 2, 0, -1):
        if toks[seg[j]][2] in {"of", "at"} and toks[seg[j - 1]][2].lower() in ROLE_WORDS:
            rest = seg[j + 1 :]
            while rest and toks[rest[0]][2] in _CONNECT:
                rest = rest[1:]
            return rest
    return seg


def _shape_segments(text: str, toks: list[tuple[int, int, str]], gaz: Gazetteer,
                    known_at: set[int]) -> list[tuple[list[int], str]]:
    out = []
    for run in _runs(text, toks, gaz):
        for seg in _split_and(run, toks, known_at):
            seg = _trim(seg, toks)
            heads = [k for k, i in enumerate(seg) if _is_head(toks[i][2]) and toks[i][2] not in _CONNECT]
            if not heads:
                continue
            h = heads[-1]
            tail = seg[h + 1 :]
            if not (tail and toks[tail[0]][2] in {"of", "for", "against", "in", "to", "on"}):
                seg = seg[: h + 1]
            while seg and toks[seg[-1]][2] in _CONNECT:
                seg = seg[:-1]
            if len(seg) < 2 and not any(i in known_at for i in seg):
                continue  # a bare head noun ("Secretariat") names nothing
            out.append((seg, _bare(toks[seg[h if h < len(seg) else -1]][2])))
    return out


def _country_in(surface: str, gaz: Gazetteer) -> str | None:
    m = re.search(r"\b(?:of|in|to)\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w* -]+?)\s*$", surface)
    if m and m.group(1).rstrip("*") in gaz.countries:
        return gaz.countries[m.group(1).rstrip("*")]
    first = surface.split()[0] if surface.split() else ""
    return _country_of(first, gaz)


def _ministry_name(surface: str, country: str | None, gaz: Gazetteer) -> str:
    m = re.match(r"^(?:[A-Z]\w+\s+)*?Ministry\s+(?:of|for)\s+(.+?)"
                 r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+|Federation\s+of\s+)?[A-Z][\w* ]+)?$", surface)
    if not m or not country:
        return surface
    port = m.group(1)
    tail = re.search(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w* ]+)$", m.group(0))
    if tail and tail.group(1).rstrip("*") in gaz.countries:
        port = m.group(0)[m.start(1) : tail.start()]
    return f"Ministry of {port} of {gaz.country_names.get(country, country)}"


def _prefix_country(text: str, start: int, gaz: Gazetteer) -> tuple[str | None, int]:
    """A demonym / possessive country / country name just before ``start``: (ISO2, new start)."""
    m = re.search(r"((?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(['’]s)?)\s+$", text[max(0, start - 40) : start])
    if not m:
        return None, start
    word = m.group(2)
    for w in (word, word.split()[-1]):
        code = gaz.demonyms.get(w) or (gaz.countries.get(w) if (m.group(3) or w.isupper() or "." in w) else None)
        if code:
            return code, start - (len(m.group(0)) - m.group(0).find(w))
    return None, start


def find_orgs(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """Every organisation named in ``text``, grouped into entities, in order of first mention.

    >>> t = "GIZ and the Network of Associations of Local Authorities (NALAS) met the Italian Ministry of Interior."
    >>> [e.name for e in find_orgs(t, __import__("iisg_graph.extract.gazetteer", fromlist=["x"]).gazetteer())]
    ['GIZ', 'NALAS', 'Ministry of Interior of Italy']
    """
    toks = _tokens(text)
    tok_at = {s: k for k, (s, _, _) in enumerate(toks)}
    known: list[tuple[int, int, OrgEntry]] = []
    for m in gaz.org_rx.finditer(text):
        known.append((m.start(), m.end(), gaz.orgs[m.group()]))
    known_at = {tok_at[s] for s, _, _ in known if s in tok_at}
    cands: list[tuple[int, int, str | None, OrgEntry | None]] = []  # start, end, head, known
    for seg, head in _shape_segments(text, toks, gaz, known_at):
        s, e = toks[seg[0]][0], toks[seg[-1]][1]
        surface = _POSS.sub("", text[s:e])
        e = s + len(surface)
        inner = [k for k in known if s <= k[0] and k[1] <= e]
        exact = next((k for k in inner if k[0] == s and k[1] == e), None)
        if exact:
            continue  # the gazetteer has it
        if (head in EVENT_BODY_HEADS and head not in ORG_HEADS) or _EVENT_AFTER.match(text, e) or \
                re.search(r"Working\s+Groups?$", surface):
            cands.append((s, e, "event", None))
            continue
        if head in WEAK_HEADS and not inner and not _acronym_after(text, e):
            continue
        cands.append((s, e, head, None))
    for s, e, entry in known:
        cands.append((s, e, None, entry))
    cands.extend(_unknown_acronyms(text, toks, gaz, cands))
    return _entities(text, _drop_nested(cands), gaz)


def _acronym_after(text: str, end: int) -> str | None:
    m = re.match(r"\s*[(“\"]\s*([A-Z][A-Za-z0-9/&.-]{1,11}(?:\s[A-Z0-9]{1,6})?)\s*[)”\"]", text[end : end + 30])
    if m and sum(c.isupper() for c in m.group(1)) >= 2:
        return m.group(1)
    return None


def _unknown_acronyms(text: str, toks: list[tuple[int, int, str]], gaz: Gazetteer,
                      cands: list[tuple[int, int, str | None, OrgEntry | None]]) -> list:
    """ALL-CAPS names that no list knows, accepted where the text treats them as an actor."""
    taken = [(s, e) for s, e, _, _ in cands]
    out = []
    for m in re.finditer(r"(?<![\w/(-])([A-Z][A-Z0-9]{1,9}(?:[- ][A-Z0-9]{2,6})?)(?![\w/)-])", text):
        acr, s, e = m.group(1), m.start(1), m.end(1)
        if acr in _ACRO_STOP or acr in gaz.orgs or acr in gaz.countries or any(a <= s < b for a, b in taken):
            continue
        if sum(c.isalpha() for c in acr) < 2 or re.fullmatch(r"[IVXLC]+", acr):
            continue
        if any(_PROJECT_AFTER.match(text[x.end() :]) for x in re.finditer(re.escape(acr), text)):
            continue
        before = text[max(0, s - 25) : s]
        after = text[e : e + 25]
        if re.search(r"(?:\bwith|\band|\bby|\bof|,)\s+(?:the\s+)?$", before) or re.match(
            r"\s+(?:and\b|held|organi[sz]ed|hosted|met|convened|premises|team|representatives)", after
        ):
            if text[s - 1 : s] == "(":
                continue
            out.append((s, e, "acronym", None))
    return out


def _drop_nested(cands: list) -> list:
    cands = sorted(cands, key=lambda c: (c[0], -(c[1] - c[0])))
    out = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            out.append(c)
            last_end = c[1]
    return out


def _entities(text: str, cands: list, gaz: Gazetteer) -> list[OrgEntity]:
    ents: dict[str, OrgEntity] = {}
    acr_of: dict[str, str] = {}  # acronym -> entity key
    for s, e, head, entry in cands:
        if head == "event":
            continue
        surface = text[s:e]
        country, _ = _prefix_country(text, s, gaz)
        if entry and entry.country and country and country != entry.country:
            country = None
        country = country or _country_in(surface, gaz) or (
            entry.country if entry and entry.kind in {"ministry", "police", "embassy"} else None)
        acr = _acronym_after(text, e)
        name = surface
        if head == "Ministry" or (head in NATIONAL_HEADS and surface.split()[0] in gaz.demonyms):
            base = re.sub(r"^(?:[A-Z]\w+\s+)*?(?=Ministry\b)", "", surface) if head == "Ministry" else surface
            if head == "Ministry" and country and not re.search(r"\bMinistry\b.*\bof\b.*\bof\b.*Ministry", base):
                name = _ministry_name(base, country, gaz)
            elif head in NATIONAL_HEADS and country and head != "Ministry":
                name = surface  # "Albanian State Police": kept as written
        elif head in NATIONAL_HEADS and country and _prefix_country(text, s, gaz)[0] and \
                re.search(r"['’]s\s+$", text[max(0, s - 3) : s]):
            name = f"{surface} of {gaz.country_names.get(country, country)}"
        if acr and acr not in _ACRO_STOP:
            key = acr_of.get(acr) or (gaz.orgs[acr].id if acr in gaz.orgs else fold(acr))
            acr_of[acr] = key
            name = acr
        elif entry:
            key = entry.id
        else:
            key = acr_of.get(surface) or fold(name)
        ent = ents.get(key)
        if ent is None:
            ent = ents[key] = OrgEntity(name=name, key=key, country=country, known=entry, head=head)
        ent.country = ent.country or country
        ent.mentions.append(Mention(s, e, surface, "org", ent.name, {"country": country}))
        if acr:
            for k, other in list(ents.items()):
                if other is not ent and other.name == acr:
                    ent.mentions.extend(other.mentions)
                    del ents[k]
    return list(ents.values())
