"""Probes of places in an adverbial clause of another act (``event_places.other_clause``): "days
after the president returned from a trip to Chile", "before the envoy flew on to Rome" say where
that other act went, not where the sentence's act happened; the act keeps the dateline's town.
Neighbours: the act's own location phrase beside such a clause, an act told inside the clause
itself (its place is its own), and a clause inside the phrase of the act's target ("women who had
gone to fetch water outside a town")."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CHANGE = [
    ("LIMA, Peru (AP) -- Troops were deployed on Friday, hours after the defence minister "
     "landed from Bogota.", "MOBILIZE", "deployed", ["Lima"]),
    ("QUITO, Ecuador (AP) -- Police detained a union leader on Sunday, shortly after he "
     "returned from a conference in Caracas.", "COERCE", "detained", ["Quito"]),
    ("MANILA, Philippines (AP) -- Soldiers raided a rebel camp on Thursday, two days after "
     "the army chief flew back from Tokyo.", "ASSAULT", "raided", ["Manila"]),
    ("KAMPALA, Uganda (AP) -- Police arrested an opposition leader on Friday, hours before he "
     "was due to fly to Johannesburg.", "COERCE", "arrested", ["Kampala"]),
    ("DHAKA, Bangladesh (AP) -- Workers went on strike on Monday, a day after the labour "
     "minister returned from talks in Geneva.", "PROTEST", "strike", ["Dhaka"]),
    ("ANKARA, Turkey (AP) -- Police detained 12 journalists on Tuesday, two days after the "
     "interior minister came home from Berlin.", "COERCE", "detained", ["Ankara"]),
    ("CAIRO, Egypt (AP) -- Police arrested three activists on Monday, shortly after the "
     "foreign minister arrived back from Paris.", "COERCE", "arrested", ["Cairo"]),
    ("LYON, France (AP) -- Police arrested two men on Monday, a day after the minister "
     "flew in from Madrid.", "COERCE", "arrested", ["Lyon"]),
    ("ACCRA, Ghana (AP) -- Riot police fired tear gas at students on Monday, a week after the "
     "vice-chancellor returned from London.", "ASSAULT", "fired", ["Accra"]),
    ("HANOI, Vietnam (AP) -- Police detained a blogger on Friday, hours after she returned "
     "from Bangkok.", "COERCE", "detained", ["Hanoi"]),
    ("TUNIS, Tunisia (AP) -- Police arrested a judge on Monday, two days after he had come "
     "back from Rome.", "COERCE", "arrested", ["Tunis"]),
]

KEEP = [
    ("LYON, France (AP) -- Police arrested two men in Grenoble on Monday, a day after the "
     "minister returned from a visit to Madrid.", "COERCE", "arrested", ["Grenoble"]),
    ("NAIROBI, Kenya (AP) -- Protesters marched in Mombasa on Tuesday, three days after the "
     "president came back from a summit in Addis Ababa.", "PROTEST", "marched", ["Mombasa"]),
    ("QUITO, Ecuador (AP) -- Police detained a union leader on Sunday after he led a march in "
     "Guayaquil.", "PROTEST", "march", ["Guayaquil"]),
    ("LIMA, Peru (AP) -- Troops were deployed to Cusco on Friday, hours after the defence "
     "minister landed from Bogota.", "MOBILIZE", "deployed", ["Cusco"]),
    ("Gunmen abducted five women who had gone to fetch water outside Tamale on Monday.",
     "ASSAULT", "abducted", ["Tamale"]),
    ("MANILA, Philippines (AP) -- Soldiers raided a rebel camp near Cotabato on Thursday, "
     "two days after the army chief flew back from Tokyo.", "ASSAULT", "raided", ["Cotabato"]),
    ("KAMPALA, Uganda (AP) -- Police arrested an opposition leader at Entebbe airport on "
     "Friday as he was about to board a flight.", "COERCE", "arrested", ["Entebbe"]),
    ("ANKARA, Turkey (AP) -- Police detained 12 journalists in Istanbul on Tuesday, two days "
     "after the interior minister came home from Berlin.", "COERCE", "detained", ["Istanbul"]),
    ("CAIRO, Egypt (AP) -- Police arrested three activists on Monday after they protested in "
     "Alexandria.", "PROTEST", "protested", ["Alexandria"]),
    ("SEOUL, South Korea (AP) -- Protesters rallied in Busan on Saturday, a week after the "
     "president returned from a state visit to Washington.", "PROTEST", "rallied", ["Busan"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CHANGE + KEEP)
def test_places_of_another_acts_clause_place_no_act(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
