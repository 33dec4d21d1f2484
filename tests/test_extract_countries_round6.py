"""Round 6: participant countries and the actors that bring them (sentences of our own)."""

from __future__ import annotations

from tests.test_extract_countries_round5 import _rec


def test_seat_of_university_school_institute_brings_no_country():
    r = _rec(
        "On 3 May 2024 the RCC held a workshop in Skopje. Lecturers came from the University of Ljubljana, "
        "the Hertie School in Berlin and the Basel Institute on Governance."
    )
    assert r.participant_countries == []


def test_seat_of_police_body_still_brings_its_country():
    r = _rec(
        "On 3 May 2024 the RCC held a workshop in Skopje. Participants included experts from the Ministry of "
        "Interior of Albania, the University of Criminal Investigation and Police Studies in Belgrade and the "
        "University of Vienna."
    )
    assert r.participant_countries == ["AL", "RS"]


def test_as_did_continues_attendance():
    r = _rec(
        "On 3 May 2024 the RCC held an online meeting on witness protection. Heads of the witness protection units "
        "of Albania, Montenegro and Serbia connected online, as did Kosovo*."
    )
    assert r.participant_countries == ["AL", "ME", "RS", "XK"]


def test_as_did_without_attending_verb_shows_nobody():
    r = _rec("On 3 May 2024 the RCC held a meeting in Tirana. The minister welcomed the plan, as did Croatia.")
    assert r.participant_countries == []
    r = _rec("On 3 May 2024 Serbia adopted a new strategy in Belgrade, as did Montenegro.")
    assert r.participant_countries == []


def test_visited_national_organiser_takes_part():
    r = _rec(
        "Helsinki, 2-6 October 2023: a delegation of the Border Police of Bosnia and Herzegovina visited the "
        "Finnish Border Guard to learn about surveillance. The visit was organised by the Finnish Border Guard."
    )
    assert r.participant_countries == ["BA", "FI"]


def test_organiser_not_visited_stays_silent():
    r = _rec(
        "Helsinki, 2-6 October 2023: the Finnish Border Guard organised a training for the Border Police of Bosnia "
        "and Herzegovina. Participants visited the Imatra crossing point."
    )
    assert r.participant_countries == ["BA"]


def test_bare_demonym_ministry_is_the_named_one():
    r = _rec(
        "On 11 April 2022 the project held its steering committee meeting in Belgrade. The project is implemented "
        "by the Federal Ministry of the Interior of Austria. The meeting was co-chaired by Ms. Sabine Gruber, "
        "Project Leader from the Austrian Ministry."
    )
    assert r.participant_orgs == ["Ministry of the Interior of Austria"]
    assert [p.org for p in r.people] == ["Ministry of the Interior of Austria"]


def test_bare_demonym_ministry_left_open_with_two_candidates():
    r = _rec(
        "On 11 April 2022 the project held its steering committee meeting in Belgrade. The project is implemented "
        "by the Federal Ministry of the Interior of Austria and the Austrian Ministry of Justice. The meeting was "
        "co-chaired by Ms. Sabine Gruber, Project Leader from the Austrian Ministry."
    )
    assert [p.org for p in r.people] == ["Ministry"]
