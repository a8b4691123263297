"""Stances without an occasion (events/eventhood/stances.py): defending or justifying a
practice, a view or a record in the present or as an infinitive ("is defending the group's practice", "went on to defend
the Church's opposition to abortion") is an opinion (in the past it is a statement: SUPPORT), not support given to a party; opposing told as a
purpose, a relative clause or a gerund with no date ("formed an alliance to oppose the prime
minister", "groups that opposed Iraq in its war", "activists opposing the war") is a lasting
stance. Support of an actor and refusals told as acts stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



STANCE = [
    ("The leader of the group is defending its practice of guiding people.", "SUPPORT"),
    ("The bishop went on to defend the Church's opposition to abortion.", "SUPPORT"),
    ("The rebels have formed an alliance with the resistance to oppose the prime minister.",
     "REJECT"),
    ("Even groups that opposed Iraq in its war with Iran now back Baghdad.", "REJECT"),
    ("The parties joined forces to oppose the government.", "REJECT"),
    ("Tribes that resisted the army in the north have changed sides.", "REJECT"),
    ("Activists opposing the war held a vigil.", "REJECT"),
    ("The mayor went on to defend the city's policy on evictions.", "SUPPORT"),
    ("The leader of the group defends its practice of guiding people.", "SUPPORT"),
    ("The mayor is defending her record on crime.", "SUPPORT"),
]
DONE = [
    ("The opposition leader defended the minister on Monday.", "SUPPORT"),
    ("The party defended the embattled president on Monday.", "SUPPORT"),
    ("The rebels rejected the peace plan on Monday.", "REJECT"),
    ("The parliament voted to reject the treaty on Monday.", "REJECT"),
    ("France backed the resolution on Monday.", "SUPPORT"),
    ("The president endorsed the candidate on Monday.", "SUPPORT"),
    ("The army refused the demands of the rebels on Monday.", "REJECT"),
    ("The union rejected the offer from the government on Monday.", "REJECT"),
    ("The minister defended the new curfew on Monday.", "SUPPORT"),
    ("The president defended his envoy against the charges.", "SUPPORT"),
    # a defence told in the past is a statement of endorsement on an occasion
    ("He defended the group's involvement, saying the woman was ill.", "SUPPORT"),
    ("The minister defended the decision to close the border.", "SUPPORT"),
    ("The mayor defended her record on crime.", "SUPPORT"),
    ("The spokesman defended the army's conduct during the raid.", "SUPPORT"),
    ("The interior minister has defended the country's decision to take in refugees.",
     "SUPPORT"),
]


@pytest.mark.parametrize(("text", "plover"), STANCE,
                         ids=[f"stance-{k:02d}" for k in range(len(STANCE))])
def test_a_view_defended_or_a_lasting_stance_is_no_event(pipeline, text: str,
                                                         plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), DONE,
                         ids=[f"done-{k:02d}" for k in range(len(DONE))])
def test_support_of_an_actor_and_refusals_told_as_acts_stay(pipeline, text: str,
                                                            plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
