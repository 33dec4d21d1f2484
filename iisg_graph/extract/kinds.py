"""The kind of event (meeting, conference, workshop, training, visit ...) from its nouns, title first."""

from __future__ import annotations

import re

from iisg_graph.extract.vocab import words

__all__ = ["ATTENDEE_NOUNS", "EVENT_NOUNS", "NON_EVENT_NOUNS", "PROJECT_NOUNS", "TRAINING_NOUNS", "event_kind"]

# Nouns (singular and plural) that name an event: what is held, hosted, delivered or led as a gathering.
# Used to tell an event's organiser ("a course delivered by CEPOL", "CEPOL held in Tirana a workshop") from
# other agents ("a presentation delivered by Europol", "the project implemented by GIZ").
EVENT_NOUNS = words(
    """training trainings course courses workshop workshops seminar seminars webinar webinars conference
    conferences meeting meetings exercise exercises session sessions visit visits event events forum forums
    summit summits assembly dialogue dialogues roundtable roundtables consultation consultations activity
    activities module modules briefing briefings"""
)
# The events whose leader or facilitator runs them ("a workshop facilitated by DCAF"); who leads or chairs a
# meeting or conference is a participant in the chair (dev gold convention), not its organiser.
TRAINING_NOUNS = words(
    """training trainings course courses workshop workshops seminar seminars webinar webinars exercise
    exercises module modules visit visits activity activities"""
)
# Nouns of things that are delivered, led or implemented without being the event: a project's implementer,
# a delegation's head or a speaker is not the organiser of the meeting they appear in.
NON_EVENT_NOUNS = words(
    """project projects programme programmes program programs initiative initiatives consortium consortia
    delegation delegations team teams presentation presentations speech speeches address lecture lectures
    statement statements study studies assessment assessments report reports analysis research survey surveys
    evaluation evaluations review reviews strategy strategies plan plans action actions mission missions
    operation operations investigation investigations reform reforms grant grants equipment donation donations
    campaign campaigns process processes unit units group groups component components"""
)
# What is implemented by a consortium or led by a lead partner: its implementers are not said to attend.
PROJECT_NOUNS = words(
    "project projects programme programmes program programs initiative initiatives consortium consortia"
)
# Plural nouns of people who are received or brought together: the object of an active "hosted" / "convened"
# ("SELEC hosted in Bucharest delegations of ...") as much as an event noun is.
ATTENDEE_NOUNS = words(
    """delegation delegations representatives participants officials experts members ministers officers
    delegates guests counterparts heads chiefs directors trainees students"""
)

_KINDS = [
    ("training", r"train(?:ing|ed)|course|train-the-trainer|simulation\s+exercise"),
    ("workshop", r"workshops?"),
    ("conference", r"conference"),
    ("forum", r"forum"),
    ("seminar", r"seminar|webinar"),
    ("visit", r"(?:study|working|official)\s+visit|visits?|delegation\s+visit"),
    ("signing", r"signs?|signing|signed"),
    ("launch", r"launch(?:ed|es)?"),
    ("handover", r"handed\s+over|hand-?over|donat(?:ed|ion)"),
    ("consultation", r"consultations?"),
    ("summit", r"summit"),
    ("meeting", r"meetings?|meets?|met|session|steering\s+(?:committee|board)|roundtable|round\s+table|talks"),
]
_RX = re.compile("|".join(rf"(?P<{k}>\b(?:{p})\b)" for k, p in _KINDS))  # matched on lower-cased text
_RX_I = re.compile(_RX.pattern, re.I)


def event_kind(title: str, body: str) -> tuple[str | None, tuple[int, int] | None]:
    """Kind and the span (in ``title + "\\n\\n" + body``) of the word that shows it.

    >>> event_kind("Workshop on border security in Skopje", "")
    ('workshop', (0, 8))
    >>> event_kind("News", "Ministers met in Tirana.")
    ('meeting', (16, 19))
    """
    for offset, part in ((0, title), (len(title) + 2, body)):
        low = part.lower()
        m = _RX.search(low) if len(low) == len(part) else _RX_I.search(part)  # "İ" lower-cases to 2 chars
        if m:
            return m.lastgroup, (offset + m.start(), offset + m.end())
    return None, None
