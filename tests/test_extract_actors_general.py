"""Actors in general patterns of the domain's prose, on sentences written for these tests.

Organisers whose own officials take part (and the countries they then show), a ministry named in full once
and bare later, role spans that point at the role's words, a country in possessive position before an
organisation, given names that are also place names, topic phrases that are no names, organisations that a
dropped word makes different, and a signing reported in the title and lead as the event's place.
"""

from __future__ import annotations

import pytest

from iisg_graph.extract import extract_item
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs
from iisg_graph.extract.people import PersonFound, find_people
from iisg_graph.extract.places import event_place
from iisg_graph.extract.textutil import sentences
from loaders.base import SourceItem


def _item(title: str, body: str):
    item = SourceItem(title=title, body=body, uri="test.txt#item=1")
    return extract_item(item), item.text


def _people(body: str) -> tuple[list[PersonFound], str]:
    text = f"News\n\n{body}"
    gaz = gazetteer()
    return find_people(text, sentences(text), find_orgs(text, gaz), gaz), text


def _person(people: list[PersonFound], name: str) -> PersonFound:
    return next(p for p in people if p.name == name)


# A. An organiser whose officials speak or attend takes part, and a national one shows its country.


def test_hosting_ministry_whose_official_presents_shows_its_country() -> None:
    r, _ = _item(
        "Regional seminar on airport security in Skopje",
        "On 3 May 2023 the Ministry of Interior of North Macedonia hosted a regional seminar on airport security in "
        "Skopje, co-organised by the Austrian Federal Criminal Police Office. Police officers from Albania and Serbia "
        "took part. Mr. Petar Ristovski (Ministry of Interior of North Macedonia) presented the national plan.",
    )
    assert r.organisers == ["Ministry of Interior of North Macedonia", "Austrian Federal Criminal Police Office"]
    assert "Ministry of Interior of North Macedonia" in r.participant_orgs
    assert r.participant_countries == ["MK", "AL", "RS"]


def test_foreign_police_organiser_whose_head_speaks_shows_its_country() -> None:
    r, _ = _item(
        "Workshop on cocaine trafficking in Budva",
        "On 10 June 2022 the BKA organised a workshop on cocaine trafficking in Budva. Investigators from Montenegro "
        "and Albania took part. Dr. Anna Keller, Head of the BKA's drugs unit, presented recent seizures.",
    )
    assert r.organisers == ["BKA"]
    assert r.participant_orgs == ["BKA"]
    assert r.participant_countries == ["DE", "ME", "AL"]


def test_secretariat_organiser_taking_part_adds_no_country() -> None:
    r, _ = _item(
        "Pillar meeting in Tirana",
        "On 7 March 2023 the IISG Secretariat organised the pillar meeting in Tirana. Representatives of Serbia "
        "attended. Mr. Agim Dervishi, Head of the IISG Secretariat, opened the meeting.",
    )
    assert r.organisers == ["IISG Secretariat"]
    assert r.participant_orgs == ["IISG Secretariat"]
    assert r.participant_countries == ["RS"]


def test_development_agency_organiser_taking_part_adds_no_country() -> None:
    r, _ = _item(
        "Training for prosecutors in Sarajevo",
        "On 2 February 2021 GIZ organised a training for prosecutors in Sarajevo. Mr. Jonas Weber, Head of the GIZ "
        "regional project, opened the training.",
    )
    assert r.organisers == ["GIZ"]
    assert "DE" not in r.participant_countries


def test_ministers_named_only_as_initiators_show_no_country() -> None:
    r, _ = _item(
        "Conference on migration in Vienna",
        "On the initiative of Austrian Interior Minister Karl Hofer, a conference on migration was convened in "
        "Vienna. Ministers of Albania and Serbia took part.",
    )
    assert r.organisers == ["Ministry of Interior of Austria"]
    assert r.participant_countries == ["AL", "RS"]


def test_inviting_minister_who_speaks_later_by_surname_shows_his_country() -> None:
    r, _ = _item(
        "Ministerial conference in Vienna",
        "At the invitation of the Austrian Federal Minister of the Interior, Karl Hofer, ministers of Albania and "
        "Serbia gathered in Vienna on 3 March 2023. Minister Hofer called for faster returns.",
    )
    assert r.organisers == ["Federal Ministry of the Interior of Austria"]
    assert r.participant_countries == ["AT", "AL", "RS"]
    hofer = next(p for p in r.people if p.name == "Karl Hofer")
    assert hofer.attendance == "speaker"


# B. A bare ministry after the ministry named in full is that ministry.


def test_bare_ministry_in_a_role_is_the_ministry_named_before() -> None:
    r, _ = _item(
        "Counter-terrorism group meets in Skopje",
        "On 14 March 2023 the IISG Secretariat and the Ministry of Interior of North Macedonia jointly organised the "
        "group meeting in Skopje. The meeting was opened by Ms. Elena Petrovska, State Secretary at the Ministry of "
        "Interior.",
    )
    assert r.organisers == ["IISG Secretariat", "Ministry of Interior of North Macedonia"]
    assert r.participant_orgs == ["Ministry of Interior of North Macedonia"]
    assert [(p.name, p.org) for p in r.people] == [("Elena Petrovska", "Ministry of Interior of North Macedonia")]
    assert r.participant_countries == ["MK"]


def test_bare_body_in_a_role_is_the_body_named_before_with_its_country() -> None:
    people, _ = _people(
        "The Directorate for Coordination of Police Bodies of Bosnia and Herzegovina hosted the meeting. Mr. Haris "
        "Begić, Director of the Directorate for Coordination of Police Bodies, welcomed the delegations."
    )
    p = _person(people, "Haris Begić")
    assert p.org == "Directorate for Coordination of Police Bodies of Bosnia and Herzegovina"


def test_bare_ministry_stays_open_when_two_ministries_were_named() -> None:
    people, _ = _people(
        "The Ministry of Interior of Albania and the Ministry of Interior of Serbia met. Ms. Ana Kola, Adviser at "
        "the Ministry of Interior, presented the plan."
    )
    assert _person(people, "Ana Kola").org == "Ministry of Interior"


# H. Role spans are the role's words.


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "At the invitation of the Austrian Federal Minister of the Interior, Karl Hofer, ministers met.",
            "Karl Hofer",
            "Austrian Federal Minister of the Interior",
        ),
        (
            "The session was opened by the Head of the IISG Secretariat, Mr. Agim Dervishi, and closed.",
            "Agim Dervishi",
            "Head of the IISG Secretariat",
        ),
        (
            "Mr. Dragan Ilić, the Director of the Serbian Police, said that cooperation works.",
            "Dragan Ilić",
            "Director of the Serbian Police",
        ),
        (
            "On Monday the Head of the EU Delegation to Serbia, H.E. Ambassador Maria Lind, signed the grant.",
            "Maria Lind",
            "Head of the EU Delegation to Serbia",
        ),
    ],
)
def test_role_span_is_the_role_text(body: str, name: str, role: str) -> None:
    people, text = _people(body)
    p = _person(people, name)
    assert p.role == role
    assert p.role_span is not None
    assert text[p.role_span[0] : p.role_span[1]] == role


def test_derived_org_evidence_starts_at_the_role() -> None:
    r, text = _item(
        "Ministers meet in Belgrade",
        "At the invitation of the Austrian Federal Minister of the Interior, Karl Hofer, ministers of Serbia and "
        "Hungary met in Belgrade on 2 May 2023.",
    )
    assert r.organisers == ["Federal Ministry of the Interior of Austria"]
    [(s, e)] = r.evidence["organisers"]
    assert text[s:e] == "Austrian Federal Minister of the Interior, Karl Hofer"


def test_role_read_back_stops_at_the_previous_name() -> None:
    people, _ = _people(
        "Ministers took part, together with the Vice-President of the European Commission, Margaritis Schinas, the "
        "Deputy Executive Director of Frontex, Mr. Lars Berg, and representatives of Europol."
    )
    assert _person(people, "Margaritis Schinas").role == "Vice-President of the European Commission"
    assert _person(people, "Lars Berg").role == "Deputy Executive Director of Frontex"


# I. A country in possessive position before an organisation belongs to it.


def test_possessive_country_before_a_funder_is_no_funder() -> None:
    r, text = _item(
        "Cybercrime workshop in Podgorica",
        "On 5 April 2023 a workshop on cybercrime was held in Podgorica. The workshop was funded by the United "
        "Kingdom's Foreign, Commonwealth and Development Office (FCDO).",
    )
    assert r.funders == ["FCDO"]
    [(s, e)] = r.evidence["funders"]
    assert text[s:e] == "United Kingdom's Foreign, Commonwealth and Development Office"


# K. Given names that are places; topics that are no names; a role that belongs to the previous person.


@pytest.mark.parametrize("given", ["Milan", "Sofia", "Vlora"])
def test_given_name_that_is_a_place_after_an_honorific(given: str) -> None:
    people, _ = _people(f"The Minister of Interior of Serbia, Mr. {given} Jović, met the delegation.")
    assert [p.name for p in people] == [f"{given} Jović"]


def test_place_without_honorific_is_no_given_name() -> None:
    people, _ = _people("Delegates from Milan Police attended the meeting.")
    assert people == []


def test_topic_phrase_in_a_role_is_no_person() -> None:
    people, _ = _people(
        "The National Coordinator for Combating Hybrid Threats, Mr. Arben Hoxha, presented the referral "
        "mechanism. The Head of Integrated Border Management, Ms. Teuta Krasniqi, opened the session."
    )
    assert [(p.name, p.role) for p in people] == [
        ("Arben Hoxha", "National Coordinator for Combating Hybrid Threats"),
        ("Teuta Krasniqi", "Head of Integrated Border Management"),
    ]


def test_second_person_does_not_take_the_first_persons_role() -> None:
    people, _ = _people(
        "The meeting was opened by Mr. Marko Perić, Director General for Police Affairs, and Ms. Ilda Meta, "
        "Project Officer at the IISG Secretariat."
    )
    assert [(p.name, p.role) for p in people] == [
        ("Marko Perić", "Director General for Police Affairs"),
        ("Ilda Meta", "Project Officer at the IISG Secretariat"),
    ]


def test_second_person_without_role_gets_none() -> None:
    people, _ = _people(
        "The meeting was opened by Mr. Marko Perić, Director General for Police Affairs, and Ms. Ilda Meta."
    )
    assert _person(people, "Ilda Meta").role is None


# L. A name that drops a distinguishing word names another organisation.


def test_police_is_not_merged_into_border_police() -> None:
    r, _ = _item(
        "Ministers meet in Belgrade",
        "On 20 February 2023 ministers met in Belgrade and agreed to support the Serbian Border Police. The meeting "
        "was also attended by the Director of the Serbian Police, Mr. Dragan Ilić.",
    )
    assert "Serbian Police" in r.participant_orgs
    assert next(p for p in r.people if p.name == "Dragan Ilić").org == "Serbian Police"


def test_a_generic_qualifier_still_merges() -> None:
    r, _ = _item(
        "Seminar in Siracusa",
        "On 4 May 2022 the Siracusa International Institute organised a seminar in Siracusa. The Siracusa Institute "
        "thanked the speakers.",
    )
    assert r.organisers == ["Siracusa International Institute"]
    assert "Siracusa Institute" not in r.participant_orgs


# M. A signing reported in the title and the lead is the event; a past signing is background.


def _place(title: str, body: str):
    text = f"{title}\n\n{body}"
    sents = sentences(text)
    body_start = len(title) + 2
    lead_end = next(e for s, e in sents if s >= body_start)
    return event_place(text, len(title), body_start, gazetteer(), lead_end)[:2]


def test_signing_in_the_lead_under_a_signing_title_is_the_place() -> None:
    assert _place(
        "EU and Serbia sign grant for police equipment",
        "On 2 March 2022, the Head of the EU Delegation to Serbia, H.E. Ambassador Maria Lind, and the Minister of "
        "Interior of Serbia, Mr. Dragan Ilić, signed in Belgrade a €4 million grant agreement.",
    ) == ("Belgrade", "RS")


def test_past_signing_is_no_place() -> None:
    assert _place(
        "Ministers sign new action plan",
        "Ministers signed in Vienna in 2019 the first plan. The new plan extends it.",
    ) == (None, None)


def test_signing_is_background_when_the_title_reports_another_event() -> None:
    assert _place(
        "Border police chiefs review cooperation",
        "The chiefs reviewed the protocol signed in Skopje and discussed next steps.",
    ) == (None, None)
