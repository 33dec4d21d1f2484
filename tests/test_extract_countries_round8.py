"""Round 8: participant countries from people of national bodies, "as well as from" lists, more people nouns,
and a counterpart minister's bare ministry (sentences of our own)."""

from __future__ import annotations

from tests.test_extract_countries_round5 import _rec


def test_people_of_organising_bodies_show_their_countries():
    r = _rec(
        "3.6.2024 – Senior officers of the Montenegro Police and the Croatian Border Police held a joint meeting "
        "in Bar on cooperation at the Debeli Brijeg crossing."
    )
    assert r.participant_countries == ["ME", "HR"]


def test_bare_organiser_without_people_shows_no_country():
    r = _rec(
        "The workshop was organised by the Kosovo Police in Pristina on 3 May 2024. Representatives of IOM attended."
    )
    assert r.participant_countries == []


def test_people_of_a_national_body_named_by_its_bare_name():
    r = _rec(
        "The Border Police of the Ministry of Interior of Montenegro conducted a field exercise near Bar on "
        "2 October 2025. The exercise involved officers of the Border Police and the Centre for Social Work."
    )
    assert r.participant_countries == ["ME"]


def test_as_well_as_from_continues_the_country_list():
    r = _rec(
        "A CEPOL course took place on 5 May 2025 in Sofia. It brought together 20 analysts from Albania and "
        "Serbia, as well as from Romania and Moldova."
    )
    assert r.participant_countries == ["AL", "RS", "RO", "MD"]


def test_chemists_from_countries_take_part():
    r = _rec(
        "Forensic chemists from Montenegro and Serbia attended a training on synthetic drugs organised by "
        "UNODC in Vienna on 3 June 2025."
    )
    assert r.participant_countries == ["ME", "RS"]


def test_chemicals_from_a_country_are_no_people():
    r = _rec(
        "A workshop in Vienna on 3 June 2025 organised by UNODC discussed precursor chemicals from Serbia and "
        "Turkey."
    )
    assert r.participant_countries == []


def test_titled_counterpart_gets_the_country_of_the_demonym():
    r = _rec(
        "SKOPJE, 4 May 2025 – The Minister of Internal Affairs of North Macedonia, Mr. Petar Ilievski, hosted "
        "his Serbian counterpart, Minister of Interior Mr. Marko Jovanović, for a working meeting in Skopje."
    )
    assert [(p.name, p.org) for p in r.people] == [
        ("Petar Ilievski", "Ministry of Internal Affairs of North Macedonia"),
        ("Marko Jovanović", "Ministry of Interior of Serbia"),
    ]
    assert r.participant_countries == ["MK", "RS"]


def test_counterpart_without_demonym_keeps_bare_ministry():
    r = _rec(
        "SKOPJE, 4 May 2025 – The Minister of Internal Affairs of North Macedonia, Mr. Petar Ilievski, hosted "
        "his counterpart, Minister of Interior Mr. Marko Jovanović, for a working meeting in Skopje."
    )
    assert [p.org for p in r.people] == ["Ministry of Internal Affairs of North Macedonia", "Ministry of Interior"]
    assert r.participant_countries == ["MK"]


def test_people_of_international_field_office_show_no_country():
    r = _rec(
        "The RCC held a workshop in Sarajevo on 3 May 2024. Experts of the OSCE Mission to Serbia and of "
        "UNDP Serbia presented their projects."
    )
    assert r.participant_countries == []


def test_researchers_from_universities_represent_no_country():
    r = _rec(
        "The Police Academy organised a scientific conference in Belgrade on 5 November 2024. Researchers from "
        "universities of Slovenia and Hungary presented papers."
    )
    assert r.participant_countries == []


def test_state_body_named_after_its_seat_brings_the_country():
    r = _rec(
        "The OSCE organised a training in Durrës on 3 May 2024. Ms. Ana Hoxha, Prosecutor at the Vlorë "
        "Prosecution Office, led the sessions."
    )
    assert r.participant_orgs == ["Vlorë Prosecution Office"]
    assert r.participant_countries == ["AL"]


def test_non_state_body_named_after_a_city_brings_no_country():
    r = _rec(
        "The OSCE organised a training in Sarajevo on 3 May 2024. Mr. Adnan Hodžić of the Geneva Centre for "
        "Security Policy presented the case."
    )
    assert r.participant_countries == []


def test_commission_chairs_from_countries_take_part():
    r = _rec(
        "SALW Commission chairs from Albania and Serbia presented progress at the meeting organised by SEESAC in "
        "Skopje on 3 May 2024."
    )
    assert r.participant_countries == ["AL", "RS"]


def test_chairs_as_a_verb_shows_no_country():
    r = _rec(
        "On 3 May 2024 the RCC held a meeting in Skopje. Austria chairs the working group of the Berlin Process."
    )
    assert r.participant_countries == []
