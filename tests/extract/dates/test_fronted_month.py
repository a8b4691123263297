"""A month with no year that opens a sentence ("In January, a week after the ruling, a bomb
killed a guard") takes the tense of the main clause it governs, read past the phrases between
and the full stops of abbreviations (``tense._main_clause_tense``): told in the past, it is the
last such month, not the coming one. Sentences are made up; the story is published on
1998-10-25."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "1998-10-25"

PAST = [
    ("In January, a week after the anniversary of the ruling, a bomb killed a guard.",
     "January", "1998-01"),
    ("In December, two days before the vote, rebels attacked the capital.", "December",
     "1997-12"),
    ("In November, after the harvest, soldiers burned the village.", "November", "1997-11"),
    ("In February, a month after the talks in Geneva collapsed, the army shelled the port.",
     "February", "1998-02"),
    ("In January, shortly after the funeral of the old king, protesters stormed the palace.",
     "January", "1998-01"),
    ("In December, on the eve of the holidays, gunmen kidnapped two nurses in Kivu.",
     "December", "1997-12"),
    ("In March, a week after the anniversary of the Smith vs. Jones ruling, police arrested "
     "the mayor.", "March", "1998-03"),
    ("In November, as the rains began, militias looted the market in Gulu.", "November",
     "1997-11"),
    ("In January, weeks after the election of the new governor, the assembly dissolved the "
     "council.", "January", "1998-01"),
    ("In December, despite the truce, fighters had overrun the base at Ngala.", "December",
     "1997-12"),
    ("In December, after the collapse of the ceasefire talks in Nairobi, gunmen ambushed a "
     "convoy.", "December", "1997-12"),
    ("In November, when the floods receded, looters ransacked the depot.", "November",
     "1997-11"),
    ("In January, as the rains ended, the rebels seized the airport.", "January", "1998-01"),
    ("In December, while the president was abroad, soldiers surrounded the parliament.",
     "December", "1997-12"),
    ("In November, because of the strike, the company dismissed 200 workers.", "November",
     "1997-11"),
]
NEIGHBOURS = [
    ("In January, a week after the elections, the new parliament will meet.", "January",
     "1999-01"),
    ("In December, two days before the vote, rebels will hold a rally.", "December",
     "1998-12"),
    ("In March, after the harvest, the army will launch an offensive.", "March", "1999-03"),
    ("In January, a clinic bombing in Birmingham killed a guard.", "January", "1998-01"),
]


@pytest.mark.parametrize("text,word,value", PAST + NEIGHBOURS)
def test_a_fronted_month_takes_the_tense_of_its_main_clause(pipeline, text: str, word: str,
                                                            value: str) -> None:
    dates = sitrep.process_text(text, published=PUBLISHED).dates
    found = [d for d in dates if d.text == word]
    assert found, [(d.text, d.value) for d in dates]
    assert found[0].value == value
