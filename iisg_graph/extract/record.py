"""Build the output models without validating values the extraction already made valid.

Validation (pydantic) cost as much as a whole extraction stage per item, and for extracted values it never
changes anything: strings come out of the text already trimmed, codes come from the gazetteer. So a model is
built as ``model_construct`` builds it when every value is one that validation would keep exactly as it is (the
checks below mirror the validators of ``iisg_graph.model.records``, conservatively); any other value goes through
normal validation, which then transforms it or raises as before. The result is the same model either way
(``tests/test_extract_record.py`` compares both on the feeds and on values validation changes or rejects).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from iisg_graph.model.records import (
    PILLAR_CODES,
    ROLES,
    InferredPillar,
    MeetingRecord,
    PersonMention,
    SourceRef,
    is_country_code,
)

__all__ = ["inferred_pillar", "meeting_record", "person_mention", "source_ref"]

_PRECISIONS = (None, "day", "month", "year")
M = TypeVar("M", bound=BaseModel)


@lru_cache(maxsize=16)
def _field_names(cls: type[BaseModel]) -> frozenset[str]:
    return frozenset(cls.__pydantic_fields__)


@lru_cache(maxsize=16)
def _plain_fields(cls: type[BaseModel]) -> tuple[tuple[str, bool], ...] | None:
    """(name, defaults to None) of each field when ``cls`` is a plain model (no aliases, private attributes,
    post-init hook or extra fields), for which ``_construct`` builds what ``model_construct`` builds."""
    if cls.__pydantic_post_init__ or cls.__pydantic_root_model__ or cls.__private_attributes__:
        return None
    if cls.model_config.get("extra") == "allow":
        return None
    out = []
    for name, f in cls.__pydantic_fields__.items():
        if f.alias is not None or f.validation_alias is not None:
            return None
        out.append((name, f.default_factory is None and f.default is None))
    return tuple(out)


def _construct(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` without its per-field generality (pydantic's own is a slow loop
    in Python); any case it does not cover goes to ``model_construct`` itself."""
    fields = _plain_fields(cls)
    if fields is None:
        return cls.model_construct(**values)
    data: dict[str, Any] = {}
    for name, none_default in fields:
        if name in values:
            data[name] = values[name]
        elif none_default:
            data[name] = None
        else:
            return cls.model_construct(**values)
    m = cls.__new__(cls)
    object.__setattr__(m, "__dict__", data)
    object.__setattr__(m, "__pydantic_fields_set__", set(values))
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


def _trimmed(s: object) -> bool:
    """A str that ``str_strip_whitespace`` keeps as is (Python's whitespace includes pydantic's)."""
    return type(s) is str and s.strip() == s


def _opt(s: object) -> bool:
    return s is None or _trimmed(s)


def _strs(values: object) -> bool:
    return type(values) is list and all(_trimmed(v) for v in values)


def _codes(values: object) -> bool:
    return type(values) is list and all(type(v) is str and is_country_code(v) for v in values)


def _date(d: object) -> bool:
    return d is None or type(d) is dt.date


def _spans(evidence: object) -> bool:
    """field → list of (int, int): what validation would rebuild unchanged."""
    if type(evidence) is not dict:
        return False
    for key, spans in evidence.items():
        if not _trimmed(key) or type(spans) is not list:
            return False
        for sp in spans:
            if type(sp) is not tuple or len(sp) != 2 or type(sp[0]) is not int or type(sp[1]) is not int:
                return False
    return True


def person_mention(**values: Any) -> PersonMention:
    """``PersonMention(**values)``."""
    if (
        _trimmed(values.get("name"))
        and values["name"]
        and _opt(values.get("role"))
        and _opt(values.get("org"))
        and _opt(values.get("honorific"))
        and values.get("attendance", "participant") in ROLES
        and values.keys() <= _field_names(PersonMention)
    ):
        return _construct(PersonMention, values)
    return PersonMention(**values)


def inferred_pillar(**values: Any) -> InferredPillar:
    """``InferredPillar(**values)``."""
    conf = values.get("confidence", 0.5)
    if (
        values.get("code") in PILLAR_CODES
        and type(conf) is float
        and 0.0 <= conf <= 1.0
        and _opt(values.get("cue"))
        and values.keys() <= _field_names(InferredPillar)
    ):
        return _construct(InferredPillar, values)
    return InferredPillar(**values)


def source_ref(**values: Any) -> SourceRef:
    """``SourceRef(**values)``."""
    if (
        _opt(values.get("uri"))
        and _opt(values.get("title"))
        and _date(values.get("published"))
        and values.keys() <= _field_names(SourceRef)
    ):
        return _construct(SourceRef, values)
    return SourceRef(**values)


def meeting_record(**values: Any) -> MeetingRecord:
    """``MeetingRecord(**values)`` for the values ``extract_item`` passes (models built by the functions above)."""
    start, end = values.get("start_date"), values.get("end_date")
    if (
        _trimmed(values.get("title"))
        and values["title"]
        and _date(start)
        and _date(end)
        and not (start and end and end < start)
        and values.get("date_precision") in _PRECISIONS
        and _opt(values.get("city"))
        and (values.get("country") is None or (type(values["country"]) is str and is_country_code(values["country"])))
        and type(values.get("pillars")) is list
        and all(type(p) is str and p in PILLAR_CODES for p in values["pillars"])
        and type(values.get("inferred_pillars")) is list
        and all(type(p) is InferredPillar for p in values["inferred_pillars"])
        and all(_strs(values.get(k)) for k in ("organisers", "participant_orgs", "funders"))
        and _codes(values.get("participant_countries"))
        and type(values.get("people")) is list
        and all(type(p) is PersonMention for p in values["people"])
        and _opt(values.get("kind"))
        and type(values.get("source")) is SourceRef
        and _opt(values.get("text"))
        and _spans(values.get("evidence"))
        and values.keys() <= _field_names(MeetingRecord)
        and "id" not in values
    ):
        return _construct(MeetingRecord, values)
    return MeetingRecord(**values)
