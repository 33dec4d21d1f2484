"""Organisation names cut, joined and kept right: general patterns of the domain's press releases.

Leading rank words that begin a body's name, "and" inside and between names, "of <country>" tails, job
titles and documents written like bodies, meeting forums against standing committees, acronyms that name no
organisation, bare gazetteer nouns.
"""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgnames import not_org_acronyms
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors of the General Prosecutor's Office of North Macedonia attended.",
            ["General Prosecutor's Office of North Macedonia"],
        ),
        (
            "A representative of the General Prosecutor Office of Albania spoke.",
            ["General Prosecutor Office of Albania"],
        ),
        (
            "The General Police Directorate of Montenegro hosted the meeting.",
            ["General Police Directorate of Montenegro"],
        ),
        (
            "Experts from the General Directorate of Customs of Albania attended.",
            ["General Directorate of Customs of Albania"],
        ),
        (
            "The General Secretariat of the Council of the EU took part.",
            ["General Secretariat of the Council of the EU"],
        ),
        (
            "The State Border Service of Bosnia and Herzegovina hosted the exercise.",
            ["State Border Service of Bosnia and Herzegovina"],
        ),
        ("The State Commission for Border Control coordinated the exercise.", ["State Commission for Border Control"]),
    ],
)
def test_rank_word_that_begins_a_body_name_is_kept(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The workshop was opened by the General Police Director of Albania.", []),
        ("The Director General of the Police Directorate spoke.", ["Police Directorate"]),
        ("Ms Vera Kos, State Secretary at the Ministry of Interior, opened it.", ["Ministry of Interior"]),
        ("The Secretary General of the Ministry of Interior of Serbia opened the meeting.", []),
    ],
)
def test_rank_word_of_a_person_is_not_part_of_a_name(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Students of the Academy of Criminalistic and Police Studies in Belgrade attended.",
            ["Academy of Criminalistic and Police Studies"],
        ),
        (
            "Lecturers came from the Faculty of Security and Criminal Justice in Maribor.",
            ["Faculty of Security and Criminal Justice"],
        ),
        # a complete second name after "and" is still split off
        (
            "The Ministry of Interior and Police Directorate of Montenegro took part.",
            ["Ministry of Interior", "Police Directorate of Montenegro"],
        ),
    ],
)
def test_and_inside_a_field_of_study(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Agency for Education of Police Cadets of Serbia hosted the training.",
            ["Agency for Education of Police Cadets of Serbia"],
        ),
        (
            "Mr Petar Ilic, Director of the Agency for Education of Police Cadets, welcomed the guests.",
            ["Agency for Education of Police Cadets"],
        ),
    ],
)
def test_plural_noun_after_an_inner_head_ends_the_name(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers of the border police of Serbia and Montenegro and of the Customs Administration of North "
            "Macedonia attended.",
            ["Customs Administration of North Macedonia"],
        ),
        (
            "The course was supported by the Kingdom of Norway and the Federal Foreign Office of Germany.",
            ["Federal Foreign Office of Germany"],
        ),
        (
            "The course was financed by the Ministry of Foreign Affairs of Norway and the Swiss Confederation.",
            ["Ministry of Foreign Affairs of Norway"],
        ),
        (
            "Representatives of Albania and the Ministry of Interior of Kosovo met.",
            ["Ministry of Interior of Kosovo"],
        ),
    ],
)
def test_and_between_a_plain_name_and_an_organisation(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Jan Novak, Head of Mission of the OSCE Mission to Serbia, spoke.", ["OSCE Mission to Serbia"]),
        ("Ms Ana Rossi, UNHCR Head of Office in Sarajevo, presented the findings.", ["UNHCR"]),
        ("Ms Ana Rossi, Head of Unit for Western Balkans in DG HOME, spoke.", ["DG HOME"]),
        ("Mr Ivo Ivic, Chief of Staff of the Minister of Interior, spoke.", []),
        ("Ms Ema Lee, OSCE Project Manager, presented the results.", ["OSCE"]),
        ("Ms Ema Lee, DCAF Programme Coordinator, presented the results.", ["DCAF"]),
        (
            "Ms Ema Lee, Programme Coordinator of the DCAF Border Security Programme, spoke.",
            ["DCAF Border Security Programme"],
        ),
        ("The group met the Europol Liaison Officer and the CEPOL Programme Manager.", ["Europol", "CEPOL"]),
    ],
)
def test_job_titles_are_not_organisations(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delegates of the Ministry of Security of Bosnia and Herzegovina took part.",
            ["Ministry of Security of Bosnia and Herzegovina"],
        ),
        ("Participants of the Ministry of Interior of Albania attended.", ["Ministry of Interior of Albania"]),
        # several ministries in the plural: listed one by one by the pipeline, never one name
        ("Delegates of the Ministries of Interior of Albania and Serbia attended.", []),
    ],
)
def test_person_plurals_before_an_organisation(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Action Plan of the Ministry of Interior of Serbia was presented.", ["Ministry of Interior of Serbia"]),
        ("The Annual Report of Europol was presented.", ["Europol"]),
        ("The RCC Work Programme for 2024 was adopted.", []),
    ],
)
def test_documents_are_not_organisations(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The RAI Regional Support Group met in Sarajevo.",
        "The Regional Support Group of the counter-terrorism initiative met in Tirana.",
        "The PCC SEE Expert Working Group met in Vienna.",
        "The Steering Committee of the EU4Security project met.",
        "The Steering Board of the project met in Tirana.",
        "The SELEC Annual Assembly opened in Bucharest.",
        "The Joint Cooperation Committee of SELEC met.",
    ],
)
def test_meeting_forums_are_not_organisations(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The National Committee for Countering Violent Extremism met.",
            ["National Committee for Countering Violent Extremism"],
        ),
        (
            "The Inter-ministerial Committee for Combating Terrorism organised a seminar.",
            ["Inter-ministerial Committee for Combating Terrorism"],
        ),
        (
            "The Committee for the Protection of Personal Data hosted the event.",
            ["Committee for the Protection of Personal Data"],
        ),
    ],
)
def test_standing_committees_are_organisations(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_pillar_code_is_not_an_acronym_of_the_iisg() -> None:
    (ent,) = find_orgs("Pillar 3 of the IISG (WBBSi) was presented.", gazetteer())
    assert (ent.name, ent.key) == ("IISG", "iisg")
    assert {"WBCTi", "WBCSCi", "WBBSi", "DNA", "PNR"} <= not_org_acronyms(gazetteer())


def test_common_acronyms_name_no_organisation() -> None:
    assert _names("Experts compared the exchange of DNA profiles and of PNR data under the SIS.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Data Protection Supervisor (EDPS) and Eurostat attended.", ["EDPS", "Eurostat"]),
        ("Experts from Eurostat, ENISA and the EDPS attended with C-PROC.", ["Eurostat", "ENISA", "EDPS", "C-PROC"]),
        (
            "It was supported by the Council of Europe Cybercrime Programme Office.",
            ["Council of Europe Cybercrime Programme Office"],
        ),
    ],
)
def test_eu_and_international_bodies_known(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commission members from Serbia and Montenegro attended.", []),
        ("The Commission opened the conference.", []),
        (
            "The European Commission opened the conference; the Commission said it would fund it.",
            ["European Commission"],
        ),
    ],
)
def test_bare_commission_only_where_the_text_names_the_european_commission(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_bare_commission_is_a_mention_of_the_named_one() -> None:
    (ent,) = find_orgs("The European Commission opened the conference; the Commission said so.", gazetteer())
    assert [m.text for m in ent.mentions] == ["European Commission", "the Commission"]
