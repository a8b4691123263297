"""RSS and Atom feed files (feedparser): one article per entry, with its title, link, date and
source (the feed's title). The entry's full content is used when the feed carries it, else its
summary; HTML in either becomes plain text with paragraph breaks."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.ingest import ReadOptions, failed_article, register_reader
from sitrep.ingest.checks import RecordProblem, check_size
from sitrep.ingest.readers import make_article
from sitrep.pipeline import article_id
from sitrep.records import Article

BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
          "section", "article", "header", "footer", "pre", "figcaption")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block elements become paragraph breaks."""
    import lxml.html
    from lxml import etree

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter(*BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n\n")]
    return "\n\n".join(line for line in lines if line)


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:  # feedparser reads "0000000" as the year 0
                continue
    return None


def _entry_text(entry: Any) -> str:
    parts = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    raw = max(parts, key=len) if parts else entry.get("summary", "") or ""
    return html_to_text(raw)


def read_feed(path: Path, options: ReadOptions) -> Iterator[Article]:
    import feedparser

    size = path.stat().st_size
    check_size(size, options.max_bytes)
    data = path.read_bytes()
    if not data.strip():
        raise RecordProblem("skipped", "empty")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({type(problem).__name__}: {problem})" if problem else ""
        raise RecordProblem("failed", f"not an RSS/Atom feed or a feed without entries{detail}")
    source = parsed.feed.get("title") or options.source
    for i, entry in enumerate(parsed.entries):
        origin = f"{path}#{i}"
        meta = {
            "id": entry.get("id") or entry.get("link"),
            "title": entry.get("title"),
            "url": entry.get("link"),
            "source": source,
            "published": _date(entry),
            "language": entry.get("language") or parsed.feed.get("language"),
        }
        text = _entry_text(entry)
        try:
            yield make_article(text, origin, meta, options)
        except RecordProblem as exc:
            article = failed_article(origin, exc.status, f"feed entry {i}: {exc.reason}",
                                     url=meta["url"], title=meta["title"])
            if text.strip() and "\x00" not in text:
                article.text, article.id = text, article_id(text)
            yield article


register_reader("feed", (".rss", ".atom", ".xml", ".rdf"), read_feed)
