"""Round-6 organisation names: field lists with commas, region phrases inside names, Latin capitals after an
honorific, known bodies keeping their own name, courses named like schools, envoy bodies "to <country>",
military and gendarmerie heads, new gazetteer bodies."""

from __future__ import annotations

import pytest

from iisg_graph.extract.gazetteer import gazetteer
from iisg_graph.extract.orgs import find_orgs


def _names(text: str) -> list[str]:
    return [e.name for e in find_orgs(text, gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field list with commas stays inside the name when it goes on with "of the <Owner>"
        (
            "Lecturers from the Faculty of Political Science, Sociology and Security Studies of the University of "
            "Skopje joined the training.",
            ["Faculty of Political Science, Sociology and Security Studies of the University of Skopje"],
        ),
        (
            "The Institute of Criminology, Security and Policing of the University of Ljubljana hosted it.",
            ["Institute of Criminology, Security and Policing of the University of Ljubljana"],
        ),
        # negative: a list of bodies (head nouns in it) stays a list
        (
            "Officials of the Ministry of Justice, Border Police and Customs Administration of the Republic of "
            "Albania attended.",
            ["Ministry of Justice", "Border Police", "Customs Administration of the Republic of Albania"],
        ),
        # negative: no "of the <Owner>" after the list
        (
            "The Faculty of Law, Economics and Management of Tirana sent two experts.",
            ["Faculty of Law"],
        ),
    ],
)
def test_field_lists(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The study was written by the Observatory of Organised Crime in the Western Balkans of the Institute "
            "for Security Studies.",
            ["Observatory of Organised Crime in the Western Balkans of the Institute for Security Studies"],
        ),
        (
            "The Office for Cooperation in South Eastern Europe of the Council of Europe hosted the meeting.",
            ["Office for Cooperation in South Eastern Europe of the Council of Europe"],
        ),
        # negative: a town after "in" is a seat, not part of the name
        (
            "The Centre for Security Studies in Sarajevo hosted the meeting.",
            ["Centre for Security Studies"],
        ),
        # negative: no "of the <Org>" after the region
        (
            "The Office for Cooperation in South Eastern Europe met.",
            ["Office for Cooperation"],
        ),
    ],
)
def test_region_inside_names(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_latin_capitals_after_honorific() -> None:
    text = (
        "Speakers included Mr. Željko Šarić of the Croatian Border Police and Dr. Čedomir Ćorić of the Centre for "
        "Security Studies."
    )
    assert _names(text) == ["Croatian Border Police", "Centre for Security Studies"]


def test_ascii_honorific_unchanged() -> None:
    assert _names("Panellists included Ms. Ana Kovač of the Ministry of Justice of Montenegro.") == [
        "Ministry of Justice of Montenegro"
    ]


def test_known_body_keeps_its_own_name() -> None:
    text = (
        "Hedayah, the International Center of Excellence for Countering Violent Extremism, together with the "
        "RCC, organised a workshop."
    )
    assert _names(text) == ["Hedayah", "RCC"]


def test_short_name_then_full_name() -> None:
    # the fuller form still replaces a bare short name that is not the canonical one
    text = "The Marshall Center seminar opened. The George C. Marshall European Center for Security Studies hosted it."
    assert _names(text) == ["George C. Marshall European Center for Security Studies"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Participants attended the third Summer School on Cybercrime in Ohrid.", []),
        ("The Winter Academy brought together young police officers.", []),
        ("Cadets followed the School on Border Management for a week.", []),
        # negative: schools and academies named by their field or owner are bodies
        (
            "Professors from the School of Law of the University of Zagreb attended.",
            ["School of Law of the University of Zagreb"],
        ),
        (
            "The Police Academy and the Academy for Border Police signed it.",
            ["Police Academy", "Academy for Border Police"],
        ),
    ],
)
def test_courses_are_events(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A representative of the Delegation of the European Union to Montenegro also attended the meeting.",
            ["Delegation of the European Union to Montenegro"],
        ),
        ("Officials of the Embassy of Italy to Kosovo attended.", ["Embassy of Italy to Kosovo"]),
        # negative: a visiting delegation of a ministry goes "to" a destination
        ("A Delegation of the Ministry of Security to Austria visited Vienna.", ["Ministry of Security"]),
        # negative: a town after "in" is the delegation's seat and stays out
        (
            "The Delegation of the European Union in Podgorica attended.",
            ["Delegation of the European Union"],
        ),
    ],
)
def test_envoy_to_country(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers of the Border Police, the Navy of Albania and the Coast Guard of Montenegro took part.",
            ["Border Police", "Navy of Albania", "Coast Guard of Montenegro"],
        ),
        (
            "The Army of North Macedonia and the Gendarmerie of Serbia joined the exercise.",
            ["Army of North Macedonia", "Gendarmerie of Serbia"],
        ),
        # negative: a bare head noun names nothing
        ("The navy and the Army trained together.", []),
    ],
)
def test_military_heads(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers of the Royal Netherlands Marechaussee and the Finnish Border Guard trained colleagues.",
            ["Royal Netherlands Marechaussee", "Finnish Border Guard"],
        ),
        (
            "The Institute for Democracy and Mediation (IDM) and the Centre for Democracy and Human Rights "
            "(CEDEM) presented findings.",
            ["IDM", "CEDEM"],
        ),
        (
            "The Kosovar Centre for Security Studies and the Basel Institute on Governance took part.",
            ["Kosovar Centre for Security Studies", "Basel Institute on Governance"],
        ),
    ],
)
def test_gazetteer_bodies(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_gazetteer_ids() -> None:
    gaz = gazetteer()
    assert gaz.orgs["KMar"].id == "kmar"
    assert gaz.orgs["Royal Netherlands Marechaussee"].country == "NL"
    assert gaz.orgs["KCSS"].country == "XK"
    assert gaz.orgs["Marshall Center"].id == "marshall-center"
