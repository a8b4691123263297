"""What every extractor sees: the article, its sentences (parsed where selected), resources and
the records extracted so far. Extractors run in order: dates, places, actors, events, claims, link.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from sitrep.records import Article, Evidence, Extraction

if TYPE_CHECKING:
    from sitrep.resources.gazetteer import Gazetteer

# publication dates the extractors resolve relative dates against: far enough from the ends of
# the calendar (years 1 and 9999) that "the year before", "last Monday" or "a century ago"
# stay inside it; a date outside (a data error such as 0001-01-01) counts as unknown
PUBLISHED_RANGE = (dt.date(1000, 1, 1), dt.date(8999, 12, 31))


@dataclass
class Sentence:
    index: int
    start: int  # character offset of the sentence in the article text
    end: int
    text: str
    doc: Doc | None = None  # the parse of ``text``; None when the sentence was not selected

    def evidence(self, item: Span | Token | tuple[int, int]) -> Evidence:
        """Evidence for a token, a span or (start, end) character offsets within this sentence."""
        if isinstance(item, Token):
            a, b = item.idx, item.idx + len(item)
        elif isinstance(item, Span):
            a, b = item.start_char, item.end_char
        else:
            a, b = item
        return Evidence(self.start + a, self.start + b, self.text[a:b])


@dataclass
class Context:
    article: Article
    sentences: list[Sentence]
    gazetteer: Gazetteer
    result: Extraction
    settings: dict[str, Any] = field(default_factory=dict)
    # (the sentences' list and length, their starts) for ``sentence_at``
    _bisect: tuple[tuple[int, int], list[int] | None] | None = field(
        default=None, init=False, repr=False, compare=False)

    @property
    def published(self) -> dt.date | None:
        """The article's publication date, or None when unknown or outside ``PUBLISHED_RANGE``."""
        published = self.article.published
        if published is None or not PUBLISHED_RANGE[0] <= published <= PUBLISHED_RANGE[1]:
            return None
        return published

    @property
    def text(self) -> str:
        return self.article.text

    def parsed(self) -> list[Sentence]:
        return [s for s in self.sentences if s.doc is not None]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The first sentence that holds ``offset``: found by bisection on the sentences'
        starts where they come in order without overlapping (the segmenter's), where each
        holds only what lies before the next one's start; else by a scan."""
        starts = self._starts()
        if starts is None:
            for sentence in self.sentences:
                if sentence.start <= offset < sentence.end:
                    return sentence
            return None
        i = bisect_right(starts, offset) - 1
        if i >= 0:
            sentence = self.sentences[i]
            if offset < sentence.end:
                return sentence
        return None

    def _starts(self) -> list[int] | None:
        """The sentences' starts when they are in order and apart (None otherwise), kept while
        the list of sentences stays the same."""
        key = (id(self.sentences), len(self.sentences))
        if self._bisect is None or self._bisect[0] != key:
            sents = self.sentences
            ordered = all(a.end <= b.start and a.start <= a.end
                          for a, b in zip(sents, sents[1:], strict=False))
            self._bisect = (key, [x.start for x in sents] if ordered else None)
        return self._bisect[1]

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(start, end, self.article.text[start:end])
