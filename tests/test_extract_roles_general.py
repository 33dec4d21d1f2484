"""General role cues: passive organiser participles with an adjunct before "by", asides between chained
organisers, possessed units, headline passives, implementers and funders, donor appositions."""

from __future__ import annotations

import random
import re

import pytest

from iisg_graph.extract import extract_item, roles
from iisg_graph.extract.roles import RoleMention, assign_roles
from iisg_graph.extract.textutil import caseless_regex, lower_view
from loaders.base import SourceItem


def _roles(text: str, names: list[str], countries: tuple[str, ...] = ()) -> tuple[list[str], list[str], list[str]]:
    """Organisers, funders and neutral mentions (sorted) of ``text`` with the given names as mentions."""
    rx = re.compile("|".join(re.escape(n) for n in sorted([*names, *countries], key=len, reverse=True)))
    ms = [RoleMention(m.start(), m.end(), m.group(), m.group() in countries) for m in rx.finditer(text)]
    r = assign_roles(text, [(0, len(text))], ms)
    return sorted(r.organisers), sorted(r.funders), sorted(r.neutral)


def _rec(body: str, title: str = "News"):
    return extract_item(SourceItem(title=title, body=body, uri="test#1"))


@pytest.mark.parametrize(
    ("text", "names", "organisers", "neutral"),
    [
        # passive event-bound participles: the agent of an event organises it
        (
            "A five-day course on document fraud, delivered by Frontex, was hosted by the Police Academy.",
            ["Frontex", "Police Academy"],
            ["Frontex", "Police Academy"],
            [],
        ),
        (
            "The training sessions were conducted by CEPOL and the Hellenic Police in Athens.",
            ["CEPOL", "Hellenic Police"],
            ["CEPOL", "Hellenic Police"],
            [],
        ),
        ("The exercise was led by the Border Police.", ["Border Police"], ["Border Police"], []),
        ("The workshop was facilitated by DCAF.", ["DCAF"], ["DCAF"], []),
        # ... but not the agent of a non-event, and not who leads or facilitates a meeting (a chair takes part)
        ("Delegates discussed a threat assessment conducted by Europol.", ["Europol"], [], ["Europol"]),
        ("The ministers heard a presentation delivered by Frontex.", ["Frontex"], [], ["Frontex"]),
        ("The meeting was facilitated by DCAF.", ["DCAF"], [], ["DCAF"]),
        (
            "The meeting was chaired by the Ministry of Interior.",
            ["Ministry of Interior"],
            [],
            ["Ministry of Interior"],
        ),
        # a project's implementers are not said to attend (background), nor organise
        ("The EU Delegation visited the project implemented by GIZ.", ["EU Delegation", "GIZ"], [], ["EU Delegation"]),
        (
            "The consortium led by IOM and UNHCR presented its results to the RCC.",
            ["IOM", "UNHCR", "RCC"],
            [],
            ["RCC"],
        ),
        ("A delegation led by the Ministry of Interior visited Tirana.", ["Ministry of Interior"], [], []),
        # an adjunct of place, time or manner between the participle and "by"
        (
            "The seminar was organised online on 4 March 2021 by the OSCE Mission and UNODC.",
            ["OSCE Mission", "UNODC"],
            ["OSCE Mission", "UNODC"],
            [],
        ),
        (
            "The meeting was organised via video conference on 03.06.2020 by MARRI and IOM.",
            ["MARRI", "IOM"],
            ["MARRI", "IOM"],
            [],
        ),
        (
            "The round table was hosted in Skopje, North Macedonia, by the Ministry of Interior.",
            ["Ministry of Interior"],
            ["Ministry of Interior"],
            [],
        ),
        (
            "The conference was convened for the first time jointly by RACVIAC and SELEC.",
            ["RACVIAC", "SELEC"],
            ["RACVIAC", "SELEC"],
            [],
        ),
        (
            "The training was hosted at the Police Academy in Danilovgrad on 5 May by the Border Police.",
            ["Police Academy", "Border Police"],
            ["Border Police"],
            ["Police Academy"],
        ),
        (
            "A side event was organised during the conference by UNODC.",
            ["UNODC"],
            ["UNODC"],
            [],
        ),
        # another participle's "by" is its own agent, not the organiser; so is an active verb's object's
        (
            "MARRI organised in Struga the second meeting foreseen by the Action Plan of the RCC.",
            ["MARRI", "RCC"],
            ["MARRI"],
            ["RCC"],
        ),
        ("UNODC organised a workshop attended by Europol.", ["UNODC", "Europol"], ["UNODC"], ["Europol"]),
        ("UNODC organised a workshop, followed by a visit by Europol.", ["UNODC", "Europol"], ["UNODC"], ["Europol"]),
        ("UNODC organised the meeting and was thanked by Europol.", ["UNODC", "Europol"], ["UNODC"], ["Europol"]),
        # an aside giving a seat does not break a chain of organisers
        (
            "It was organised by the OSCE in cooperation with the Regional Cooperation Council (RCC), based in "
            "Sarajevo, and the Kosovo Police.",
            ["OSCE", "Regional Cooperation Council", "Kosovo Police"],
            ["OSCE", "Regional Cooperation Council", "Kosovo Police"],
            [],
        ),
        (
            "It was organised by IOM together with SELEC, which is headquartered in Bucharest, and the RCC.",
            ["IOM", "SELEC", "RCC"],
            ["IOM", "SELEC", "RCC"],
            [],
        ),
        # a possessed unit the organisation stage did not keep stands for its owner
        (
            "IOM's Migration Management Programme, in cooperation with the Ministry of Security, organised a "
            "training in Sarajevo.",
            ["IOM", "Ministry of Security"],
            ["IOM", "Ministry of Security"],
            [],
        ),
        (
            "The Border Police, in partnership with UNDP's Small Arms Control Project, hosted a meeting.",
            ["Border Police", "UNDP"],
            ["Border Police", "UNDP"],
            [],
        ),
        # invitation
        (
            "At the invitation of the Ministry of Interior of Slovenia, ministers gathered in Ljubljana.",
            ["Ministry of Interior of Slovenia"],
            ["Ministry of Interior of Slovenia"],
            [],
        ),
    ],
)
def test_organiser_cues(text: str, names: list[str], organisers: list[str], neutral: list[str]) -> None:
    org, fund, neu = _roles(text, names)
    assert (org, fund, neu) == (sorted(organisers), [], sorted(neutral))


@pytest.mark.parametrize(
    ("text", "names", "organisers"),
    [
        # a headline's passive: a bare verb, an adjunct and no object
        ("SEPCA Annual Assembly held in Sarajevo", ["SEPCA Annual Assembly"], []),
        ("MARRI Forum convened in Ohrid on 5 June 2019, a day after the ministerial.", ["MARRI Forum"], []),
        ("Regional Drug Forum hosted online by the RCC", ["Regional Drug Forum", "RCC"], ["RCC"]),
        # an active verb has its object, also after the adjunct
        ("SELEC hosted at its headquarters in Bucharest an operational meeting.", ["SELEC"], ["SELEC"]),
        ("The Ministry convened on 16 May 2019 the last Steering Board meeting.", ["Ministry"], ["Ministry"]),
        ("The Ministry hosted in Tirana delegations of six partners.", ["Ministry"], ["Ministry"]),
        ("The RCC held online on 9 June 2021 a regional workshop.", ["RCC"], ["RCC"]),
        ("The RCC held in Budva, on the margins of the summit.", ["RCC"], []),
    ],
)
def test_headline_passive(text: str, names: list[str], organisers: list[str]) -> None:
    assert _roles(text, names)[0] == sorted(organisers)


@pytest.mark.parametrize(
    ("text", "names", "organisers", "funders", "neutral"),
    [
        # implementers of the project that held the event are no organisers, and the funder list ends before them
        (
            "The SAFE project, financed by the European Union and implemented by a consortium led by GIZ together "
            "with the Italian Ministry of Interior, held its closing conference in Belgrade.",
            ["European Union", "GIZ", "Italian Ministry of Interior"],
            [],
            ["European Union"],
            [],
        ),
        (
            "The project, implemented by IOM and UNHCR, held a workshop.",
            ["IOM", "UNHCR"],
            [],
            [],
            [],
        ),
        # a funding cue earlier in the clause does not reach across another mention
        (
            "Financed by the European Union within its IPA framework, the Ministry of Security organised a workshop.",
            ["European Union", "Ministry of Security"],
            ["Ministry of Security"],
            ["European Union"],
            [],
        ),
        # "represented by" names the subject itself
        (
            "The Ministry, represented by the Border Police, hosted a meeting.",
            ["Ministry", "Border Police"],
            ["Border Police"],
            [],
            ["Ministry"],
        ),
        # donor appositions
        (
            "The director thanked the Austrian Development Agency (ADA), the project's main donor.",
            ["Austrian Development Agency"],
            [],
            ["Austrian Development Agency"],
            [],
        ),
        (
            "He reported on cooperation with Norway and Switzerland, the programme's donors, and with UNODC.",
            ["UNODC"],
            [],
            ["Norway", "Switzerland"],
            ["UNODC"],
        ),
        (
            "He thanked UNODC and the Swiss Agency for Development and Cooperation, one of the long-standing donors.",
            ["UNODC", "Swiss Agency for Development and Cooperation"],
            [],
            ["UNODC", "Swiss Agency for Development and Cooperation"],
            [],
        ),
        (
            "He thanked UNODC and the Swiss Agency for Development and Cooperation, the donor.",
            ["UNODC", "Swiss Agency for Development and Cooperation"],
            [],
            ["Swiss Agency for Development and Cooperation"],
            ["UNODC"],
        ),
    ],
)
def test_funders_and_implementers(
    text: str, names: list[str], organisers: list[str], funders: list[str], neutral: list[str]
) -> None:
    assert _roles(text, names, ("Norway", "Switzerland")) == (sorted(organisers), sorted(funders), sorted(neutral))


def test_implementers_are_background() -> None:
    text = "The SAFE project, implemented by a consortium led by GIZ and IOM, held its closing conference."
    ms = [RoleMention(m.start(), m.end(), m.group()) for m in re.finditer(r"GIZ|IOM", text)]
    r = assign_roles(text, [(0, len(text))], ms)
    assert (dict(r.organisers), dict(r.neutral), sorted(r.background)) == ({}, {}, ["GIZ", "IOM"])


def test_records() -> None:
    r = _rec(
        "The regional workshop on migration statistics was organised via video conference on 17.11.2021 by the "
        "International Organization for Migration and the Regional Cooperation Council. Experts from Eurostat "
        "attended."
    )
    assert (r.organisers, r.participant_orgs) == (
        ["International Organization for Migration", "Regional Cooperation Council"],
        ["Eurostat"],
    )
    r = _rec("Mr. Petar Novak reported on cooperation with the Austrian Development Agency (ADA), the main donor.")
    assert (r.funders, r.participant_orgs) == (["ADA"], [])


_TEXTS = [
    "A course, delivered by CEPOL, was led jointly by Frontex; conducted in Tirana on 5.5.2021 by the OSCE.",
    "It was implemented by GIZ. Facilitated online, for the first time, by DCAF and led by the RCC.",
    "DELIVERED  BY x; Conducted\tby y; called by z; Led, by; implemented was by; led by",
    "The project led by UNDP was delivered via video-conference by SEESAC, which organised it.",
]


def test_event_cue_scans_match_plain_forms() -> None:
    """The event-bound participle cue: its lower-case twin and its pre-filter find what the plain pattern finds."""
    cue = roles._EVENT_BY_SCAN
    plain = caseless_regex(cue.rx)
    rng = random.Random(3)
    for text in _TEXTS:
        view = lower_view(text)
        cue_text = text if view is None else view
        assert [m.span() for m in roles._scan(cue, text, cue_text, 0, len(text))] == [
            m.span() for m in cue.rx.finditer(cue_text)
        ]
        low = text.lower()
        for _ in range(5):
            a = rng.randrange(len(low) + 1)
            b = rng.randrange(a, len(low) + 1)
            assert [m.span() for m in cue.twin.finditer(low, a, b)] == [m.span() for m in plain.finditer(low, a, b)]


def test_organiser_cue_twin_matches_plain_form_with_adjuncts() -> None:
    plain = caseless_regex(roles._ORG_CUES)
    for text in [*_TEXTS, "organised on 4 may 2021, in skopje, by x", "hosted jointly in vienna by y and organised by"]:
        low = text.lower()
        assert [m.span() for m in roles._ORG_CUES_SCAN.twin.finditer(low)] == [m.span() for m in plain.finditer(low)]
