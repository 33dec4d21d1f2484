"""Saved queries: ``cypher/queries/NAME.cypher``, one per file, with a header of title, description
and parameters (with defaults), run by name with validated parameters.

A file ``NAME.<engine>.cypher`` beside a query is that engine's variant, used only where a dialect
difference forces one (it needs no header: title and parameters are the main file's). Parameters not given
take the header's default; unknown or missing ones are a :class:`QueryError` listing the valid ones, and a
value whose type differs from its default's is refused with a message naming both — a typo such as
``min_events="two"`` should fail loudly rather than match nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from iisg_graph.errors import QueryError
from iisg_graph.resources import cypher_dir

__all__ = ["ENGINES", "Param", "SavedQuery", "catalog", "get", "parse_value", "placeholders"]

ENGINES = ("ladybug", "neo4j")
"""Engines a variant file may name (``NAME.ladybug.cypher``); the main file serves the others."""

_HEADER = re.compile(r"^//\s*(title|description|params):\s*(.*)$")
_PARAM = re.compile(r"\s*([A-Za-z_]\w*)\s*(?:\((.*)\))?\s*")
_TOP_LEVEL_COMMA = re.compile(r",(?![^()]*\))")
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_PLACEHOLDER = re.compile(r"\$([A-Za-z_]\w*)")
_REQUIRED = object()
_TYPE_NAMES = {bool: "a boolean (true/false)", int: "an integer", float: "a number", str: "a string",
               list: "a list"}


def parse_value(text: str) -> Any:
    """A parameter value from text: JSON where it parses (numbers, true/false, null, lists), else the string.

    >>> parse_value("3"), parse_value("true"), parse_value("WBBSi"), parse_value('["AL", "XK"]')
    (3, True, 'WBBSi', ['AL', 'XK'])
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def placeholders(cypher: str) -> set[str]:
    """The ``$parameters`` a Cypher text uses (string literals and ``//`` comments ignored).

    >>> sorted(placeholders("MATCH (p {code: $pillar}) // $not_this\\nWHERE p.x = '$nor_this' LIMIT $limit"))
    ['limit', 'pillar']
    """
    code = "\n".join(line.split("//", 1)[0] for line in _STRINGS.sub("''", cypher).splitlines())
    return set(_PLACEHOLDER.findall(code))


@dataclass(frozen=True)
class Param:
    """A declared parameter; its type is its default's (``None`` default or required: any type)."""

    name: str
    default: Any = _REQUIRED

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED

    @property
    def type(self) -> type | None:
        if self.required or self.default is None:
            return None
        return type(self.default)

    def check(self, query: str, value: Any) -> Any:
        """``value`` if it fits the declared type (text is parsed first, ints widen to floats)."""
        want = self.type
        if want is None or type(value) is want:
            return value
        if isinstance(value, str) and want is not str:
            parsed = parse_value(value)
            if type(parsed) is want or (want is float and type(parsed) is int):
                return float(parsed) if want is float else parsed
        if want is float and type(value) is int:
            return float(value)
        if want is list and isinstance(value, tuple):
            return list(value)
        raise QueryError(f"query {query!r} parameter {self.name!r} expects {_TYPE_NAMES.get(want, want.__name__)}"
                         f" (default {json.dumps(self.default)}), got {value!r} ({type(value).__name__})")

    def __str__(self) -> str:
        return self.name if self.required else f"{self.name} ({json.dumps(self.default, ensure_ascii=False)})"


@dataclass(frozen=True)
class SavedQuery:
    """One saved query: header metadata, the portable Cypher and any engine variants."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    variants: dict[str, str] = field(default_factory=dict)

    def text_for(self, engine: str) -> str:
        """The Cypher to run on ``engine`` ("ladybug" or "neo4j")."""
        return self.variants.get(engine, self.cypher)

    def texts(self) -> dict[str, str]:
        """The Cypher each engine runs, by engine name."""
        return {engine: self.text_for(engine) for engine in ENGINES}

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Validated parameters: defaults filled in, unknown, missing and mistyped ones refused.

        >>> q = get("worked-together")
        >>> q.bind({"pillar": "WBCTi", "min_events": "2"})["min_events"]
        2
        >>> q.bind({"min_events": "two"})
        Traceback (most recent call last):
        ...
        iisg_graph.errors.QueryError: query 'worked-together' parameter 'min_events' expects an integer ...
        """
        valid = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(valid))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(map(repr, unknown))}; "
                             f"valid parameters: {self.signature()}")
        missing = [name for name, p in valid.items() if p.required and name not in given]
        if missing:
            raise QueryError(f"query {self.name!r} needs {', '.join(missing)}; parameters: {self.signature()}")
        return {name: p.check(self.name, given[name]) if name in given else p.default
                for name, p in valid.items()}

    def signature(self) -> str:
        return ", ".join(map(str, self.params)) or "(none)"


def _split_header(path: Path) -> tuple[dict[str, str], str]:
    header: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line.strip())
        if match and not body:
            header[match.group(1)] = match.group(2).strip()
        elif line.strip() and not line.strip().startswith("//"):
            body.append(line)
    return header, "\n".join(body)


def _params(path: Path, text: str) -> tuple[Param, ...]:
    if text.strip() in ("", "(none)"):
        return ()
    params = []
    for part in filter(str.strip, _TOP_LEVEL_COMMA.split(text)):
        m = _PARAM.fullmatch(part)
        if not m:
            raise QueryError(f"{path}: cannot read parameter {part!r} in the params header "
                             "(expected: name (default), …)")
        params.append(Param(m.group(1), _REQUIRED if m.group(2) is None else parse_value(m.group(2).strip())))
    return tuple(params)


def _parse(path: Path) -> SavedQuery:
    header, body = _split_header(path)
    if "title" not in header:
        raise QueryError(f"{path}: saved query has no '// title:' header line")
    name = path.name.removesuffix(".cypher")
    return SavedQuery(name, header["title"], header.get("description", ""),
                      _params(path, header.get("params", "")), body)


@cache
def catalog() -> dict[str, SavedQuery]:
    """Every saved query by name (engine variants attached), sorted by name.

    >>> list(catalog())[:3]
    ['actor-timeline', 'affiliations', 'bridges']
    """
    found: dict[str, SavedQuery] = {}
    variants: dict[str, dict[str, str]] = {}
    for path in sorted((cypher_dir() / "queries").glob("*.cypher")):
        stem = path.name.removesuffix(".cypher")
        if "." in stem:
            base, engine = stem.rsplit(".", 1)
            if engine not in ENGINES:
                raise QueryError(f"{path}: unknown engine {engine!r} in a variant name; engines: {ENGINES}")
            variants.setdefault(base, {})[engine] = _split_header(path)[1]
        else:
            found[stem] = _parse(path)
    orphans = sorted(set(variants) - set(found))
    if orphans:
        raise QueryError(f"engine variants without a main query file: {', '.join(orphans)}")
    return {n: replace(q, variants=variants.get(n, {})) for n, q in found.items()}


def get(name: str) -> SavedQuery:
    """The saved query ``name``; an unknown name is a QueryError listing the known ones."""
    try:
        return catalog()[name]
    except KeyError:
        raise QueryError(f"no saved query {name!r}; saved queries: {', '.join(catalog())}") from None
