"""A gathering of partisans is a protest (PROTEST/demo) with no demand told: "several hundred
opposition supporters who gathered outside the gendarmerie were dispersed", "an angry crowd had
gathered outside the hospital", "dozens of people gathered outside the embassy holding flags".
Fans, mourners, tourists or relatives gathered to watch, mourn or wait, supporters gathered to
welcome a team, and evidence gathered are none. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

GATHERED = [
    "Several hundred party supporters who gathered outside the prefecture on Tuesday were "
    "dispersed with tear gas.",
    "Several dozen people gathered outside the French consulate in the evening holding "
    "Algerian flags.",
    "Several hundred supporters who gathered at a basketball court were dispersed by police.",
    "Police fired shots in the air to disperse an angry crowd that had gathered outside the "
    "clinic.",
    "Hundreds of opposition supporters gathered outside the court on Monday.",
    "An angry mob gathered outside the police station after the death.",
    "Dozens of activists gathered in front of parliament waving placards.",
    "Demonstrators gathered again outside the ministry on Friday.",
    "A furious crowd gathered at the gates of the mine.",
    "About 200 of the senator's loyalists gathered outside the electoral office.",
]
NOT_GATHERED = [
    "Fans gathered outside the stadium before the match.",
    "Relatives gathered at the hospital to wait for news.",
    "Hundreds of mourners gathered at the cemetery on Sunday.",
    "Investigators gathered evidence at the scene.",
    "Tourists gathered in the square to watch the fireworks.",
    "Supporters of the club gathered at the airport to welcome the team.",
]


@pytest.mark.parametrize("text", GATHERED, ids=[t[:40] for t in GATHERED])
def test_partisans_gathered_protest(pipeline, text: str) -> None:
    assert "PROTEST" in plover_types(text)


@pytest.mark.parametrize("text", NOT_GATHERED, ids=[t[:40] for t in NOT_GATHERED])
def test_crowd_gathered_to_watch_or_mourn_is_no_protest(pipeline, text: str) -> None:
    assert "PROTEST" not in plover_types(text)
