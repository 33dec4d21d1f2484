"""The record format: the interchange between extraction and loading.

``extract`` writes these; ``load`` accepts them from .jsonl/.json/.csv/.yaml. Validation is strict
(``extra="forbid"``) so that a misspelt field is an error, not a silently dropped fact. Country codes
are ISO 3166-1 alpha-2 plus ``XK`` (Kosovo); dates are ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Annotated, Literal

import pycountry
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "PILLAR_CODES",
    "InferredPillar",
    "MeetingRecord",
    "PersonMention",
    "ProjectRecord",
    "SourceRef",
    "Span",
    "is_country_code",
]

PILLAR_CODES = ("WBCTi", "WBCSCi", "WBBSi")
_PILLAR_BY_FOLD = {c.casefold(): c for c in PILLAR_CODES}
ROLES = ("participant", "speaker", "chair", "moderator", "host")

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset({c.alpha_2 for c in pycountry.countries} | {"XK"})


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code or XK (Kosovo, user-assigned but universal in our sources).

    >>> is_country_code("XK"), is_country_code("MK"), is_country_code("UK")
    (True, True, False)
    """
    return code in _country_codes()


def _country(value: object) -> object:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return value
    code = value.strip().upper()
    if not is_country_code(code):
        raise ValueError(f"unknown country code {value!r} (expected ISO 3166-1 alpha-2, Kosovo = XK)")
    return code


def _pillar(value: object) -> object:
    if isinstance(value, str):
        code = _PILLAR_BY_FOLD.get(value.strip().casefold())
        if code is None:
            raise ValueError(f"unknown pillar {value!r} (expected one of {', '.join(PILLAR_CODES)})")
        return code
    return value


def _str_list(value: object) -> object:
    """Accept a list, a ``;``-separated string (CSV cells) or null."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return value


CountryCode = Annotated[str, BeforeValidator(_country)]
PillarCode = Annotated[str, BeforeValidator(_pillar)]
StrList = Annotated[list[str], BeforeValidator(_str_list)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SourceRef(_Strict):
    """Where a record came from: enough to find the page again."""

    uri: str | None = None
    title: str | None = None
    published: dt.date | None = None


class PersonMention(_Strict):
    """A person as the text names them, with the role and organisation the text ties them to."""

    name: str = Field(min_length=1)
    role: str | None = None
    org: str | None = None
    honorific: str | None = None
    attendance: Literal["participant", "speaker", "chair", "moderator", "host"] = "participant"


class InferredPillar(_Strict):
    """A pillar the topic suggests but the text does not name."""

    code: PillarCode
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    cue: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_code(cls, value: object) -> object:
        return {"code": value} if isinstance(value, str) else value


class MeetingRecord(_Strict):
    """One meeting (or other event) as reported by one source item."""

    id: str | None = None
    title: str = Field(min_length=1)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    city: str | None = None
    country: CountryCode | None = None
    pillars: list[PillarCode] = Field(default_factory=list)
    inferred_pillars: list[InferredPillar] = Field(default_factory=list)
    organisers: StrList = Field(default_factory=list)
    participant_orgs: StrList = Field(default_factory=list)
    participant_countries: Annotated[list[CountryCode], BeforeValidator(_str_list)] = Field(
        default_factory=list
    )
    people: list[PersonMention] = Field(default_factory=list)
    funders: StrList = Field(default_factory=list)
    kind: str | None = None
    source: SourceRef = Field(default_factory=SourceRef)
    text: str | None = Field(default=None, description="the item text that evidence spans index into")
    evidence: dict[str, list[Span]] = Field(default_factory=dict)

    @field_validator("pillars", mode="before")
    @classmethod
    def _pillars_list(cls, value: object) -> object:
        return _str_list(value)

    @model_validator(mode="after")
    def _dates_in_order(self) -> MeetingRecord:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError(f"end_date {self.end_date} is before start_date {self.start_date}")
        return self


class ProjectRecord(_Strict):
    """A funded project or action from a funding / response-mapping table."""

    id: str | None = None
    title: str = Field(min_length=1)
    funders: StrList = Field(default_factory=list)
    implementers: StrList = Field(default_factory=list)
    beneficiaries: Annotated[list[CountryCode], BeforeValidator(_str_list)] = Field(default_factory=list)
    pillars: list[PillarCode] = Field(default_factory=list)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    amount: float | None = Field(default=None, ge=0)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    source: SourceRef = Field(default_factory=SourceRef)

    @field_validator("pillars", mode="before")
    @classmethod
    def _pillars_list(cls, value: object) -> object:
        return _str_list(value)
