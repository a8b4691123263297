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
    ("LIMA, Peru (AP) -- Police cleared a road blockade on Monday. The farmers' federation "
     "called for a national strike.", "PROTEST", "strike", []),
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


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), ASKED)
def test_acts_only_asked_for_borrow_no_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), DONE_OR_STATED)
def test_done_acts_and_stated_places_keep_their_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
