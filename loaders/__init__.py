"""Loaders: one module per source format, found by file suffix.

Each module has ``SUFFIXES`` and ``load(path)`` yielding :class:`~loaders.base.SourceItem` (free text,
for extraction) or validated records. A new format is one new module named in ``LOADER_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from iisg_graph.errors import UnsupportedSource
from loaders.base import SourceItem

__all__ = ["LOADER_MODULES", "SourceItem", "expand_paths", "loader_for", "supported_suffixes"]

LOADER_MODULES = ("loaders.news_feed", "loaders.html_page", "loaders.records")


def _modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in LOADER_MODULES]


def supported_suffixes() -> dict[str, str]:
    return {s: m.__name__ for m in _modules() for s in m.SUFFIXES}


def loader_for(path: Path) -> ModuleType:
    """The loader module for a file, by suffix; a clear error listing the supported ones otherwise."""
    suffix = Path(path).suffix.lower()
    for module in _modules():
        if suffix in module.SUFFIXES:
            return module
    known = ", ".join(sorted(supported_suffixes()))
    raise UnsupportedSource(f"no loader for {suffix or 'files without a suffix'!r} (supported: {known})",
                            location=str(path))


def expand_paths(paths: list[Path]) -> Iterator[Path]:
    """Files as given, and supported files inside given folders (sorted, so loads are repeatable)."""
    suffixes = supported_suffixes()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
        elif path.exists():
            yield path
        else:
            raise UnsupportedSource("no such file or folder", location=str(path))
