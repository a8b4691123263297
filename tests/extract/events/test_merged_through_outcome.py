"""A trigger related only to a word already merged into an event is that event too ("Militants
stormed a checkpoint, killing two soldiers in a gun battle with the guards": the battle is told
by the killing, which is the storming's outcome; ``merge``): merging follows what was folded in,
whatever order the candidates come in. Near neighbours stay two: acts conjoined with doers,
places and days of their own, an earlier fight told "weeks after". Made-up sentences, not taken
from any data set."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    "Militants stormed a checkpoint near Gao on Friday, killing two soldiers in a gun battle "
    "with the guards.",
    "Bandits ambushed a convoy on the Kaduna road on Monday, killing three drivers in a "
    "shootout with escorts.",
    "Gunmen raided a police post in Tala on Monday, killing a constable in a gunfight with "
    "officers.",
    "Insurgents attacked the town of Gao at dawn, killing six soldiers in a clash with the army.",
    "Russia attacked Ukraine overnight with missiles, killing four people in a missile strike on "
    "Dnipro and setting a depot on fire.",
    "Militants stormed a prison in Kogi on Sunday, freeing 200 inmates and killing a guard in a "
    "gun battle with wardens.",
    "Soldiers raided a rebel camp near Beni on Thursday, killing four rebels in a gunfight with "
    "the guards.",
    "Rebels attacked an army post near Kidal on Friday, killing three soldiers in a firefight "
    "with troops.",
    "Gunmen ambushed a patrol near Mopti on Tuesday, wounding two soldiers in a clash with the "
    "escort.",
    "Bandits attacked a mine in Zamfara on Sunday, killing five miners in a gun battle with "
    "vigilantes.",
    "Rebels attacked the town of Tala on Monday, killing five people in a mortar strike on the "
    "market.",
    "Drones struck Odesa overnight, killing two people in an attack on the port and damaging a "
    "grain silo.",
]
TWO = [
    "Militants stormed a checkpoint near Gao on Friday, killing two soldiers, and troops fought "
    "a gun battle with rebels in Kidal on Monday.",
    "Bandits ambushed a convoy on the Kaduna road on Monday, while police fought a shootout with "
    "robbers in Lagos on Friday.",
    "Rebels attacked a base near Beni on Sunday, weeks after a firefight with the garrison in "
    "Goma.",
    "Rebels attacked the town of Tala on Monday, killing five people, and jets bombed a market "
    "in Gao on Friday.",
    "Troops shelled the village on Monday, killing three civilians, a year after the 2019 "
    "bombardment of the market.",
    "Militants stormed a checkpoint near Gao on Friday, killing two soldiers, while bandits "
    "attacked a bus in Kano on Sunday.",
    "Gunmen raided the village of Tala on Sunday, killing six farmers, and police shot a robber "
    "in Lagos on Monday.",
    "Jets bombed the port on Tuesday, wounding nine dockers, days after rebels shelled the "
    "airport in Gao.",
]


def _assaults(text: str) -> int:
    events = sitrep.process_text(text, published="2021-03-01").events
    return sum(e.plover_type == "ASSAULT" for e in events)


@pytest.mark.parametrize("text,n", [(t, 1) for t in ONE] + [(t, 2) for t in TWO])
def test_a_trigger_told_by_a_merged_outcome_is_the_same_event(pipeline, text: str,
                                                              n: int) -> None:
    assert _assaults(text) == n
