"""Modes of blows and of arson (events/submodes.py ``blow_to_body``, the trigger table): a blow
verb with a body part in its phrase of where and no weapon named is a beating ("struck her
across the face", "hit the boy on the head"); setting fire to a thing, setting it on fire,
ablaze or alight destroys property (COERCE/destroy, as the PLOVER gold codes "set fire to the
offices"), not a seizure; shots at or on people, shells and knives keep their own modes.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

CHANGED = [
    ("He struck her across the face on Monday.", "beat"),
    ("The officer hit the boy on the head.", "beat"),
    ("The teacher was struck in the face by a student.", "beat"),
    ("A guard smacked the prisoner across the back.", "beat"),
    ("The man whacked his neighbour over the head.", "beat"),
    ("Arsonists set fire to the mosque on Sunday.", "destroy"),
    ("Protesters set the police station on fire.", "destroy"),
    ("Rioters set several cars ablaze in the town centre.", "destroy"),
    ("A mob set the church alight on Friday.", "destroy"),
    ("Two men set fire to a school on Tuesday.", "destroy"),
]
KEPT = [
    ("Police fired at the crowd.", "firearms"),
    ("Gunmen fired on a bus.", "firearms"),
    ("He was shot in the face on Monday.", "firearms"),
    ("A rocket hit the building on Monday.", "heavy-weapons"),
    ("He struck her with a knife on Monday.", "primitive"),
    ("A sniper hit the soldier in the head.", "firearms"),
    ("Rebels burned the village on Monday.", "destroy"),
    ("The missile struck the town on Tuesday.", "heavy-weapons"),
    ("He punched a guard in the face.", "beat"),
]


def assault_modes(text: str) -> list[str | None]:
    """The modes of the violent acts (ASSAULT, and COERCE/destroy: damage to property)."""
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_mode for e in events if e.plover_type == "ASSAULT" or (
        e.plover_type == "COERCE" and e.plover_mode == "destroy")]


@pytest.mark.parametrize(("text", "mode"), CHANGED)
def test_blow_to_the_body_is_a_beating_and_arson_destroys(text: str, mode: str) -> None:
    assert assault_modes(text) == [mode]


@pytest.mark.parametrize(("text", "mode"), KEPT)
def test_weapons_keep_their_modes(text: str, mode: str) -> None:
    assert assault_modes(text) == [mode]
