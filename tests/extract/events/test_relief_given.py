"""Relief given on unseen wording (AID): goods, money or relief flown in, sent, trucked,
shipped or rushed, aid shipments resumed. Neighbours stay no AID: aid suspended, frozen or cut
(a SANCTION), a note, an office or power handed over, aid as a topic or something asked for, troops flown in, a
letter sent. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

RELIEF = [
    "Qatar flew in tents and medicines for the flood victims on Tuesday.",
    "Norway said it would send 10,000 blankets.",
    "The Red Crescent delivered food to the camps on Friday.",
    "Japan will resume aid shipments that were halted last year.",
    "The charity trucked in water and rice on Sunday.",
    "The World Bank pledged $20 million in relief.",
    "Turkey airlifted medical supplies to the quake zone.",
    "Germany shipped 5,000 tonnes of wheat on Monday.",
    "India sent two planeloads of medicines on Sunday.",
    "The UN rushed emergency food to the survivors.",
    "Canada donated $2 million to the relief effort.",
    "Kuwait flew in 40 tonnes of food on Saturday.",
]
NOT_RELIEF = [
    "The government suspended a planned shipment of fuel aid to the north.",
    "Donors froze aid to the ministry after the scandal.",
    "Washington cut military aid to the regime on Monday.",
    "The robber handed the teller a note.",
    "The conference discussed aid to the region.",
    "The army flew in troops to the airport.",
    "She sent a letter to the editor.",
    "The minister called for more aid.",
    "The company shipped its new phones on Monday.",
    "The band flew in from London on Saturday.",
    "The general handed command of the army to his deputy on Monday.",
    "The king handed power to his son.",
    "The smuggler organised a shipment of two tons of cocaine.",
    "Villagers complained about delays in relief deliveries.",
    "The contractor delivered 20 generators on Monday.",
    "The ambulance service sent a crew to the scene of the crash.",
]


@pytest.mark.parametrize("text", RELIEF)
def test_relief_given_is_aid(pipeline, text: str) -> None:
    assert "AID" in plover_types(text)


@pytest.mark.parametrize("text", NOT_RELIEF)
def test_aid_stopped_asked_or_no_goods_is_no_aid(pipeline, text: str) -> None:
    assert "AID" not in plover_types(text)
