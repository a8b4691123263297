"""Territory taken in other words: one side drives or pushes the other "from" a place (issue 19
item 2, session 39: territory changes in other words and which side), on made-up sentences. The
side is the subject's: troops driving rebels from a town regain it, rebels driving troops from a
garrison overtake it. Civilians driven from their homes are no territory change."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

TAKEN = [
    ('The military drove insurgents from their last stronghold in the valley.', 'GOV_REGAINS_TERIT'),
    ('Government troops drove the rebels from the border town on Friday.', 'GOV_REGAINS_TERIT'),
    ('The army pushed jihadist fighters from the market town, officials said.', 'GOV_REGAINS_TERIT'),
    ('Soldiers drove the militia from three villages along the river.', 'GOV_REGAINS_TERIT'),
    ('The army drove the separatists from the district capital after a long siege.', 'GOV_REGAINS_TERIT'),
    ('Troops pushed the insurgents from the coastal town on Wednesday.', 'GOV_REGAINS_TERIT'),
    ('Government forces drove militants from the hill town above the highway.', 'GOV_REGAINS_TERIT'),
    ('The national army pushed the rebels from the mining district, a spokesman said.', 'GOV_REGAINS_TERIT'),
    ('Security forces drove the guerrillas from the port.', 'GOV_REGAINS_TERIT'),
    ('Soldiers pushed jihadists from their stronghold in the north on Monday.', 'GOV_REGAINS_TERIT'),
    ('Rebels drove government troops from the garrison town on Monday.', 'NON_STATE_ACTOR_OVERTAKES_TER'),
    ('Insurgents pushed the army from the river port after two days.', 'NON_STATE_ACTOR_OVERTAKES_TER'),
]

NEIGHBOURS = [
    ('Gunmen drove villagers from their homes and burned their granaries.', 'ATTACK'),
    ('Gunmen forced families from their homes at gunpoint and killed two men.', 'ATTACK'),
    ('Troops clashed with rebels near the border town, leaving 12 dead.', 'ARMED_CLASH'),
]


@pytest.mark.parametrize(("text", "label"), TAKEN)
def test_driving_the_other_side_from_a_place_takes_it(text: str, label: str) -> None:
    assert classify_rules(text) == label


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_people_driven_from_their_homes_are_no_territory_change(text: str, label: str) -> None:
    assert classify_rules(text) == label
