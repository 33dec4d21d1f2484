"""Where packaged files live, both in a checkout and in an installed wheel.

The wheel carries ``cypher/`` inside the package (``iisg_graph/cypher``, see pyproject's force-include);
a checkout keeps it at the repository root. Reference data and the bundled sample are package data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["cypher_dir", "data_dir", "sample_dir"]

_PKG = Path(__file__).resolve().parent


@cache
def cypher_dir() -> Path:
    """``cypher/`` (schema + saved queries)."""
    for candidate in (_PKG / "cypher", _PKG.parent / "cypher"):
        if (candidate / "schema").is_dir():
            return candidate
    raise FileNotFoundError("cypher/ not found next to the package nor at the repository root")


def data_dir() -> Path:
    """Reference data (gazetteers, decisions) shipped with the package."""
    return _PKG / "data"


def sample_dir() -> Path:
    """The bundled sample: IISG seed items and partner items (feeds and structured records)."""
    return _PKG / "data" / "sample"
