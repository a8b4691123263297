"""Idioms of violence verbs (events/senses/life/idioms.py): rising fast ("shot to fame", "prices
shot up"), a measure defeated ("the bill was killed in committee"), a flop ("the movie bombed
at the box office"), striking an agreement, a balance or a tone ("struck a deal", "struck down
the law") name no assault; shootings, killings, bombings and blows of people and places stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

IDIOMS = [
    "The singer shot to fame in 2010.",
    "The band shoots to the top of the charts with its new album.",
    "The striker shot into the lead in the scoring table.",
    "Fuel prices shot up in March.",
    "The bill was killed in committee on Tuesday.",
    "Senators killed the proposal on Wednesday.",
    "The governor kills the measure.",
    "The movie bombed at the box office.",
    "Their second album bombed in 2019.",
    "He bombed the exam.",
    "The two companies struck a deal on Monday.",
    "The minister strikes a balance between security and rights.",
    "The speech struck a chord with voters.",
    "The court struck down the law on Friday.",
    "The gunmen struck fear into the villagers.",
]
VIOLENCE = [
    "Gunmen shot a policeman on Monday.",
    "He was shot to death on Friday.",
    "Police shot into the crowd on Sunday.",
    "Soldiers killed three rebels on Monday.",
    "The bomb killed Bill on Monday.",
    "Warplanes bombed the village on Monday.",
    "Rebels bombed the bridge on Monday.",
    "A missile struck the power plant on Tuesday.",
    "He struck the minister with a stick.",
    "A drone struck a convoy on Monday.",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_idiom_of_a_violence_verb_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


def test_struck_deal_stays_an_agreement() -> None:
    assert plover_types("The two companies struck a deal on Monday.") == ["AGREE"]


@pytest.mark.parametrize("text", VIOLENCE)
def test_violence_of_the_same_verbs_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in plover_types(text)
