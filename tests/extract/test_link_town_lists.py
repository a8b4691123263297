"""Probes of an act told as spread over a list of towns in one location phrase ("raids in
Chisinau and Balti", ``event_places.spread_over``): no one town places it (the events
convention: a happening spread over several named towns without a breakdown has no place).
Neighbours: one town, a town and its region, towns named apart, a route's two ends, and a list
that is not the act's location phrase. Made-up sentences, not from any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
LISTS = [
    ("Police arrested nine men in raids in Leeds and Bradford on Tuesday.", "COERCE",
     "arrested", []),
    ("Soldiers detained 20 suspects in Kano and Kaduna overnight.", "COERCE", "detained", []),
    ("Protesters blocked roads in Cusco, Puno and Arequipa on Monday.", "PROTEST", "blocked",
     []),
    ("Gunmen torched buses in Recife and the neighbouring towns of Olinda and Paulista.",
     "ASSAULT", "torched", []),
    ("Officers seized weapons at homes in Durban and Pietermaritzburg.", "COERCE", "seized",
     []),
    ("Thousands marched in Lyon, Marseille and Toulouse on Saturday.", "PROTEST", "marched",
     []),
    ("Troops raided houses across Basra and Najaf, arresting dozens.", "COERCE", "raided",
     []),
    ("Rioters looted shops in Nakuru and Eldoret after the vote.", "ASSAULT", "looted", []),
    ("Teachers went on strike in Harare and Bulawayo on Monday.", "PROTEST", "strike", []),
    ("Police dispersed rallies in Lahore and Multan with tear gas.", "ASSAULT", "dispersed",
     []),
]
ONE_PLACE = [
    ("Police arrested nine men in raids in Leeds on Tuesday.", "COERCE", "arrested",
     ["Leeds"]),
    ("Soldiers detained 20 suspects in Kano, Nigeria, overnight.", "COERCE", "detained",
     ["Kano"]),
    ("Protesters blocked roads in Cusco on Monday, a day after a march in Lima.", "PROTEST",
     "blocked", ["Cusco"]),
    ("Gunmen torched buses in Recife on Sunday.", "ASSAULT", "torched", ["Recife"]),
    ("Gunmen ambushed a convoy on the road between Tera and Gotheye.", "ASSAULT", "ambushed",
     []),
    ("Thousands marched in Lyon on Saturday, and smaller crowds gathered in Nice.", "PROTEST",
     "marched", ["Lyon"]),
    ("Union branches in Leeds and Bradford rejected the pay offer.", "REJECT", "rejected",
     ["Leeds", "Bradford"]),
    ("Troops were deployed to Durban in May, after a rise in killings in Umlazi and "
     "Pinetown.", "MOBILIZE", "deployed", ["Durban"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), LISTS + ONE_PLACE)
def test_an_act_spread_over_listed_towns_has_no_one_place(pipeline, text, kind, trigger,
                                                          places):
    assert trigger_places(pipeline, text, kind, trigger) == places
