"""Probes of acts told between two towns or across several at once (``event_places.spread_over``):
"ambushed a patrol on the road between Kano and Zaria", "riots broke out in jails in Lahore,
Multan and Faisalabad" happened at no one town, and the events convention gives them no place
(not the first town of the list, nor the dateline's). Neighbours: one town with the region or
country it lies in, a list of countries (parties, or each one's act), an act placed at one town
whose sentence lists other towns elsewhere, and one town alone."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CHANGE = [
    ("KADUNA, Nigeria (AP) -- Bandits ambushed a police patrol on the road between Kano and "
     "Zaria on Friday.", "ASSAULT", "ambushed", []),
    ("Militants attacked a fuel convoy between Peshawar and Kohat on Monday.", "ASSAULT",
     "attacked", []),
    ("Gunmen fired on a minibus travelling between Mombasa and Malindi late on Sunday.",
     "ASSAULT", "fired", []),
    ("LAHORE, Pakistan (AP) -- Inmates rioted in prisons in Lahore, Multan and Faisalabad on "
     "Tuesday.", "PROTEST", "rioted", []),
    ("Demonstrations were also held in Kisumu, Nakuru and Eldoret on Saturday.", "PROTEST",
     "Demonstrations", []),
    ("Protests spread to Kutaisi, Batumi and Zugdidi overnight.", "PROTEST", "Protests", []),
    ("Police carried out raids in Medellin and Cali on Thursday, arresting 11 people.",
     "COERCE", "arresting", []),
    ("ACCRA, Ghana (AP) -- Soldiers clashed with smugglers near Kumasi and Tamale this week.",
     "ASSAULT", "clashed", []),
    ("Troops were deployed to Mosul, Kirkuk and Tikrit after the bombings.", "MOBILIZE",
     "deployed", []),
    ("Teachers went on strike in Rosario, Cordoba and Mendoza on Monday.", "PROTEST", "strike",
     []),
    ("A drone hit a lorry on the highway between Aleppo and Hama on Wednesday.", "ASSAULT",
     "hit", []),
    ("Rebels shelled army positions between Goma and Rutshuru overnight.", "ASSAULT",
     "shelled", []),
    ("Students marched in Valparaiso and Concepcion on Friday.", "PROTEST", "marched", []),
    ("NAIROBI, Kenya (AP) -- Police detained 40 people in Kisumu, Nakuru and Eldoret on "
     "Monday.", "COERCE", "detained", []),
]

KEEP = [
    ("Bandits ambushed a police patrol near Zaria on Friday.", "ASSAULT", "ambushed",
     ["Zaria"]),
    ("Inmates rioted in a prison in Multan on Tuesday.", "PROTEST", "rioted", ["Multan"]),
    ("Police carried out raids in Medellin on Thursday, arresting 11 people.", "COERCE",
     "arresting", ["Medellín"]),
    ("Gunmen attacked a bus in Aurora, Colorado, on Sunday.", "ASSAULT", "attacked",
     ["Aurora"]),
    ("Students marched in Valparaiso on Friday after protests in Santiago and Concepcion "
     "last week.", "PROTEST", "marched", ["Valparaíso"]),
    ("Troops were deployed to Mosul on Monday.", "MOBILIZE", "deployed", ["Mosul"]),
    ("A drone hit a lorry near Hama on Wednesday.", "ASSAULT", "hit", ["Ḩamāh"]),
    ("Demonstrations were also held in Kisumu on Saturday.", "PROTEST", "Demonstrations",
     ["Kisumu"]),
    ("Rebels shelled army positions outside Goma overnight.", "ASSAULT", "shelled", ["Goma"]),
    ("Teachers went on strike in Rosario on Monday.", "PROTEST", "strike", ["Rosario"]),
    ("Union branches in Durban and Pietermaritzburg rejected the offer on Monday.", "REJECT",
     "rejected", ["Durban", "Pietermaritzburg"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CHANGE + KEEP)
def test_acts_between_or_across_towns_have_no_one_town(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
