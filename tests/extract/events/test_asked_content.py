"""What a request asks for is no act of its own (events/eventhood/reported.py ``asked_for``,
dropped in events/merge.py): "called on the UN to deploy peacekeepers" is one REQUEST, no
MOBILIZE; "demanded an apology" no CONCEDE; "pressed for sanctions" no SANCTION. An act the
request presupposes ("an inquiry into the shooting of the student"), one told in a clause of
its own ("the activists who were arrested on Friday") and one done beside the request ("called
for calm and sent troops") stay. Made-up probes, not taken from any data set; all 14 asked
probes failed before the change (each gave the asked act as a hypothetical event)."""

from __future__ import annotations

import pytest

from samples import typed_events

ASKED = [  # (text, trigger word of the act asked for, its type)
    ("The opposition called on the United Nations to deploy peacekeepers in the north.",
     "deploy", "MOBILIZE"),
    ("Villagers demanded the withdrawal of the soldiers from their land.", "withdrawal",
     "RETREAT"),
    ("The minister demanded an apology from the ambassador.", "apology", "CONCEDE"),
    ("Senators pressed for tougher sanctions against the regime.", "sanctions", "SANCTION"),
    ("The envoy urged the rival factions to hold talks in Geneva.", "talks", "CONSULT"),
    ("Opposition lawmakers called on prosecutors to open an investigation into the mayor.",
     "investigation", "ACCUSE"),
    ("The families asked the governor to release the detained fishermen.", "release",
     "RETREAT"),
    ("The union demanded that the army lift the curfew.", "curfew", "COERCE"),
    ("The opposition issued a statement on Monday, demanding the resignation of the prime "
     "minister.", "resignation", "RETREAT"),
    ("The council appealed to donors to send food and medicine to the refugees.", "send",
     "AID"),
    ("Rights groups urged the government to free political prisoners.", "free", "RETREAT"),
    ("Lawmakers called for the expulsion of the diplomats.", "expulsion", "SANCTION"),
    ("The army withdrew from the town, and the rebels demanded talks.", "talks", "CONSULT"),
    ("The families demanded the release of the two teachers.", "release", "RETREAT"),
]
# neighbours: the request stays, and acts told as done or presupposed stay events
KEPT = [  # (text, trigger word, type)
    ("The protesters demanded the release of the activists who were arrested on Friday.",
     "arrested", "COERCE"),
    ("Rights groups demanded an inquiry into the shooting of the student.", "shooting",
     "ASSAULT"),
    ("The opposition called for calm after soldiers opened fire on protesters.", "opened fire",
     "ASSAULT"),
    ("The governor called for calm and sent troops to the city.", "sent", "MOBILIZE"),
    ("Police arrested two men who had demanded money from shopkeepers.", "arrested", "COERCE"),
    ("The army withdrew from the town, and the rebels demanded talks.", "withdrew", "RETREAT"),
    ("NATO sent troops to Kosovo after Albanian leaders called for help.", "sent", "MOBILIZE"),
    ("The families demanded justice for the victims of the bombing.", "bombing", "ASSAULT"),
    ("The opposition called on the United Nations to deploy peacekeepers in the north.",
     "called", "REQUEST"),
    ("The minister demanded an apology from the ambassador.", "demanded", "REQUEST"),
    ("Senators pressed for tougher sanctions against the regime.", "pressed", "REQUEST"),
    ("The envoy urged the rival factions to hold talks in Geneva.", "urged", "REQUEST"),
]


@pytest.mark.parametrize("text,trigger,plover", ASKED, ids=[r[0][:40] for r in ASKED])
def test_what_a_request_asks_for_is_no_event(pipeline, text: str, trigger: str,
                                             plover: str) -> None:
    found = typed_events(text)
    assert not [t for t in found if t[0] == plover and trigger in t[1]], found
    assert any(t[0] == "REQUEST" for t in found), found


@pytest.mark.parametrize("text,trigger,plover", KEPT, ids=[r[0][:40] for r in KEPT])
def test_requests_and_acts_told_beside_them_stay(pipeline, text: str, trigger: str,
                                                 plover: str) -> None:
    found = typed_events(text)
    assert any(t[0] == plover and trigger in t[1] for t in found), found
