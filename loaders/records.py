"""Structured records in the record format: .jsonl, .json, .csv, .yaml/.yml.

Every record is validated with pydantic before anything is stored; a bad record raises
:class:`InputError` naming the file, the line (or record number) and the field. A record with
``implementers``, ``beneficiaries`` or ``amount`` is a :class:`ProjectRecord`, otherwise a
:class:`MeetingRecord`. In CSV, list cells hold ``;``-separated items and ``people``, ``source``,
``evidence`` and ``inferred_pillars`` cells may hold JSON. A CSV whose header is a funding table's
(donor, implementing partner, beneficiary …) is read through :mod:`loaders.projects`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from iisg_graph.errors import InputError
from iisg_graph.model.records import MeetingRecord, ProjectRecord
from loaders.projects import looks_like_projects, to_project

__all__ = ["SUFFIXES", "load", "parse_record"]

SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".yaml", ".yml")
_PROJECT_KEYS = {"implementers", "beneficiaries", "amount"}
_JSON_CELLS = {"people", "source", "evidence", "inferred_pillars"}
_IGNORED = {"aliases", "ignore", "notes", "url"}  # annotation-only keys of gold files


def parse_record(data: Any, location: str) -> MeetingRecord | ProjectRecord:
    """Validate one record; ``location`` ("file:line") goes into the error message."""
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object / mapping, found {type(data).__name__}", location=location)
    data = {k: v for k, v in data.items() if k not in _IGNORED}
    model = ProjectRecord if _PROJECT_KEYS & data.keys() else MeetingRecord
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or None
        found = f" (found {err['input']!r})" if "input" in err and not isinstance(err["input"], dict) else ""
        more = f"; and {len(exc.errors()) - 1} more error(s)" if len(exc.errors()) > 1 else ""
        raise InputError(f"{err['msg']}{found}{more}", location=location, field=field) from None


def _jsonl(path: Path) -> Iterator[tuple[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield f"{path}:{n}", json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"not valid JSON: {exc.msg}", location=f"{path}:{n}") from None


def _json(path: Path) -> Iterator[tuple[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", location=f"{path}:{exc.lineno}") from None
    if isinstance(data, dict):
        data = data.get("records", [data])
    for n, item in enumerate(data, 1):
        yield f"{path} record {n}", item


def _yaml(path: Path) -> Iterator[tuple[str, Any]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise InputError(f"not valid YAML: {exc}", location=where) from None
    if isinstance(data, dict):
        data = data.get("records", [data])
    for n, item in enumerate(data or [], 1):
        yield f"{path} record {n}", item


def _csv_cell(key: str, value: str, location: str) -> Any:
    value = value.strip()
    if not value:
        return None
    if key in _JSON_CELLS and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON in cell: {exc.msg}", location=location, field=key) from None
    if key == "people":
        return [{"name": v.strip()} for v in value.split(";") if v.strip()]
    return value


def _csv(path: Path) -> Iterator[tuple[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        funding_table = looks_like_projects(list(reader.fieldnames or []))
        for row in reader:
            location = f"{path}:{reader.line_num}"
            if funding_table:
                yield location, to_project(row)
            else:
                yield location, {k: _csv_cell(k, v or "", location) for k, v in row.items() if k}


_READERS = {".jsonl": _jsonl, ".ndjson": _jsonl, ".json": _json, ".csv": _csv, ".yaml": _yaml, ".yml": _yaml}


def load(path: Path) -> Iterator[MeetingRecord | ProjectRecord]:
    """Yield validated records of one file, in file order; a record without a source URI gets the file's
    name, so its facts stay traceable to the file."""
    path = Path(path)
    for location, data in _READERS[path.suffix.lower()](path):
        record = parse_record(data, location)
        if not record.source.uri:
            record.source.uri = path.name
        yield record
