"""General place and dateline patterns: field-office names, online events, tours of several cities, venues
named after their town, signings with a date, bilingual Kosovo names and border crossings."""

from __future__ import annotations

import pytest

from iisg_graph.extract.dates import event_date
from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.places import event_place


def _place(title: str, body: str) -> tuple[str | None, str | None]:
    text = f"{title}\n\n{body}"
    lead_end = text.find(". ", len(title) + 2) + 1 or len(text)
    place = event_place(text, len(title), len(title) + 2, gazetteer(), lead_end)
    return place.city, place.country


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "OSCE Mission to Podgorica supports border police training",
            "The training took place at the Border Police Station in Bar on 3 May 2023.",
            ("Bar", "ME"),
        ),
        (
            "Workshop on risk analysis",
            "The EU Delegation in Sarajevo funded a workshop held in Mostar for customs officers.",
            ("Mostar", "BA"),
        ),
        (
            "Cybercrime experts meet",
            "The Embassy of Italy in Tirana supported the meeting, which took place in Durrës.",
            ("Durrës", "AL"),
        ),
        (
            "Regional meeting on migration",
            "The Director of the MARRI Regional Centre in Skopje opened the meeting in Ohrid.",
            ("Ohrid", "MK"),
        ),
        (
            "Coordinators meet",
            "Staff of the RCC Secretariat in Sarajevo travelled to Budva, where the meeting was held.",
            ("Budva", "ME"),
        ),
        (
            "Border police chiefs visit the EU Delegation",
            "A delegation of the Border Police visited the EU Delegation in Sarajevo on 2 March 2023.",
            ("Sarajevo", "BA"),
        ),
        (
            "Training for investigators",
            "The course was held at the OSCE Training Centre in Danilovgrad on 4 April 2023.",
            ("Danilovgrad", "ME"),
        ),
    ],
)
def test_city_in_an_office_name_is_no_venue(title: str, body: str, want: tuple[str, str]) -> None:
    assert _place(title, body) == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Regional meeting on smuggling",
            "The MARRI Regional Centre organised an online expert meeting on 2 June 2021 in Skopje time.",
            (None, None),
        ),
        (
            "Heads of units meet",
            "The heads of units met online on 3 March 2021 with the Secretariat in Vienna.",
            (None, None),
        ),
        ("Coordinators convene by video conference", "Coordinators from Tirana and Belgrade took part.", (None, None)),
        (
            "Hybrid meeting of the Steering Group",
            "The online and in-person meeting was held in Tirana on 5 May 2022.",
            ("Tirana", "AL"),
        ),
        (
            "Online conference on hybrid threats",
            "The Regional Centre in Skopje organised an online conference on hybrid threats on 3 May 2021.",
            (None, None),
        ),
        (
            "Police train on online child abuse",
            "The OSCE held a three-day course in Prizren on investigating online child sexual abuse.",
            ("Prizren", "XK"),
        ),
        (
            "New training tool",
            "An online training platform was presented at a meeting in Podgorica.",
            ("Podgorica", "ME"),
        ),
    ],
)
def test_online_event_has_no_place(title: str, body: str, want: tuple[str | None, str | None]) -> None:
    assert _place(title, body) == want


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Border police on study visit",
            "In Munich and Berlin the delegation met federal police officers.",
            (None, "DE"),
        ),
        ("Study tour", "The officers visited Split, Zadar and Rijeka to learn about coast guard work.", (None, "HR")),
        ("Exchange visit", "In Ljubljana and Zagreb the experts met their counterparts.", (None, None)),
        ("Meeting", "The meeting in Tirana and the later visit to Durrës were a success.", ("Tirana", "AL")),
    ],
)
def test_several_cities_give_no_city(title: str, body: str, want: tuple[str | None, str | None]) -> None:
    assert _place(title, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Interior ministers met at Laxenburg Castle near Vienna on 12 May 2024.", ("Laxenburg", "AT")),
        ("The leaders gathered in Kranj, near Ljubljana, for the summit.", ("Kranj", "SI")),
        ("The talks took place at the Bled Hotel, on the lake.", ("Bled", "SI")),
        ("Ministers discussed the Berlin Process in Podgorica.", ("Podgorica", "ME")),
        ("Officials of DG NEAR in Brussels met the Secretariat.", ("Brussels", "BE")),
    ],
)
def test_venue_after_town_and_near(body: str, want: tuple[str, str]) -> None:
    assert _place("Ministers meet", body) == want


def test_signing_with_a_date_in_the_lead() -> None:
    body = (
        "The police chiefs of the three countries signed on March 3rd, 2021 in Bitola a memorandum on joint "
        "patrols. The patrols were first discussed in Skopje."
    )
    assert _place("Three countries sign memorandum on joint patrols", body) == ("Bitola", "MK")
    body = "Joint patrols were first piloted in Ohrid. The chiefs met again, in Struga, to sign a protocol."
    assert _place("Police chiefs meet", body) == ("Struga", "MK")
    body = "The ministers signed today in Cetinje an agreement on readmission."
    assert _place("Montenegro and Serbia sign readmission agreement", body) == ("Cetinje", "ME")
    body = "The agreement signed in Vienna in 2019 was reviewed at the meeting held on Monday in Zagreb."
    assert _place("Talks on the agreement", body) == ("Zagreb", "HR")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The workshop was held in Vushtrri/Vučitrn on 3 May 2023.", ("Vushtrri", "XK")),
        ("Police officers met in Mitrovicë/Mitrovica to discuss community policing.", ("Mitrovicë", "XK")),
        ("The steering group met in Korçë/Tirana.", (None, None)),
    ],
)
def test_bilingual_slash_name_is_one_place(body: str, want: tuple[str | None, str | None]) -> None:
    assert _place("Community policing", body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The handover took place at the Kakavijë border crossing point.", ("Kakavijë", "AL")),
        ("Joint patrols started at the Hani i Hotit border crossing with Montenegro.", ("Hani i Hotit", "AL")),
        ("A new reception point opened at Božaj.", ("Božaj", "ME")),
        ("Officers were trained at the Batrovci border crossing.", ("Batrovci", "RS")),
        ("The equipment was delivered to the Bajakovo crossing point.", ("Bajakovo", "HR")),
        ("Ministers met at the Jarinje crossing.", ("Jarinje", "XK")),
        ("Border guards met at Kapitan Andreevo.", ("Kapitan Andreevo", "BG")),
        ("The training took place in Gradiška.", ("Gradiška", "BA")),
        ("The federal police hosted the course at its academy in Lübeck.", ("Lübeck", "DE")),
    ],
)
def test_border_crossings_and_towns(body: str, want: tuple[str, str]) -> None:
    assert _place("Border management", body) == want


def test_bilingual_dateline_is_no_event_date() -> None:
    title = "Police trained on cybercrime"
    body = "PRISHTINË/PRIŠTINA, 9 June 2023 – The training was held from 5 to 7 June 2023 in Gjilan."
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    d = event_date(text, start, [(0, len(title)), (start, len(text))])
    assert (str(d.start), str(d.end)) == ("2023-06-05", "2023-06-07")
    body = "SKOPJE/SHKUP, 9 June 2023 – Police officers met today."
    text = f"{title}\n\n{body}"
    d = event_date(text, start, [(0, len(title)), (start, len(text))])
    assert (str(d.start), d.end) == ("2023-06-09", None)
