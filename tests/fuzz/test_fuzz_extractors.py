"""Every extractor, run through the real pipeline and model on random and adversarial text (all
unicode categories, control characters, escape sequences, very long tokens and sentences,
numbers of every shape, nested and unbalanced quotes, bidi and zero-width marks, right-to-left
scripts, emoji), raises nothing, and every record it gives (actors, places, dates, events with
their trigger, actors, places and date, claims with their place and claimant) points inside the
text, at exactly the text it quotes. Profiles and counts: ``fuzz_common``."""

from __future__ import annotations

import datetime as dt

import pytest
from fuzz_common import adversarial_text, assert_evidence_is_the_text, focused_text, fuzz_settings
from hypothesis import example, given
from hypothesis import strategies as st

from sitrep.extract.claims.numbers import MAX_COUNT
from sitrep.records import Article

pytestmark = pytest.mark.slow  # runs the model

# words that give each extractor something to find, mixed into the adversarial pieces
TARGETS = {
    "dates": ["on Monday", "last week", "since January", "on 5 October 2020", "yesterday",
              "in 2019", "March 3", "3/4/2021", "the 1990s", "two days ago", "next month",
              "earlier this year", "Q3 2020", "on the 31st", "31 February 2021", "9999"],
    "places": ["in Kabul", "near Gao", "Kherson", "in Gaza City", "Zamfara state", "Paris, Texas",
               "in northern Mali", "Borno", "Aleppo", "in Georgia", "Springfield", "in Niger",
               "the Donbas", "Lagos", "Tripoli", "in the Sahel"],
    "actors": ["President", "Joe Biden", "Foreign Minister", "Sergei Lavrov", "the UN", "NATO",
               "Russian forces", "the Taliban", "police", "protesters", "Boko Haram", "the army",
               "Mr.", "Hamas", "the European Union", "Ukrainian officials"],
    "events": ["attacked", "shelled", "protested", "met with", "condemned", "agreed to",
               "imposed sanctions on", "arrested", "fired on", "threatened", "rejected",
               "called for", "clashed with", "withdrew from", "bombed", "detained"],
    "claims": ["killed", "wounded", "at least", "more than", "dozens", "people", "civilians",
               "soldiers", "were killed", "died", "missing", "displaced", "according to",
               "officials said", "the death toll rose to", "injured"],
}
publication_dates = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
                              st.sampled_from([dt.date.min, dt.date.max, dt.date(2020, 2, 29)]))


@pytest.mark.parametrize("kind", sorted(TARGETS))
def test_extractors_on_adversarial_text_raise_nothing_and_quote_the_text_at_their_offsets(
        kind: str, pipeline) -> None:
    found: list[int] = []

    @fuzz_settings("extractor")
    @given(text=st.one_of(focused_text(TARGETS[kind]), adversarial_text),
           published=publication_dates)
    @example(text="Police said 12 people were killed in Kabul on Monday.",
             published=dt.date(2020, 10, 5))
    # found by this test: relative dates and claim periods resolved against a publication date
    # at the ends of the calendar overflowed it (OverflowError, "year 0 is out of range")
    @example(text="yesterday ", published=dt.date.min)
    @example(text="Police said 3 people were killed on March 3 and on Friday.",
             published=dt.date.min)
    @example(text="Police said 3 people were killed on December 31 and the next day.",
             published=dt.date.max)
    @example(text="On December 31, 9999 police killed 3 men; the next day, 2 more died.",
             published=dt.date(2020, 10, 5))
    # found by the long profile: a figure of over 308 digits overflowed float (OverflowError),
    # one over 2**63 could not be stored (SQLite INTEGER): neither is a count
    @example(text="killed " + "9" * 400, published=None)
    @example(text="Gunmen killed 5-" + "9" * 400 + " villagers.", published=None)
    @example(text="Police said 99999999999999999999999999 people were arrested.", published=None)
    def run(text: str, published: dt.date | None) -> None:
        extraction = pipeline.process(Article(text=text, published=published, language="en"))
        assert extraction.article.status == "extracted"
        assert_evidence_is_the_text(extraction)
        assert all(v is None or v <= MAX_COUNT for c in extraction.claims for v in (c.low, c.high))
        found.append(len(getattr(extraction, kind)))

    run()
    # the run reached the extractor: some examples gave it records to check
    assert sum(1 for n in found if n) >= 2, found
