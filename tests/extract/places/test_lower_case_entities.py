"""Made-up probes (not copied from any data set): a word the model tags as a place but that is
written without a capital in a sentence written in ordinary case ("bang, bang, bang" tagged
GPE, read as the village of Bang in India) is no place name. Neighbours: the capitalised places
of the same sentences stay; a sentence written all in lower case keeps its places."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, a lower-case word that must not be a place, a place of the text that must stay)
DROPPED = [
    ("A neighbour said he heard gunshots - bang, bang, bang, bang, bang - before a teen was "
     "shot in Philadelphia.", "bang", "Philadelphia"),
    ("Witnesses heard pop, pop, pop, pop and then screaming after a man was shot in Denver.",
     "pop", None),
    ("He heard bang, bang, bang, bang outside his window, then a woman was shot in Houston.",
     "bang", "Houston"),
    ("It went bang, bang, bang, bang, a witness said of the shooting in Memphis on Friday.",
     "bang", "Memphis"),
    ("\"Bam, bam, bam, bam, bang, bang,\" said a neighbour after the shooting in Tulsa.",
     "bang", "Tulsa"),
    ("The shots went bang, bang, bang, bang, bang as a man was killed in Fresno on Sunday.",
     "bang", "Fresno"),
    ("Residents heard bang, bang, bang, bang and ran inside as two men were shot in Omaha.",
     "bang", "Omaha"),
    ("Police said a man was shot in Toledo; a neighbour heard bang, bang, bang, bang, bang.",
     "bang", "Toledo"),
    ("A woman heard bang, bang, bang, bang, bang and saw a man fall in Dayton on Monday.",
     "bang", "Dayton"),
    ("A boy was shot in Akron on Saturday, and a neighbour heard bang, bang, bang, bang, bang.",
     "bang", "Akron"),
]


def _places(pipeline, text: str) -> list[str]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return [p.text for p in pipeline.process(article).places]


@pytest.mark.parametrize(("text", "word", "kept"), DROPPED, ids=[t[:50] for t, _, _ in DROPPED])
def test_a_lower_case_word_tagged_as_a_place_is_no_place(pipeline, text, word, kept):
    places = _places(pipeline, text)
    assert word not in places
    if kept is not None:
        assert kept in places


def test_a_sentence_written_all_in_lower_case_keeps_its_places(pipeline):
    places = _places(pipeline, "a man was shot and killed in chicago on friday night, police "
                               "in chicago said.")
    assert "chicago" in places
