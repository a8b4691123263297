"""Force that hurts a crowd (issue 19 item 2, session 37): people hurt, injured or killed when
the police break up a gathering or use crowd-control means on it (water cannon, rubber bullets,
tear gas) is excessive force against protesters, not a mere intervention, and it needs no
protest word ("fired rubber bullets to disperse anti-government crowds"). Made-up sentences; the
neighbours (a dispersal with no one hurt, officers hurt by a stone-throwing crowd, a crowd that
turned violent, arrests at a sit-in) keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

HURT = [
    ("Several residents were hurt when police used water cannon to break up a rally of "
     "opposition supporters in the capital, the party said.", "FORCE_AGAINST_PROTEST"),
    ("Dozens of people were injured as security forces fired rubber bullets and tear gas to "
     "disperse anti-government crowds from the main square.", "FORCE_AGAINST_PROTEST"),
    ("Four students were wounded when riot police dispersed a sit-in at the university.",
     "FORCE_AGAINST_PROTEST"),
    ("Police fired tear gas at a march of nurses, injuring at least eleven of them.",
     "FORCE_AGAINST_PROTEST"),
    ("A woman died after inhaling tear gas used by police to scatter a rally outside the "
     "ministry.", "FORCE_AGAINST_PROTEST"),
    ("Twenty people were taken to hospital with injuries after officers used water cannon on "
     "striking dock workers.", "FORCE_AGAINST_PROTEST"),
    ("At least nine marchers were hurt as police broke up the procession with batons and "
     "water cannon.", "FORCE_AGAINST_PROTEST"),
    ("Soldiers fired rubber bullets to disperse villagers blocking the road, injuring six.",
     "FORCE_AGAINST_PROTEST"),
    ("Several people were hospitalised after police used tear gas to clear a crowd of "
     "traders from the market square.", "FORCE_AGAINST_PROTEST"),
    ("Police dispersed a vigil for the missing activist with water cannon, injuring a dozen "
     "mourners.", "FORCE_AGAINST_PROTEST"),
    ("A teenager was killed when security forces fired tear gas canisters into a crowd of "
     "demonstrators.", "FORCE_AGAINST_PROTEST"),
    ("Three pensioners were injured as riot police broke up a rally against pension cuts.",
     "FORCE_AGAINST_PROTEST"),
]
NEIGHBOURS = [
    ("Police used water cannon to break up a rally of opposition supporters in the capital.",
     "PROTEST_WITH_INTER"),
    ("Police fired tear gas to disperse a march by farmers; no one was hurt.",
     "PROTEST_WITH_INTER"),
    ("Twelve police officers were injured by stone-throwing youths as police dispersed the "
     "protest.", "VIOL_DEMONSTR"),
    ("Police detained 40 people after a march against the pension reform turned violent.",
     "VIOL_DEMONSTR"),
    ("Police detained 40 protesters who had blocked the main highway into the city.",
     "PROTEST_WITH_INTER"),
    ("Thousands of teachers marched peacefully through the capital to demand higher pay.",
     "PEACE_PROTEST"),
    ("Rioters torched a police station and looted shops during the protest.", "VIOL_DEMONSTR"),
    ("Two workers were injured when a gas cylinder exploded at a factory.", "MAN_MADE_DISASTER"),
    ("Police opened fire on peaceful demonstrators, killing two students.",
     "FORCE_AGAINST_PROTEST"),
    ("Gunmen killed three villagers in a raid on a market.", "ATTACK"),
]


@pytest.mark.parametrize(("text", "label"), HURT + NEIGHBOURS)
def test_harmful_dispersal(text: str, label: str) -> None:
    assert classify_rules(text) == label
