"""The pipeline: segment -> select -> parse -> extract -> link, for one article or many.

The spaCy model and the gazetteer are loaded once per process (``Pipeline`` holds them) and
``nlp.pipe`` parses the selected sentences of many articles in batches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sitrep.extract import actors, claims, dates, events, link, places
from sitrep.extract.context import PUBLISHED_RANGE, Context, Sentence
from sitrep.extract.events import corefer
from sitrep.extract.events.mentions.parties import one_each
from sitrep.nlp import select
from sitrep.nlp.model import get_nlp, model_name, one_blas_thread
from sitrep.nlp.scans import keep_text
from sitrep.nlp.segment import one_line, split_sentences
from sitrep.parts import MAX_PART_CHARS, merge_parts, split_article
from sitrep.records import Article, Extraction
from sitrep.resources.gazetteer import get_gazetteer

EXTRACTORS = (dates, places, actors, events, claims)


def extractor_versions() -> dict[str, str]:
    return {m.__name__.rsplit(".", 1)[-1]: m.VERSION for m in (*EXTRACTORS, link)}


def article_id(text: str) -> str:
    """The id of an article: a hash of its whitespace-normalised text."""
    normalised = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


# sentences per batch of the model's components: the parser's and the recogniser's precomputed
# features (4 KB and 1.5 KB per token) and the encoder's arrays of a batch of 128 sentences stay
# in the processor's caches, where those of spaCy's 1,000 did not: the parse takes about 10% less
# time (measured on news-mix: 8.1-8.4 s against 9.2-9.6 s on 400 articles; 64 and 192 are slower
# than 128). The output does not depend on the batch.
PARSE_BATCH = 128


def parse_order(sentences: list[Sentence]) -> list[int]:
    """The order in which ``_flush`` parses ``sentences``: shortest first (stable).

    The parser and the entity recogniser move all the docs of a batch one step at a time until
    the longest is done, with a fixed cost per step; a batch of sentences of about the same
    length takes fewer steps than one mixing short and long ones (about 5-10% of the parse on
    news-mix). Each doc is parsed on its own, so the trees, tags and entities do not depend on
    the order (``tests/test_pipeline_speed.py``)."""
    return sorted(range(len(sentences)), key=lambda i: len(sentences[i].text))


class Pipeline:
    """Holds the model and the gazetteer; processes articles into ``Extraction`` records.

    ``max_part_chars``: an article longer than this is extracted in parts of at most this many
    characters, one after the other (``sitrep.parts``), so that work per article is bounded;
    ``on_part(article, done, total)`` is called after each part of such an article (progress
    of a long single input)."""

    def __init__(self, model: str | None = None, *, select_sentences: bool = True,
                 batch_size: int = 64, max_part_chars: int = MAX_PART_CHARS,
                 on_part: Callable[[Article, int, int], None] | None = None,
                 **settings: Any) -> None:
        self.model = model_name(model)
        self.nlp = get_nlp(self.model)
        self.gazetteer = get_gazetteer()
        self.select_sentences = select_sentences
        self.batch_size = batch_size
        self.max_part_chars = max_part_chars
        self.on_part = on_part
        self.settings = settings

    def _prepare(self, article: Article) -> tuple[list[Sentence], list[bool]]:
        if not article.id:
            article.id = article_id(article.text)
        segments = split_sentences(article.text)
        keep = select.select(segments) if self.select_sentences else [True] * len(segments)
        sentences = [Sentence(i, seg.start, seg.end, seg.text) for i, seg in enumerate(segments)]
        return sentences, keep

    def process_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Process articles in order, parsing their selected sentences in shared batches."""
        parts: list[tuple[int, Extraction]] = []
        for article, offset, count, ex in self._process_parts(articles):
            if count == 1:
                yield ex
                continue
            parts.append((offset, ex))
            if self.on_part is not None:
                self.on_part(article, len(parts), count)
            if len(parts) == count:
                yield merge_parts(article, parts, self.max_part_chars)
                parts = []

    def _process_parts(self, articles: Iterable[Article]
                       ) -> Iterator[tuple[Article, int, int, Extraction]]:
        """(article, offset of the part, number of parts, extraction of the part), in order."""
        pending: list[tuple[Article, list[Sentence], list[Sentence]]] = []
        whole: list[tuple[Article, int, int]] = []
        words = 0
        for article in articles:
            if not article.id:
                article.id = article_id(article.text)
            pieces = split_article(article, self.max_part_chars)
            for offset, piece in pieces:
                sentences, keep = self._prepare(piece)
                todo = [s for s, k in zip(sentences, keep, strict=True) if k]
                pending.append((piece, sentences, todo))
                whole.append((article, offset, len(pieces)))
                words += sum(len(s.text) for s in todo) // 6
                if len(pending) >= self.batch_size or words > 20000:
                    for (art, off, n), ex in zip(whole, self._flush(pending), strict=True):
                        yield art, off, n, ex
                    pending, whole, words = [], [], 0
        for (art, off, n), ex in zip(whole, self._flush(pending), strict=True):
            yield art, off, n, ex

    def process(self, article: Article) -> Extraction:
        return next(iter(self.process_many([article])))

    def _flush(self, pending: list[tuple[Article, list[Sentence], list[Sentence]]]
               ) -> Iterator[Extraction]:
        todo = [s for _, _, selected in pending for s in selected]
        order = parse_order(todo)
        texts = [one_line(todo[i].text) for i in order]
        with one_blas_thread():
            docs = self.nlp.pipe(texts, batch_size=PARSE_BATCH)
            for i, text, doc in zip(order, texts, docs, strict=True):
                keep_text(doc, text)  # ``scans.doc_text`` reads it instead of joining tokens
                todo[i].doc = doc
        for article, sentences, _ in pending:
            yield self._extract(article, sentences)

    def _extract(self, article: Article, sentences: list[Sentence]) -> Extraction:
        result = Extraction(article=article)
        ctx = Context(article, sentences, self.gazetteer, result, dict(self.settings))
        result.dates.extend(dates.extract(ctx))
        result.places.extend(places.extract(ctx))
        result.actors.extend(actors.extract(ctx))
        result.events.extend(events.extract(ctx))
        result.claims.extend(claims.extract(ctx))
        link.link(ctx)
        corefer.fuse(ctx)  # one event per happening, once places and dates are linked
        for event in result.events:  # a participant told twice (a title's, the story's)
            one_each(event)
        if ctx.published is None and any(d.relative for d in result.dates):
            result.notes.append(
                "publication date unknown: relative dates stay unresolved "
                "(pass --published YYYY-MM-DD or a `published` field)"
                if article.published is None else
                f"publication date {article.published} is outside the years "
                f"{PUBLISHED_RANGE[0].year}-{PUBLISHED_RANGE[1].year}: relative dates stay "
                "unresolved (correct it with --published YYYY-MM-DD and --replace)"
            )
        article.status = "extracted"
        return result


_DEFAULT: dict[str, Pipeline] = {}


def default_pipeline(model: str | None = None) -> Pipeline:
    name = model_name(model)
    if name not in _DEFAULT:
        _DEFAULT[name] = Pipeline(name)
    return _DEFAULT[name]


def process_text(text: str, published: dt.date | str | None = None, *, title: str | None = None,
                 source: str | None = None, url: str | None = None,
                 model: str | None = None) -> Extraction:
    """Extract every record from ``text`` without a database."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = Article(text=text, title=title, source=source, url=url, published=published,
                      language="en")
    return default_pipeline(model).process(article)
