"""Organisation mentions: known ones from the gazetteer, unknown ones by their shape, grouped into entities.

Stages: the gazetteer's phrases (``gazetteer.org_rx``), shape segments (``orgshape``), ALL-CAPS names no
list knows where the text treats them as actors, then overlaps resolved and entities built (``orgnames``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from iisg_graph.extract.gazetteer import Gazetteer, OrgEntry
from iisg_graph.extract.orgnames import OrgEntity, acronym_after, build_entities, fold, not_org_acronyms
from iisg_graph.extract.orgshape import DOCUMENT, POSSESSIVE, shape_names
from iisg_graph.extract.textutil import CAPS, trie_pattern
from iisg_graph.extract.vocab import (
    EVENT_BODY_HEADS,
    FORUM_NAMES,
    NAME_HONORIFICS,
    ORG_HEADS,
    PERSON_PLURALS,
    STANDING_BODY_LEADS,
    UNIT_HEADS,
    WEAK_HEADS,
    words,
)

__all__ = ["OrgEntity", "find_orgs", "fold"]

_PROJECT_AFTER = re.compile(
    r"\s*(?:\d+\s+)?(?:,\s*a\s+|,\s*the\s+)?(?:project|projects|programme|program|"
    r"roadmap|framework|initiative|action|grant|manual|report|newsletter)\b",
    re.I,
)
_EVENT_AFTER = re.compile(r"\s+(?:meeting|session|conference|workshop|gathering|Meeting|Session)\b")
_CAP_OR_DATE = re.compile(rf"[ \t]*[{CAPS}(]|,\s+\d")
# The other language's form of a seat town ("Gjilan/Gnjilane", "Pejë/Peć"): part of the seat.
_SLASH_NAME = re.compile(rf"/[{CAPS}][\w-]*")
_QUOTED_NAME = re.compile(rf" [“\"]([{CAPS}][a-z][^”\"]{{1,30}})[”\"]")
# A forum's name, ending the type part of a name (the words before "of/for/on ...").
_FORUM_END = re.compile(r"\b(?:" + trie_pattern(FORUM_NAMES) + r")$")
_TYPE_PART_END = re.compile(r" (?:of|for|on|against|to|in) ")
# "Committee for/on <mandate>": a standing body named by what it does.
_MANDATE_AFTER = re.compile(rf" (?:for|on) (?:the )?[{CAPS}]")
# Heads that name a standing body when so qualified, a forum otherwise.
_MANDATE_BODIES = frozenset({"Committee", "Committees"})
# An ALL-CAPS word; the "(?<!...)" boundary follows the first letter so that ``re`` can skip to capitals.
_ACRONYM = re.compile(r"([A-Z](?<![\w/(-](?s:.))[A-Z0-9]{1,9}(?:[- ][A-Z0-9]{2,6})?)(?![\w/)-])")
_ROMAN = re.compile(r"[IVXLC]+")
_ACTOR_BEFORE = re.compile(r"(?:\bwith|\band|\bby|\bof|,)\s+(?:the\s+)?$")
_ACTOR_AFTER = re.compile(r"\s+(?:and\b|held|organi[sz]ed|hosted|met|convened|premises|team|representatives)")
_POSSESSIVE_JOIN = re.compile(r"['’]s ")
_LOWER = re.compile(r"[a-z]")
_SEAT_TAIL = re.compile(r" (?:Headquarters|HQ)")
_HEADS = ORG_HEADS | EVENT_BODY_HEADS


def find_orgs(text: str, gaz: Gazetteer) -> list[OrgEntity]:
    """Every organisation named in ``text``, grouped into entities, in order of first mention.

    >>> t = "GIZ and the Network of Associations of Local Authorities (NALAS) met the Italian Ministry of Interior."
    >>> [e.name for e in find_orgs(t, __import__("iisg_graph.extract.gazetteer", fromlist=["x"]).gazetteer())]
    ['GIZ', 'NALAS', 'Ministry of Interior of Italy']
    """
    known: list[tuple[int, int, OrgEntry]] = []
    generic = _generic_surfaces(gaz)
    bare_noun = False
    for m in gaz.org_rx.finditer(text):
        if text.startswith("-wide", m.end()):
            continue  # "the OSCE-wide conference": a scope, not a mention of the organisation
        surface = m.group()
        if _instrument(surface) and _CITED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "the provisions of the Police Cooperation Convention for ...": the treaty, not its bodies
        bare_noun = bare_noun or surface in generic
        known.append((m.start(), m.end(), gaz.orgs[surface]))
    if bare_noun:
        known = _specific(text, known, generic)
    cands: list[tuple[int, int, str | None, OrgEntry | None]] = []  # start, end, head, known
    for s, e, head in _join_field_lists(text, shape_names(text, gaz, [k[0] for k in known])):
        s = _after_person(text, s, e)
        surface = POSSESSIVE.sub("", text[s:e])
        e = _extend(text, s + len(surface), gaz)
        inner = [k for k in known if s <= k[0] and k[1] <= e]
        exact = next((k for k in inner if k[0] == s and k[1] == e), None)
        if exact:
            continue  # the gazetteer has it
        if inner and inner[0][0] == s and _SEAT_TAIL.fullmatch(text, inner[0][1], e):
            continue  # "CEPOL Headquarters": the known body's seat, a mention of the body itself
        introduced = _INTRODUCED.search(text, max(0, s - 40), s) is not None
        if (
            head == DOCUMENT
            or _instrument(surface)
            or (not introduced and (_forum(surface, head) or _course(surface, head) or _EVENT_AFTER.match(text, e)))
        ):
            cands.append((s, e, "event", None))
            continue
        if head in WEAK_HEADS and not (inner or introduced or acronym_after(text, e) or _acting_body(text, s, e, head)):
            continue
        cands.append((s, e, head, None))
    for s, e, entry in known:
        cands.append((s, _extend(text, e, gaz) if entry.kind in {"agency", "ngo", "secretariat"} else e, None, entry))
    cands.extend(_unknown_acronyms(text, gaz, cands))
    return build_entities(text, _drop_nested(text, cands), gaz)


_LIST_GAP = re.compile(r", ")
# The field list after the comma: capitalised words and "and", then the owner "of the ...".
_FIELD_LIST = re.compile(rf"((?:[{CAPS}][\w'’-]*|and)(?: (?:[{CAPS}][\w'’-]*|and))*) of the [{CAPS}]")


def _join_field_lists(text: str, shapes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join a name whose field is a list with commas: "Faculty of Criminal Justice, Criminology and Security
    Studies of the University of Sarajevo" is shaped as two names (no stretch holds a comma); the second
    is the rest of the first when it is a list of capitalised fields with "and" and no head noun, going on
    with "of the <Owner>", and the first names its field after "of"/"for". A list of bodies ("the Ministry of
    Justice, Border Police and Customs Administration of ...") has head nouns and stays apart."""
    out: list[tuple[int, int, str]] = []
    for s, e, head in shapes:
        if out and _LIST_GAP.fullmatch(text, out[-1][1], s) and _field_rest(text, out[-1], s):
            out[-1] = (out[-1][0], e, out[-1][2])
            continue
        out.append((s, e, head))
    return out


def _field_rest(text: str, first: tuple[int, int, str], start: int) -> bool:
    """Whether the name at ``start`` goes on with the field list of ``first`` (see ``_join_field_lists``)."""
    if " of " not in text[first[0] : first[1]] and " for " not in text[first[0] : first[1]]:
        return False
    m = _FIELD_LIST.match(text, start)
    if m is None or " and " not in f" {m.group(1)} ":
        return False
    return not any(w in _HEADS for w in m.group(1).split())


# "the civil society organisation Forum for Youth Resilience": a name the text itself introduces as a body.
_INTRODUCED = re.compile(r"\b(?:organi[sz]ations?|NGOs?|associations?)[ \t]+$")
# Weak heads that name a body when it acts ("The Sandžak Resilience Network, in partnership with ..., organised").
_ACTING_HEADS = frozenset({"Network"})
_ACTS_AFTER = re.compile(
    r"(?:,[^,.;]{1,80},)?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:co-)?(?:organi[sz]ed|hosted|held|convened|launched)\b"
)
# "in partnership with the Safe Cities Network,": a partner named in an aside is a body, not a project.
_PARTNER_BEFORE = re.compile(r"\b(?:partnership|cooperation|co-operation|collaboration)[ \t]+with[ \t]+(?:the[ \t]+)?$")
_ASIDE_END = re.compile(r"[ \t]*[,.;]|[ \t]+and[ \t]+the\b")


def _acting_body(text: str, start: int, end: int, head: str | None) -> bool:
    """Whether a network acts, so it is a body, not a project: the subject of an organising verb, or a
    partner after "in partnership/cooperation with" that ends there (not "... Network project")."""
    if head not in _ACTING_HEADS:
        return False
    if _ACTS_AFTER.match(text, end) is not None:
        return True
    if _ASIDE_END.match(text, end) is None:
        return False
    return _PARTNER_BEFORE.search(text, max(0, start - 40), start) is not None


# Legal instruments named like bodies: "the Police Cooperation Convention for Southeast Europe", "Council of
# Europe Convention on Cybercrime", "Treaty on ...": a document (its owner is no actor of it).
_INSTRUMENT = re.compile(
    r"[A-Z][\w-]* (?:Convention|Treaty|Protocol|Agreement)(?: (?:on|for|of|between|against)\b.*)?$"
)
_BODY_OF = re.compile(r"\b(?:of|to) the (?:[A-Z][\w-]* )*(?:Convention|Treaty|Protocol|Agreement)\b")


def _instrument(surface: str) -> bool:
    """A shape name whose type part ends in a legal instrument noun, unless a body is "of the" instrument
    ("Secretariat of the ... Convention", "Parties to the Treaty")."""
    return _INSTRUMENT.search(surface) is not None and _BODY_OF.search(surface) is None


# A treaty cited as a text: "Articles 14 and 15 of the ...", "the implementation of the ...", "under the ...".
_CITED_BEFORE = re.compile(
    r"\b(?:Articles?(?:[ \t]+[\w()]+,?)*|provisions|implementation|application|ratification|amendments?|"
    r"signatories|parties|accordance[ \t]+with|pursuant|under|ratified|ratify|signed|sign|implementing|applying)"
    r"[ \t]+(?:of[ \t]+|to[ \t]+)?(?:the[ \t]+)?$"
)
_HONORIFIC_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NAME_HONORIFICS)) + r"|H\.E)\.?[ \t]+$")
_PERSON_OF = re.compile(rf"(?:[{CAPS}][\w'’-]*[ \t]+){{0,3}}[{CAPS}][\w'’-]*[ \t]+of[ \t]+(?:the[ \t]+)?(?=[{CAPS}])")


def _after_person(text: str, s: int, e: int) -> int:
    """Where a shape name really begins when an honorific stands before it: "Dr. Ana Kovač of the Ministry
    of Interior" is a person and the body she is of, never one name; the body begins after "of (the)"."""
    if not _HONORIFIC_BEFORE.search(text, max(0, s - 8), s):
        return s
    m = _PERSON_OF.match(text, s, e)
    if m is None or any(w in _HEADS for w in text[s : m.end()].split()):
        return s
    return m.end()


# Teaching heads that also name a course: "the Summer School on Organised Crime", "Winter Academy".
_COURSE_HEADS = words("School Academy")
_SEASONS = words("Summer Winter Spring Autumn")


def _course(surface: str, head: str | None) -> bool:
    """A course named like a school: a seasonal one ("Summer School", "Winter Academy") or one named by its
    topic after "on" ("School on Cybercrime"), an event and not a body; a school named by its field or owner
    ("School of Law", "Police Academy of ...", "Academy for Border Police") stays a body."""
    if head not in _COURSE_HEADS:
        return False
    cut = _TYPE_PART_END.search(surface)
    kind = surface[: cut.start()] if cut else surface
    if not kind.endswith(head):
        return False
    return (cut is not None and cut.group() == " on ") or any(w in _SEASONS for w in kind.split())


def _forum(surface: str, head: str | None) -> bool:
    """A meeting forum named like a body ("WBBSi Regional Support Group", "Regional Support Group of the ...",
    "PCC SEE Expert Working Group", "SEPCA Annual Assembly", "the MARRI Regional Committee"), not an actor.
    A committee named by its mandate or as a national body ("National Committee for Countering Violent
    Extremism", "Committee for the Protection of ...") is an organisation; a steering committee never is."""
    if head not in _FORUM_HEADS:
        return False  # most names ("Ministry of ...", "... Police"): no forum word at all
    cut = _TYPE_PART_END.search(surface)
    kind = surface[: cut.start()] if cut else surface
    if _FORUM_END.search(kind):
        return True
    if head in _MANDATE_BODIES and (
        kind.split(None, 1)[0] in STANDING_BODY_LEADS or _MANDATE_AFTER.match(surface, len(kind))
    ):
        return False
    return head in EVENT_BODY_HEADS and head not in ORG_HEADS


# Type heads that can name a forum: the last words of the forum names and the event heads that are no body.
_FORUM_HEADS = frozenset(p.split()[-1] for p in FORUM_NAMES) | (EVENT_BODY_HEADS - ORG_HEADS)


def _specific(
    text: str, known: list[tuple[int, int, OrgEntry]], generic: frozenset[str]
) -> list[tuple[int, int, OrgEntry]]:
    """Drop known names matched by a bare common noun ("Commission", "the Commission") unless the text also
    names that organisation in full, and never before a person noun ("Commission members from Albania" are
    members of a national commission)."""
    named = {k[2].id for k in known if text[k[0] : k[1]] not in generic}
    return [
        k
        for k in known
        if text[k[0] : k[1]] not in generic or (k[2].id in named and not _PERSON_AFTER.match(text, k[1]))
    ]


_PERSON_AFTER = re.compile(r" (?:" + "|".join(sorted({w.lower() for w in PERSON_PLURALS} | {"member"})) + r")\b")


@lru_cache(maxsize=4)
def _generic_surfaces(gaz: Gazetteer) -> frozenset[str]:
    """The gazetteer's surface forms that are a bare head noun ("Commission", "the Commission")."""
    heads = ORG_HEADS | EVENT_BODY_HEADS
    return frozenset(k for k in gaz.orgs if k.removeprefix("the ").removeprefix("The ") in heads)


def _extend(text: str, end: int, gaz: Gazetteer) -> int:
    """Take in a seat town or a quoted proper name that ends a name: "GIZ Office Skopje", "OSCE Regional
    Centre Gjilan/Gnjilane" (a bilingual town whole), "Temporary Transit Center “Vinojug”"."""
    m = gaz.place_rx.match(text, end + 1) if text[end : end + 1] == " " else None
    if m:
        slash = _SLASH_NAME.match(text, m.end())
        town_end = slash.end() if slash else m.end()
        if not _CAP_OR_DATE.match(text, town_end):
            return town_end
    q = _QUOTED_NAME.match(text, end)
    if q and not q.group(1).isupper():
        return q.end()
    return end


def _unknown_acronyms(
    text: str,
    gaz: Gazetteer,
    cands: list[tuple[int, int, str | None, OrgEntry | None]],
) -> list:
    """ALL-CAPS names that no list knows, accepted where the text treats them as an actor."""
    taken = [(s, e) for s, e, _, _ in cands]
    not_org = not_org_acronyms(gaz)
    out = []
    for m in _ACRONYM.finditer(text):
        acr, s, e = m.group(1), m.start(1), m.end(1)
        if acr in not_org or acr in gaz.orgs or acr in gaz.countries or any(a <= s < b for a, b in taken):
            continue
        if sum(c.isalpha() for c in acr) < 2 or _ROMAN.fullmatch(acr):
            continue
        if any(_PROJECT_AFTER.match(text, x.end()) for x in re.finditer(re.escape(acr), text)):
            continue
        e = _of_country_end(text, e, gaz)
        before = text[max(0, s - 25) : s]
        after = text[e : e + 25]
        if _ACTOR_BEFORE.search(before) or _ACTOR_AFTER.match(after):
            if text[s - 1 : s] == "(":
                continue
            out.append((s, e, "acronym", None))
    return out


_OF_THE = re.compile(r" of (?:the )?")


def _of_country_end(text: str, end: int, gaz: Gazetteer) -> int:
    """ "the FIU of Bosnia and Herzegovina", "the SPO of Kosovo": a generic acronym named after its country is
    one national body, so its name runs to the country's end."""
    m = _OF_THE.match(text, end)
    c = gaz.country_rx.match(text, m.end()) if m else None
    return c.end() if c else end


def _owns_name(c: tuple, known_end: dict[int, int]) -> bool:
    """A shape name that begins with a known organisation and adds a head noun of its own ("the Council of
    Europe's MONEYVAL Secretariat"): a body with a name of its own, not a part of its possessive owner,
    which names the actor alone (as "UNODC's Global Firearms Programme", a project with no such name, is
    UNODC's)."""
    return c[3] is None and known_end.get(c[0], c[1]) < c[1]


def _drop_nested(text: str, cands: list) -> list:
    """Keep the longest of overlapping candidates; a shape name running into a known one is joined
    ("U.S. State Department's" + "Bureau of Population, Refugees and Migration"); one that owns a name
    (``_owns_name``) replaces its possessive owner instead."""
    cands = sorted(cands, key=lambda c: (c[0], -(c[1] - c[0])))
    known_end = {c[0]: c[1] for c in cands if c[3] is not None}
    out: list = []
    for c in cands:
        if (
            out
            and out[-1][3] is not None
            and _owns_name(c, known_end)
            and _POSSESSIVE_JOIN.fullmatch(text, out[-1][1], c[0])
        ):
            out[-1] = c  # "the Council of Europe's MONEYVAL Secretariat": the owner only qualifies the body
            continue
        if out and c[2] in UNIT_HEADS and c[3] is None and _POSSESSIVE_JOIN.fullmatch(text, out[-1][1], c[0]):
            continue  # "Frontex's Risk Analysis Unit": a unit of its possessive owner, which is the actor
        if (
            out
            and _POSSESSIVE_JOIN.fullmatch(text, out[-1][1], c[0])
            and _LOWER.search(text, c[0], c[1])
            and out[-1][3] is not None
            and c[2] not in ("event", "acronym")
        ):
            last = out[-1]  # "U.S. State Department's Bureau of Population, ...": one name
            out[-1] = (last[0], c[1], c[2] or "Bureau", None)
            continue
        if out and c[0] < out[-1][1]:
            last = out[-1]
            if c[1] > last[1] and c[3] is not None and last[3] is None:
                out[-1] = (last[0], c[1], last[2], None)
            continue
        out.append(c)
    return out
