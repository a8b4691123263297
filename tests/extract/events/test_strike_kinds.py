"""The noun "strike" as an attack or a walkout (senses/life/strikes.py): a state's or a people's name
before it tells no kind ("U.S. strike hits militants" is an attack, by the harm it does to
people), a cue of attack later in its own sentence tells a definite strike again ("horrified by
the strike and urged the military to stop air attacks"), and what a walkout hits (services,
travel, trade) keeps it a walkout. Session 43, issue 15 (statements and acts typed as another
act: labour strikes vs military strikes). Sentences made up for these tests."""

from __future__ import annotations

import pytest

ATTACKS = [
    "Rebels seize border town; U.S. strike hits militants near Kismayo",
    "Israeli strike hits school sheltering displaced families",
    "The U.N. rights office said it was appalled by the strike and urged the army to stop air "
    "attacks on villages.",
]
WALKOUTS = [
    "The strike hit rail services across the country on Monday.",
    "The teachers' union said the strike would continue until the government raised wages.",
    "The union said the strike would go on and urged workers to stay home.",
]


def _types(events_of, text: str) -> set[str]:
    return {e.plover_type for e in events_of(text) if "strike" in e.trigger.text.lower()}


@pytest.mark.parametrize("text", ATTACKS)
def test_a_strike_told_as_an_attack_is_an_assault(events_of, text: str) -> None:
    assert _types(events_of, text) == {"ASSAULT"}


@pytest.mark.parametrize("text", WALKOUTS)
def test_a_walkout_stays_a_protest(events_of, text: str) -> None:
    assert _types(events_of, text) == {"PROTEST"}
