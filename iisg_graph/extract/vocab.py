"""Closed word lists of the domain's language: organisation head nouns, role words, honorifics, portfolios.

These are words of English institutional prose, not names of particular items: "Ministry", "Directorate",
"Secretary General", "Mr.". Stages share them so that, e.g., a role word is never read as a surname.
"""

from __future__ import annotations

import re

__all__ = [
    "EVENT_BODY_HEADS",
    "HONORIFICS",
    "NATIONAL_HEADS",
    "ORG_HEADS",
    "PORTFOLIOS",
    "ROLE_WORDS",
    "WEAK_HEADS",
    "portfolio_of",
    "words",
]


def words(s: str) -> frozenset[str]:
    """A word set from a whitespace-separated list (keeps the lists readable)."""
    return frozenset(s.split())


# A capitalised phrase ending in one of these (optionally + "of/for ...") is shaped like an organisation.
ORG_HEADS = words(
    """Ministry Ministries Directorate Directorates Agency Office Centre Center Network Secretariat Police
    Council Court Commission Service Services Department Unit Administration Institute Association Initiative
    Programme Program Team Platform Delegation Presidency Chairmanship Chairmanship-in-Office
    Presidency-in-Office Presidency-in-office Chairmanship-in-office Authority Authorities Bureau Fund
    Academy Guard Group Organisation Organization Foundation Government Embassy Mission Branch Division
    Inspectorate Prosecution Gendarmerie Forces Hub Alliance University Facility Corps Customs Parliament
    Assembly Chamber Coalition Consortium Carabinieri Taskforce Task-Force
    Observatory Cell Headquarters Company Bank Presence Representation"""
)
# Heads that name a forum (the event itself) rather than an actor.
EVENT_BODY_HEADS = words(
    """Committee Forum Conference Meeting Board Summit Roundtable Workshop Session Group Groups
    Dialogue Process Roadmap Plan Strategy Declaration Convention Resolution"""
)
# Heads that usually name a project rather than an organisation: accepted only after a known organisation
# ("UNODC Global Programme ...", "DCAF Border Security Programme") or when given an acronym.
WEAK_HEADS = words("Programme Program Project Initiative Platform Facility Fund Network Hub")
# National institutions: named "X of <Country>" when the text ties them to a country.
NATIONAL_HEADS = words(
    "Ministry Office Police Agency Directorate Service Government Embassy Administration Inspectorate"
)

ROLE_WORDS = words(
    """minister ministers director director-general secretary secretary-general head chief commissioner
    president vice-president chair chairman chairwoman chairperson co-chair coordinator manager leader
    prosecutor ambassador officer representative counterpart spokesperson spokesman adviser advisor mayor
    deputy assistant under-secretary undersecretary dean expert member governor commander commissioner
    inspector judge rapporteur envoy consul attaché lead officer-in-charge moderator rector principal
    superintendent commandant"""
)
HONORIFICS = {
    "Mr.": "Mr.",
    "Mr": "Mr.",
    "Mrs.": "Mrs.",
    "Mrs": "Mrs.",
    "Ms.": "Ms.",
    "Ms": "Ms.",
    "Miss": "Miss",
    "Dr.": "Dr.",
    "Dr": "Dr.",
    "Prof.": "Prof.",
    "Professor": "Prof.",
    "H.E.": "H.E.",
    "HE": "H.E.",
    "Sir": "Sir",
    "Dame": "Dame",
    "Ambassador": "Ambassador",
    "Prefect": "Prefect",
    "Judge": "Judge",
    "Min. Plen.": "Min. Plen.",
    "Colonel": "Colonel",
    "Col.": "Colonel",
    "General": "General",
    "Gen.": "General",
    "Major": "Major",
    "Captain": "Captain",
    "Lt.": "Lt.",
    "Commissioner": "Commissioner",
    "Minister": "Minister",
    "Senator": "Senator",
    "Mag.": "Mag.",
    "Dipl.": "Dipl.",
}

# Minister's portfolio -> how the ministry is usually named.
PORTFOLIOS = {
    "interior": "Interior",
    "the interior": "the Interior",
    "internal affairs": "Internal Affairs",
    "home affairs": "Home Affairs",
    "foreign affairs": "Foreign Affairs",
    "foreign": "Foreign Affairs",
    "security": "Security",
    "justice": "Justice",
    "defence": "Defence",
    "defense": "Defence",
    "finance": "Finance",
    "public administration": "Public Administration",
    "european affairs": "European Affairs",
    "foreign affairs and international cooperation": "Foreign Affairs and International Cooperation",
    "foreign and european affairs": "Foreign and European Affairs",
    "economy": "Economy",
    "labour and social policy": "Labour and Social Policy",
    "health": "Health",
    "education": "Education",
}
_PORTFOLIO_RX = re.compile(
    r"(?i)\b(?:minister|ministry|ministers)\s+(?:of|for)\s+("
    + "|".join(sorted(PORTFOLIOS, key=len, reverse=True))
    + r")\b|\b("
    + "|".join(sorted(PORTFOLIOS, key=len, reverse=True))
    + r")\s+(?:minister|ministry|ministers)\b"
)


def portfolio_of(role: str) -> str | None:
    """The ministry portfolio named in a role, if any.

    >>> portfolio_of("Deputy Minister of Internal Affairs"), portfolio_of("Albania's interior minister")
    ('Internal Affairs', 'Interior')
    >>> portfolio_of("Assistant Minister for Multilateral and Global Affairs") is None
    True
    """
    m = _PORTFOLIO_RX.search(role)
    if not m:
        return None
    return PORTFOLIOS[(m.group(1) or m.group(2)).lower()]
