"""The country of a participating state body named by its seat ("the Police Academy in Belgrade").

Such a body has no country in its name, yet a national security-sector body represents the state it sits in, so
its seat ties that country to the event (gold lists it among the participating countries).
"""

from __future__ import annotations

import re

from iisg_graph.extract.actors import Actors
from iisg_graph.extract.bodies import FIELD_OFFICE, NATIONAL_KINDS, state_sector_body
from iisg_graph.extract.gazetteer import Gazetteer

__all__ = ["seat_countries"]

_IN_CITY = re.compile(r"\s+in\s+")
# a list item after the first: "..., the University ... in Belgrade"; not a venue ("at the Police Academy in Skopje")
_LIST_ITEM_BEFORE = re.compile(r"(?:,\s*|\band\s+|\bas\s+well\s+as\s+)(?:the\s+)?$")


def seat_countries(text: str, act: Actors, gaz: Gazetteer) -> list[tuple[str, tuple[int, int]]]:
    """ "Participants included ... the University of Criminal Investigation and Police Studies in Belgrade": a
    participating national security-sector body with no country of its own, named with its seat (after "in", or
    opening its name: "the Shkodër Prosecution Office"), brings the seat's country. Not a known international
    body ("UNDP in Serbia"), nor a field office, nor an organiser, nor a university, school or institute outside
    the sector ("the Hertie School in Berlin")."""
    out = []
    for k in act.participants:
        e = act.by_key[k]
        if e.country or k in act.organisers or FIELD_OFFICE.search(e.name) or not state_sector_body(e.name):
            continue
        if e.known is not None and e.known.kind not in NATIONAL_KINDS:
            continue
        # "the Shkodër Prosecution Office", "the Zenica Police Administration": named after its seat
        named = gaz.place_rx.match(e.name)
        if named and named.group() in gaz.places and e.name[named.end() : named.end() + 1] == " ":
            out.append((gaz.places[named.group()][1], e.mentions[0].span))
            continue
        if " in " not in text:
            continue
        for m in e.mentions:
            if not _LIST_ITEM_BEFORE.search(text, max(0, m.start - 16), m.start):
                continue
            sep = _IN_CITY.match(text, m.end)
            place = gaz.place_rx.match(text, sep.end()) if sep else None
            if place and place.group() in gaz.places:
                out.append((gaz.places[place.group()][1], m.span))
                break
    return out
