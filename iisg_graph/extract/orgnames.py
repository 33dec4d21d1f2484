"""Organisation entities and their names: one entity per organisation, with all its mentions.

A demonym, a possessive or a trailing "of <Country>" ties an organisation to a country; ministries are then
named "Ministry of <portfolio> of <Country>" (the record convention). Acronyms defined in brackets are
linked to their long form, and the acronym is the name kept (the text's own short name).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from iisg_graph.extract.gazetteer import Gazetteer, OrgEntry
from iisg_graph.extract.orgshape import bare
from iisg_graph.extract.textutil import CAPS, Mention
from iisg_graph.extract.vocab import NATIONAL_HEADS, words

__all__ = ["NOT_ORG_ACRONYMS", "OrgEntity", "acronym_after", "build_entities", "fold", "not_org_acronyms"]

# ALL-CAPS words of the domain that name no organisation: programmes, topics, data and systems, units of
# measure ("Exchange of DNA Data", "PNR", "CBRN threats"). The pillar codes (WBCTi ...) come from pillars.yaml.
NOT_ORG_ACRONYMS = words(
    "EU IPA SALW FTF IFF CVE PCVE JHA SEE WB WB6 UNSCR COVID GPS AML CFT IT ICT HQ NGO NGOs CSO CSOs "
    "KPI KPIs SWOT USD EUR AG ISFP HOME GDP CEO TV PR MoU DoA HoS II III IV VI VII VIII IX XI XII ID "
    "OK PDF SMS IBM THB OCG OCGs SOC P/CVE AI UK US USA EC UAE RC EWG CoM MS MFA MoI NH "
    "DNA PNR API CBRN CBRNE OSINT SOCMINT GDPR SIS VIS EES ETIAS AFIS UAV UAVs IED IEDs CSAM JIT JITs "
    "SOCTA IOCTA CT PVE VERLT ML TF SOP SOPs ToR ToRs IDPs GBV NPS EMPACT"
)


@lru_cache(maxsize=4)
def not_org_acronyms(gaz: Gazetteer) -> frozenset[str]:
    """Acronyms that name no organisation: the listed words and the IISG pillar codes ("Pillar 2 of the IISG
    (WBCSCi)" gives the pillar's code, not the IISG's acronym)."""
    return NOT_ORG_ACRONYMS | frozenset(str(p["code"]) for p in gaz.pillars)


_COUNTRY_TAIL = re.compile(
    r"\b(?:of|in|to)\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation)\s+of\s+)?"
    rf"((?:[{CAPS}][\w*.-]*)(?:\s+(?:and\s+)?[{CAPS}][\w*.-]*)*)\s*$"
)

# Bodies named by their seat ("French Embassy in Serbia"): the country after "in" is the host, not the owner.
_SEAT_NAME = re.compile(r"\b(?:Embassy|Consulate)\b")

_BRACKET_COUNTRY = re.compile(r",\s*([A-Z][\w .*]+?)\)")

_ACRONYM_AFTER = re.compile(r"\s*[(“\"]\s*([A-Z][A-Za-z0-9/&.-]{1,11}(?:\s[A-Z0-9]{1,6})?)\s*[)”\"]")

_OF_DEMONYM = re.compile(rf"\bof\s+the\s+([{CAPS}][a-z]+)\s")
_PUNCT = re.compile(r"[^\w\s]")
_MINISTRY_OF = re.compile(r"Ministry\s+(?:of|for)\s+\S")
_PREFIX = re.compile(rf"((?:the\s+)?([{CAPS}][\w.-]*(?:\s+[{CAPS}][\w.-]*)?)(['’]s)?)\s+$")
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")
# Words before "Ministry" are the country ("Italian", "Albania's") and go; "Federal" is part of the name
# ("Austrian Federal Ministry of the Interior" → "Federal Ministry of the Interior of Austria").
_BEFORE_MINISTRY = re.compile(rf"^(?:[{CAPS}]\w+\s+)*?(?=(?:Federal\s+)?Ministry\b)")
_TWO_MINISTRIES = re.compile(r"\bMinistry\b.*\bof\b.*\bof\b.*Ministry")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+$")
_ACRONYM_SHAPE = re.compile(r"[A-Z0-9/-]+")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """A key for comparing names: case, accents, punctuation and "the" ignored.

    >>> fold("the Ministry of the Interior") == fold("Ministry of Interior")
    True
    """
    s = unicodedata.normalize("NFKD", s)
    if not s.isascii():
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("&", " and ")
    return " ".join(w for w in _PUNCT.sub(" ", s).split() if w != "the")


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


def _country_of(word: str, gaz: Gazetteer) -> str | None:
    w = bare(word)
    return gaz.demonyms.get(w) or gaz.countries.get(w)


@lru_cache(maxsize=65536)
def _country_in(surface: str, gaz: Gazetteer) -> str | None:
    """The country a name states: "... of Montenegro", "Albanian State Police", "... of the Albanian Police"."""
    m = _COUNTRY_TAIL.search(surface)
    if m and _SEAT_NAME.search(surface) and _country_of(surface.split()[0], gaz):
        return _country_of(surface.split()[0], gaz)  # "French Embassy in Serbia": France's, seated in Serbia
    if m and m.group(1).rstrip("*") in gaz.countries:
        return gaz.countries[m.group(1).rstrip("*")]
    first = surface.split()[0] if surface.split() else ""
    inner = _OF_DEMONYM.search(surface)
    return _country_of(first, gaz) or (gaz.demonyms.get(inner.group(1)) if inner else None)


def _ministry_name(surface: str, country: str | None, gaz: Gazetteer) -> str:
    """ "Italian Ministry of Interior" → "Ministry of Interior of Italy" (the record convention)."""
    if not country:
        return surface
    at = surface.find("Ministry")
    body = surface[at - 8 if surface[:at].endswith("Federal ") else at :]
    m = _COUNTRY_TAIL.search(body)
    if m and m.group(1).rstrip("*") in gaz.countries:
        body = body[: m.start()].rstrip()
    if not _MINISTRY_OF.match(body.removeprefix("Federal ")):
        return surface
    return f"{body} of {gaz.country_names.get(country, country)}"


def _prefix_country(text: str, start: int, gaz: Gazetteer) -> tuple[str | None, int]:
    """A demonym / possessive country / country name just before ``start``: (ISO2, new start)."""
    code, back = _prefix_country_in(text[max(0, start - 40) : start], gaz)
    return code, start - back


@lru_cache(maxsize=65536)
def _prefix_country_in(window: str, gaz: Gazetteer) -> tuple[str | None, int]:
    """``_prefix_country`` on the 40 characters before a name (the pattern looks no further back):
    (ISO2, how far before the name it begins). Name contexts recur, so this is cached."""
    m = _PREFIX.search(window)
    if not m:
        return None, 0
    word = m.group(2)
    for w in (word, word.split()[-1]):
        code = gaz.demonyms.get(w) or (gaz.countries.get(w) if (m.group(3) or w.isupper() or "." in w) else None)
        if code:
            return code, len(m.group(0)) - m.group(0).find(w)
    return None, 0


def _bracket_country(text: str, end: int, gaz: Gazetteer) -> str | None:
    """ "(Ministry of Public Administration, Montenegro)": the country closing a bracket."""
    m = _BRACKET_COUNTRY.match(text, end, end + 40)
    return gaz.countries.get(m.group(1)) if m else None


def acronym_after(text: str, end: int) -> str | None:
    m = _ACRONYM_AFTER.match(text, end, end + 30)
    if m and sum(c.isupper() for c in m.group(1)) >= 2:
        return m.group(1)
    return None


_SHORT_FORM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7}) ([A-Z][a-z]+)\)")


@lru_cache(maxsize=65536)
def _short_form_of(surface: str, acr: str, head: str) -> bool:
    """Whether "(<acr> <head>)" abbreviates ``surface``: the name has the head noun, and ``acr`` spells the
    initials of words of the name in a row ("Coordination Centre for Countering Violent Extremism (CVE Centre)")."""
    name_words = [w for w in surface.split() if w not in _INITIAL_SKIP]
    if head not in name_words:
        return False
    letters = "".join(w[0] for w in name_words if w != head).upper()
    return acr in letters


def short_form_after(text: str, surface: str, end: int) -> str | None:
    """The bracketed short form "(ACR Head)" right after a name that it abbreviates ("(CVE Centre)")."""
    m = _SHORT_FORM_AFTER.match(text, end, end + 30)
    if m and _short_form_of(surface, m.group(1), m.group(2)):
        return f"{m.group(1)} {m.group(2)}"
    return None


def _same_short_name(name: str, acr: str, gaz: Gazetteer) -> bool:
    """Whether an earlier name is the short name ``acr``, bare or after its demonym ("Albanian CVE Centre")."""
    if name == acr:
        return True
    first, _, rest = name.partition(" ")
    return rest == acr and first in gaz.demonyms


_OF_SPLIT = re.compile(r" of (?:the )?")
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "against", "to", "&"})


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w not in _INITIAL_SKIP).upper()


@lru_cache(maxsize=65536)
def _tail_acronym(surface: str, acr: str) -> bool:
    """Whether a bracket acronym spells the last "of" object of a name, not the name itself: "Financial
    Intelligence Department of the State Investigation and Protection Agency (SIPA)" names the department;
    SIPA is its parent agency's acronym."""
    letters = "".join(c for c in acr if c.isalpha()).upper()
    parts = _OF_SPLIT.split(surface)
    if len(parts) < 2 or len(letters) < 3 or _initials(surface).startswith(letters):
        return False
    return _initials(parts[-1]) == letters


_APPOSITION_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?,\s+the\s+")


def _apposition(text: str, last: tuple[int, str | None, OrgEntity], s: int, e: int, country: str | None) -> bool:
    """ "<Name> (ACR), the FIU of <Country>,": a national acronym set off by commas right after a name of the
    same country re-describes that body (a list of several countries' bodies has differing countries)."""
    return (
        country is not None
        and last[1] in (None, country)
        and text[e : e + 1] == ","
        and _APPOSITION_GAP.fullmatch(text, last[0], s) is not None
    )


def build_entities(text: str, cands: list, gaz: Gazetteer) -> list[OrgEntity]:
    ents: dict[str, OrgEntity] = {}
    acr_of: dict[str, str] = {}  # acronym -> entity key
    not_org = not_org_acronyms(gaz)
    prev: tuple[int, str | None] | None = None
    last: tuple[int, str | None, OrgEntity] | None = None  # the previous mention: end, country, entity
    for s, e, head, entry in cands:
        if head == "event":
            continue
        surface = text[s:e]
        country, _ = _prefix_country(text, s, gaz)
        prefixed = country is not None
        if entry and entry.country and country and country != entry.country:
            country = None
        country = (
            country
            or _country_in(surface, gaz)
            or (_bracket_country(text, e, gaz) if head == "Ministry" else None)
            or (entry.country if entry and entry.kind in {"ministry", "police", "embassy"} else None)
        )
        if country is None and head == "Ministry" and prev and prev[1] and _AND_GAP.fullmatch(text, prev[0], s):
            country = prev[1]  # "Italy's Ministry of the Interior and Ministry of Foreign Affairs"
        prev = (e, country if head == "Ministry" else None)
        acr = acronym_after(text, e)
        if acr and _tail_acronym(surface, acr):
            # "Financial Intelligence Department of the State Investigation and Protection Agency (SIPA)": the
            # department is in its parent agency's country
            parent = gaz.orgs.get(acr)
            country = country or (parent.country if parent else None)
            acr = None
        name = surface
        if head == "Ministry" or (head in NATIONAL_HEADS and surface.split()[0] in gaz.demonyms):
            base = _BEFORE_MINISTRY.sub("", surface) if head == "Ministry" else surface
            if head == "Ministry" and country and not _TWO_MINISTRIES.search(base):
                name = _ministry_name(base, country, gaz)
            elif head in NATIONAL_HEADS and country and head != "Ministry":
                name = surface  # "Albanian State Police": kept as written
        elif (
            head in NATIONAL_HEADS
            and country
            and prefixed
            and _POSSESSIVE_GAP.search(text[max(0, s - 3) : s])
        ):
            name = f"{surface} of {gaz.country_names.get(country, country)}"
        if acr is None and text.startswith("(", e + (text[e : e + 1] == " ")):
            acr = short_form_after(text, surface, e)
        if acr and head in {"Presidency", "Chairmanship"}:
            acr = None  # "Romanian Presidency of the Police Cooperation Convention ... (PCC SEE)": the tail's acronym
        if acr and acr not in not_org:
            key = acr_of.get(acr) or (gaz.orgs[acr].id if acr in gaz.orgs else fold(acr))
            acr_of[acr] = key
            name = acr
        elif entry:
            key = entry.id
        else:
            key = acr_of.get(surface) or fold(name)
        ent = ents.get(key)
        if ent is None and head == "acronym" and last is not None and _apposition(text, last, s, e, country):
            ent = last[2]  # "The Financial Intelligence Department of ... (SIPA), the FIU of Bosnia and Herzegovina,"
        if ent is None:
            ent = ents[key] = OrgEntity(name=name, key=key, country=country, known=entry, head=head)
        ent.country = ent.country or country
        if (
            entry
            and not acr
            and len(surface) > len(ent.name)
            and not _ACRONYM_SHAPE.fullmatch(ent.name)
            and ent.name != entry.name
        ):
            # "Commission" then "European Commission": keep the fuller form; a body's own name ("Hedayah, the
            # International Center of Excellence for ...") stays, its description is no better name
            ent.name = surface
        ent.mentions.append(Mention(s, e, surface, "org", ent.name, {"country": country}))
        if text[s - 1 : s] != "(":
            last = (e, ent.country, ent)  # a bracket acronym stays inside the name before it
        if acr:
            for k, other in list(ents.items()):
                if other is not ent and _same_short_name(other.name, acr, gaz):
                    ent.mentions.extend(other.mentions)
                    ent.country = ent.country or other.country
                    del ents[k]
    return list(ents.values())
