"""Round 5: participant countries and the actors that bring them (sentences of our own)."""

from __future__ import annotations

from iisg_graph.extract.pipeline import extract_item
from loaders.base import SourceItem


def _rec(body: str, title: str = "Meeting"):
    """The record of one item made of our own sentences (shared by the later country rounds)."""
    return extract_item(SourceItem(title=title, body=body, uri="t#1"))


def test_singular_coordinator_of_kosovo_asterisk():
    r = _rec("On 3 May 2023 the RCC held a meeting in Sarajevo. The coordinator of Kosovo* joined online.")
    assert r.participant_countries == ["XK"]


def test_land_demonym_is_german_but_not_anglo_saxon():
    r = _rec("On 3 May 2023 the RCC held a meeting in Sarajevo. Participants included the Bavarian Police Academy.")
    assert r.participant_countries == ["DE"]
    assert (
        _rec("On 3 May 2023 the RCC held a meeting in Sarajevo with Anglo-Saxon experts.").participant_countries == []
    )


def test_host_title_names_host_body():
    r = _rec(
        "The General Police Directorate of the Republic of Slovenia hosted, on 23 May 2019, a meeting in Piran. "
        "Director General of the Police Mr. Tomaž Hribar handed over the presidency."
    )
    assert r.participant_countries == ["SI"]
    assert [p.org for p in r.people] == ["General Police Directorate of the Republic of Slovenia"]


def test_host_title_prosecutor_for_crime():
    r = _rec(
        "On 12.06.2023 UNODC, together with the Prosecutor's Office for Organised Crime of the Republic of Serbia, "
        'held a training in Belgrade. "Crypto is bad," said Chief Public Prosecutor for Organised Crime Mr. Ivan Ilić.'
    )
    assert r.participant_countries == ["RS"]


def test_host_parentless_unit_is_hosts():
    r = _rec(
        "From 2 to 4 March 2024, the Albanian State Police hosted in Vlorë a meeting with the Italian Guardia di "
        "Finanza. Mr. Arben Hoxha, Director of the Border and Migration Department, signed the plan."
    )
    assert r.participant_countries == ["AL", "IT"]
    assert r.participant_orgs == ["Albanian State Police", "Italian Guardia di Finanza"]


def test_host_title_not_assigned_when_two_bodies_could_own_it():
    r = _rec(
        "The Albanian State Police hosted, on 23 May 2019, a meeting in Durrës with the Kosovo Police. "
        "Director General of the Police Mr. Ilir Proda opened the meeting."
    )
    assert [p.org for p in r.people] == [None]
    assert r.participant_countries == ["XK"]


def test_represented_by_their_embassies():
    r = _rec(
        "The Slovenian Police hosted on 23 May 2019 a meeting in Piran. Delegations from Albania and Croatia took "
        "part; North Macedonia and San Marino were represented by their embassies in Ljubljana."
    )
    assert r.participant_orgs == ["Embassy of North Macedonia", "Embassy of San Marino"]
    assert sorted(r.participant_countries) == ["AL", "HR", "MK", "SM"]
    none = _rec(
        "The Slovenian Police hosted on 23 May 2019 a meeting in Piran. The guests were represented by their embassies."
    )
    assert none.participant_orgs == []


def test_interleaved_counterparts():
    r = _rec(
        "Vienna, 21 November 2022 – Austrian Minister of Interior Mr. Karl Berger hosted his counterparts from "
        "Hungary, Mr. Béla Tóth, and Serbia, Mr. Marko Ilić, at the Ministry."
    )
    assert [p.org for p in r.people] == [
        "Ministry of Interior of Austria",
        "Ministry of Interior of Hungary",
        "Ministry of Interior of Serbia",
    ]


def test_listed_body_with_seat_brings_country_but_not_a_venue():
    r = _rec(
        "On 10 October 2023 the Ministry of Interior of North Macedonia organised a conference in Ohrid. Participants "
        "included the Police Academy of Albania, the University of Police Studies in Belgrade and others."
    )
    assert sorted(r.participant_countries) == ["AL", "RS"]
    venue = _rec(
        "On 10 October 2023 INTERPOL delivered a course at the Police Academy in Skopje for officers from Albania."
    )
    assert venue.participant_countries == ["AL"]
