"""Long-tail triggers, with their argument requirements: forces that surround or encircle a place
are deployed (MOBILIZE, ``senses.forces.forces_posted``) unless attackers close in for their
attack; people gathered outside a seat of power (an embassy, a prison, a ministry, a police
station) protest (``senses.gatherings.assembled_to_protest``); crowds that block an avenue, a
motorway or a crossroads or set up barricades obstruct (PROTEST); relief handed or doled out is
aid (``senses.pledges.relief_sent``); knives, machetes and drones found by officers,
investigators or soldiers are seized. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

FOUND = [
    ("Police and army units surrounded the jail in Kumba on Tuesday.", "MOBILIZE"),
    ("Hundreds of soldiers encircled the rebel-held town of Dalla on Monday.", "MOBILIZE"),
    ("About fifty people gathered outside the French embassy in Niamey on Friday.", "PROTEST"),
    ("Hundreds of people gathered in front of the parliament in Tbilisi on Sunday.", "PROTEST"),
    ("Relatives of the detainees gathered outside the police station in Bamenda.", "PROTEST"),
    ("Dozens of farmers blocked the motorway near Lyon on Monday.", "PROTEST"),
    ("Students blocked a busy intersection in Belgrade for three hours.", "PROTEST"),
    ("Protesters set up barricades of burning tyres in the centre of Antananarivo.", "PROTEST"),
    ("The Red Cross handed out blankets and flour to 300 families in Goma.", "AID"),
    ("Volunteers doled out rice to flood victims in Sylhet on Friday.", "AID"),
    # contraband come upon by the state's finders (``senses.courts.steps.found_contraband``)
    ("Detectives found a machete and two pistols in the boot of the car.", "COERCE"),
    ("Soldiers found three drones and a cache of grenades in an abandoned truck.", "COERCE"),
]
NONE = [
    ("The gunmen surrounded the bus and opened fire.", "MOBILIZE"),
    ("Rebel units surrounded a column of federal tanks near the border.", "MOBILIZE"),
    ("Fans gathered outside the stadium on Sunday.", "PROTEST"),
    ("Crowds gathered outside the palace to celebrate the king's birthday.", "PROTEST"),
    ("Relatives gathered outside the hospital waiting for news.", "PROTEST"),
    ("The teacher handed out the exam papers on Monday.", "AID"),
    ("Engineers found a device to measure rainfall.", "COERCE"),
]


def types(text: str) -> list[str]:
    return [e.plover_type for e in sitrep.process_text(text, published="2024-05-14").events]


@pytest.mark.parametrize(("text", "plover"), FOUND)
def test_long_tail_trigger_is_found(text: str, plover: str) -> None:
    assert plover in types(text)


@pytest.mark.parametrize(("text", "plover"), NONE)
def test_same_words_without_their_arguments_are_no_event(text: str, plover: str) -> None:
    assert plover not in types(text)
