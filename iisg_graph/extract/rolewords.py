"""Word lists of the role and people stages, and the longest-first alternation that turns a list into a regex.

Kept apart from the cue patterns so that adding a word is a data change, not a regex edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from iisg_graph.extract.kinds import ATTENDEE_NOUNS
from iisg_graph.extract.vocab import words

__all__ = ["GATHERED_NOUNS", "NON_FINANCIAL_SUPPORT", "PAID_VERBS", "TRADE_ROLES", "longest_first"]

# People whose gathering is a meeting: the object of "gathered / brought together".
GATHERED_NOUNS = ATTENDEE_NOUNS | words(
    """prosecutors judges investigators practitioners police policemen officers officials experts representatives
    participants delegates delegations ministers heads chiefs directors commanders analysts specialists
    professionals trainers trainees students leaders stakeholders partners members counterparts authorities
    agencies institutions services actors staff guests youth operators coordinators managers inspectors"""
)
# Kinds of support that are not money: "logistical support was provided by the host ministry".
NON_FINANCIAL_SUPPORT = words(
    """technical logistical logistic expert administrative organisational organizational operational
    methodological analytical legal moral political professional"""
)
# Verbs of handing something over that a project paid for: "procured under the EU-funded project".
PAID_VERBS = (
    "procured",
    "purchased",
    "bought",
    "acquired",
    "supplied",
    "donated",
    "built",
    "constructed",
    "renovated",
    "refurbished",
    "equipped",
)
# Job titles of the trade that the shared role vocabulary lacks: "led by Senior Investigator Pieter-Jan Smeets",
# "Criminal Analyst Ana Kovač" (a title before a name is a people matter only).
TRADE_ROLES = words("investigator analyst researcher lecturer instructor")


def longest_first(alternatives: Iterable[str], escape: bool = False) -> str:
    """``a|b|c`` with the longest alternative first, so that a regex alternation prefers "meetings" to "meeting";
    with ``escape`` the words are taken literally (sorted by their own length, not their escaped one)."""
    ordered = sorted(alternatives, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered) if escape else "|".join(ordered)
