"""What a request asks of another party is an act of its own that has not happened, flagged
``hypothetical`` beside the REQUEST, as the held-out sets since s36 code it (session 39; it was
dropped before): "urged the rival factions to hold talks" is a REQUEST and a CONSULT
hypothetical, "demanded the release of the two teachers" a REQUEST and a RETREAT hypothetical
(events/eventhood/reported.py ``asked_act``, kept in events/merge.py). An apology or the lifting
of a curfew asked for stays the request's content only (``asked_for``), and a deployment asked
of another party is still left to ``senses.forces.not_shown``. An act the request presupposes
("an inquiry into the shooting of the student"), one told in a clause of its own ("the
activists who were arrested on Friday") and one done beside the request ("called for calm and
sent troops") stay events as told. Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep
from samples import typed_events

ASKED = [  # (text, trigger word of the act asked for, its type): its own hypothetical event
    ("Villagers demanded the withdrawal of the soldiers from their land.", "withdrawal",
     "RETREAT"),
    ("Senators pressed for tougher sanctions against the regime.", "sanctions", "SANCTION"),
    ("The envoy urged the rival factions to hold talks in Geneva.", "talks", "CONSULT"),
    ("Opposition lawmakers called on prosecutors to open an investigation into the mayor.",
     "investigation", "ACCUSE"),
    ("The families asked the governor to release the detained fishermen.", "release",
     "RETREAT"),
    ("The opposition issued a statement on Monday, demanding the resignation of the prime "
     "minister.", "resignation", "RETREAT"),
    ("The council appealed to donors to send food and medicine to the refugees.", "send",
     "AID"),
    ("Rights groups urged the government to free political prisoners.", "free", "RETREAT"),
    ("Lawmakers called for the expulsion of the diplomats.", "expulsion", "SANCTION"),
    ("The army withdrew from the town, and the rebels demanded talks.", "talks", "CONSULT"),
    ("The families demanded the release of the two teachers.", "release", "RETREAT"),
]
CONTENT = [  # (text, trigger word, type): the request's content only, no event of its own
    ("The opposition called on the United Nations to deploy peacekeepers in the north.",
     "deploy", "MOBILIZE"),
    ("The minister demanded an apology from the ambassador.", "apology", "CONCEDE"),
    ("The union demanded that the army lift the curfew.", "curfew", "COERCE"),
    ("The kidnappers demanded a large ransom for the release of the engineers.", "release",
     "RETREAT"),
    ("The monitors called for an end to attacks on the villages.", "attacks", "ASSAULT"),
    ("Farmers marched to the ministry demanding the withdrawal of the new tax.", "withdrawal",
     "RETREAT"),
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
def test_what_a_request_asks_is_an_act_of_its_own_not_done(pipeline, text: str, trigger: str,
                                                           plover: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if e.plover_type == plover and trigger in e.trigger.text]
    assert found, typed_events(text)
    assert "hypothetical" in found[0].modes, (found[0].modes, typed_events(text))
    assert any(e.plover_type == "REQUEST" for e in events), typed_events(text)


@pytest.mark.parametrize("text,trigger,plover", CONTENT, ids=[r[0][:40] for r in CONTENT])
def test_content_of_a_request_only_is_no_event(pipeline, text: str, trigger: str,
                                               plover: str) -> None:
    found = typed_events(text)
    assert not [t for t in found if t[0] == plover and trigger in t[1]], found


@pytest.mark.parametrize("text,trigger,plover", KEPT, ids=[r[0][:40] for r in KEPT])
def test_requests_and_acts_told_beside_them_stay(pipeline, text: str, trigger: str,
                                                 plover: str) -> None:
    found = typed_events(text)
    assert any(t[0] == plover and trigger in t[1] for t in found), found
