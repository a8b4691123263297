"""People seized, grabbed or taken away by force are an abduction (ASSAULT/abduct, the trigger
table's ``@snatched``); things and places seized a seizure (COERCE/seize, ``@seized``); aircraft
scrambled a deployment (MOBILIZE, ``@scrambled``); parties put on a sanctions list or designated
terrorist, and community orders, a sanction (SANCTION). Their near neighbours stay what they
were. Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest
from tests.samples import typed_modes

SNATCHED = [
    "Gunmen seized 14 passengers from a bus near Zaria on Monday.",
    "Militiamen seized the group on the road to Bunia on Saturday.",
    "Bandits grabbed two farmers from their fields near Tsafe on Sunday.",
    "Armed men went from house to house on Friday, taking away young men.",
]
NOT_SNATCHED = [
    "Paramedics took the injured passengers to hospital on Monday.",
    "Panic seized the passengers when the plane shook.",
    "The coach took the players to the stadium on Sunday.",
    "She took her children from school early on Friday.",
    "The man grabbed him by the collar and shouted at him.",
    "Witnesses said the driver was taken away after the crash.",
    "Fighters seized three lorries on the road on Friday.",
]
SEIZED_THINGS = [
    "Police seized a crossbow and two hunting knives from his van on Monday.",
    "More than 80,000 packets of cigarettes were seized at the border on Tuesday.",
    "Rebels seized the hydroelectric dam on the river on Sunday.",
]
SCRAMBLED = [
    "Two Polish F-16s were scrambled on Monday night when the drone crossed the border.",
    "The air force scrambled two fighter jets on Friday to shadow the bombers.",
]
NOT_SCRAMBLED = [
    "Residents scrambled to safety as the shells fell on Monday.",
    "Officials scrambled to find buses for the stranded passengers.",
]
LISTED = [
    "The European Union added four Iranian firms to its sanctions list on Monday.",
    "Washington designated the militia a foreign terrorist organisation on Tuesday.",
    "The president ordered troops to dismantle 12 gangs he had designated as terrorist groups.",
    "A second man was given an 18-month community order at the same hearing.",
]
NOT_LISTED = [
    "The president declared war on terror in a speech on Monday.",
    "The club designated Friday a day of rest for its players.",
    "The minister read out the list of candidates on Monday.",
]


@pytest.mark.parametrize("text", SNATCHED, ids=[t[:40] for t in SNATCHED])
def test_people_seized_or_taken_away_are_abducted(pipeline, text: str) -> None:
    assert ("ASSAULT", "abduct") in typed_modes(text)


@pytest.mark.parametrize("text", NOT_SNATCHED, ids=[t[:40] for t in NOT_SNATCHED])
def test_people_carried_somewhere_or_seized_by_a_feeling_are_not(pipeline, text: str) -> None:
    assert ("ASSAULT", "abduct") not in typed_modes(text)


def test_the_police_seizing_a_suspect_is_no_abduction(pipeline) -> None:
    found = typed_modes("Police seized two suspects in a raid in Kano on Monday.")
    assert ("ASSAULT", "abduct") not in found
    assert any(t == "COERCE" for t, _ in found)


@pytest.mark.parametrize("text", SEIZED_THINGS, ids=[t[:40] for t in SEIZED_THINGS])
def test_things_and_places_seized_are_a_seizure(pipeline, text: str) -> None:
    assert ("COERCE", "seize") in typed_modes(text)


@pytest.mark.parametrize("text", SCRAMBLED, ids=[t[:40] for t in SCRAMBLED])
def test_aircraft_scrambled_are_a_deployment(pipeline, text: str) -> None:
    assert any(t == "MOBILIZE" for t, _ in typed_modes(text))


@pytest.mark.parametrize("text", NOT_SCRAMBLED, ids=[t[:40] for t in NOT_SCRAMBLED])
def test_people_scrambling_deploy_nothing(pipeline, text: str) -> None:
    assert all(t != "MOBILIZE" for t, _ in typed_modes(text))


@pytest.mark.parametrize("text", LISTED, ids=[t[:40] for t in LISTED])
def test_listed_designated_and_sentenced_parties_are_sanctioned(pipeline, text: str) -> None:
    assert any(t == "SANCTION" for t, _ in typed_modes(text))


@pytest.mark.parametrize("text", NOT_LISTED, ids=[t[:40] for t in NOT_LISTED])
def test_wars_on_terror_days_and_lists_of_names_are_no_sanction(pipeline, text: str) -> None:
    assert all(t != "SANCTION" for t, _ in typed_modes(text))
