"""Protests named by forms the cue list lacked (issue 19 item 2, session 26): South Asian,
African and Latin American forms of protest (dharna, bandh, hartal, agitating farmers, a
procession), strikers named by any agent noun ("striking truckers"), the state removing a crowd
in other words (kettled, carried into vans, a roadblock cleared) and riot weapons that maim
(pellets, birdshot). Made-up sentences; the neighbours must keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CHANGED = [
    ("Police detained dozens of teachers who were holding a dharna outside the education office.",
     "PROTEST_WITH_INTER"),
    ("Shopkeepers observed a complete bandh in the town against the new toll on the bridge.",
     "PEACE_PROTEST"),
    ("A dawn-to-dusk hartal called by the opposition paralysed life in the district.",
     "PEACE_PROTEST"),
    ("Officers fired pellets at students chanting slogans near the mosque, blinding one of them.",
     "FORCE_AGAINST_PROTEST"),
    ("Police shot dead a young man as villagers agitating for a bridge gathered at the office.",
     "FORCE_AGAINST_PROTEST"),
    ("Riot police cleared the sit-in camp of the pensioners and loaded several of them into "
     "police vans.", "PROTEST_WITH_INTER"),
    ("Police kettled the marchers for four hours on the bridge before letting them go.",
     "PROTEST_WITH_INTER"),
    ("Officers removed the protesters from the ministry lobby and carried two of them into a van.",
     "PROTEST_WITH_INTER"),
    ("Striking dockers blocked the entrance of the port for a third day.", "PEACE_PROTEST"),
    ("Police broke up a procession of widows in the capital and took six of them into custody.",
     "PROTEST_WITH_INTER"),
    ("Nurses at the district hospital walked off the job on Monday over unpaid allowances.",
     "PEACE_PROTEST"),
]
NEIGHBOURS = [
    ("Police arrested a councillor accused of taking bribes from a builder.", "ORG_CRIME"),
    ("Police arrested the opposition leader at his home on charges of sedition.", "ARREST"),
    ("Bandits attacked a bus on the highway, killing the driver and two passengers.", "ATTACK"),
    ("A mob beat a suspected thief to death at the market.", "MOB_VIOL"),
    ("Protesters hurled stones and petrol bombs at the police, who fired tear gas.",
     "VIOL_DEMONSTR"),
    ("Thousands marched peacefully through the capital against the new labour law.",
     "PEACE_PROTEST"),
    ("The army deployed troops to the border after the talks collapsed.", "CHANGE_TO_GROUP_ACT"),
    ("Gunmen shot dead a trader in his shop in the old city.", "ATTACK"),
    ("Police arrested three men suspected of smuggling heroin across the border.", "ORG_CRIME"),
    ("Security forces killed two militants in a gunfight in the orchard belt.", "ARMED_CLASH"),
]


@pytest.mark.parametrize(("text", "label"), CHANGED + NEIGHBOURS)
def test_protest_form_gets_its_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
