"""An article over the part limit is extracted in parts whose records point into the whole
text; an ordinary article is one part, extracted exactly as before."""

from __future__ import annotations

import dataclasses

from sitrep.parts import split_article
from sitrep.pipeline import Pipeline
from sitrep.records import Article, Evidence

STORY = ("Rebels attacked an army post near Goma on Sunday, killing three soldiers, the defence "
         "ministry said. Police arrested 12 protesters in Kinshasa on Monday, according to "
         "Reuters. ")


def _evidences(record, out: list[Evidence]) -> None:
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Evidence):
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    _evidences(item, out)
        elif dataclasses.is_dataclass(value) and not isinstance(value, Article):
            _evidences(value, out)


def test_short_article_is_one_part_the_article_itself() -> None:
    article = Article(text=STORY)
    assert split_article(article, 1000) == [(0, article)]


def test_long_article_parts_end_at_sentences_and_respect_the_limit() -> None:
    text = STORY * 40
    parts = split_article(Article(text=text, id="a1"), 1000)
    assert len(parts) > 5
    for offset, part in parts:
        assert len(part.text) <= 1000 and part.id == "a1"
        assert text[offset:offset + len(part.text)] == part.text
        assert part.text.endswith(".")


def test_long_article_records_point_into_the_whole_text(pipeline) -> None:
    text = STORY * 30
    whole = Pipeline(max_part_chars=1000).process(Article(text=text))
    assert "extracted in" in whole.notes[0] and whole.article.status == "extracted"
    one = pipeline.process(Article(text=STORY))
    parts = split_article(Article(text=text), 1000)
    # events fuse mentions of one happening within a part (the same story told again), never
    # across parts: the whole has the events of its parts
    assert len(whole.events) == sum(len(pipeline.process(Article(text=part.text)).events)
                                    for _, part in parts)
    assert len(whole.events) >= len(one.events) * len(parts)
    assert len(whole.claims) == len(one.claims) * 30
    found: list[Evidence] = []
    for kind in ("dates", "places", "actors", "events", "claims"):
        for record in getattr(whole, kind):
            _evidences(record, found)
    assert found and all(text[e.start:e.end] == e.text for e in found)
    assert max(e.start for e in found) > len(text) - len(STORY)  # the last part is there
    linked = [c for c in whole.claims if c.event is not None]
    assert linked
    for claim in linked:  # indexes into the whole article's lists: the event of its own part
        assert abs(whole.events[claim.event].evidence.start - claim.evidence.start) < 1000
    assert len(parts) > 1
