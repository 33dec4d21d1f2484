"""One root exception for the project, with typed subclasses.

Messages name the item (file, line/record, field), what was expected and what was found, so that
the CLI can show them as they are at one boundary (``cli.py``).
"""

from __future__ import annotations

__all__ = [
    "IISGError",
    "InputError",
    "QueryError",
    "ResolutionError",
    "StoreError",
    "UnsupportedSource",
]


class IISGError(Exception):
    """Root of every error this package raises on purpose."""


class InputError(IISGError):
    """Bad input: a record, file or value that cannot be loaded.

    ``location`` is "FILE:LINE" or "FILE record N"; ``field`` the record field at fault.
    """

    def __init__(self, message: str, *, location: str | None = None, field: str | None = None):
        self.location = location
        self.field = field
        parts = [p for p in (location, f"field {field!r}" if field else None) if p]
        prefix = ", ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class UnsupportedSource(InputError):
    """No loader knows this file type."""


class StoreError(IISGError):
    """The graph store refused or failed an operation."""


class QueryError(IISGError):
    """A saved query is unknown, or its parameters are wrong."""


class ResolutionError(IISGError):
    """The decisions file or a gazetteer is malformed."""
