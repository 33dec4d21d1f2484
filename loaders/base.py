"""What every loader yields, and how loaders are found by file type.

A loader is a module in this package with ``SUFFIXES`` (file suffixes it reads) and
``load(path) -> Iterator[SourceItem | MeetingRecord | ProjectRecord]``. Adding a format is one new
module listed in ``LOADER_MODULES``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["SourceItem"]


@dataclass(frozen=True)
class SourceItem:
    """A free-text item (news item, saved page) with provenance.

    ``text`` is ``title + "\\n\\n" + body``; extraction evidence spans index into it. ``offset`` is the
    character offset of the title in the file it came from, so a span maps back to the file.
    """

    title: str
    body: str
    uri: str
    offset: int = 0
    body_offset: int = 0
    published: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
