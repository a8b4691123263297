"""Hard line breaks inside a sentence (wrapped wire copy) are read as spaces by the parser, while
every record's evidence stays the article's own characters."""

from __future__ import annotations

import sitrep
from sitrep.nlp.segment import one_line


def test_one_line_keeps_the_length_and_offsets() -> None:
    text = "Police in the Western\nCape arrested\r\nfour men."
    assert one_line(text) == "Police in the Western Cape arrested  four men."
    assert len(one_line(text)) == len(text)


def test_a_wrapped_sentence_gives_what_the_unwrapped_one_gives(pipeline) -> None:
    flat = ("Police arrested four men in the port city of Cape Town on Monday after a raid on "
            "a warehouse near the docks.")
    wrapped = ("Police arrested four men in the port city of Cape\nTown on Monday after a raid on "
               "a warehouse\nnear the docks.")
    a = sitrep.process_text(flat, published="2021-03-02")
    b = sitrep.process_text(wrapped, published="2021-03-02")
    assert [(e.plover_type, e.trigger.start) for e in b.events] == \
        [(e.plover_type, e.trigger.start) for e in a.events]
    assert [(p.geonameid, p.evidence.start) for p in b.places] == \
        [(p.geonameid, p.evidence.start) for p in a.places]
    assert any(p.name == "Cape Town" for p in b.places)
    for record in (*b.places, *b.events, *b.claims, *b.actors):
        ev = record.evidence
        assert wrapped[ev.start:ev.end] == ev.text  # the newline is kept in the evidence


def test_a_short_line_before_a_capital_is_still_a_headline_break() -> None:
    from sitrep.nlp.segment import split_sentences

    text = ("Gunmen kill four in Kandahar\nKANDAHAR (AP) - Gunmen killed four guards at a bank "
            "in the city of\nKandahar on Monday.\n\nNew paragraph.")
    assert [s.text for s in split_sentences(text)] == [
        "Gunmen kill four in Kandahar",
        "KANDAHAR (AP) - Gunmen killed four guards at a bank in the city of\nKandahar on Monday.",
        "New paragraph."]
