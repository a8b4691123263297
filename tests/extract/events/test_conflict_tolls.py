"""Running totals of a long conflict (eventhood/counts.py, ``conflict_toll`` and ``_since_year``):
a perfect verb of harm whose subject is a war, a conflict or an insurgency, with its victims
counted ("the war has killed tens of thousands of people"), and a perfect toll over a period
that a "since" clause opens in a past year ("have been killed by the junta since it seized
power in February 2021") are the conflict's toll, no happening of the story; a fight, an attack
or a bombing of the story as the subject, a war's toll of a period of the story ("this
month") ("fighting in the city has killed 20 people since
Monday", "the attack has killed 12 people") and a toll since a day of the story stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

TOTALS = [
    "The war between the army and the militia, which erupted in April 2023, has killed tens "
    "of thousands of people.",
    "The conflict has killed more than 300,000 people and displaced millions.",
    "The civil war has killed at least 500,000 people, according to a monitoring group.",
    "The insurgency in the north has killed more than 35,000 people.",
    "The uprising has killed hundreds of protesters and soldiers, rights groups say.",
    "More than 4,400 civilians have been killed by the junta since it seized power in a coup "
    "in February 2021.",
    "Some 2,000 activists have been detained by the police since the president took office in "
    "2019.",
    "At least 900 people have been arrested by the security forces since the protests began in "
    "September 2022.",
    "The conflict has wounded more than 50,000 soldiers, the ministry says.",
    "The rebellion has killed thousands of soldiers and civilians.",
    "More than 300 villagers have been abducted by the gangs since the new government took "
    "office in 2021.",
]
STORY_ACTS = [
    "Fighting in the city has killed 20 people since Monday.",
    "The attack has killed 12 people, police said.",
    "The bombing has killed at least 30 people, officials said.",
    "The army said the rebels have killed six soldiers since Friday.",
    "Police have arrested 14 people since the protest began on Monday.",
    "A warplane killed 12 people in the market on Tuesday.",
    "The militia has killed three villagers in the last attack.",
    "Gunmen have killed four police officers in the town since Sunday.",
    "Clashes have killed at least nine people, medics said.",
    "The airstrike has killed 15 people, the ministry said.",
    "The war on the border has killed 40 soldiers this month.",
    "The war has displaced thousands of families from the valley.",
]


@pytest.mark.parametrize("text", TOTALS)
def test_a_conflicts_running_toll_is_no_happening(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "ASSAULT" not in types and "COERCE" not in types, types


@pytest.mark.parametrize("text", STORY_ACTS)
def test_a_story_acts_toll_stays(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "ASSAULT" in types or "COERCE" in types, types
