"""Saved web pages of news items (.html/.htm): main text, title, publication date and URL.

Pages are read with the standard library's HTML parser (no network, no JavaScript). The main text is
the paragraphs inside ``<article>`` or ``<main>`` when the page has one, else every paragraph outside
navigation, header, footer, aside, script and style. The URL comes from the canonical link or
``og:url``; the date from ``article:published_time``, ``<time datetime>`` or ``date`` meta tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from loaders.base import SourceItem

__all__ = ["SUFFIXES", "load", "parse_page"]

SUFFIXES = (".html", ".htm")
_SKIP = {"nav", "header", "footer", "aside", "script", "style", "noscript", "form", "button"}
_BLOCKS = {"p", "li", "h2", "h3", "h4", "blockquote", "td"}
_DATE_META = {"article:published_time", "date", "dc.date", "datepublished", "pubdate"}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.blocks: list[tuple[bool, str]] = []  # (inside article/main, text)
        self._buf: list[str] = []
        self._in_block = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower():
            self.meta.setdefault("canonical", a.get("href", ""))
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in {"meta", "link", "br", "img", "hr", "input"}:
            return
        self.stack.append(tag)
        if tag in _BLOCKS:
            self._in_block += 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in _BLOCKS:
                self._in_block -= 1
                self._flush()
            if top == tag:
                break

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf.clear()
        if text and not _SKIP & set(self.stack):
            self.blocks.append((bool({"article", "main"} & set(self.stack)), text))

    def handle_data(self, data: str) -> None:
        if _SKIP & set(self.stack):
            return
        if ("title" in self.stack and "head" in self.stack) or self.stack[-1:] == ["title"]:
            self.title += data
        elif "h1" in self.stack:
            self.h1 += data
        elif self._in_block:
            self._buf.append(data)


def _date(meta: dict[str, str]) -> str | None:
    for key in (*_DATE_META, "time"):
        match = re.match(r"\d{4}-\d{2}-\d{2}", meta.get(key, ""))
        if match:
            return match.group()
    return None


def parse_page(html: str, uri: str) -> SourceItem:
    """One news item from a saved page.

    >>> page = ('<html><head><title>Site | News</title><meta property="og:url" content="https://x.org/n/1">'
    ...         '</head><body><nav><p>Menu</p></nav><article><h1>Meeting in Tirana</h1>'
    ...         '<time datetime="2023-06-02T10:00">2 June</time><p>On 1 June 2023 the RCC met.</p>'
    ...         '</article><footer><p>Contact</p></footer></body></html>')
    >>> item = parse_page(page, "page.html")
    >>> item.title, item.body, item.uri, item.published
    ('Meeting in Tirana', 'On 1 June 2023 the RCC met.', 'https://x.org/n/1', '2023-06-02')
    """
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    main = [text for inside, text in parser.blocks if inside]
    body = " ".join(main or [text for _, text in parser.blocks])
    title = " ".join((parser.meta.get("og:title") or parser.h1 or parser.title).split())
    url = parser.meta.get("canonical") or parser.meta.get("og:url") or uri
    return SourceItem(title=title or Path(uri).stem, body=body, uri=url, published=_date(parser.meta))


def load(path: Path) -> Iterator[SourceItem]:
    """A saved page is one item."""
    yield parse_page(Path(path).read_text(encoding="utf-8", errors="replace"), Path(path).name)
