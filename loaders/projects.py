"""Funding / response-mapping tables: one row per project or action.

Such tables come with their own column names ("Donor", "Implementing partner", "Beneficiary",
"Pillar", "Budget (EUR)"); this module maps them onto :class:`ProjectRecord` fields. The records loader
hands a CSV to :func:`to_project` when :func:`looks_like_projects` recognises its header. Amounts like
"EUR 1,200,000" or "€1.2m" are read into ``amount`` + ``currency``; country names into ISO2 codes;
"Pillar 3" / "border security" into pillar codes.
"""

from __future__ import annotations

import re
from typing import Any

import pycountry

from iisg_graph.model.ids import fold

__all__ = ["COLUMN_ALIASES", "SUFFIXES", "looks_like_projects", "parse_amount", "to_project"]

SUFFIXES: tuple[str, ...] = ()  # read through loaders.records (.csv/.jsonl/.yaml) when the header fits

COLUMN_ALIASES = {
    "title": ("title", "project", "project title", "action", "name"),
    "funders": ("funders", "donor", "donors", "funded by", "funder"),
    "implementers": ("implementers", "implementer", "implementing partner", "implementing partners",
                     "implementing organisation", "implementing organization"),
    "beneficiaries": ("beneficiaries", "beneficiary", "beneficiary countries", "countries"),
    "pillars": ("pillars", "pillar", "iisg pillar"),
    "start_date": ("start_date", "start", "start date", "from"),
    "end_date": ("end_date", "end", "end date", "to", "until"),
    "amount": ("amount", "budget", "value", "budget eur", "amount eur"),
    "currency": ("currency",),
    "id": ("id", "project id", "code"),
}
_BY_HEADER = {alias: field for field, aliases in COLUMN_ALIASES.items() for alias in aliases}
_PILLAR_WORDS = {"1": "WBCTi", "2": "WBCSCi", "3": "WBBSi", "counter terrorism": "WBCTi",
                 "terrorism": "WBCTi", "serious crime": "WBCSCi", "organised crime": "WBCSCi",
                 "border": "WBBSi", "border security": "WBBSi"}
_CURRENCY = {"€": "EUR", "$": "USD", "£": "GBP", "chf": "CHF", "eur": "EUR", "usd": "USD"}


def _header_key(header: str) -> str:
    return fold(re.sub(r"\(([^)]*)\)", r" \1", header))


def looks_like_projects(header: list[str]) -> bool:
    """True when a table header names donors/implementers/beneficiaries (a funding table)."""
    fields = {_BY_HEADER.get(_header_key(h)) for h in header}
    return bool(fields & {"implementers", "beneficiaries"}) or ("funders" in fields and "amount" in fields)


def parse_amount(text: str) -> tuple[float | None, str | None]:
    """Amount and currency of a money cell.

    >>> parse_amount("EUR 1,200,000"), parse_amount("€1.2m"), parse_amount("350 000 USD"), parse_amount("")
    ((1200000.0, 'EUR'), (1200000.0, 'EUR'), (350000.0, 'USD'), (None, None))
    """
    text = text.strip()
    if not text:
        return None, None
    currency = next((code for sign, code in _CURRENCY.items() if sign in text.casefold()), None)
    match = re.search(r"(\d[\d\s,.]*)\s*(m|million|k|thousand)?\b", text, re.I)
    if not match:
        return None, currency
    number = float(re.sub(r"[\s,]", "", match.group(1)))
    scale = {"m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}.get((match.group(2) or "").lower(), 1)
    return number * scale, currency


def _country_code(name: str) -> str:
    name = name.strip()
    if fold(name) in {"kosovo", "xk"}:
        return "XK"
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return name  # left for validation to report with file, line and field


def _pillar(cell: str) -> list[str]:
    out = []
    for part in re.split(r"[;,/]", cell):
        key = fold(part).removeprefix("pillar ").strip()
        out.append(_PILLAR_WORDS.get(key, part.strip()))
    return [p for p in out if p]


def to_project(row: dict[str, Any]) -> dict[str, Any]:
    """A funding-table row → ProjectRecord fields (validation happens in the records loader)."""
    out: dict[str, Any] = {}
    for header, value in row.items():
        field = _BY_HEADER.get(_header_key(header or ""))
        if field is None or value in (None, ""):
            continue
        value = str(value)
        if field == "amount":
            amount, currency = parse_amount(value)
            out["amount"] = amount
            if currency and not row.get("currency"):
                out["currency"] = currency
            elif "eur" in _header_key(header):
                out.setdefault("currency", "EUR")
        elif field == "beneficiaries":
            out[field] = [_country_code(c) for c in re.split(r"[;,]", value) if c.strip()]
        elif field == "pillars":
            out[field] = _pillar(value)
        elif field in {"funders", "implementers"}:
            out[field] = [v.strip() for v in re.split(r";", value) if v.strip()]
        else:
            out[field] = value.strip()
    out.setdefault("implementers", [])
    return out
