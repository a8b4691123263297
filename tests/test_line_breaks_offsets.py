"""Hard line breaks (issue 15, item 11): in hard-wrapped copy a line break inside a sentence is
read as a space ("Western\nCape" is one name) while blank lines still end paragraphs, and every
field of every record still points at the article's own characters (a record's ``text`` is those
characters, verbatim or as the parser read them, a wrap as a space). Dates in a wrapped clause take the
clause's tense ("would appear in court\nin Cape Town on Wednesday" is the coming Wednesday).
Texts are made up."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from sitrep.nlp.segment import one_line, split_sentences
from sitrep.records import Article, Evidence

WRAPPED = [
    # (wrapped text, the same text on one line per paragraph)
    ("Police arrested four men in the town of Khayelitsha in the Western\nCape province on "
     "Monday after gunmen killed two shopkeepers.\n\nThe provincial police commissioner said "
     "the suspects would appear in court\nin Cape Town on Wednesday.",
     "Police arrested four men in the town of Khayelitsha in the Western Cape province on "
     "Monday after gunmen killed two shopkeepers.\n\nThe provincial police commissioner said "
     "the suspects would appear in court in Cape Town on Wednesday."),
    ("Rebels of the National Liberation Army attacked an army post near\nCucuta on Sunday, "
     "killing three soldiers and wounding five, the Colombian\narmy said in a statement.\n\n"
     "The defence minister condemned the attack and ordered more troops to the border.",
     "Rebels of the National Liberation Army attacked an army post near Cucuta on Sunday, "
     "killing three soldiers and wounding five, the Colombian army said in a statement.\n\n"
     "The defence minister condemned the attack and ordered more troops to the border."),
    ("Thousands of teachers marched through the centre of Buenos Aires on\nTuesday to demand "
     "higher wages, and the union said it would strike again\nnext week if the government did "
     "not raise its offer.",
     "Thousands of teachers marched through the centre of Buenos Aires on Tuesday to demand "
     "higher wages, and the union said it would strike again next week if the government did "
     "not raise its offer."),
]


def _spans(record: Any, path: str = "") -> Iterator[tuple[str, Evidence, Any]]:
    """Every Evidence inside ``record`` (nested records and lists too), with the record that
    holds it."""
    if isinstance(record, list):
        for i, item in enumerate(record):
            yield from _spans(item, f"{path}[{i}]")
        return
    if not dataclasses.is_dataclass(record) or isinstance(record, Evidence):
        return
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Evidence):
            yield f"{path}.{f.name}", value, record
        else:
            yield from _spans(value, f"{path}.{f.name}")


def _extract(pipeline, text: str):
    return pipeline.process(Article(text=text, published=dt.date(2021, 3, 2), language="en"))


@pytest.mark.parametrize("wrapped", [w for w, _ in WRAPPED], ids=["cape", "cucuta", "strike"])
def test_every_field_of_every_record_points_at_the_wrapped_text(pipeline, wrapped) -> None:
    found = _extract(pipeline, wrapped)
    spans = [span for kind in ("actors", "places", "dates", "events", "claims")
             for span in _spans(getattr(found, kind), kind)]
    assert len(spans) > 10
    for path, ev, record in spans:
        assert wrapped[ev.start:ev.end] == ev.text, path
        text = getattr(record, "text", None)
        if path.endswith(".evidence") and isinstance(text, str):
            # the value is these characters, verbatim or as the parser read them (a wrap as a
            # space: the actor extractor keeps some names each way)
            assert text in (wrapped[ev.start:ev.end], one_line(wrapped[ev.start:ev.end])), path


@pytest.mark.parametrize(("wrapped", "flat"), WRAPPED, ids=["cape", "cucuta", "strike"])
def test_a_wrapped_article_gives_the_records_of_the_unwrapped_one(pipeline, wrapped,
                                                                   flat) -> None:
    a, b = _extract(pipeline, flat), _extract(pipeline, wrapped)
    assert len(flat) == len(wrapped)
    assert [(e.plover_type, e.trigger.start, e.acled_sub_event_type, e.confidence)
            for e in b.events] == [(e.plover_type, e.trigger.start, e.acled_sub_event_type,
                                    e.confidence) for e in a.events]
    assert [(p.geonameid, p.evidence.start) for p in b.places] == \
        [(p.geonameid, p.evidence.start) for p in a.places]
    assert [(c.outcome, c.low, c.evidence.start) for c in b.claims] == \
        [(c.outcome, c.low, c.evidence.start) for c in a.claims]
    assert [(d.value, d.evidence.start) for d in b.dates] == \
        [(d.value, d.evidence.start) for d in a.dates]


def test_western_cape_across_a_line_break_is_one_place(pipeline) -> None:
    text = WRAPPED[0][0]
    names = {p.name for p in _extract(pipeline, text).places}
    assert "Western Cape" in names
    assert "Cape Town" in names


def test_paragraph_breaks_still_end_sentences_and_wraps_do_not() -> None:
    text = WRAPPED[1][0]
    sentences = [s.text for s in split_sentences(text)]
    assert len(sentences) == 2
    assert sentences[0].endswith("the Colombian\narmy said in a statement.")
    assert sentences[1].startswith("The defence minister")
