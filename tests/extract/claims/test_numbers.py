"""Quantities: digits, words, ranges, bounds, approximations and vague words."""

from __future__ import annotations

import pytest

from sitrep.extract.claims.numbers import find_quantities, words_value
from sitrep.nlp.model import get_nlp


def _quantities(text: str) -> list[tuple[str, int | None, int | None, bool, str | None]]:
    doc = get_nlp()(text)
    return [(doc[q.start:q.end].text, q.low, q.high, q.approx, q.vague)
            for q in find_quantities(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("between 2,000 and 3,000 enemy soldiers", ("between 2,000 and 3,000", 2000, 3000, False, None)),
    ("2,000-3,000 dead", ("2,000-3,000", 2000, 3000, False, None)),
    ("from 10 to 15 people", ("from 10 to 15", 10, 15, False, None)),
    ("at least 25 people", ("at least 25", 25, None, False, None)),
    ("more than three dozen left", ("more than three dozen", 36, None, False, None)),
    ("nearly two dozen activists", ("nearly two dozen", None, 24, False, None)),
    ("up to 40 soldiers", ("up to 40", None, 40, False, None)),
    ("some 20 people dead", ("some 20", 20, 20, True, None)),
    ("an estimated 1,200 people", ("an estimated 1,200", 1200, 1200, True, None)),
    ("two hundred and nineteen dead", ("two hundred and nineteen", 219, 219, False, None)),
    ("a dozen people", ("a dozen", 12, 12, False, None)),
    ("As many as 555 people", ("As many as 555", None, 555, False, None)),
])
def test_figures_bounds_and_ranges(text, expected):
    assert _quantities(text) == [expected]


def test_vague_quantities_keep_their_words_and_acled_lower_bound():
    doc = get_nlp()("hundreds of thousands of refugees and dozens of wounded")
    found = [(q.vague, q.vague_low) for q in find_quantities(doc)]
    assert found == [("hundreds of thousands", 100000), ("dozens", 12)]


def test_ages_and_years_are_not_quantities():
    assert _quantities("a 24-year-old man was seen in 1994") == []


def test_five_and_eleven_stay_two_numbers():
    values = [q[1] for q in _quantities("including 5 and 11 respectively since Sunday")]
    assert values == [5, 11]


def test_number_words():
    assert words_value(["twenty-one", "people"]) == (21, 1)
    assert words_value(["one", "thousand", "two", "hundred"]) == (1200, 4)
    assert words_value(["people"]) is None


def _every_token_scan(doc):
    """find_quantities without its first-word filter: _quantity_at tried at every token."""
    from sitrep.extract.claims.numbers import _quantity_at

    lowers, out, i = [t.lower_ for t in doc], [], 0
    while i < len(doc):
        q = _quantity_at(doc, lowers, i)
        if q is None:
            i += 1
            continue
        out.append(q)
        i = max(q.end, i + 1)
    return out


def test_the_first_word_filter_finds_what_trying_every_token_finds():
    from conftest import news_texts

    texts = ["Between 2,000-3,000 and a half dozen; a large number of people, hundreds of "
             "thousands, some 20, as many as 555, half-dozen, twenty-two, an unknown number of, "
             "a 24-year-old and 3.5 km; a few, a handful of, numerous, scores."]
    texts += news_texts(30, 3000)
    found = 0
    for doc in get_nlp().pipe(texts):
        expected = _every_token_scan(doc)
        assert find_quantities(doc) == expected
        found += len(expected)
    assert found > 20
