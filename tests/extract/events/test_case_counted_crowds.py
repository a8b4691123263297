"""A crowd counted before its act ("A crowd of about 300 people stoned two police vehicles"):
mob violence as when the count is not given (issue 19 item 2, session 38: the count between the
crowd and its verb). Neighbours: a crowd that only gathers or is stoned by others keeps other
labels. Made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_case_label

PROBES = [
("A crowd of about 300 people stoned two police vehicles in the town on Sunday.", "MOB_VIOL"),
("A crowd of some 200 residents beat a suspected thief to death near the market.", "MOB_VIOL"),
("A crowd of more than 1,000 youths burned a bus and a kiosk after the accident.", "MOB_VIOL"),
("A crowd numbering about 500 stoned the car of the local chief.", "MOB_VIOL"),
("Villagers of around 40 households beat two cattle rustlers on Tuesday.", "MOB_VIOL"),
("A crowd of nearly 600 people lynched a man accused of witchcraft.", "MOB_VIOL"),
("A crowd of 150 men stoned a minibus after it hit a child, police said.", "MOB_VIOL"),
("A crowd of about 400 people stoned the police station and burned two motorbikes.",
 "MOB_VIOL"),
("A crowd stoned two police vehicles in the town on Sunday.", "MOB_VIOL"),
("A crowd of about 300 people gathered peacefully outside the town hall on Sunday.",
 "not MOB_VIOL"),
("A crowd of about 300 people watched as firefighters fought the blaze.", "not MOB_VIOL"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_counted_crowd_act_is_mob_violence(text: str, label: str) -> None:
    check_case_label(text, label)
