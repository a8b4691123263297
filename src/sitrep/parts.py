"""Bounded work per article: an article longer than ``MAX_PART_CHARS`` characters is extracted
in parts, one after the other, and the parts' records are put back together with offsets into
the whole text.

Several steps look at a whole article at once (place resolution weighs every place against the
article's other places, claims look for the parties across all parsed sentences, events are
merged across the article), so their cost grows faster than the text. A news article is far
below the limit (the longest of the 2,046 news-mix articles has 28,005 characters) and is
extracted as one part, exactly as before; a 5 MB dump becomes about a hundred parts, each costing
what an ordinary long article costs, so the time and the memory of an article grow in proportion
to its size. Parts end at sentence boundaries; what is resolved "per article" (the sense of a
place name, the parties of a conflict) is then resolved per part, which the article's reason
says.

    for offset, part in split_article(article, 50_000): ...
    extraction = merge_parts(article, [(offset, extraction_of_part), ...])
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sitrep.nlp.segment import split_sentences
from sitrep.records import Article, Evidence, Extraction

MAX_PART_CHARS = 50_000

__all__ = ["MAX_PART_CHARS", "merge_parts", "split_article"]


def split_article(article: Article, max_chars: int = MAX_PART_CHARS) -> list[tuple[int, Article]]:
    """(offset in the text, article) for each part of ``article``: the article itself when it
    is not longer than ``max_chars`` (or ``max_chars`` is 0), otherwise consecutive runs of its
    sentences of at most ``max_chars`` characters (a sentence is never longer than
    ``segment.MAX_SENTENCE_CHARS``)."""
    text = article.text
    if not max_chars or len(text) <= max_chars:
        return [(0, article)]
    bounds: list[tuple[int, int]] = []
    start = end = None
    for seg in split_sentences(text):
        if start is not None and end is not None and seg.end - start > max_chars:
            bounds.append((start, end))
            start = None
        if start is None:
            start = seg.start
        end = seg.end
    if start is not None and end is not None:
        bounds.append((start, end))
    return [(a, dataclasses.replace(article, text=text[a:b], status="pending", reason=None))
            for a, b in bounds]


def _shift(record: Any, offset: int, seen: set[int]) -> None:
    """Move every ``Evidence`` inside ``record`` by ``offset`` characters, in place (records
    shared between lists, such as an event's actors, are moved once)."""
    if id(record) in seen or not dataclasses.is_dataclass(record):
        return
    seen.add(id(record))
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Evidence):
            setattr(record, f.name, dataclasses.replace(
                value, start=value.start + offset, end=value.end + offset))
        elif isinstance(value, list):
            for item in value:
                _shift(item, offset, seen)
        elif dataclasses.is_dataclass(value) and not isinstance(value, Article):
            _shift(value, offset, seen)


def merge_parts(article: Article, parts: list[tuple[int, Extraction]],
                max_chars: int = MAX_PART_CHARS) -> Extraction:
    """One extraction of ``article`` from the extractions of its parts (``split_article``)."""
    result = Extraction(article=article)
    seen: set[int] = set()
    for offset, ex in parts:
        for kind in ("dates", "places", "actors", "events", "claims"):
            for record in getattr(ex, kind):
                _shift(record, offset, seen)
        events, claims = len(result.events), len(result.claims)
        for claim in ex.claims:  # indexes into the article's lists, not the part's
            if claim.part_of is not None:
                claim.part_of += claims
            if claim.event is not None:
                claim.event += events
        for kind in ("dates", "places", "actors", "events", "claims"):
            getattr(result, kind).extend(getattr(ex, kind))
        result.notes.extend(n for n in ex.notes if n not in result.notes)
    result.notes.insert(0, f"extracted in {len(parts)} parts of at most {max_chars:,} "
                           f"characters (places and parties resolved within each part)")
    article.status = "extracted"
    return result
