"""Round 2 actor and country fixes: leaders and singular advisers as country triggers, plural acronym bodies,
plural "Offices of the Presidents", known acronyms not merged into unlisted parts, state presidencies, host
ministers' countries, units counted as their parents."""

from __future__ import annotations

from iisg_graph.extract.bodies import is_chair as _is_chair
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import OrgEntity
from iisg_graph.extract.pipeline import extract_item
from loaders.base import SourceItem


def _rec(title: str, body: str):
    return extract_item(SourceItem(title=title, body=body, uri="feed.txt#item=1"))


def test_presidents_list_takes_part() -> None:
    r = _rec(
        "Leaders' summit in Tirana",
        "On 3 May 2024 the presidents of Montenegro, Serbia and Kosovo took part in a summit in Tirana.",
    )
    assert sorted(r.participant_countries) == ["ME", "RS", "XK"]


def test_singular_adviser_from_country() -> None:
    r = _rec(
        "Project launch in Podgorica",
        "On 3 May 2024 a project was launched in Podgorica. Ms. Petra Horvat, Senior Adviser from Slovenia, "
        "presented the work plan.",
    )
    assert "SI" in r.participant_countries


def test_plural_acronym_bodies_are_distributed() -> None:
    r = _rec(
        "Meeting of financial intelligence units in Budva",
        "On 3 May 2024 representatives of the NCBs of Albania, Serbia and Montenegro met in Budva.",
    )
    assert sorted(r.participant_orgs) == ["NCB of Albania", "NCB of Montenegro", "NCB of Serbia"]
    assert sorted(r.participant_countries) == ["AL", "ME", "RS"]


def test_plural_acronym_of_non_bodies_names_none() -> None:
    r = _rec(
        "Civil society meeting in Skopje",
        "On 3 May 2024 representatives of the NGOs of Albania and Serbia met in Skopje.",
    )
    assert r.participant_orgs == []
    assert sorted(r.participant_countries) == ["AL", "RS"]


def test_offices_of_the_presidents_are_distributed() -> None:
    r = _rec(
        "Leaders meet in Budva",
        "On 3 May 2024 staff of the Offices of the Presidents of Albania and Serbia met in Budva.",
    )
    assert sorted(r.participant_orgs) == ["Office of the President of Albania", "Office of the President of Serbia"]
    assert sorted(r.participant_countries) == ["AL", "RS"]


def test_known_acronym_not_merged_into_unlisted_secretariat() -> None:
    r = _rec(
        "Europol training in Skopje",
        "On 3 May 2024 Europol organised a training in Skopje for police officers. The Europol Liaison Office "
        "will follow up with the participants.",
    )
    assert r.organisers == ["Europol"]


def test_listed_secretariat_still_takes_its_acronym() -> None:
    r = _rec(
        "Workshop in Budva",
        "On 5 May 2023 the IISG Secretariat organised a workshop with OSCE on IISG border management.",
    )
    assert r.organisers == ["IISG Secretariat"]


def test_state_presidency_is_not_a_chair() -> None:
    gaz = gazetteer()
    state = OrgEntity(name="Presidency of Bosnia and Herzegovina", key="x", country="BA")
    chair = OrgEntity(name="Austrian Presidency of the Forum", key="y", country="AT")
    council = OrgEntity(name="Presidency of the Council of the European Union", key="z")
    assert gaz is not None
    assert (_is_chair(state), _is_chair(chair), _is_chair(council)) == (False, True, True)
    assert _is_chair(OrgEntity(name="Slovenian EU Council Presidency", key="w", country="SI"))


def test_state_presidency_ties_its_country() -> None:
    r = _rec(
        "Leaders meet in Budva",
        "On 3 May 2024 the Chairman of the Presidency of Bosnia and Herzegovina took part in a meeting in Budva.",
    )
    assert r.participant_countries == ["BA"]


def test_host_minister_takes_the_named_event_country() -> None:
    r = _rec(
        "Ministers meet in Vienna",
        "On 3 May 2024 Federal Minister of the Interior Mr. Hans Gruber hosted his counterparts in Vienna under "
        "the Austrian chairmanship of the group.",
    )
    assert "Federal Ministry of the Interior of Austria" in r.organisers
    assert "AT" in r.participant_countries


def test_host_minister_without_named_country_stays_countryless() -> None:
    r = _rec(
        "Ministers meet in Vienna",
        "On 3 May 2024 Federal Minister of the Interior Mr. Hans Gruber hosted his counterparts in Vienna.",
    )
    assert "Federal Ministry of the Interior" in r.organisers
    assert "AT" not in r.participant_countries


def test_unit_of_bare_ministry_counts_the_ministry() -> None:
    r = _rec(
        "Exercise in Podgorica",
        "The OSCE Mission to Montenegro, in co-operation with the Ministry of Interior of Montenegro, held an "
        "exercise on 3 May 2024 in Podgorica. Officers of the Department for Border Security of the Ministry "
        "took part.",
    )
    assert "Department for Border Security of the Ministry" not in r.participant_orgs
    assert "Ministry of Interior of Montenegro" in r.participant_orgs
    assert r.participant_countries == ["ME"]


def test_unit_of_named_police_counts_the_police() -> None:
    r = _rec(
        "Roundtable in Tirana",
        "On 3 May 2024 the Albanian State Police held a roundtable in Tirana. It gathered officers of the Border "
        "and Migration Department of the Albanian State Police and staff of UNODC.",
    )
    assert r.organisers == ["Albanian State Police"]
    assert sorted(r.participant_orgs) == ["Albanian State Police", "UNODC"]
    assert r.participant_countries == ["AL"]


def test_unit_of_parent_named_only_inside_stays() -> None:
    r = _rec(
        "Roundtable in Tirana",
        "On 3 May 2024 a roundtable in Tirana gathered officers of the Border and Migration Department of the "
        "Albanian State Police and staff of UNODC.",
    )
    assert sorted(r.participant_orgs) == ["Border and Migration Department of the Albanian State Police", "UNODC"]
    assert r.participant_countries == ["AL"]


def test_named_ministers_paired_with_listed_countries() -> None:
    r = _rec(
        "Trilateral agreement signed",
        "Ministers of interior of Serbia, Montenegro and Albania, Mr. Petar Jovanović, Mr. Marko Vuković and "
        "Mr. Arben Hoxha, signed on 3 May 2024 in Budva an agreement on police cooperation.",
    )
    assert sorted(r.participant_orgs) == [
        "Ministry of Interior of Albania",
        "Ministry of Interior of Montenegro",
        "Ministry of Interior of Serbia",
    ]
    assert [(p.name, p.org) for p in r.people][:1] == [("Petar Jovanović", "Ministry of Interior of Serbia")]


def test_ministers_count_mismatch_pairs_none() -> None:
    r = _rec(
        "Trilateral agreement signed",
        "Ministers of interior of Serbia, Montenegro and Albania, Mr. Petar Jovanović and Mr. Marko Vuković, "
        "signed on 3 May 2024 in Budva an agreement on police cooperation.",
    )
    assert r.participant_orgs == []
    assert sorted(r.participant_countries) == ["AL", "ME", "RS"]
