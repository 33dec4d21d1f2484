"""Closed word lists of the domain's language: organisation head nouns, role words, honorifics, portfolios.

These are words of English institutional prose, not names of particular items: "Ministry", "Directorate",
"Secretary General", "Mr.". Stages share them so that, e.g., a role word is never read as a surname.
"""

from __future__ import annotations

import re

__all__ = [
    "DOCUMENT_NOUNS",
    "DOCUMENT_PAIRS",
    "EVENT_BODY_HEADS",
    "FORUM_NAMES",
    "HONORIFICS",
    "IN_PHRASE_LEADS",
    "IN_PHRASE_OBJECTS",
    "JOB_TITLE_NOUNS",
    "NAME_HONORIFICS",
    "NATIONAL_HEADS",
    "ORG_HEADS",
    "PERSON_PLURALS",
    "PLURAL_HEADS",
    "PORTFOLIOS",
    "RANKS",
    "RANK_MODIFIERS",
    "ROLE_WORDS",
    "STANDING_BODY_LEADS",
    "TITLE_OF_NOUNS",
    "UNIT_HEADS",
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
    Academy Faculty Guard Group Organisation Organization Foundation Government Embassy Mission Branch Division
    Inspectorate Prosecution Gendarmerie Forces Hub Alliance University Facility Corps Customs Parliament
    Assembly Chamber Coalition Consortium Carabinieri Taskforce Task-Force
    Observatory Cell Headquarters Company Bank Presence Representation Cabinet Laboratory Laboratories
    Stiftung Fondation Fundacja School College Consulate Consulate-General Navy Army Marechaussee
    Society Cross Crescent"""
)
# Heads that name a forum (the event itself) rather than an actor.
EVENT_BODY_HEADS = words(
    """Committee Forum Conference Meeting Board Summit Roundtable Workshop Session Group Groups
    Dialogue Process Roadmap Plan Strategy Declaration Convention Resolution"""
)
# Heads that usually name a project rather than an organisation: accepted only after a known organisation
# ("UNODC Global Programme ...", "DCAF Border Security Programme") or when given an acronym.
WEAK_HEADS = words("Programme Program Project Initiative Platform Facility Fund Network Hub")
# Meeting formats of a process, written like bodies ("the WBBSi Regional Support Group", "the PCC SEE Expert
# Working Group", "the SEPCA Annual Assembly"): the forum is the event itself, not an actor of it. A name is a
# forum when its type part (before "of/for ...") ends in one of these phrases.
FORUM_NAMES = (
    "Regional Support Group",
    "Regional Support Groups",
    "Working Group",
    "Working Groups",
    "Steering Committee",
    "Steering Board",
    "Steering Group",
    "Annual Assembly",
    "General Assembly",
    "Plenary",
    "Plenary Session",
    "Plenary Meeting",
)
# First words that make a committee a standing national body ("National Committee for Countering Violent
# Extremism", "State Commission ..."), an organisation rather than a meeting forum.
STANDING_BODY_LEADS = words("National State Inter-ministerial Interministerial Inter-Ministerial Parliamentary")
# Documents a process adopts, named like bodies ("Work Programme of the MARRI Regional Centre", "the IISG
# Action Plan"): a single word, or a pair of words ending in a head noun.
DOCUMENT_NOUNS = words(
    """Strategy Strategies Roadmap Report Reports Memorandum Agreement Declaration Conclusions Workplan
    Work-plan Statement Charter Manual Handbook Guidelines"""
)
DOCUMENT_PAIRS = frozenset(
    {("Work", "Programme"), ("Work", "Program"), ("Work", "Plan"), ("Action", "Plan"), ("Action", "Programme")}
)
# Person nouns that turn a preceding programme or project into a job title ("UNODC Programme Officer",
# "Project Manager").
JOB_TITLE_NOUNS = words(
    """Officer Officers Manager Managers Coordinator Coordinators Assistant Assistants Adviser Advisers Advisor
    Advisors Expert Experts Specialist Specialists Analyst Analysts Associate Associates Director Lead Leader
    Consultant Consultants"""
)
# Bodies a "Head of" / "Chief of" governs as a title with no article: "Chief of Mission", "Head of Unit".
TITLE_OF_NOUNS = words(
    """Mission Missions Office Unit Staff Delegation Department Division Section Sector Cabinet Party Secretariat
    Operations Cooperation Programme Programmes Project Projects Team Centre Center Presence"""
)
# Fixed subject phrases with "in" inside a name ("Directorate against Trafficking in Human Beings",
# "Department for International Legal Assistance in Criminal Matters"): "in" joins a name when it stands
# between a word of the first set and a word of the second (elsewhere "in" usually brings a seat town).
IN_PHRASE_LEADS = words("Trafficking Trade Assistance Cooperation Smuggling")
IN_PHRASE_OBJECTS = words("Human Persons Firearms Weapons Drugs Narcotics Criminal Migrants Arms Cultural")
# Internal units of a body: "<Body>'s <...> Unit/Service" names a part of its possessive owner, which is the
# actor ("Frontex's Risk Analysis Unit" is Frontex).
UNIT_HEADS = words("Service Unit Department Directorate Sector Division Section")
# Plural heads: several national bodies ("the Ministries of Interior of Albania and Serbia"), never one name.
PLURAL_HEADS = words("Ministries Directorates")
# People named in the plural ahead of their organisation ("Delegates of the Ministry ...").
PERSON_PLURALS = words(
    """Delegates Representatives Officials Officers Experts Members Heads Chiefs Participants Ministers Directors
    Deputies Envoys Ambassadors Trainers Lecturers Analysts Investigators Prosecutors Judges Speakers Panellists
    Panelists Staff Employees Trainees Attendees Colleagues Advisers Advisors Coordinators Managers Commanders
    Inspectors Specialists Practitioners Professionals Students Instructors Researchers Mentors Consultants"""
)
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
# Military and police ranks that are no role word: a title before a name, never part of it ("Colonel Dragana
# Petrović", "Lieutenant Colonel Ivan Marković"); with no other role given, the rank is the person's role. The
# ranks that are role words too ("Chief Inspector", "Commissioner", "Superintendent") are read as roles.
RANKS = words("Colonel General Brigadier Major Captain Lieutenant Sergeant Admiral Commodore Col. Gen. Lt. Capt. Brig.")
# Words that open a compound rank: "Lieutenant Colonel", "Brigadier General", "Police Major", "Staff Sergeant".
RANK_MODIFIERS = words("Lieutenant Brigadier Major Police Chief Senior Staff First Second Lt. Brig.")
# Courtesy titles (without their full stop) that only ever stand before a person's name: never the last word of
# an organisation's name, and a name after one is a person's ("Dr. Ana Kovač of the Ministry ...").
NAME_HONORIFICS = words("Mr Mrs Ms Miss Dr Prof Sir Dame")
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
