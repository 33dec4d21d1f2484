"""Saved queries: ``cypher/queries/NAME.cypher``, one per file, with a header of title, description
and parameters (with defaults), run by name with validated parameters.

A file ``NAME.<engine>.cypher`` beside a query is that engine's variant, used only where a dialect
difference forces one. Parameters not given take the header's default; unknown or missing ones are a
:class:`QueryError` listing the valid ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from iisg_graph.errors import QueryError
from iisg_graph.resources import cypher_dir

__all__ = ["Param", "SavedQuery", "catalog", "get", "parse_value"]

_HEADER = re.compile(r"^//\s*(title|description|params):\s*(.*)$")
_PARAM = re.compile(r"\s*([A-Za-z_]\w*)\s*(?:\(([^()]*)\))?\s*")
_REQUIRED = object()


def parse_value(text: str) -> Any:
    """A parameter value from text: JSON where it parses (numbers, true/false, null, lists), else the string.

    >>> parse_value("3"), parse_value("true"), parse_value("WBBSi"), parse_value('["AL", "XK"]')
    (3, True, 'WBBSi', ['AL', 'XK'])
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


@dataclass(frozen=True)
class Param:
    name: str
    default: Any = _REQUIRED

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED

    def __str__(self) -> str:
        return self.name if self.required else f"{self.name} ({json.dumps(self.default)})"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    variants: dict[str, str]

    def text_for(self, engine: str) -> str:
        """The Cypher to run on ``engine`` ("ladybug" or "neo4j")."""
        return self.variants.get(engine, self.cypher)

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Validated parameters: defaults filled in, unknown and missing ones refused."""
        valid = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(valid))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(map(repr, unknown))}; "
                             f"valid parameters: {self.signature()}")
        out = {name: given.get(name, p.default) for name, p in valid.items()}
        missing = [name for name, value in out.items() if value is _REQUIRED]
        if missing:
            raise QueryError(f"query {self.name!r} needs {', '.join(missing)}; parameters: {self.signature()}")
        return out

    def signature(self) -> str:
        return ", ".join(map(str, self.params)) or "(none)"


def _parse(path: Path) -> SavedQuery:
    header: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line.strip())
        if match and not body:
            header[match.group(1)] = match.group(2).strip()
        elif line.strip() and not line.strip().startswith("//"):
            body.append(line)
    if "title" not in header:
        raise QueryError(f"{path}: saved query has no '// title:' header line")
    params = []
    for part in filter(str.strip, re.split(r",(?![^()]*\))", header.get("params", ""))):
        m = _PARAM.fullmatch(part)
        if not m:
            raise QueryError(f"{path}: cannot read parameter {part!r} in the params header")
        params.append(Param(m.group(1), _REQUIRED if m.group(2) is None else parse_value(m.group(2).strip())))
    name = path.name.removesuffix(".cypher")
    return SavedQuery(name, header["title"], header.get("description", ""), tuple(params), "\n".join(body), {})


@cache
def catalog() -> dict[str, SavedQuery]:
    """Every saved query by name (engine variants attached), sorted by name."""
    found: dict[str, SavedQuery] = {}
    variants: dict[str, dict[str, str]] = {}
    for path in sorted((cypher_dir() / "queries").glob("*.cypher")):
        stem = path.name.removesuffix(".cypher")
        if "." in stem:
            base, engine = stem.rsplit(".", 1)
            variants.setdefault(base, {})[engine] = _parse(path).cypher
        else:
            found[stem] = _parse(path)
    return {n: SavedQuery(**{**q.__dict__, "variants": variants.get(n, {})}) for n, q in found.items()}


def get(name: str) -> SavedQuery:
    try:
        return catalog()[name]
    except KeyError:
        raise QueryError(f"no saved query {name!r}; saved queries: {', '.join(catalog())}") from None
