"""Kinds of acts named as the cause of a law, a gathering or a campaign (events/eventhood/topics.py,
``cause_topic``): "a petition against drone strikes", "a law against kidnapping", "a rally against
sexual assault on campus" name no act that happened; a particular act ("the killing of the
student", "the raid on their mosque") stays, and so does a headline's bare noun ("Rally against
police shooting in Ohio"), and "on" with a holder or a bare singular is a state ("officers on
patrol", "workers on hunger strike"). Sentences made up for these tests (12 of the 16 topics gave
an event before the rule)."""

from __future__ import annotations

import pytest

import sitrep

TOPICS = [
    "Parents signed a petition against drone strikes.",
    "The governor signed a law against kidnapping on Friday.",
    "The senator introduced a bill on child abduction.",
    "Students marched in a rally against sexual assault on campus.",
    "The assembly passed a resolution against torture on Thursday.",
    "The mayor signed an order on gang shootings in parks.",
    "The agency released a brochure about abductions.",
    "The council passed an ordinance on stabbings in bars.",
    "The minister proposed a treaty against air strikes on hospitals.",
    "Voters approved a measure against assassinations of journalists.",
    "The club screened a documentary against bombings of cities.",
    "Teachers received training on school shootings last week.",
    "The board adopted a policy on bomb threats.",
    "The newspaper published a guide on carjackings.",
    "The union distributed leaflets against hostage taking.",
    "The bishops issued a letter against executions.",
]
PARTICULAR = [
    ("Hundreds protested against the killing of the student on Saturday.", "ASSAULT"),
    ("Residents held a vigil for the victims of the shooting on Sunday.", "ASSAULT"),
    ("Protesters rallied against the bombing of the hospital.", "ASSAULT"),
    ("The council condemned the attack on the mayor.", "ASSAULT"),
    ("Rally against police shooting in Ohio.", "ASSAULT"),
    ("Students protested against the arrest of their teacher.", "COERCE"),
    ("Villagers protested against the raid on their mosque on Friday.", "ASSAULT"),
    ("Officers on patrol responded to a call on March 10.", "MOBILIZE"),
    ("Workers on hunger strike marched to the ministry on Monday.", "PROTEST"),
    ("A warship on patrol in the Gulf fired on a boat on Monday.", "MOBILIZE"),
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text(
        "Officials spoke on Monday. " + text, published="2021-03-01"
    ).events
    return [e.plover_type for e in events if "Officials" not in e.evidence.text]


@pytest.mark.parametrize("text", TOPICS)
def test_kinds_of_acts_as_causes_are_no_events(pipeline, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(_types(text))


@pytest.mark.parametrize(("text", "plover"), PARTICULAR)
def test_particular_acts_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)
