"""Participant countries from the domain's phrasing of who attended: role nouns followed by a country list
("guests from", "coordinators of", "participants from the <units> of"), demonym lists before a role noun
("Bulgarian, Greek and Romanian customs officers"), and no attendance for people who are only to act later
("officers from A and B will support ...") or for a country that is only a place, subject or topic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iisg_graph.extract.countries import _TRIGGER, _TRIGGER_LOW, country_list_at, participant_countries
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.textutil import lower_view, sentences
from loaders.news_feed import load

FIXTURES = Path(__file__).parent / "fixtures"


def _countries(text: str) -> list[str]:
    return sorted(participant_countries(text, sentences(text), gazetteer(), {}, []))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # demonym lists before a role noun, with a country name used as an adjective among them
        ("Albanian, Serbian and Kosovo* police officers compared their joint patrol schedules.", ["AL", "RS", "XK"]),
        ("Kosovo, Albanian and Serbian police officers compared their joint patrol schedules.", ["AL", "RS", "XK"]),
        ("Montenegrin and Croatian border police held a planning meeting in Herceg Novi.", ["HR", "ME"]),
        ("Greek police officers briefed the group on the seizure.", ["GR"]),
        ("Bulgarian, Greek and Romanian police and customs officers traced the container route.", ["BG", "GR", "RO"]),
        ("A Hungarian liaison officer attended the session.", ["HU"]),
        ("Serbian organised crime prosecutors presented two cases.", ["RS"]),
        ("Croatia's police officers presented the results of the operation.", ["HR"]),
        ("Croatia's newly appointed minister opened the meeting.", ["HR"]),
        # country names alone take a bare role only
        ("Kosovo prosecutors and judges discussed the draft law.", ["XK"]),
        # role nouns, directly or through "the <few words> of / from", before a country list
        (
            "Prosecutors from the organised crime departments of Albania and North Macedonia shared experience.",
            ["AL", "MK"],
        ),
        ("Participants from the border and migration police units of Moldova and Ukraine attended.", ["MD", "UA"]),
        ("The meeting gathered the national coordinators of Serbia and Montenegro.", ["ME", "RS"]),
        ("The heads of delegation were joined by guests from Austria and Slovenia.", ["AT", "SI"]),
        ("Observers from Moldova and Ukraine followed the exercise.", ["MD", "UA"]),
        ("Ministers of foreign affairs and of the interior of Albania and Croatia took part.", ["AL", "HR"]),
        # an announcement: people who will attend still attend
        ("Ministers of interior of Albania and Serbia will take part in the meeting in Brdo.", ["AL", "RS"]),
    ],
)
def test_participant_phrasing(text: str, expected: list[str]) -> None:
    assert _countries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # future or modal deployment, not attendance
        "Some 50 standing corps officers from Italy, Poland and Spain will assist the border guards this summer.",
        "German and Austrian police officers are expected to patrol the green border from July.",
        "Experts from Austria and Germany shall advise the ministry on the new law.",
        "Trainers from Slovenia and Croatia are to deliver the follow-up courses in 2025.",
        # a role word that is a topic, a language, a place or a clause
        "The Serbian police reform was the first item of the agenda.",
        "Albania's police academy hosted the course.",
        "The manual was translated into Serbian for police officers.",
        "In Serbia police officers seized two tonnes of cocaine last year.",
        "Serbia hosted experts from the region.",
        "The Albanian capital hosted police officers from the region.",
        # a seat, a funder, a situation
        "The secretariat, based in Vienna, Austria, is funded by Germany.",
        "Experts from the region met in Skopje to discuss the situation of Albania.",
        "Participants stressed the importance of cooperation with Serbia.",
    ],
)
def test_not_participants(text: str) -> None:
    assert _countries(text) == []


def test_country_list_at_keeps_its_items() -> None:
    """The public list reader is unchanged: countries, demonyms and "Kosovo*" items of one list."""
    t = "officials of Albania, Kosovo*, the Italian Ministry and Serbia will support"
    assert [(c, t[s:e]) for c, s, e in country_list_at(t, 13, gazetteer(), {})] == [
        ("AL", "Albania"),
        ("XK", "Kosovo*"),
        ("IT", "Italian"),
        ("RS", "Serbia"),
    ]


def test_trigger_fast_path_matches_plain_scan() -> None:
    """``_TRIGGER_LOW`` on the lower-cased text finds the spans ``_TRIGGER`` finds in the text."""
    texts = [it.text for name in ("unseen_news.txt", "unseen_news_2.txt") for it in load(FIXTURES / name)]
    for text in [*texts, "Guests, COORDINATORS and Focal  Points of Albania; staffers and teamwork."]:
        low = lower_view(text)
        assert low is not None
        assert [m.span() for m in _TRIGGER_LOW.finditer(low)] == [m.span() for m in _TRIGGER.finditer(text)]
