"""The hyphen readers of ``sitrep.nlp.scans`` on real parses: words the tokenizer splits at their
hyphens ("sit-in", "passer-by", "Jaish-e-Mohammed") are joined again, spaced hyphens and dashes
only when asked (``spaced``, ``marks``), and a word with no hyphen stands alone. Made-up
sentences; each case is found by its word, not by a token index."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from sitrep.nlp import scans

pytestmark = pytest.mark.slow  # loads the model


def _word(doc: Doc, text: str, nth: int = 0) -> Token:
    """The ``nth`` token of ``doc`` whose text is ``text``."""
    return [t for t in doc if t.text == text][nth]


@pytest.fixture(scope="module")
def parse(pipeline):
    return lambda text: pipeline.nlp(text)


def test_hyphen_before_and_after_join_a_word_split_at_its_hyphen(parse) -> None:
    doc = parse("Workers staged a sit-in outside the mill while a passer-by watched.")
    before = scans.hyphen_before(_word(doc, "in"))
    assert before is not None and before.text == "sit"
    passer = _word(doc, "passer")
    after = scans.hyphen_after(passer)
    assert after is not None and after.text == "by"
    assert scans.hyphen_before(passer) is None  # "a passer": no hyphen before it
    assert scans.hyphen_after(_word(doc, "mill")) is None


def test_spaced_hyphens_and_dashes_join_only_when_asked(parse) -> None:
    doc = parse("Gunmen attacked a bus on the Okene - Kabba road and the Lokoja\u2013Abuja road.")
    kabba = _word(doc, "Kabba")
    assert scans.hyphen_before(kabba) is None  # spaces around the hyphen
    spaced = scans.hyphen_before(kabba, spaced=True)
    assert spaced is not None and spaced.text == "Okene"
    abuja = [t for t in doc if t.text.endswith("Abuja")][0]
    if abuja.text == "Abuja":  # the en dash split off
        assert scans.hyphen_before(abuja) is None  # an en dash is no hyphen by default
        found = scans.hyphen_before(abuja, marks=scans.DASHES)
        assert found is not None and found.text == "Lokoja"


def test_hyphen_run_reaches_every_part_and_stops_where_told(parse) -> None:
    doc = parse("Fighters of Jaish-e-Mohammed claimed the life-threatening attack.")
    e = _word(doc, "e")
    start, end = scans.hyphen_run(e)
    assert doc[start:end + 1].text == "Jaish-e-Mohammed"
    start, end = scans.hyphen_run(doc[start])  # the same word read from its first part
    assert doc[start:end + 1].text == "Jaish-e-Mohammed"
    # a part that fails the test ends the word on its side
    start, end = scans.hyphen_run(e, before=lambda t: t.text.islower())
    assert doc[start:end + 1].text == "e-Mohammed"
    claimed = _word(doc, "claimed")
    assert scans.hyphen_run(claimed) == (claimed.i, claimed.i)


def test_hyphen_word_is_the_whole_lower_case_word_or_empty(parse) -> None:
    doc = parse("The cease-fires held after the Walk-Out, but the sit - in ended.")
    fires = _word(doc, "fires")
    assert scans.hyphen_word(fires) == "cease-fires"
    assert scans.hyphen_word(fires, fires.lemma_.lower()) == f"cease-{fires.lemma_.lower()}"
    out = _word(doc, "Out")
    assert scans.hyphen_word(out) == "walk-out"
    assert scans.hyphen_word(_word(doc, "in")) == ""  # written with spaces: two words
    assert scans.hyphen_word(_word(doc, "held")) == ""
