"""Chemicals in accidents and rocket-propelled grenades (issue 19 item 2, session 37), on made-up
sentences.

A toxic chemical named in an accident (a tanker that overturns, a train that derails, a pipe
that bursts, a plant that leaks) is a man-made disaster, not a chemical weapon: the weapon needs
someone who uses it (a gas attack, chlorine dropped in barrel bombs, shells filled with sarin).
A rocket-propelled grenade is fired from a launcher, like a rocket: a shelling/artillery/missile
attack (ACLED), not a hand-thrown grenade; a grenade thrown or lobbed stays a grenade."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CHEMICAL_ACCIDENTS = [
    ("A tanker carrying chlorine overturned on the motorway, and 40 people were treated for "
     "breathing difficulties.", "MAN_MADE_DISASTER"),
    ("Ammonia gas leaked from a fertiliser plant overnight, sending 60 villagers to hospital.",
     "MAN_MADE_DISASTER"),
    ("A goods train loaded with chlorine derailed outside the port city, officials said.",
     "MAN_MADE_DISASTER"),
    ("Toxic gas leaked from a burst pipe at a chemical factory, killing two workers.",
     "MAN_MADE_DISASTER"),
    ("More than 100 residents fell ill after inhaling poisonous gas that leaked from a storage "
     "tank at the refinery.", "MAN_MADE_DISASTER"),
    ("A chlorine leak at a water treatment plant forced the evacuation of 300 homes.",
     "MAN_MADE_DISASTER"),
    ("Poisonous gas escaped from a ruptured valve at the paper mill after a collision with a "
     "forklift, the company said.", "MAN_MADE_DISASTER"),
    ("A truck hauling chlorine cylinders crashed into a bus, and the gas leaked over the market.",
     "MAN_MADE_DISASTER"),
    ("Workers were overcome by toxic gas after a valve failed at the pesticide factory.",
     "MAN_MADE_DISASTER"),
    ("A barge loaded with chlorine capsized in the river, and fishermen reported dead fish "
     "downstream.", "MAN_MADE_DISASTER"),
    ("A ship carrying toxic chemicals ran aground near the harbour, leaking fuel into the bay.",
     "MAN_MADE_DISASTER"),
    ("Sixty pupils suffered from suffocation after a gas leak at a factory next to their school.",
     "MAN_MADE_DISASTER"),
]

CHEMICAL_WEAPONS = [  # neighbours that must stay chemical weapons
    ("Government helicopters dropped barrel bombs filled with chlorine on the town, the rescuers "
     "said.", "CHEM_WEAP"),
    ("Dozens of people died of suffocation in a sarin gas attack on the rebel-held suburb.",
     "CHEM_WEAP"),
    ("Activists said troops fired shells loaded with chlorine at the village, leaving 30 people "
     "with breathing difficulties.", "CHEM_WEAP"),
    ("Inspectors concluded that chlorine was used as a weapon in the attack on the town.",
     "CHEM_WEAP"),
    ("Militants used mustard gas against the army, the defence ministry said.", "CHEM_WEAP"),
    ("A poison gas attack killed 70 people in the besieged town, doctors said.", "CHEM_WEAP"),
]

ROCKET_GRENADES = [
    ("Militants fired a rocket-propelled grenade at a police patrol, wounding three officers.",
     "ART_MISS_ATTACK"),
    ("A rocket-propelled grenade hit a minibus on the highway, killing the driver.",
     "ART_MISS_ATTACK"),
    ("Insurgents attacked the checkpoint with rocket-propelled grenades overnight, the army said.",
     "ART_MISS_ATTACK"),
    ("Two soldiers were wounded when a rocket-propelled grenade struck their armoured vehicle.",
     "ART_MISS_ATTACK"),
    ("The convoy came under fire from rocket-propelled grenades near the border.",
     "ART_MISS_ATTACK"),
    ("A rocket propelled grenade slammed into the governor's compound, wounding a guard.",
     "ART_MISS_ATTACK"),
    ("A rocket-propelled grenade was fired at a power station, damaging a transformer.",
     "ART_MISS_ATTACK"),
    ("Gunmen fired rocket-propelled grenades at the police station before dawn.",
     "ART_MISS_ATTACK"),
]

GRENADES = [  # neighbours that must stay grenades
    ("A man threw a grenade into a crowded bar, wounding 11 people.", "GRENADE"),
    ("Two people were wounded when a hand grenade exploded in the market.", "GRENADE"),
    ("Attackers lobbed a grenade at the police post, injuring two officers.", "GRENADE"),
    ("A grenade was hurled into the compound of a local politician overnight.", "GRENADE"),
    ("An unidentified man tossed a grenade at a bus stop, killing one person.", "GRENADE"),
]


@pytest.mark.parametrize(("text", "label"),
                         CHEMICAL_ACCIDENTS + CHEMICAL_WEAPONS + ROCKET_GRENADES + GRENADES)
def test_chemical_accidents_and_rocket_grenades(text: str, label: str) -> None:
    assert classify_rules(text) == label
