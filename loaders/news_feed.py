"""Plain-text news feeds: blank line, title line, blank line, paragraph — repeated.

This is the layout news listings are saved in (``iisg_graph/data/sample/*.txt``). Each item becomes a
:class:`SourceItem` whose ``offset`` is the character offset of its title in the file, so evidence
spans map back to the file. A block of several lines with no blank line after its first line is read
as title + paragraph too, since hand-made feeds often lose that blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from loaders.base import SourceItem

__all__ = ["SUFFIXES", "load", "parse_feed"]

SUFFIXES = (".txt",)
_BLOCK = re.compile(r"[^\n]+(?:\n[ \t]*\S[^\n]*)*")  # lines up to the next blank line


def _blocks(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]


def parse_feed(text: str, uri: str) -> Iterator[SourceItem]:
    """Split a feed into items; ``uri`` names the file for provenance.

    >>> items = list(parse_feed("\\nA title\\n\\nIts paragraph.\\n\\nSecond\\n\\nMore text.\\n", "feed.txt"))
    >>> [(i.title, i.body, i.offset) for i in items]
    [('A title', 'Its paragraph.', 1), ('Second', 'More text.', 26)]
    >>> items[0].uri
    'feed.txt#item=1'
    """
    blocks = _blocks(text)
    i, n = 0, 0
    while i < len(blocks):
        start, block = blocks[i]
        first, _, rest = block.partition("\n")
        if rest.strip():
            title, body, body_start = first, rest, start + len(first) + 1
            i += 1
        else:
            title = first
            body_start, body = blocks[i + 1] if i + 1 < len(blocks) else (start + len(block), "")
            i += 2
        n += 1
        lead = len(title) - len(title.lstrip())
        yield SourceItem(
            title=title.strip(),
            body=body.strip(),
            uri=f"{uri}#item={n}",
            offset=start + lead,
            body_offset=body_start + len(body) - len(body.lstrip()),
        )


def load(path: Path) -> Iterator[SourceItem]:
    """Read a feed file (UTF-8) into source items."""
    yield from parse_feed(Path(path).read_text(encoding="utf-8"), Path(path).name)
