"""Cut the sentences behind a fact out of Source text, from the rows of the ``evidence`` query.

Cutting happens here rather than in Cypher because ``substring`` exists in both engines but counts from 0
in Neo4j and from 1 in LadybugDB; spans are stored 0-based with an exclusive end, as Python slices are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from iisg_graph.errors import QueryError

__all__ = ["cut", "parse_span", "quotes"]


def parse_span(span: str) -> tuple[str, int, int]:
    """``"<source id>#<start>-<end>"`` → ``(source id, start, end)``.

    >>> parse_span("src-e1#0-42")
    ('src-e1', 0, 42)
    """
    source, sep, offsets = span.rpartition("#")
    start, dash, end = offsets.partition("-")
    if not (sep and dash and start.isdigit() and end.isdigit()):
        raise QueryError(f"evidence span {span!r} is not '<source id>#<start>-<end>'")
    return source, int(start), int(end)


def cut(text: str, span: str) -> str:
    """The text an evidence span points at.

    >>> cut("Europol attended. DCAF funded it.", "src-1#18-33")
    'DCAF funded it.'
    """
    _, start, end = parse_span(span)
    if end > len(text) or start > end:
        raise QueryError(f"evidence span {span!r} is outside its source text ({len(text)} characters)")
    return text[start:end]


def quotes(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(span, sentence)`` for each span of an ``evidence`` row that points into that row's source.

    A fact with several sources gives one row per source, each carrying all the fact's spans; only the
    spans of the row's own source can be cut from its text.

    >>> quotes({"source_id": "s1", "text": "Europol attended. DCAF funded it.",
    ...         "evidence": ["s1#0-17", "s2#0-5"]})
    [('s1#0-17', 'Europol attended.')]
    """
    text = row.get("text") or ""
    mine = [s for s in row.get("evidence") or [] if parse_span(s)[0] == row.get("source_id")]
    return [(span, cut(text, span)) for span in mine] if text else []
