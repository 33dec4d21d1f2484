"""The hard cases of resolution, one test each, on small hand-made records."""

from __future__ import annotations

import datetime as dt

from iisg_graph.model.build import build_batch, source_id
from iisg_graph.model.ids import fold
from iisg_graph.model.records import MeetingRecord, PersonMention
from iisg_graph.resolve.decisions import Decisions
from iisg_graph.resolve.resolver import FullResolver


def rec(title: str, **kw: object) -> MeetingRecord:
    people = [PersonMention(**p) if isinstance(p, dict) else p for p in kw.pop("people", [])]  # type: ignore[union-attr]
    return MeetingRecord(title=title, people=people, **kw)


def prepared(*records: MeetingRecord, decisions: Decisions | None = None) -> FullResolver:
    resolver = FullResolver(decisions or Decisions())
    resolver.prepare([(r, source_id(r)) for r in records])
    return resolver


def person_id(resolver: FullResolver, record: MeetingRecord, n: int = 0) -> str:
    return resolver.person(record.people[n], record).id


# -- folding and honorifics ------------------------------------------------------------------------
def test_diacritics_and_honorifics_fold_to_one_person() -> None:
    a = rec("Meeting in Banja Luka", people=[{"name": "Siniša Kostrešević", "org": "Police Directorate of "
                                                                                      "Republika Srpska"}])
    b = rec("Second meeting", people=[{"name": "Mr. Sinisa Kostresevic"}])
    r = prepared(a, b)
    assert person_id(r, a) == person_id(r, b) == "person-sinisa-kostresevic"
    entity = r.person(b.people[0], b)
    assert entity.props["name"] == "Siniša Kostrešević"  # the form with diacritics is the display name
    assert entity.props["honorific"] == "Mr."


def test_transliteration_variants_are_one_person() -> None:
    a = rec("MARRI visit", people=[{"name": "Sashko Kocev", "org": "MARRI Regional Centre"}])
    b = rec("MARRI event", people=[{"name": "Sasko Kocev", "org": "MARRI RC"}])
    r = prepared(a, b)
    assert person_id(r, a) == person_id(r, b)


# -- surname-only mentions -------------------------------------------------------------------------
def test_surname_only_links_with_context() -> None:
    a = rec("Tivat meeting", people=[{"name": "Agron Sojati", "role": "Head of IISG Secretariat",
                                      "org": "IISG Secretariat"}])
    b = rec("Workshop", people=[{"name": "Mr. Sojati", "org": "IISG Secretariat"}])
    r = prepared(a, b)
    assert person_id(r, b) == person_id(r, a) == "person-agron-sojati"


def test_surname_only_stays_apart_without_context() -> None:
    a = rec("Tivat meeting", people=[{"name": "Agron Sojati", "org": "IISG Secretariat"}])
    b = rec("Unrelated conference", people=[{"name": "Mr. Sojati", "org": "UNODC"}])
    r = prepared(a, b)
    assert person_id(r, b) != person_id(r, a)
    assert any(m.raw == "Mr. Sojati" for m, _ in r.people.unlinked)


def test_initial_and_surname_links_in_the_same_item() -> None:
    a = rec("Visit", people=[{"name": "Siniša Kostrešević"}, {"name": "S. Kostrešević", "role": "Director"}])
    r = prepared(a)
    assert person_id(r, a, 0) == person_id(r, a, 1)


def test_two_people_sharing_a_surname_stay_apart() -> None:
    moi = "Ministry of Interior of Serbia"
    a = rec("Meeting A", people=[{"name": "Marko Petrović", "org": moi}])
    b = rec("Meeting B", people=[{"name": "Mirko Petrović", "org": moi}])
    c = rec("Meeting C", people=[{"name": "Ana Petrović", "org": moi}, {"name": "Mr. Petrović", "org": moi}])
    r = prepared(a, b, c)
    ids = {person_id(r, a), person_id(r, b), person_id(r, c, 0)}
    assert len(ids) == 3
    # the surname-only mention has three candidates at the same ministry: it links to none of them
    assert person_id(r, c, 1) not in ids
    assert any(cand.score >= 85 and not cand.merged for cand in r.people.candidates)


def test_near_spelling_merges_only_with_shared_organisation() -> None:
    a = rec("A", people=[{"name": "Ardi Veli", "org": "Albanian State Police"}])
    b = rec("B", people=[{"name": "Ardi Veliu", "org": "State Police of Albania"}])
    c = rec("C", people=[{"name": "Ardi Velia", "org": "UNODC"}])
    r = prepared(a, b, c)
    assert person_id(r, a) == person_id(r, b)
    assert person_id(r, c) != person_id(r, a)


# -- organisations ---------------------------------------------------------------------------------
def test_ministry_forms_are_one_ministry() -> None:
    forms = ["Ministry of Interior of Italy", "Italian Ministry of Interior", "Italian MoI",
             "Italy's Ministry of the Interior", "Ministry of the Interior of the Italian Republic",
             "Italian Interior Ministry"]
    r = prepared(rec("x", participant_orgs=forms))
    record = rec("x")
    assert {r.actor(f, record).id for f in forms} == {"org-ministry-interior-it"}
    assert r.actor("Ministry of Internal Affairs of North Macedonia", record).id == "org-ministry-interior-mk"
    assert r.actor("Italian Ministry of Foreign Affairs", record).id != "org-ministry-interior-it"


def test_acronym_long_form_and_variants() -> None:
    r = prepared()
    record = rec("x")
    assert r.actor("DG NEAR", record).id == r.actor(
        "Directorate-General for Neighbourhood and Enlargement Negotiations", record).id == "org-dg-near"
    assert r.actor("OBSE", record).id == r.actor("OSCE", record).id == "org-osce"
    assert r.actor("Regional Cooperation Council (RCC)", record).id == "org-rcc"


def test_unknown_organisation_gets_a_stable_id() -> None:
    record = rec("x")
    a = prepared().actor("The Balkan Centre for Civic Resilience", record)
    b = prepared().actor("Balkan Center for Civic Resilience", record)
    assert a.id == b.id == "org-balkan-center-for-civic-resilience"


def test_country_as_actor() -> None:
    record = rec("x", funders=["Austria", "Federal Republic of Germany", "Kosovo*"])
    r = prepared(record)
    assert [r.actor(n, record).label for n in record.funders] == ["Country"] * 3
    assert [r.actor(n, record).id for n in record.funders] == ["AT", "DE", "XK"]
    batch = build_batch([record], r)
    assert ("FUNDED", "AT", next(k[2] for k in batch.rels if k[0] == "FUNDED")) in batch.rels


def test_ambiguous_acronym_resolved_by_context() -> None:
    anti_corruption = rec("Anti-corruption roadmap stock-take", organisers=["RCC", "RAI"])
    broadcaster = rec("Journalists' training on organised crime reporting", participant_orgs=["RAI"],
                      participant_countries=["IT"], text="RAI television journalists took part.")
    r = prepared(anti_corruption, broadcaster)
    assert r.actor("RAI", anti_corruption).id == "org-rai"
    assert r.actor("RAI", broadcaster).id == "org-rai-radiotelevisione-italiana"


def test_bare_ministry_is_kept_to_its_item_unless_context_places_it() -> None:
    a = rec("Interior ministers meet", participant_orgs=["Ministry of Interior", "Ministry of Interior of Spain"])
    b = rec("Another meeting", participant_orgs=["Ministry of Interior"])
    c = rec("Visit", people=[{"name": "Taulant Balla", "role": "Albania's interior minister",
                              "org": "Ministry of Interior"}])
    r = prepared(a, b, c)
    ids = {r.actor("Ministry of Interior", x).id for x in (a, b)}
    assert len(ids) == 2 and "org-ministry-interior-es" not in ids
    assert r.actor("Ministry of Interior", c).id == "org-ministry-interior-al"


def test_chairmanship_completed_from_co_named_forum() -> None:
    a = rec("Expert Working Group", start_date=dt.date(2016, 3, 17),
            organisers=["Moldovan PCC SEE Chairmanship-in-Office", "PCC SEE Secretariat"])
    b = rec("Annual meeting", start_date=dt.date(2016, 4, 20),
            organisers=["MARRI", "PCC SEE Secretariat", "Moldovan Chairmanship"])
    c = rec("Unrelated", start_date=dt.date(2016, 5, 1), organisers=["Moldovan Chairmanship", "RCC"])
    r = prepared(a, b, c)
    assert r.actor("Moldovan Chairmanship", b).id == r.actor(a.organisers[0], a).id == "org-chair-pcc-see-md"
    assert r.actor("Moldovan Chairmanship", c).id != "org-chair-pcc-see-md"


# -- events ------------------------------------------------------------------------------------------
def test_two_reports_of_one_meeting_are_one_event() -> None:
    day = dt.date(2018, 7, 18)
    a = rec("Border police chiefs meet in Tirana", start_date=day, end_date=dt.date(2018, 7, 19),
            city="Tirana", country="AL", organisers=["DCAF Border Security Programme"],
            participant_orgs=["Albanian State Police", "Frontex"], source={"uri": "https://a.example/1"})
    b = rec("Adriatic route tops the agenda of border chiefs in Tiranë", start_date=dt.date(2018, 7, 19),
            city="Tiranë", country="AL", participant_orgs=["FRONTEX", "ASP"], source={"uri": "https://b.example/2"})
    other = rec("Border police chiefs meet in Tirana", start_date=dt.date(2019, 7, 18), city="Tirana",
                country="AL", organisers=["DCAF Border Security Programme"])
    r = prepared(a, b, other)
    assert r.event(a, source_id(a)) == r.event(b, source_id(b)) != r.event(other, source_id(other))
    batch = build_batch([a, b], r)
    reported = [k for k in batch.rels if k[0] == "REPORTED_IN"]
    assert len({k[1] for k in reported}) == 1 and len(reported) == 2


def test_different_ordinals_are_different_events() -> None:
    day = dt.date(2024, 11, 7)
    a = rec("Ninth Regional Security Coordination Conference", start_date=day, city="Sarajevo", country="BA",
            organisers=["RCC"])
    b = rec("10th Regional Security Coordination Conference", start_date=day, city="Sarajevo", country="BA",
            organisers=["RCC"])
    r = prepared(a, b)
    assert r.event(a, source_id(a)) != r.event(b, source_id(b))


# -- roles -------------------------------------------------------------------------------------------
def test_role_mention_resolves_to_the_holder_at_that_date() -> None:
    a = rec("Tivat", start_date=dt.date(2023, 3, 9), participant_orgs=["IISG Secretariat"],
            people=[{"name": "Agron Sojati", "role": "Head of IISG Secretariat", "org": "IISG Secretariat"}])
    b = rec("Budva", start_date=dt.date(2023, 9, 5),
            people=[{"name": "Agron Sojati", "role": "Head of Secretariat", "org": "IISG Secretariat"}])
    c = rec("IISG HoS meeting with DG NEAR", start_date=dt.date(2023, 9, 12),
            participant_orgs=["DG NEAR", "IISG Secretariat"], people=[{"name": "HoS"}])
    d = rec("Old meeting", start_date=dt.date(2015, 1, 10), participant_orgs=["IISG Secretariat"],
            people=[{"name": "the Head of IISG Secretariat"}])
    r = prepared(a, b, c, d)
    assert person_id(r, c) == "person-agron-sojati"
    assert person_id(r, d) != "person-agron-sojati"  # years before anyone is known in the role


def test_fold_is_the_shared_normaliser() -> None:
    assert fold("Đorđe  Đukić") == "dorde dukic"
