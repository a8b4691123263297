"""Denials of an attack in other words (issue 19 item 2, session 39: claims, denials and
reactions typed as the attack they speak of), on made-up sentences: disowning, disavowing or
repudiating the attack, having "nothing to do with" it, playing "no part" in it, distancing oneself
from it or washing one's hands of it is a denial of responsibility (ATTRIB), not the attack.
The attacks themselves, and distancing oneself from a plan, keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

DENIALS = [
    'The group disowned the attack on the church, calling it the work of criminals.',
    'The separatists said they had nothing to do with the kidnapping of the engineers.',
    'The insurgents distanced themselves from the massacre at the market.',
    'The rebel command disavowed the shelling of the refugee camp, blaming rogue units.',
    'The movement repudiated the bombing of the bus depot in a short statement.',
    'The militia said it played no part in the burning of the village.',
    'A spokesman said the group had no hand in the assassination of the governor.',
    "The party's armed wing washed its hands of the grenade attack on the rally.",
    'The outlawed front distanced itself from the car bombing that killed eight people.',
    "The faction said it had nothing to do with last week's ambush on a police convoy.",
    'Rebel leaders disowned the looting of the market town by their fighters.',
    'The guerrillas said they had played no role in the killing of the two priests.',
]

NEIGHBOURS = [
    ('Gunmen kidnapped two engineers at the dam site on Monday.', 'ABDUCT_DISSAP'),
    ('Militiamen burned the village and killed four men, survivors said.', 'ATTACK'),
    ('The minister distanced himself from the new tax plan on Tuesday.', 'OTHER'),
    ('A car bomb killed eight people outside the customs office.', 'REM_EXPLOS'),
]


@pytest.mark.parametrize("text", DENIALS)
def test_denial_in_other_words_is_attrib(text: str) -> None:
    assert classify_rules(text) == "ATTRIB"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_attacks_and_other_distancing_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
