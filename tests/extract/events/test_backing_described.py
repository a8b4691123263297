"""Backing named to describe a party is no SUPPORT (eventhood/states.py, ``backing_described``):
a participle of backing in a reduced relative ("troops backed by allied soldiers clashed with
the rebels": the backers are part of the force in that act, its co-actors, not endorsers) and
the present passive of a lasting relation with no date ("the movement, which is backed by a
neighbour"). Support told as an act stays: an active verb, a dated passive, a gerund of a
statement ("a joint statement backing Denmark"). Session 42, issue 15: in the look sets no
reduced relative of backing was coded by the annotators (0 of 7), while finite and gerund
backing was. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

DESCRIBED = [
    "Mozambican troops backed by Rwandan soldiers clashed with the insurgents near the river.",
    "Border guards supported by local hunters chased the smugglers into the forest.",
    "The rebels, backed by a neighbouring state, seized the airport.",
    "Police officers assisted by volunteers searched the riverbank for the missing boy.",
    "Infantry reinforced by marines retook the bridge on Sunday.",
    "Government forces backed by foreign instructors drove the fighters out of the town.",
    "Village militias supported by the army ambushed a rebel column.",
    "The navy, assisted by coastguard vessels, intercepted the ship.",
    "The militia, which is backed by the interior ministry, controls the port.",
    "The army accused the rebel group, which it says is supported by a foreign power.",
    "The coalition, backed by several parties, won the vote.",
    "The new governor, supported by the army, took office.",
]
ACTS = [
    "The president backed the plan on Monday.",
    "The resolution was backed by France and Germany on Tuesday.",
    "The Nordic countries issued a joint statement backing Denmark.",
    "France backed Morocco's autonomy plan in July.",
    "The senators backed the bill on Friday.",
    "The plan was backed by the council in a vote on Monday.",
    "The minister has backed the proposal, his office said.",
    "The union leaders supported the teachers' demands at the rally.",
    "Several governors endorsed the candidate on Thursday.",
    "The bill, which was backed by the opposition on Tuesday, passed.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_backing_that_describes_a_party_is_no_support(pipeline, text: str) -> None:
    assert "SUPPORT" not in plover_types(text)


@pytest.mark.parametrize("text", ACTS)
def test_backing_told_as_an_act_stays(pipeline, text: str) -> None:
    assert "SUPPORT" in plover_types(text)
