"""Made-up probes (not copied from any data set): the act of a nation's head or minister
("President Nicolas Maduro asked ...", "Prime Minister ... condemned the attack") whose clause and
sentence state no place, in a story whose main place is one of that nation's towns, is placed
in the nation as the article names it (``extract.nations.national_country``), not in the town
where the story's other things happened. Before, the article's main town. Neighbours: a state's
or a town's office (a governor, a mayor, a chief minister) keeps the town; a stated place
still places the act; without the country named in the article the town stays."""

from __future__ import annotations

import pytest

from samples import event_places

SAID = ("ACCUSE", "REQUEST", "REJECT", "SUPPORT")

# (text, the country that must place the head's act, the town that must not)
HEADS = [
    ("Three soldiers were killed in Kabul on Monday. Kabul has seen a wave of bombings, and "
     "Afghanistan's army is stretched. President Ashraf Ghani called for calm.", "Afghanistan",
     "Kabul"),
    ("A bomb exploded in a market in Peshawar on Sunday, killing nine people. Peshawar has "
     "been hit many times, and Pakistan has struggled to secure it. Prime Minister Imran Khan "
     "condemned the attack.", "Pakistan", "Peshawar"),
    ("Riot police fired tear gas at students in Santiago on Thursday. Santiago has seen weeks "
     "of unrest across Chile. President Sebastian Pinera urged the students to end the "
     "protest.", "Chile", "Santiago"),
    ("Farmers blocked roads around Paris on Monday. Paris saw the biggest blockades, but "
     "protests spread across France. President Emmanuel Macron rejected their demands.",
     "France", "Paris"),
    ("A car bomb killed six people in Baghdad on Wednesday. Baghdad has suffered dozens of "
     "such blasts, most of them in Iraq's markets. Prime Minister Haider al-Abadi ordered an "
     "inquiry.", "Iraq", "Baghdad"),
    ("Police arrested 40 protesters in Minsk on Sunday. Minsk has seen protests every weekend "
     "since the election in Belarus. President Alexander Lukashenko accused the opposition of "
     "plotting a coup.", "Belarus", "Minsk"),
    ("Two journalists were detained in Cairo on Friday. Cairo has jailed many reporters, and "
     "Egypt's prisons are full. President Abdel Fattah al-Sisi defended the arrests.", "Egypt",
     "Cairo"),
    ("A mob attacked a mosque in Colombo on Monday. Colombo was placed under a curfew, the "
     "first in Sri Lanka in years. Prime Minister Ranil Wickremesinghe condemned the attack.",
     "Sri Lanka", "Colombo"),
    ("Police fired rubber bullets at protesters in Nairobi on Tuesday. Nairobi has seen weeks "
     "of protests, and Kenya's opposition has called more rallies. President William Ruto "
     "accused the opposition of inciting violence.", "Kenya", "Nairobi"),
    ("A bomb killed four soldiers in Mogadishu on Sunday. Mogadishu has been attacked often, "
     "and Somalia's army is weak. President Hassan Sheikh Mohamud condemned the attack.",
     "Somalia", "Mogadishu"),
    ("Gunmen attacked a church in Ouagadougou on Sunday. Ouagadougou is rarely targeted, "
     "though Burkina Faso's north is at war. President Roch Kabore condemned the attack.",
     "Burkina Faso", "Ouagadougou"),
    ("Shots were fired at a rally in Tbilisi on Friday. Tbilisi has seen protests all month, "
     "and Georgia's opposition is divided. Prime Minister Irakli Garibashvili condemned the "
     "shooting.", "Georgia", "Tbilisi"),
]

# (text, the place that must still place the speech act)
KEPT = [
    ("Officers were shot in Houston on Friday. Houston police have been on alert across Texas. "
     "Gov. Greg Abbott called for calm.", "Houston"),
    ("A man was stabbed in Leeds on Saturday. Leeds police are appealing for witnesses, a "
     "spokesman in England said. Mayor Tracy Brabin condemned the attack.", "Leeds"),
    ("A bomb exploded in Kabul on Monday. President Ashraf Ghani condemned the attack in a "
     "speech in Herat.", "Herāt"),
    ("A bomb exploded in Kabul on Monday, killing four. Kabul has been hit often. President "
     "Ashraf Ghani condemned the attack.", "Kabul"),
    ("Chief Minister Mamata Banerjee condemned the attack on Monday. A mob had attacked a "
     "temple in Kolkata, and India's police made no arrests.", "Kolkata"),
]


@pytest.mark.parametrize(("text", "nation", "town"), HEADS)
def test_a_national_heads_act_is_placed_in_the_nation(pipeline, text, nation, town):
    places = event_places(pipeline, text, SAID)
    assert nation in places, places
    assert town not in places, places


@pytest.mark.parametrize(("text", "where"), KEPT)
def test_a_local_office_or_a_stated_place_keeps_its_place(pipeline, text, where):
    assert where in event_places(pipeline, text, SAID)
