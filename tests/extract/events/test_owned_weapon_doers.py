"""A weapon a possessive says whose it is ("its drones", "their mortars", "the rebels'
rockets") is its owner's act: the owner is the actor, not the weapon (``targets.fired_by``,
``conjuncts.manned``), and "it"/"its" stands for a body named by a person noun ("the army",
"the police": ``participants.agrees``). A possessive that stands for no one clear leaves the
weapon alone. Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

OWNED = [
    ("The Malian army said its drones struck a rebel convoy near Aguelhok on Wednesday.",
     "army"),
    ("The navy said its missiles hit two rebel boats off Hodeidah on Monday.", "navy"),
    ("The rebels said their mortars hit an army base near Kidal on Monday.", "rebels"),
    ("The militia said its rockets struck a police post near Beni overnight.", "militia"),
    ("The army's artillery shelled rebel positions near Kadugli on Tuesday.", "army"),
]
ALONE = [
    "Drones struck a fuel depot near Kosti early on Tuesday, residents said.",
    "A drone hit a bus station near the depot, witnesses said.",
]
WEAPONS = {"drone", "drones", "missile", "missiles", "mortar", "mortars", "rocket", "rockets",
           "artillery"}


def _actors(text: str) -> list[str]:
    found = [e for e in sitrep.process_text(text).events if e.plover_type == "ASSAULT"]
    assert found, text
    return [a.text.lower() for a in found[0].actors]


@pytest.mark.parametrize(("text", "owner"), OWNED)
def test_the_owner_of_a_weapon_is_the_actor(pipeline, text: str, owner: str) -> None:
    actors = _actors(text)
    assert any(owner in a for a in actors), actors
    assert not any(a.split()[-1] in WEAPONS for a in actors), actors


@pytest.mark.parametrize("text", ALONE)
def test_a_weapon_of_no_one_named_stays_alone(pipeline, text: str) -> None:
    actors = _actors(text)
    assert actors and all(a.split()[-1] in WEAPONS for a in actors), actors
