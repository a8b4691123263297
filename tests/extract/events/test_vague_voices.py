"""Vague voices (events/senses/public/habits.py, ``vague_voices``): a vague part of a class of
people ("some Kenyans", "many residents") voicing a view in the present or the present perfect
with no date is public sentiment, no ACCUSE, REJECT or REQUEST of a party; counted, dated,
named or official voices stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



VAGUE = [
    ("Some Kenyans have complained that rescuers gave priority to American victims.", "ACCUSE"),
    ("Many residents have criticized the council for the new parking rules.", "ACCUSE"),
    ("Some parents have accused the school of ignoring bullying.", "ACCUSE"),
    ("Most farmers have opposed the new water plan.", "REJECT"),
    ("Several shopkeepers have complained that police ignore thefts.", "ACCUSE"),
    ("Many Iraqis blame the government for the power cuts.", "ACCUSE"),
    ("Some residents accuse the mayor of neglecting the district.", "ACCUSE"),
    ("Some critics have condemned the plan as a waste of money.", "ACCUSE"),
    ("Many voters have rejected the idea of a new tax.", "REJECT"),
    ("Some families have demanded answers from the hospital.", "REQUEST"),
]
VOICED = [
    ("Several lawmakers accused the minister of lying on Tuesday.", "ACCUSE"),
    ("Some 200 residents protested outside the town hall on Monday.", "PROTEST"),
    ("The opposition has accused the government of fraud.", "ACCUSE"),
    ("Kenyan officials have complained that the rescuers ignored them.", "ACCUSE"),
    ("Five residents accused the mayor of fraud on Monday.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "plover"), VAGUE,
                         ids=[f"vague-{k:02d}" for k in range(len(VAGUE))])
def test_a_vague_voice_is_public_sentiment(pipeline, text: str, plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), VOICED,
                         ids=[f"voiced-{k:02d}" for k in range(len(VOICED))])
def test_counted_dated_and_official_voices_stay(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
