"""Made-up probes of a road named by the place it leads to or by its two towns ("on the road to
Kyaukme", "the highway toward Sokoto", "on the Okene-Kabba road", ``event_places.road_end``):
an act done on that road happened somewhere along it, at neither town, so neither places it
(nor the dateline's town); an act done elsewhere in the sentence does not take the road's end
either. Neighbours: a road in a town ("on a road in Kaya"), the town an act was done in beside
a road to another ("In Gaya, traders burned tyres on the road to the bridge"), and a place one
goes to ("troops were sent to Kaya")."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
ROAD_ENDS = [
    ("Rebel fighters attacked an army convoy on the road to Kongoussi on Friday, the army "
     "said.", "ASSAULT", "attacked", []),
    ("Gunmen abducted nine passengers from a minibus on the Kaduna-Zaria highway on Sunday.",
     "ASSAULT", "abducted", []),
    ("Bandits set fire to three trucks on the highway to Sokoto on Tuesday, police said.",
     "ASSAULT", "set fire", []),
    ("Soldiers detained twelve men at a checkpoint on the road to Kampot on Monday.",
     "COERCE", "detained", []),
]
NEIGHBOURS = [
    ("Gunmen attacked a bus on a road in Kaya on Friday, killing four people.", "ASSAULT",
     "attacked", ["Kaya"]),
    ("Police in Gaya fired tear gas at traders on the road to the bridge on Wednesday.",
     "ASSAULT", "fired", ["Gaya"]),
    ("Police fired tear gas at protesters in Kisumu who had blocked the highway to Busia on "
     "Monday.", "ASSAULT", "fired", ["Kisumu"]),
    ("The army sent 300 soldiers to Kongoussi on Friday after the attack.", "MOBILIZE", "sent",
     ["Kongoussi"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), ROAD_ENDS + NEIGHBOURS)
def test_road_ends_do_not_place_the_act(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
