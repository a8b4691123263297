"""Probes of the places an act may take from its sentence or borrow from the story
(``extract.borrowed``, ``link``): a statement's addressee or source named by a capital is a
party ("urged Caracas to free them", "an apology from Havana"), a place written as a company's
name is the company ("Dorset Mills Inc. ... Brandon rejected an offer from Dorset"), a lone
compass word is no region ("aid to the North"), a dateline's words give way to the place the
story states in the same sentence ("SEOUL (AP) -- ... near the city of Sokcho"), a dateline
written with a spaced hyphen places the story ("TOPEKA - Nurses marched"), and a statement by
foreigners or an international body does not borrow the dateline's town. Neighbours: force
used on a capital ("Rebels shelled Kabul"), a location phrase with a capital or the company's
town, a division named with its compass word, a dateline alone in its sentence, a domestic
statement under a dateline, a word in capitals that names no town."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
PARTIES = [
    ("Cuba and Spain have urged Caracas to release the prisoners.", "REQUEST", "urged", []),
    ("Peru accused Quito of violating the border treaty on Monday.", "ACCUSE", "accused", []),
    ("The ministry demanded an apology from Havana on Tuesday.", "REQUEST", "demanded", []),
    ("Havana accused the envoy of spying on Monday.", "ACCUSE", "accused", []),
    ("Germany urged Ankara to free the jailed journalists.", "REQUEST", "urged", []),
    ("The minister called on Nairobi to reopen the border on Friday.", "REQUEST", "called on",
     []),
    ("Dorset Mills Inc. agreed to buy Brandon Textiles Corp. for $80 million. Brandon had "
     "rejected an earlier offer from Dorset in May.", "REJECT", "rejected", []),
    ("The government suspended a shipment of rice aid to the North on Friday.", "SANCTION",
     "suspended", []),
]
PARTIES += [
    ("Heavy fighting between Sudan's army and rebels shook Khartoum on Thursday.", "ASSAULT",
     "fighting", ["Khartoum"]),
    ("Soldiers patrolled the streets of Santiago on Sunday after the worst unrest Chile has "
     "seen in decades.", "MOBILIZE", "patrolled", ["Santiago"]),
    ("Artillery shelled the outskirts of Kabul on Monday, the army said.", "ASSAULT", "shelled",
     ["Kabul"]),
]
PARTIES += [
    ("The minister said on Tuesday that Tehran would not allow the monitors in and accused "
     "Germany of plotting a coup.", "REJECT", "allow", []),
]
PARTIES_KEEP = [
    ("Soon after starting her new job, Wu said she visited South Africa.", "CONSULT",
     "visited", ["South Africa"]),
    ("Mitchell, the senator who negotiated the Northern Ireland peace accord, retired in May.",
     "CONSULT", "negotiated", ["Northern Ireland"]),
    ("Mexico's federal police arrested 20 men in Tijuana on Friday.", "COERCE", "arrested",
     ["Tijuana"]),
    ("Rebels shelled Kabul on Monday.", "ASSAULT", "shelled", ["Kabul"]),
    ("Police arrested two men in Havana on Friday.", "COERCE", "arrested", ["Havana"]),
    ("The ministers met in Berlin and urged Ankara to free the journalists.", "CONSULT", "met",
     ["Berlin"]),
    ("Brandon Textiles Corp. closed its mill last year. Police arrested two men in Brandon, "
     "Manitoba on Friday.", "COERCE", "arrested", ["Brandon"]),
    ("Rebels attacked a town in the North region of Cameroon on Sunday.", "ASSAULT", "attacked",
     ["North"]),
]
DATELINES = [
    ("SEOUL, South Korea (AP) -- Soldiers killed two gunmen near the coastal city of Sokcho "
     "on Thursday.", "ASSAULT", "killed", ["Sokcho"]),
    ("KABUL, Afghanistan (AP) -- A bomb exploded in Kandahar on Monday, killing five people.",
     "ASSAULT", "exploded", ["Kandahār"]),
    ("NAIROBI, Kenya (AP) -- Gunmen attacked a bus near the town of Garissa on Sunday.",
     "ASSAULT", "attacked", ["Garissa"]),
    ("TOPEKA - Hundreds of nurses marched to the Statehouse on Tuesday to demand higher pay.",
     "PROTEST", "marched", ["Topeka"]),
    ("SPOKANE - Police arrested a man on Tuesday after a four-hour standoff.", "COERCE",
     "arrested", ["Spokane"]),
    ("HARARE, Zimbabwe (AP) -- Riot police broke up a march on Monday. The European Union "
     "condemned the crackdown.", "ACCUSE", "condemned", []),
    ("LIMA, Peru (AP) -- Protesters blocked roads across the south on Monday. The United "
     "States urged calm.", "REQUEST", "urged", []),
]
DATELINES_KEEP = [
    ("KABUL, Afghanistan (AP) -- A bomb exploded at a crowded market on Monday, killing five "
     "people.", "ASSAULT", "exploded", ["Kabul"]),
    ("LIMA, Peru (AP) -- Protesters blocked roads on Monday. Peru's interior minister "
     "condemned the blockades.", "ACCUSE", "condemned", ["Lima"]),
    ("CONCORD — Police were called to an apartment on Sunday. A tenant walked toward his "
     "neighbour and asked him to leave, police said.", "REQUEST", "asked", ["Concord"]),
    ("UPDATE - Police arrested a man on Tuesday after a four-hour standoff.", "COERCE",
     "arrested", []),
    ("CROMWELL — A tenant told police on Sunday that his neighbour had threatened him.",
     "ACCUSE", "told", ["Cromwell"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), PARTIES + PARTIES_KEEP)
def test_capitals_and_companies_as_parties_place_no_act(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), DATELINES + DATELINES_KEEP)
def test_dateline_places_local_acts_only(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
