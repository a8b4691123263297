"""A verb of firing whose target follows its preposition ("fired at X", "fired on X") is active
when the preposition has its object, even where the parser reads it as a participle modifying the
noun before it ("a man in a red truck fired at a police cruiser", read as a man who was fired at):
that noun, through the vehicle or weapon he is in or carries, is the actor, not the target
(issue 15 item 6, session 46; the doer left out blocked the fusion of the shooting's retellings).
Made-up sentences with the real model; the true passives and participles keep their roles."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("A passenger in a fleeing car fired at a police cruiser early Wednesday.", "fired",
     ["passenger"], ["police cruiser"], [], ["passenger"]),
    ("Two men are in custody after a man in a red truck fired at a police cruiser early "
     "Wednesday.", "fired", ["man"], ["police cruiser"], [], ["man"]),
    ("Police said a man on a motorcycle fired on the crowd outside the bar.", "fired", ["man"],
     ["crowd"], [], ["man"]),
    ("A gunman in a silver sedan fired at two teenagers outside the store.", "fired",
     ["gunman"], ["teenagers"], [], ["gunman"]),
]

KEPT = [
    ("A gunman fired at a police cruiser early Wednesday.", "fired", ["gunman"],
     ["police cruiser"], [], []),
    ("Deputies said the driver fired at them from the car.", "fired", ["driver"], [], [],
     ["driver"]),
    ("Troops fired on protesters in the capital on Friday.", "fired", ["Troops"],
     ["protesters"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_noun_an_active_fired_at_hangs_on_is_its_actor(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


FIRED_SHOTS = [
    ("Two men are in custody after a passenger in a fleeing car fired at least two shots at a "
     "police cruiser during a chase early Wednesday, police said.", "fired", ["passenger"],
     ["police cruiser"], [], ["passenger"]),
]


@pytest.mark.parametrize("case", participant_cases(FIRED_SHOTS, []))
def test_shots_fired_by_a_noun_the_parser_hangs_the_verb_on(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
