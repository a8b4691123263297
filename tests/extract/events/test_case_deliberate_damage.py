"""Accidents against damage done on purpose (issue 19 item 2, session 26): a warehouse, a factory
or an industrial site that is looted, torched or set ablaze, or hit by missiles, rockets or
shells, is no industrial accident; the same places burning or blowing up with no one's act named
stay man-made disasters. Made-up sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CHANGED = [
    ("Thugs looted a rice warehouse in the port and set it ablaze.", "PROPERTY_DISTRUCT"),
    ("Arsonists torched a textile factory on the edge of the town overnight.",
     "PROPERTY_DISTRUCT"),
    ("Rioters set fire to the warehouse of a food aid agency and carried off sacks of grain.",
     "VIOL_DEMONSTR"),
    ("Missiles hit an industrial zone in the south of the city, the governor said.",
     "ART_MISS_ATTACK"),
    ("Rockets slammed into a fuel depot on the outskirts of the port overnight.",
     "ART_MISS_ATTACK"),
    ("Unknown men set ablaze a cotton ginning factory after a dispute with its owner.",
     "PROPERTY_DISTRUCT"),
    ("Armed men looted the factory's store and vandalised its machines.", "PROPERTY_DISTRUCT"),
    ("Shells struck a cement plant near the front line, setting a storage tank on fire.",
     "ART_MISS_ATTACK"),
    ("Youths torched the warehouse of a trading company during the riots.", "VIOL_DEMONSTR"),
    ("A missile struck an industrial park in the north of the region, wounding three workers.",
     "ART_MISS_ATTACK"),
]
NEIGHBOURS = [
    ("A fire broke out in a textile factory on the edge of the town, killing six workers.",
     "MAN_MADE_DISASTER"),
    ("A boiler exploded at a sugar mill, killing two workers.", "MAN_MADE_DISASTER"),
    ("A fuel depot caught fire on the outskirts of the port, sending smoke over the city.",
     "MAN_MADE_DISASTER"),
    ("Toxic waste from an industrial plant poisoned the river.", "MAN_MADE_DISASTER"),
    ("A gas leak at a chemical plant sent 40 people to hospital.", "MAN_MADE_DISASTER"),
    ("A warehouse collapsed under the weight of stored grain, killing a porter.",
     "MAN_MADE_DISASTER"),
    ("Police seized 20 rifles hidden in a warehouse near the docks.", "DISR_WEAP"),
    ("Floods submerged the industrial area of the town.", "NATURAL_DISASTER"),
    ("Workers at the cement plant went on strike over unpaid wages.", "PEACE_PROTEST"),
    ("A gas cylinder exploded in a restaurant in the market, injuring five diners.",
     "MAN_MADE_DISASTER"),
]


@pytest.mark.parametrize(("text", "label"), CHANGED + NEIGHBOURS)
def test_damage_on_purpose_is_no_accident(text: str, label: str) -> None:
    assert classify_rules(text) == label
