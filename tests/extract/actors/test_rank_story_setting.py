"""A rank police forces and armies share ("officers", "troopers", "sergeants", "deputies") takes
its sector from the kind of story its other parties make, when no police force, army or court
is named: criminals ("a burglar", "robbers", "the gang", "smugglers") make it a police story,
rebels and insurgents a war; read with the real model on made-up articles. A body named in the
article still decides first, and a story with neither keeps the rank's default."""

from __future__ import annotations

import pytest

from samples import actor_named

# (text, the rank's words, sector)
CHANGED = [
    ("Officers arrested a burglar in Springfield after a break-in at a pharmacy.", "Officers",
     "COP"),
    ("Officers chased two robbers through the streets of Dayton on Friday.", "Officers", "COP"),
    ("Officers raided a house used by drug dealers in Toledo.", "Officers", "COP"),
    ("A sergeant was wounded when smugglers opened fire near the harbour.", "sergeant", "COP"),
    ("Deputies arrested three car thieves near Ocala on Tuesday.", "Deputies", "COP"),
    ("Two officers were hurt as the gang fled in a stolen van.", "officers", "COP"),
    ("Troopers stopped a kidnapper on the interstate near Albany.", "Troopers", "COP"),
    ("A lieutenant said the traffickers had hidden the cocaine in crates.", "lieutenant", "COP"),
    ("Officers detained a pickpocket outside the cathedral. The thief had three wallets.",
     "Officers", "COP"),
    ("Deputies said the murderer had fled to the woods.", "Deputies", "COP"),
    ("A sergeant questioned the arsonist for hours.", "sergeant", "COP"),
    ("Deputies found the stolen jewels after the burglars confessed.", "Deputies", "COP"),
]

KEPT = [
    ("Officers led the assault on rebel positions near the border.", "Officers", "MIL"),
    ("A sergeant was killed when insurgents ambushed a patrol.", "sergeant", "MIL"),
    ("Officers said militants had fired rockets at the base.", "Officers", "MIL"),
    ("Army officers arrested a burglar in the barracks.", "officers", "MIL"),
    ("Officers of the army said robbers had looted the depot. Troops were sent to the town "
     "and the army closed the road.", "Officers", "MIL"),
    ("Officers said the rebels and guerrillas had retreated to the hills.", "Officers", "MIL"),
    ("Officers met the mayor in the town hall on Monday.", "Officers", "MIL"),
    ("Police officers arrested two rebels in the capital.", "officers", "COP"),
    ("A police sergeant said the insurgents had surrendered.", "sergeant", "COP"),
    ("Deputies voted on the budget in parliament.", "Deputies", "LEG"),
    ("Officers said the jihadists had abandoned their trenches.", "Officers", "MIL"),
    ("Troopers and soldiers searched for the guerrillas in the jungle.", "Troopers", "MIL"),
]


@pytest.mark.parametrize(("text", "name", "sector"),
                         [pytest.param(*row, id=f"changed-{k:02d}") for k, row in
                          enumerate(CHANGED)]
                         + [pytest.param(*row, id=f"kept-{k:02d}") for k, row in
                            enumerate(KEPT)])
def test_a_shared_rank_takes_the_sector_its_story_makes(pipeline, text: str, name: str,
                                                         sector: str) -> None:
    assert actor_named(pipeline, text, name, "2021-03-04").sector == sector
