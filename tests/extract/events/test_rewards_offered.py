"""A reward or a bounty offered is an appeal to the public for information or a capture
(REQUEST), not a deal with a party (AGREE) (events/senses/pledges.py ``reward_offered``):
"the governor offered a reward of 10 million naira for information on the kidnappers". Offers
to mediate, to release or to talk stay AGREE. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

REWARDS = [
    "The governor offered a reward of 10 million naira for information on the kidnappers.",
    "Police offered a $5,000 reward for information leading to an arrest.",
    "The army offered a bounty for the capture of the rebel commander.",
    "The mayor promised a reward to anyone who helps find the missing girl.",
    "The government offered rewards for information about the bombers.",
    "The provincial council offered a cash reward for tips on the arsonists.",
    "The ministry offered a bounty of 500,000 dinars for the smugglers' leader.",
    "The sheriff's office offered a reward for information about the hit-and-run driver.",
    "State prosecutors offered a reward for information on the missing witness.",
    "The company promised a large reward for the return of its stolen trucks.",
]
OFFERS = [
    "The rebels offered to release the hostages in exchange for prisoners.",
    "The bishop offered to mediate between the two groups.",
    "The prime minister offered talks to the opposition on Monday.",
    "The two sides agreed on a ceasefire on Monday.",
    "The militia promised to withdraw its fighters from the town.",
    "The government offered an amnesty to fighters who lay down their arms.",
    "The rebels promised to free all prisoners of war by Friday.",
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events]


@pytest.mark.parametrize("text", REWARDS)
def test_a_reward_offered_is_an_appeal_not_an_agreement(pipeline, text: str) -> None:
    types = _types(text)
    assert "REQUEST" in types and "AGREE" not in types, types


@pytest.mark.parametrize("text", OFFERS)
def test_offers_to_act_stay_agreements(pipeline, text: str) -> None:
    assert "AGREE" in _types(text)
