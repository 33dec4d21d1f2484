"""Round 7: participant countries, per-country bodies and merging of bare bodies (sentences of our own)."""

from __future__ import annotations

from tests.test_extract_countries_round5 import _rec


def test_comma_run_of_bodies_before_country_list():
    r = _rec(
        "On 3 May 2024 the RCC held a workshop in Skopje. Participants from the ministries of interior, social "
        "work centres and ombudsperson institutions of Albania, Serbia and Kosovo* discussed age assessment."
    )
    assert r.participant_countries == ["AL", "RS", "XK"]


def test_responders_from_services_of_countries():
    r = _rec(
        "On 3 May 2024 the RCC held a course in Skopje. Twenty first responders from police, civil protection "
        "and fire services of Albania and Serbia took part."
    )
    assert r.participant_countries == ["AL", "RS"]


def test_capitalised_plural_bodies_before_country_list():
    r = _rec(
        "On 3 May 2024 the RCC held a meeting in Skopje. Heads of the INTERPOL National Central Bureaus (NCBs) "
        "of Albania and Serbia met."
    )
    assert r.participant_countries == ["AL", "RS"]


def test_country_name_with_of_is_not_a_plural_body():
    r = _rec(
        "On 3 May 2024 the RCC held a meeting in Skopje. Representatives of the United States of America "
        "and Austria met."
    )
    assert r.participant_countries == ["US", "AT"]


def test_officers_responsible_for_from_list():
    r = _rec(
        "On 3 May 2024 Frontex held a meeting in Skopje. Officers responsible for returns from Albania, Kosovo* "
        "and Serbia exchanged practices."
    )
    assert r.participant_countries == ["AL", "XK", "RS"]


def test_responsible_for_a_border_names_no_country():
    r = _rec("On 3 May 2024 the RCC held a meeting in Skopje. Officers responsible for the border with Serbia met.")
    assert r.participant_countries == []


def test_and_for_the_first_time_from_continues_list():
    r = _rec(
        "On 3 May 2024 the RCC held a meeting in Skopje. Senior officials from Albania and Serbia, and for the "
        "first time from Kosovo*, reported on it."
    )
    assert r.participant_countries == ["AL", "RS", "XK"]


def test_later_from_in_another_clause_is_no_list_item():
    r = _rec(
        "On 3 May 2024 the RCC held a meeting in Skopje. Officials from Albania met and then returned from Serbia."
    )
    assert r.participant_countries == ["AL"]


def test_host_minister_joins_named_host_ministry():
    r = _rec(
        "On 3 May 2024 the RCC and the Ministry of Health of Montenegro organised a conference in Budva. Minister "
        "of Health Dr. Jelena Bošković welcomed officials from the national drug observatories of Albania and "
        "Serbia."
    )
    assert r.participant_orgs == ["Ministry of Health of Montenegro"]
    assert r.participant_countries == ["ME", "AL", "RS"]


def test_minister_is_not_merged_into_a_guest_countrys_ministry():
    r = _rec(
        "On 3 May 2024 the Ministry of Interior of Serbia sent a delegation to Tirana. Minister of Interior "
        "Mr. Ervin Hoxha welcomed the delegation in Tirana."
    )
    assert r.participant_orgs == ["Ministry of Interior of Serbia", "Ministry of Interior"]


def test_acronym_of_country_merges_into_long_name():
    r = _rec(
        "Tirana, 27/02/2024 – The Financial Intelligence Unit of Montenegro and the Albanian State Police today "
        "signed a memorandum. It was signed by the Head of the FIU of Montenegro, Ms. Milena Radonjić."
    )
    assert r.participant_orgs == ["Financial Intelligence Unit of Montenegro", "Albanian State Police"]


def test_other_acronym_stays_apart():
    r = _rec(
        "On 3 May 2024 the RCC held a meeting in Skopje with the Financial Intelligence Unit of Montenegro and "
        "the PD of Montenegro."
    )
    assert r.participant_orgs == ["Financial Intelligence Unit of Montenegro", "PD of Montenegro"]
