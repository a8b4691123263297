"""Seeking refuge is flight, not a request (events/senses/public/processes.py): "sought refuge
in the capital", "seeking shelter in a school" are no REQUEST; asylum sought from a state,
protection asked of a named body, funds or talks sought stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

import sitrep

FLIGHT = [
    "When he fell out of favour in 2011, he also sought refuge in the capital.",
    "Families sought shelter in a school on Monday.",
    "Hundreds of villagers sought safety in the hills after the raid.",
    "The fugitive sought refuge in a church near the border.",
    "Residents sought cover behind parked cars as the shooting began.",
    "The smuggler is seeking a safe haven in the jungle.",
    "Thousands sought sanctuary in the cathedral on Sunday.",
    "The boss would feel most comfortable seeking refuge in his home state.",
    "Migrants looked for shelter under the bridge on Tuesday.",
    "The family searched for safety in a neighbouring town.",
    "Civilians sought refuge in the embassy compound on Friday.",
    "The gunmen sought cover in a warehouse during the shootout.",
]
REQUESTS = [
    "The activist sought asylum in Spain on Monday.",
    "The villagers sought protection from the United Nations on Monday.",
    "The governor sought federal funds for the repairs on Friday.",
    "The rebels sought talks with the government last week.",
    "The minister sought the release of the two journalists on Friday.",
    "The opposition sought a recount of the votes on Tuesday.",
    "Ostravia sought military aid from Norland on Monday.",
    "The union sought a meeting with the mayor on Thursday.",
    "The family sought compensation from the army for the raid.",
    "Prosecutors sought a 20-year sentence for the former general.",
]


def _requests(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events if e.plover_type == "REQUEST"]


@pytest.mark.parametrize("text", FLIGHT)
def test_seeking_refuge_is_no_request(pipeline, text: str) -> None:
    assert _requests(text) == []


@pytest.mark.parametrize("text", REQUESTS)
def test_seeking_from_a_party_stays_a_request(pipeline, text: str) -> None:
    assert _requests(text)
