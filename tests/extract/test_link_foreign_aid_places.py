"""Probes (made up for these tests) of aid and sanctions by foreigners (``borrowed.speaks_elsewhere``,
``link``): a pledge or shipment of aid, or a sanction, by a foreign government or an
international body is made at home, not at the dateline's town nor at the article's place
("China pledged $2 million" under HERAT: no place). Neighbours: the country's own government,
army or aid workers keep the dateline's town; a destination or place the sentence states still
places the act."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
ABROAD = [
    ("HERAT, Afghanistan (AP) -- An earthquake destroyed hundreds of homes on Saturday. China "
     "pledged $2 million in emergency aid.", "AID", "pledged", []),
    ("ISLAMABAD, Pakistan (AP) -- Floods swept through the province on Sunday. Turkey flew in "
     "tents and blankets on Monday.", "AID", "flew", []),
    ("TBILISI, Georgia (AP) -- Police dispersed protesters outside parliament on Sunday. The "
     "United States suspended its partnership with Georgia on Saturday.", "SANCTION",
     "suspended", []),
    ("HARARE, Zimbabwe (AP) -- Riot police broke up a march on Monday. Britain imposed "
     "sanctions on five police commanders on Tuesday.", "SANCTION", "imposed", []),
    ("CARACAS, Venezuela (AP) -- Troops fired on protesters on Sunday. Canada announced new "
     "sanctions against the interior minister.", "SANCTION", "sanctions", []),
    ("BEIRUT, Lebanon (AP) -- A blast tore through the port on Tuesday. France said it would "
     "send rescue teams and medical supplies.", "AID", "send", []),
    ("KHARTOUM, Sudan (AP) -- Fighting shook the capital on Sunday. The European Union froze "
     "development aid worth 400 million euros.", "SANCTION", "froze", []),
    ("KABUL, Afghanistan (AP) -- A drought has left millions hungry. Germany pledged 50 million "
     "euros in humanitarian aid on Wednesday.", "AID", "pledged", []),
    ("YANGON, Myanmar (AP) -- Soldiers shot dead 18 protesters on Sunday. Australia suspended "
     "its military cooperation with Myanmar.", "SANCTION", "suspended", []),
    ("HERAT, Afghanistan (AP) -- An earthquake destroyed hundreds of homes on Saturday. Iran "
     "sent 20 trucks of flour and blankets on Sunday.", "AID", "sent", []),
    ("MANAGUA, Nicaragua (AP) -- Police detained three opposition leaders on Sunday. Spain "
     "suspended its aid programme on Monday.", "SANCTION", "suspended", []),
]
AT_HOME = [
    ("HERAT, Afghanistan (AP) -- An earthquake destroyed hundreds of homes on Saturday. The "
     "Afghan government sent tents and blankets to the survivors.", "AID", "sent", ["Herāt"]),
    ("ISLAMABAD, Pakistan (AP) -- Floods swept through the province on Sunday. Pakistan's army "
     "flew food to stranded villagers on Monday.", "AID", "flew", ["Islamabad"]),
    ("HARARE, Zimbabwe (AP) -- Riot police broke up a march on Monday. The government suspended "
     "the licences of two newspapers on Tuesday.", "COERCE", "suspended", ["Harare"]),
    ("KABUL, Afghanistan (AP) -- A drought has left millions hungry. The Red Crescent handed "
     "out food to 3,000 families in the city.", "AID", "handed", ["Kabul"]),
    ("CARACAS, Venezuela (AP) -- Troops fired on protesters on Sunday. Police arrested 40 "
     "people in the capital.", "COERCE", "arrested", ["Caracas"]),
    ("BEIRUT, Lebanon (AP) -- A blast tore through the port on Tuesday. France delivered 20 "
     "tons of medicine to hospitals in Beirut on Wednesday.", "AID", "delivered", ["Beirut"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), ABROAD)
def test_foreign_aid_and_sanctions_borrow_no_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), AT_HOME)
def test_domestic_aid_and_stated_places_keep_their_place(pipeline, text, kind, trigger,
                                                         places):
    assert trigger_places(pipeline, text, kind, trigger) == places
