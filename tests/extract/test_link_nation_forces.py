"""Made-up probes (not copied from any data set): the police, authorities, courts or
prosecutors of a nation named by its demonym ("Honduran authorities", "Colombian police",
"Argentine judges") act in their own country: where the act's clause and sentence state no
place, the act is placed in that country (``extract.nations``), not at the article's main
place abroad (a study's, a conference's town) and not nowhere. Before, the article's main place
or no place. Neighbours: a stated place still places the act, at home or abroad; a dateline or
an article's place in the nation is finer and kept; a force the act is done to, the military
(which often acts abroad), one office holder (a minister travels) and what a force says place
nothing so."""

from __future__ import annotations

import pytest

from samples import event_places

# (text, the country that must place the act, the place abroad that must not)
NATIONS = [
    ("Analysts in Miami have tracked the cartel for years. Honduran authorities detained the "
     "gang's leader on Friday.", "Honduras", "Miami"),
    ("The study was written by researchers in Washington. Colombian police seized four tons of "
     "cocaine on Tuesday, the report said.", "Colombia", "Washington"),
    ("A report published in Geneva counted the labs. Mexican federal agents raided a warehouse "
     "full of chemicals on Monday.", "Mexico", "Geneva"),
    ("Ivory prices doubled last year, traders in Hong Kong said. Kenyan customs officials seized "
     "300 kilos of tusks at the port on Sunday.", "Kenya", "Hong Kong"),
    ("Peruvian police arrested a former mayor on Wednesday. He is accused of taking bribes.",
     "Peru", None),
    ("Lawyers in Madrid followed the case closely. Argentine judges convicted the former "
     "general of fraud on Thursday.", "Argentina", "Madrid"),
    ("The smuggling route runs through Texas. Guatemalan police raided three ranches near the "
     "border on Friday.", "Guatemala", "Texas"),
    ("Human rights groups in London criticised the crackdown. Egyptian security forces "
     "dispersed a sit-in on Monday, killing 12 people.", "Egypt", None),
    ("Investors in London were alarmed by the news. Russian authorities raided the offices of "
     "the fund on Tuesday.", "Russia", "London"),
    ("Chilean police fired tear gas at students on Thursday. The students were demanding free "
     "education.", "Chile", None),
    ("The group's spokesman spoke to reporters in Paris. Turkish police detained 40 journalists "
     "on Monday.", "Turkey", "Paris"),
    ("Shipping firms in Singapore reported the theft. Indonesian police arrested six pirates on "
     "Wednesday.", "Indonesia", "Singapore"),
    ("Observers in Brussels condemned the vote. Belarusian authorities detained 200 protesters "
     "on Sunday.", "Belarus", None),
]

# (text, the place that must still place the act)
KEPT = [
    ("Mexican police arrested two men in Tijuana on Friday.", "Tijuana"),
    ("MEXICO CITY (AP) — Mexican federal police seized a ton of cocaine on Monday.",
     "Mexico City"),
    ("Officials in Sinaloa said the labs were spreading. Mexican police destroyed a lab on "
     "Monday.", "Sinaloa"),
    ("Gunmen ambushed two Colombian police officers in Cali on Tuesday.", "Cali"),
    ("Peruvian police arrested the suspect in Bolivia on Friday.", "Bolivia"),
]

# (text, the nation that must not place the act: the military, a speech act)
NOT_NATION = [
    ("Analysts in Geneva followed the war closely. American troops killed three militants on "
     "Monday.", "United States"),
    ("Analysts in Miami have tracked the cartel for years. Honduran authorities accused the "
     "gang of extortion on Friday.", "Honduras"),
    ("The talks on the border war were held in Geneva. The Russian foreign minister agreed to "
     "cooperate on keeping the violence from growing.", "Russia"),
]

ACTS = ("ASSAULT", "COERCE", "SANCTION")


@pytest.mark.parametrize(("text", "where", "abroad"), NATIONS)
def test_a_nations_own_force_acts_in_its_country(pipeline, text, where, abroad):
    places = event_places(pipeline, text, ACTS)
    assert where in places, places
    assert abroad is None or abroad not in places, places


@pytest.mark.parametrize(("text", "where"), KEPT)
def test_a_stated_or_finer_place_still_places_the_act(pipeline, text, where):
    places = event_places(pipeline, text, ACTS)
    assert any(where in name for name in places), places


@pytest.mark.parametrize(("text", "nation"), NOT_NATION)
def test_no_nation_for_the_military_or_a_speech_act(pipeline, text, nation):
    assert nation not in event_places(pipeline, text), text
