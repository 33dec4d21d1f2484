"""One entity per body: names that plainly name the same body, or a unit of it, are merged into one entity.

An item names a body several ways ("IISG" and "IISG Secretariat", "the FIU of Montenegro" and "the Financial
Intelligence Unit of Montenegro", "the Austrian Ministry" after "the Federal Ministry of the Interior of Austria").
Gold counts the body once, so the mentions (and the people) of the weaker name move to the fuller one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from iisg_graph.extract.bodies import fold_words
from iisg_graph.extract.orgs import OrgEntity, fold
from iisg_graph.extract.people import PersonFound
from iisg_graph.extract.vocab import portfolio_of, words

__all__ = [
    "LEADING_THE",
    "absorb_unit",
    "bare_into_named",
    "merge_entities",
    "person_ministry_into_host",
    "units_into_parents",
]

LEADING_THE = re.compile(r"^the\s+")
# "Sector for Emergency Management of the Ministry", "Border and Migration Department of the Albanian State
# Police": a unit of a body the item names. Gold counts the parent and ignores the unit (units of a ministry, of
# a police service). The parent is a named entity, or a bare "the Ministry / Police / Agency" naming the one such.
_UNIT_OF = re.compile(
    r"\b(?:Sector|Department|Directorate|Division|Unit|Section|Service|Bureau|Branch)\b.*?\s+of\s+(?:the\s+)?"
    r"(?P<parent>(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*)*)$"
)
_BARE_PARENTS = words("ministry police agency")
# Words a name may drop and still name the same body ("Siracusa Institute" for "Siracusa International
# Institute", "Albanian Police" for "Albanian State Police"); any other word names another body ("Serbian Police"
# is not "Serbian Border Police", nor "Kosovo Police" "Kosovo Border Police"). Folded (lower-case) words.
_QUALIFIERS = words(
    "international national regional general federal state european central main joint republic of the and"
)
_ACRONYM_OF = re.compile(r"(?P<acr>[A-Z]{2,6}) (?P<rest>of .+)")


def merge_entities(orgs: list[OrgEntity], person_orgs: set[str]) -> list[OrgEntity]:
    """Merge an entity into another that is plainly the same or more specific ("IISG" → "IISG Secretariat",
    "Ministry of Foreign Affairs" → "Ministry of Foreign Affairs of Albania"). A ministry that is some
    person's own ("Minister of Interior X ... the Ministry of Interior said") stays apart (but see
    ``person_ministry_into_host``)."""
    merged: dict[str, OrgEntity] = {}
    key_of_fold: dict[str, str] = {}  # folded name -> key of the first merged entity with that name
    for e in orgs:
        folded = fold(e.name)
        e.key = key_of_fold.get(folded, e.key)
        if e.key in merged:
            merged[e.key].mentions.extend(e.mentions)
        else:
            merged[e.key] = e
            key_of_fold.setdefault(folded, e.key)
    ents = _acronyms_into_long(list(merged.values()))
    # the first words of each entity's mentions, kept up to date as mentions move (one set test per pair,
    # instead of a pass over all the other entity's mentions)
    firsts = {id(o): {_first_word(m.text) for m in o.mentions} for o in ents}
    for e in list(ents):
        folded = fold(e.name)
        if folded in person_orgs and "ministry" in folded:
            continue
        first, ministry = _first_word(e.name), "ministry" in folded
        target = next(
            (
                o
                for o in ents
                if o is not e
                and (ministry or _first_word(o.name) == first or first in firsts[id(o)])
                and _more_specific(o, e)
            ),
            None,
        )
        if target:
            target.mentions.extend(e.mentions)
            firsts[id(target)] |= firsts[id(e)]
            ents.remove(e)
    return ents


def units_into_parents(orgs: list[OrgEntity]) -> list[OrgEntity]:
    """A unit named as "<Unit> of <parent>" whose parent the item also names on its own is that parent at the
    event: its mentions move to the parent (see ``absorb_unit``) and the unit is no actor of its own. A bare "of
    the Ministry" is the one ministry the item names; two ministries leave it open. A parent named only inside the
    unit's name keeps the unit as the actor (dev gold: "Countering Drugs Unit of the Police Directorate of
    Montenegro")."""
    if not any("of" in e.name for e in orgs):
        return orgs
    by_name: dict[str, OrgEntity] = {}
    for e in orgs:
        by_name.setdefault(fold(e.name), e)
        for m in e.mentions:
            by_name.setdefault(fold(LEADING_THE.sub("", m.text)), e)
    out = list(orgs)
    for e in orgs:
        m = _UNIT_OF.search(e.name)
        parent = _unit_parent(fold(m.group("parent")), e, orgs, by_name) if m else None
        if parent is not None:
            absorb_unit(parent, e, out)
    return out


def absorb_unit(parent: OrgEntity, unit: OrgEntity, orgs: list[OrgEntity]) -> None:
    """Move ``unit``'s mentions to ``parent``, marked ``meta["unit"]`` (so an organiser parent is shown taking
    part), and drop ``unit`` from ``orgs``."""
    for mention in unit.mentions:
        mention.meta["unit"] = True
    parent.mentions.extend(unit.mentions)
    orgs.remove(unit)


def person_ministry_into_host(orgs: list[OrgEntity], people: list[PersonFound], host: str | None) -> None:
    """ "The Ministry of Health of Montenegro co-organised ... in Budva. Minister of Health Dr. X welcomed ...": a
    bare ministry that is a person's own ("Minister of Health X") is the one ministry of that exact name plus
    "of <country>" the item names, when that country hosts the event (or the place is unknown): the host's
    minister needs no country. Its mentions and people move there. Not another country's ministry ("Minister of
    Interior X received the delegation of the Ministry of Interior of Serbia" in Tirana), nor one of two."""
    for e in [o for o in orgs if not o.country and fold(o.name).startswith("ministry ")]:
        folded = fold(e.name)
        named = [o for o in orgs if o is not e and o.country and fold(o.name).startswith(folded + " of ")]
        if len(named) != 1 or host not in (None, named[0].country):
            continue
        _move_into(named[0], e, orgs)
        _repoint_people(people, folded, named[0], named[0].country)


def bare_into_named(orgs: list[OrgEntity], people: list[PersonFound]) -> None:
    """ "implemented by the Federal Ministry of the Interior of Austria ... Ms. X, Project Leader from the Austrian
    Ministry": a bare head with a country ("the Austrian Ministry / Police / Agency") is the one body of that country
    and head the item has named before it; its mentions (and its people) move there. Two such bodies leave it open."""
    for e in [o for o in orgs if o.country and fold(o.name) in _BARE_PARENTS]:
        head, first = fold(e.name), min(m.start for m in e.mentions)
        named = [
            o
            for o in orgs
            if o is not e
            and o.country == e.country
            and head in fold_words(o.name)
            and min(m.start for m in o.mentions) < first
        ]
        if len(named) != 1:
            continue
        _move_into(named[0], e, orgs)
        _repoint_people(people, head, named[0], e.country, also_of=e.country)


def _move_into(target: OrgEntity, e: OrgEntity, orgs: list[OrgEntity]) -> None:
    target.mentions.extend(e.mentions)
    orgs.remove(e)


def _repoint_people(
    people: list[PersonFound], folded: str, target: OrgEntity, country: str | None, also_of: str | None = None
) -> None:
    """The people of the body named ``folded`` with no country (or of ``also_of``) are now ``target``'s, of
    ``country``."""
    for p in people:
        if p.org and fold(p.org) == folded and p.country in (None, also_of):
            p.org, p.org_key, p.country = target.name, target.key, country


def _unit_parent(
    parent: str, unit: OrgEntity, orgs: list[OrgEntity], by_name: dict[str, OrgEntity]
) -> OrgEntity | None:
    """The entity a unit's "of <parent>" names: by name, or the one entity headed by a bare parent noun."""
    if parent in _BARE_PARENTS:
        found = [o for o in orgs if o is not unit and parent in fold_words(o.name) and not _UNIT_OF.search(o.name)]
        return found[0] if len(found) == 1 else None
    hit = by_name.get(parent)
    return hit if hit is not unit else None


def _acronyms_into_long(ents: list[OrgEntity]) -> list[OrgEntity]:
    """ "the Financial Intelligence Unit of Montenegro ... the Head of the FIU of Montenegro": "<ACRONYM> of X" is
    the entity "<Long Name> of X" whose capitalised words give that acronym; its mentions move there."""
    shorts = [(e, m) for e in ents if (m := _ACRONYM_OF.fullmatch(e.name))]
    for e, m in shorts:
        target = next(
            (
                o
                for o in ents
                if o is not e
                and o.name.endswith(" " + m.group("rest"))
                and _initials(o.name[: -len(m.group("rest")) - 1]) == m.group("acr")
            ),
            None,
        )
        if target:
            _move_into(target, e, ents)
    return ents


def _initials(name: str) -> str:
    """ "Financial Intelligence Unit" -> "FIU" (capitalised words only: "for", "the" are skipped)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@lru_cache(maxsize=65536)
def _first_word(name: str) -> str:
    """The first word of ``fold(name)`` ("" for none): names are compared on it when merging."""
    words = fold_words(name)
    return words[0] if words else ""


def _more_specific(big: OrgEntity, small: OrgEntity) -> bool:
    """Whether ``big`` names the body ``small`` names, more fully: qualifiers added, a seat or country added, an
    acronym's secretariat, a ministry's country."""
    b, s = big.name, small.name
    ts = fold_words(s)
    for tb in {fold_words(m.text) for m in big.mentions} | {fold_words(b)}:
        if (
            len(ts) >= 2
            and len(tb) > len(ts)
            and ts[0] == tb[0]
            and ts[-1] == tb[-1]
            and set(ts) <= set(tb)
            and ts[0] != "ministry"
            and set(tb) - set(ts) <= _QUALIFIERS
        ):
            return True  # "Siracusa Institute" and "Siracusa International Institute" (not "Serbian Border Police")
        if len(ts) >= 2 and tb[: len(ts)] == ts and len(tb) > len(ts) and tb[len(ts)] in {"to", "in", "for"}:
            return True  # "EU Delegation" and "EU Delegation to Montenegro"
    if (
        s.isupper()
        and " " not in s
        and b.startswith(s + " ")
        and len(b.split()) <= 3
        and b.split()[-1] in {"Secretariat", "Centre", "Center", "Office"}
    ):
        # "IISG" (as a modifier) inside "IISG Secretariat"; a known body ("INTERPOL") is not its own unlisted part
        # ("INTERPOL General Secretariat"): only a listed big name (the gazetteer's "IISG Secretariat") takes it
        return all(m.text == s for m in small.mentions) and (small.known is None or big.known is not None)
    fb, fs = fold(b), fold(s)
    if len(ts) >= 2 and big.country and small.country in (None, big.country) and fb.startswith(fs + " of "):
        return True  # "the Customs Administration" and "Customs Administration of Serbia" named before
    if "ministry" not in fs or " of " in fs.replace("ministry of", ""):
        return False
    if fs.startswith("ministry") and fb.startswith(fs + " of ") and " of " in fb[len(fs) :]:
        return True  # "Ministry of Foreign Affairs" and "Ministry of Foreign Affairs of Albania"
    ps, pb = portfolio_of(s), portfolio_of(b)
    return not fs.startswith("ministry") and ps is not None and fold(ps) == fold(pb or "")
