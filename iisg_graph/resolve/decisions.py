"""Analysts' judgements: same / not-same, aliases and role holders, kept as data and applied on every load.

As in nomenklatura's resolver, the source facts are never rewritten: a judgement only changes which
canonical entity a mention resolves to, so changing or deleting one changes the graph on the next load.
Two files are read: the bundled ``iisg_graph/data/decisions.yaml`` and the user's file (``$IISG_DECISIONS``,
else ``./iisg-decisions.yaml`` when present). A malformed file stops the load with a
:class:`ResolutionError` naming the file and the entry. Format: see ``docs/resolution.md``.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iisg_graph.errors import ResolutionError
from iisg_graph.resolve.refdata import read_yaml
from iisg_graph.resources import data_dir

__all__ = ["KINDS", "Decisions", "Judgement", "RoleTenure", "decision_paths", "load_decisions"]

KINDS = ("person", "organisation", "event")
_SECTIONS = ("same", "not_same", "aliases", "roles")


@dataclass(frozen=True)
class Judgement:
    """A same or not-same judgement over two or more references of one kind.

    A reference is an id (``person-…``, ``org-…``, ``event-…``, ``src-…``), a record id (events) or a
    name as the sources write it.
    """

    kind: str
    items: tuple[str, ...]
    note: str | None = None
    where: str = ""


@dataclass(frozen=True)
class RoleTenure:
    """"``person`` held ``role`` at ``org`` from ``since`` to ``until``" (either bound may be open)."""

    person: str
    role: str
    org: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass
class Decisions:
    """All judgements of the decision files, in file order."""

    same: list[Judgement] = field(default_factory=list)
    not_same: list[Judgement] = field(default_factory=list)
    aliases: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in KINDS})
    roles: list[RoleTenure] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def of(self, section: str, kind: str) -> list[Judgement]:
        return [j for j in getattr(self, section) if j.kind == kind]


def decision_paths() -> list[Path]:
    """The bundled file, then the user's file if there is one."""
    paths = [data_dir() / "decisions.yaml"]
    env = os.environ.get("IISG_DECISIONS")
    if env:
        paths.append(Path(env))
    elif Path("iisg-decisions.yaml").is_file():
        paths.append(Path("iisg-decisions.yaml"))
    return paths


def _fail(path: Path, where: str, expected: str, found: Any) -> ResolutionError:
    return ResolutionError(f"decisions file {path}: entry {where}: expected {expected}, found {found!r}")


def _judgement(path: Path, section: str, n: int, row: Any) -> Judgement:
    where = f"{section}[{n}]"
    if not isinstance(row, dict):
        raise _fail(path, where, "a mapping with kind and items", row)
    unknown = set(row) - {"kind", "items", "note"}
    if unknown:
        raise _fail(path, where, "only the keys kind, items, note", sorted(unknown))
    if row.get("kind") not in KINDS:
        raise _fail(path, where, f"kind one of {', '.join(KINDS)}", row.get("kind"))
    items = row.get("items")
    if not isinstance(items, list) or len(items) < 2 or not all(isinstance(i, str) and i.strip() for i in items):
        raise _fail(path, where, "items: a list of at least two names or ids", items)
    return Judgement(row["kind"], tuple(i.strip() for i in items), row.get("note"), f"{path.name}:{where}")


def _aliases(path: Path, rows: Any, out: dict[str, dict[str, str]]) -> None:
    if not isinstance(rows, list):
        raise _fail(path, "aliases", "a list", rows)
    for n, row in enumerate(rows):
        ok = isinstance(row, dict) and row.get("kind") in KINDS[:2] and set(row) <= {"kind", "alias", "target",
                                                                                      "note"}
        if not ok or not isinstance(row.get("alias"), str) or not isinstance(row.get("target"), str):
            raise _fail(path, f"aliases[{n}]", "kind (person|organisation), alias and target strings", row)
        out[row["kind"]][row["alias"].strip()] = row["target"].strip()


def _date(path: Path, where: str, value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _fail(path, where, "a date YYYY-MM-DD or null", value) from None


def _roles(path: Path, rows: Any) -> list[RoleTenure]:
    if not isinstance(rows, list):
        raise _fail(path, "roles", "a list", rows)
    out = []
    for n, row in enumerate(rows):
        where = f"roles[{n}]"
        if not isinstance(row, dict) or not row.get("person") or not row.get("role"):
            raise _fail(path, where, "a mapping with person, role (and org, since, until)", row)
        out.append(RoleTenure(str(row["person"]), str(row["role"]), row.get("org"),
                              _date(path, where + ".since", row.get("since")),
                              _date(path, where + ".until", row.get("until"))))
    return out


def _read(path: Path, into: Decisions) -> None:
    data = read_yaml(path)
    if data is None:
        return
    if not isinstance(data, dict) or set(data) - set(_SECTIONS):
        raise _fail(path, "(top level)", f"a mapping with sections {', '.join(_SECTIONS)}",
                    sorted(set(data) - set(_SECTIONS)) if isinstance(data, dict) else data)
    for section in ("same", "not_same"):
        rows = data.get(section) or []
        if not isinstance(rows, list):
            raise _fail(path, section, "a list", rows)
        getattr(into, section).extend(_judgement(path, section, n, r) for n, r in enumerate(rows))
    _aliases(path, data.get("aliases") or [], into.aliases)
    into.roles.extend(_roles(path, data.get("roles") or []))
    into.files.append(path)


def load_decisions(paths: list[Path] | None = None) -> Decisions:
    """Read and validate the decision files (the defaults of :func:`decision_paths` when not given).

    >>> d = load_decisions()
    >>> d.files[0].name
    'decisions.yaml'
    """
    out = Decisions()
    for path in paths if paths is not None else decision_paths():
        if not Path(path).is_file():
            raise ResolutionError(f"decisions file {path}: not found")
        _read(Path(path), out)
    return out
