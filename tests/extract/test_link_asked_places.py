"""Probes (made up for these tests) of acts only asked for, offered or threatened
(``borrowed.asked_only``, ``link``): "called for the release of the hostages" under a dateline
has happened nowhere yet, so it borrows no place from the dateline, the article or the
speaker's place in its sentence ("The Red Cross office in Nairobi urged ..."). Neighbours: the
same acts done keep the dateline's town, and a place the asked act's own clause states
("called for talks in Geneva") still places it."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
ASKED = [
    ("KISUMU, Kenya (AP) -- Gunmen seized six teachers on Monday. The teachers' union called "
     "for the immediate release of the six.", "RETREAT", "release", []),
    ("MOMBASA, Kenya (AP) -- Police detained 40 dockworkers on Friday. A rights group demanded "
     "the release of all the workers.", "RETREAT", "release", []),
    ("CHITTAGONG, Bangladesh (AP) -- Police arrested four students on Sunday. Their families "
     "appealed for the release of the students.", "RETREAT", "release", []),
    ("ABUJA, Nigeria (AP) -- Soldiers held a journalist for three days. The press union urged "
     "the army to free him.", "RETREAT", "free", []),
    ("GOMA, Congo (AP) -- Rebels took control of two villages on Tuesday. The Red Cross office "
     "in Kinshasa urged the rebels to release the wounded.", "RETREAT", "release", []),
    ("SUVA, Fiji (AP) -- Riot police broke up a march on Friday. The opposition called on the "
     "police to withdraw from the campus.", "RETREAT", "withdraw", []),
    ("KANO, Nigeria (AP) -- Gunmen abducted 30 villagers last week. Elders urged the "
     "kidnappers to release the women.", "RETREAT", "release", []),
    ("LUSAKA, Zambia (AP) -- Police raided the offices of a newspaper on Monday. Editors "
     "called for an inquiry into the raid.", "ACCUSE", "inquiry", []),
    ("DAKAR, Senegal (AP) -- Police fired tear gas at students on Monday. The bar association "
     "called on the prosecutor to investigate the officers.", "ACCUSE", "investigate", []),
    ("BLANTYRE, Malawi (AP) -- Police shot two vendors on Monday. The vendors' association "
     "demanded an investigation into the shooting.", "ACCUSE", "investigation", []),
    ("JUBA, South Sudan (AP) -- Soldiers shelled a market on Monday. Aid groups urged the army "
     "to lift its blockade of the town.", "RETREAT", "lift", []),
    # (a national strike is called across the country: test_link_nationwide_places.py)
    ("LIMA, Peru (AP) -- Police cleared a road blockade on Monday. The farmers' federation "
     "called for a strike.", "PROTEST", "strike", []),
    ("QUITO, Ecuador (AP) -- Inmates rioted in a prison on Monday. Relatives asked the "
     "government to pull troops out of the prison.", "RETREAT", "pull", []),
    ("MANDALAY, Myanmar (AP) -- Soldiers fired on a march on Sunday. Student leaders called "
     "for fresh protests next month.", "PROTEST", "protests", []),
]
DONE_OR_STATED = [
    ("HARARE, Zimbabwe (AP) -- Police detained a union leader on Monday. The union threatened "
     "to strike unless he is freed.", "THREATEN", "threatened", ["Harare"]),
    ("CHITTAGONG, Bangladesh (AP) -- Police arrested four students on Sunday. Their families "
     "appealed for the release of the students.", "REQUEST", "appealed", ["Chattogram"]),
    ("KISUMU, Kenya (AP) -- Gunmen seized six teachers on Monday. The gunmen released the "
     "six on Wednesday.", "RETREAT", "released", ["Kisumu"]),
    ("MOMBASA, Kenya (AP) -- Police detained 40 dockworkers on Friday. Police freed all the "
     "workers on Saturday.", "RETREAT", "freed", ["Mombasa"]),
    ("LUSAKA, Zambia (AP) -- Police raided the offices of a newspaper on Monday. Police "
     "arrested two editors on Tuesday.", "COERCE", "arrested", ["Lusaka"]),
    ("MANDALAY, Myanmar (AP) -- Soldiers fired on a march on Sunday. Students protested "
     "outside the university on Monday.", "PROTEST", "protested", ["Mandalay"]),
    ("SUVA, Fiji (AP) -- Riot police broke up a march on Friday. The police withdrew from "
     "the campus on Saturday.", "RETREAT", "withdrew", ["Suva"]),
    ("KANO, Nigeria (AP) -- Gunmen abducted 30 villagers last week. Elders called for the "
     "release of the women held in Kaduna.", "RETREAT", "release", ["Kaduna"]),
]

# (text, PLOVER type, trigger, the asker's place: never the asked act's)
ASKERS = [
    ("Gunmen seized six teachers near Kisumu on Monday. The teachers' union in Nairobi called "
     "for the release of the six.", "RETREAT", "release", "Nairobi"),
    ("Police detained 40 dockworkers in Mombasa on Friday. A rights group in Nairobi demanded "
     "the release of all the workers.", "RETREAT", "release", "Nairobi"),
    ("Police arrested four students in Sylhet on Sunday. Speaking in Dhaka, their families "
     "appealed for the release of the students.", "RETREAT", "release", "Dhaka"),
    ("Rebels took control of two villages near Goma on Tuesday. The Red Cross office in "
     "Kinshasa urged the rebels to release the wounded.", "RETREAT", "release", "Kinshasa"),
    ("Gunmen abducted 30 villagers near Kano last week. Elders in Abuja urged the kidnappers "
     "to release the women.", "RETREAT", "release", "Abuja"),
    ("Police raided the offices of a newspaper in Ndola on Monday. Editors told reporters in "
     "Lusaka they wanted an inquiry into the raid.", "ACCUSE", "inquiry", "Lusaka"),
    ("Police fired tear gas at students in Thies on Monday. The bar association in Dakar "
     "called on the prosecutor to investigate the officers.", "ACCUSE", "investigate", "Dakar"),
    ("Police shot two vendors in Zomba on Monday. The vendors' association in Blantyre "
     "demanded an investigation into the shooting.", "ACCUSE", "investigation", "Blantyre"),
    ("Police cleared a road blockade near Cusco on Monday. The farmers' federation in Lima "
     "called for a national strike.", "PROTEST", "strike", "Lima"),
    ("Inmates rioted in a prison in Guayaquil on Monday. Relatives told reporters in Quito they "
     "wanted the government to pull troops out of the prison.", "RETREAT", "pull", "Quito"),
    ("Soldiers fired on a march in Mandalay on Sunday. Student leaders in Yangon called for "
     "fresh protests next month.", "PROTEST", "protests", "Yangon"),
    ("Fighting shook Omdurman on Sunday. The African Union, meeting in Addis Ababa, urged both "
     "sides to hold talks.", "CONSULT", "talks", "Addis Ababa"),
]
ASKERS_OWN = [
    ("Gunmen seized six teachers near Kisumu on Monday. The teachers' union in Nairobi called "
     "for the release of the six.", "REQUEST", "called", ["Nairobi"]),
    ("Rebels took control of two villages near Goma on Tuesday. The Red Cross office in "
     "Kinshasa urged the rebels to release the wounded.", "REQUEST", "urged", ["Kinshasa"]),
    ("Police shot two vendors in Zomba on Monday. The vendors' association in Blantyre "
     "demanded an investigation into the shooting.", "REQUEST", "demanded", ["Blantyre"]),
    ("Gunmen abducted 30 villagers near Kano last week. Elders in Abuja called for the release "
     "of the women held in Kaduna.", "RETREAT", "release", ["Kaduna"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), ASKED)
def test_acts_only_asked_for_borrow_no_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), DONE_OR_STATED)
def test_done_acts_and_stated_places_keep_their_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


@pytest.mark.parametrize(("text", "kind", "trigger", "asker"), ASKERS)
def test_the_askers_place_is_not_the_asked_acts(pipeline, text, kind, trigger, asker):
    places = trigger_places(pipeline, text, kind, trigger)
    assert places is not None
    assert asker not in places


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), ASKERS_OWN)
def test_the_asking_and_the_acts_own_place_keep_their_place(pipeline, text, kind, trigger,
                                                            places):
    assert trigger_places(pipeline, text, kind, trigger) == places
