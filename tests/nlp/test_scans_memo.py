"""A doc's count of capitalised words is remembered with the doc: asked again (the places and
the events extractors both ask) it gives the plain count, for the doc it was asked about."""

from __future__ import annotations

import pytest

from sitrep.nlp import scans
from sitrep.nlp.model import get_nlp

pytestmark = pytest.mark.slow  # loads the model

# made-up headlines and sentences
TEXTS = [
    "Rebels Launch Offensive on Town",
    "Rebels launch an offensive on the town of Kidal",
    "UN Envoy Meets Leaders In Geneva Talks",
    "Police said two men were arrested.",
    "a b c",
]


def plain(doc: object) -> tuple[int, int]:
    words = [t for t in doc if t.is_alpha and len(t) > 3]  # type: ignore[attr-defined]
    return len(words), sum(t.text[0].isupper() for t in words)


def test_capitalised_words_asked_twice_are_the_plain_count_of_each_doc() -> None:
    docs = list(get_nlp().pipe(TEXTS))
    first = [scans.capitalised_words(doc) for doc in docs]
    again = [scans.capitalised_words(doc) for doc in reversed(docs)][::-1]
    assert first == again == [plain(doc) for doc in docs]
    assert first[0] == (4, 4) and first[1][1] < first[1][0]
