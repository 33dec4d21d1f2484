"""Round-3 actor fixes: countries after liaison posts "for", a country name before a role, and a minister's
counterpart heading the same portfolio's ministry of their own country."""

from __future__ import annotations

from iisg_graph.extract.pipeline import extract_item
from loaders.base import SourceItem


def _rec(body: str):
    return extract_item(SourceItem(title="Meeting", body=body, uri="t.txt#item=1"))


def test_liaison_posts_for_countries_take_part() -> None:
    r = _rec("The agency met in The Hague with the Liaison Officers for Kosovo, Montenegro and North Macedonia.")
    assert r.participant_countries == ["XK", "ME", "MK"]


def test_liaison_prosecutors_slash_officers_for() -> None:
    r = _rec("Eurojust received the Liaison Prosecutors/Officers for Albania and Serbia on 3 May 2023.")
    assert sorted(r.participant_countries) == ["AL", "RS"]


def test_contact_points_for_countries() -> None:
    r = _rec("The national contact points for Croatia and Slovenia discussed the new guidelines.")
    assert sorted(r.participant_countries) == ["HR", "SI"]


def test_bare_for_shows_no_country() -> None:
    r = _rec("Experts discussed a new strategy for Albania and Serbia in Vienna.")
    assert r.participant_countries == []


def test_liaison_posts_acting_later_show_no_country() -> None:
    r = _rec("Liaison officers for Austria and Croatia will support the border police next year.")
    assert r.participant_countries == []


def test_country_name_before_minister_ties_the_ministry() -> None:
    r = _rec(
        "The Director visited the crossing point, accompanied by the Kosovo Minister of Internal Affairs, "
        "Mr. Arben Krasniqi."
    )
    assert r.participant_orgs == ["Ministry of Internal Affairs of Kosovo"]
    assert r.participant_countries == ["XK"]


def test_country_name_before_portfolio_minister() -> None:
    r = _rec("The conference was addressed by the Serbia Interior Minister Marko Jovanovic.")
    assert r.participant_orgs == ["Ministry of Interior of Serbia"]
    assert r.people[0].org == "Ministry of Interior of Serbia"


def test_region_name_before_role_names_no_country() -> None:
    r = _rec("The Western Balkans Coordinator Mr. John Miller opened the meeting.")
    assert r.participant_countries == []


def test_demonym_counterpart_heads_same_portfolio() -> None:
    r = _rec(
        "The Greek Minister of Citizen Protection, Mr. Nikos Dimou, met the Minister of Interior of Serbia "
        "on 2 May 2023. The French Minister of Justice, Mr. Paul Martin, today received his Croatian "
        "counterpart, Mr. Ivan Horvat, in Paris."
    )
    horvat = next(p for p in r.people if p.name == "Ivan Horvat")
    assert horvat.org == "Ministry of Justice of Croatia"
    assert "Ministry of Justice of Croatia" in r.participant_orgs
    assert "HR" in r.participant_countries


def test_counterparts_from_list_paired_in_order() -> None:
    r = _rec(
        "The Minister of Interior of Montenegro Mr. Danilo Perovic met his counterparts from Albania and "
        "Serbia, Mr. Ilir Hoxha and Mr. Marko Jovanovic, in Podgorica."
    )
    orgs = {p.name: p.org for p in r.people}
    assert orgs == {
        "Danilo Perovic": "Ministry of Interior of Montenegro",
        "Ilir Hoxha": "Ministry of Interior of Albania",
        "Marko Jovanovic": "Ministry of Interior of Serbia",
    }


def test_security_minister_counterpart_heads_interior() -> None:
    r = _rec(
        "The Minister of Security of Bosnia and Herzegovina Mr. Adnan Hodzic hosted his Croatian counterpart "
        "Mr. Ivan Horvat in Sarajevo."
    )
    assert next(p for p in r.people if p.name == "Ivan Horvat").org == "Ministry of Interior of Croatia"


def test_counterpart_without_minister_anchor_gets_no_ministry() -> None:
    r = _rec("The Director of the Police Academy Mr. Adnan Hodzic hosted his Croatian counterpart Mr. Ivan Horvat.")
    assert next(p for p in r.people if p.name == "Ivan Horvat").org is None
