"""Probes of a wire dateline written with the report's day and no state or country ("TOWN,
Month D —", ``extract.dateline``): its town is the dateline although the parse of the lead
takes it for the subject of the first verb ("VALLETTA, June 3 — Malta on Friday expelled ...").
A nation's government under its own capital's dateline speaks and acts there (the lead's
session-40 convention: national bodies of the dateline's own country take the capital); a
foreign government's statement under the same dateline stays unplaced, and a place the text
states still wins. Made-up stories, not from any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places
from sitrep.extract.dateline import written_dateline
from sitrep.resources.gazetteer import get_gazetteer

# (text, PLOVER type, trigger, the places of the act)
THERE = [
    ("VALLETTA, June 3 — Malta on Friday expelled two Libyan diplomats, accusing them of "
     "spying on the port.", "SANCTION", "expelled", ["Valletta"]),
    ("VALLETTA, June 3 — Malta on Friday expelled two Libyan diplomats, accusing them of "
     "spying on the port.", "ACCUSE", "accusing", ["Valletta"]),
    ("TALLINN, Apr. 12 — Estonia on Thursday accused Russian hackers of attacking the "
     "websites of three ministries.", "ACCUSE", "accused", ["Tallinn"]),
    ("VIENTIANE, Oct 4 — Laos on Monday rejected a Thai request to extradite a former "
     "general.", "REJECT", "rejected", ["Vientiane"]),
    ("RIGA, Sept 19 — Latvia on Wednesday ordered a Belarusian consul to leave within 48 "
     "hours.", "SANCTION", "ordered", ["Riga"]),
    ("LJUBLJANA, November 8 — Slovenia on Tuesday condemned the seizure of its fishing "
     "boat.", "ACCUSE", "condemned", ["Ljubljana"]),
    ("MASERU, Feb 2 — Lesotho on Sunday called on South Africa to reopen the border "
     "crossing.", "REQUEST", "called on", ["Maseru"]),
    ("WINDHOEK, Aug. 30 — Namibia's foreign ministry on Monday summoned the Angolan "
     "ambassador over the shooting of two fishermen.", "ACCUSE", "summoned", ["Windhoek"]),
    ("ASMARA, May 21 — Eritrea's information ministry on Saturday denied that its troops had "
     "crossed the border.", "REJECT", "denied", ["Asmara"]),
    ("ULAANBAATAR, March 9, 2024 — Mongolia on Friday accused Chinese trawlers of fishing "
     "in its lakes.", "ACCUSE", "accused", ["Ulan Bator"]),
    ("BRATISLAVA, July 14 (Wire) — Slovakia on Thursday threatened to close its airspace to "
     "Hungarian military flights.", "THREATEN", "threatened", ["Bratislava"]),
    ("PARAMARIBO, Dec 1 — Suriname's government on Wednesday accused Guyana of sending "
     "troops across the river.", "ACCUSE", "accused", ["Paramaribo"]),
    ("BOGOTA, Aug 4 — Colombia on Monday suspended talks with the rebel faction.",
     "SANCTION", "suspended", ["Bogotá"]),
]
# neighbours: a foreign government's statement under the same dateline stays unplaced, and
# a place the text gives for the act wins over the dateline
NOT_THERE = [
    ("VALLETTA, June 3 — Malta expelled two Libyan diplomats on Friday. Libya's foreign "
     "ministry condemned the expulsion.", "ACCUSE", "condemned", []),
    ("TALLINN, Apr. 12 — Estonia accused Russian hackers of attacking three ministries on "
     "Thursday. Russia's foreign ministry denied the accusation.", "REJECT", "denied", []),
    ("MASERU, Feb 2 — Lesotho closed the border crossing on Sunday. South Africa's "
     "government urged Lesotho to reopen it.", "REQUEST", "urged", []),
    ("RIGA, Sept 19 — Latvia ordered a Belarusian consul to leave on Wednesday. Belarus "
     "threatened to retaliate.", "THREATEN", "threatened", []),
    ("ASMARA, May 21 — Eritrea on Saturday denied crossing the border. Ethiopia's "
     "government accused Eritrea of lying.", "ACCUSE", "accused", []),
]
STATED = [
    ("VALLETTA, June 3 — Malta's foreign minister, speaking in Brussels on Friday, accused "
     "Libya of spying on the port.", "ACCUSE", "accused", ["Brussels"]),
    ("TALLINN, Jan. 12 — Estonian police on Thursday arrested two men in Narva on suspicion "
     "of spying.", "COERCE", "arrested", ["Narva"]),
    ("VIENTIANE, Oct 4 — Gunmen on Monday attacked a bus near Luang Prabang, killing two "
     "passengers.", "ASSAULT", "attacked", ["Luang Prabang"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), THERE + NOT_THERE + STATED)
def test_dated_dateline_places_its_nations_government(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


# (text, town): a dateline with its country and the report's day ("TOWN, Country, Month D —")
WITH_DAY = [
    ("ERBIL, Iraq, Oct 9 — A drone struck a car on Wednesday.", "Erbil"),
    ("KANO, Nigeria, Sept 19 — Gunmen attacked a school on Friday.", "Kano"),
    ("CUSCO, Peru, Jan. 20, 2016 (AP) — Protesters blocked the railway.", "Cusco"),
    ("MOPTI, Mali, May 2 — Shells fell on a camp overnight.", "Mopti"),
    ("KANDAHAR, Afghanistan, July 7 — A bomb exploded at a market.", "Kandahār"),
]
# not datelines: a town in capitals before a day without a dash, a word in capitals
NO_DATELINE = [
    "POLICE, May 2 said nothing of the case.",
    "The meeting in GENEVA, May 2, ended without a deal.",
]


@pytest.mark.parametrize(("text", "town"), WITH_DAY)
def test_dateline_with_country_and_day_is_read(text, town):
    found = written_dateline(text, get_gazetteer(), [], 400)
    assert found is not None and found.name == town


@pytest.mark.parametrize("text", NO_DATELINE)
def test_no_dateline_without_its_dash(text):
    assert written_dateline(text, get_gazetteer(), [], 400) is None


# under a capital's dateline, only the nation's own bodies speak from its seat: not rebels,
# opposition parties, unions or rights groups of the nation, whose statements stay unplaced
OUTSIDE_THE_STATE = [
    ("LUSAKA, Zambia — Troops clashed with rebels near Kasama on Sunday. The rebels denied "
     "attacking the villagers.", "REJECT", "denied", []),
    ("LUSAKA, Zambia — Troops clashed with rebels near Kasama on Sunday. The main opposition "
     "party accused the army of killing civilians.", "ACCUSE", "accused", []),
    ("LUSAKA, Zambia — Troops clashed with rebels near Kasama on Sunday. A Zambian rights "
     "league condemned the killings.", "ACCUSE", "condemned", []),
    ("LUSAKA, Zambia — Troops clashed with rebels near Kasama on Sunday. The opposition "
     "coalition urged the government to close the schools.", "REQUEST", "urged", []),
    ("LUSAKA, Zambia — Troops clashed with rebels near Kasama on Sunday. The defence ministry "
     "accused the rebels of killing civilians.", "ACCUSE", "accused", ["Lusaka"]),
    ("LUSAKA, Zambia — Troops clashed with rebels near Kasama on Sunday. The army denied "
     "shelling the villages.", "REJECT", "denied", ["Lusaka"]),
    ("LUSAKA, Zambia — Troops clashed with rebels near Kasama on Sunday. The interior minister "
     "urged residents to stay calm.", "REQUEST", "urged", ["Lusaka"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), OUTSIDE_THE_STATE)
def test_only_national_bodies_speak_from_the_capital(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


# under a capital's dateline, in a story about a far town, an act done in the field that its
# sentence does not place happened at the story's town; acts from the seat of government
# (expulsions, statements) and stories about the capital itself keep the capital
FIELD = [
    ("LUSAKA, Zambia — Rebels stormed the town of Kasama on Sunday and burned the market in "
     "Kasama. Soldiers later pushed them back.", "ASSAULT", "pushed", ["Kasama"]),
    ("DODOMA, Tanzania — Gunmen raided a police post in Mtwara on Friday, and fighting went on "
     "in Mtwara for hours. Later the attackers burned three trucks.", "ASSAULT", "burned",
     ["Mtwara"]),
    ("MAPUTO, Mozambique — Insurgents attacked the port of Pemba on Tuesday and shelled Pemba "
     "overnight. The insurgents also kidnapped two fishermen.", "ASSAULT", "kidnapped",
     ["Pemba"]),
    ("NAIROBI, Kenya — Bandits raided a cattle market in Marsabit on Monday and fought "
     "herders in Marsabit for hours. Police later arrested four of the raiders.", "COERCE",
     "arrested", ["Marsabit"]),
    ("LIMA, Peru — Miners blocked the highway outside Arequipa on Monday and clashed with "
     "police in Arequipa. Later the miners burned two police vans.", "ASSAULT", "burned",
     ["Arequipa"]),
    ("LUSAKA, Zambia — Rebels stormed the town of Kasama on Sunday and burned the market in "
     "Kasama. The government expelled a Congolese diplomat over the raid.", "SANCTION",
     "expelled", ["Lusaka"]),
    ("LUSAKA, Zambia — Gunmen robbed a bank in Lusaka on Sunday and shot a guard in Lusaka. "
     "The robbers later burned their car.", "ASSAULT", "burned", ["Lusaka"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), FIELD)
def test_acts_in_the_field_take_the_story_town_under_a_capital(pipeline, text, kind, trigger,
                                                               places):
    assert trigger_places(pipeline, text, kind, trigger) == places
