"""Places shut and lines of communication cut by the state are COERCE (events/senses/courts/
closures.py): "police sealed off the district" (restrict), "the authorities cut mobile internet"
(censor). A firm closing its own shop, protesters blocking a road, a door or a deal closed, a
storm cutting power and a company slowing its deliveries are none. Made-up probes, not taken
from any data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

SHUT = [
    "Police sealed off the district after the explosion on Friday.",
    "Soldiers cordoned off the market while they searched the stalls.",
    "The interior ministry closed the border with its northern neighbour on Sunday.",
    "Hungary has shut its frontier to lorries until further notice.",
    "Greece closed its airspace to drones for the summit.",
    "Troopers blocked the procession at the bridge on Tuesday.",
    "The municipal transport office closed the minibus terminal after the gunfight.",
    "The highway was sealed off for six hours after the ambush.",
    "Gendarmes barricaded the square before the rally could begin.",
    "Authorities locked down the town after the prison break.",
    "The governor's office shut the mines in the valley after the clashes.",
    "Customs officers closed the crossing at Nogales on Monday morning.",
    "Riot police blocked the road to the parliament with armoured trucks.",
    "The sheriff's deputies closed several streets around the house.",
    "The army sealed the border crossing near the river.",
]
NOT_SHUT = [
    "The bakery closed its shop on Main Street last year.",
    "Protesters blocked the road to the airport with burning tyres.",
    "She closed the door behind her.",
    "The two firms closed the deal on Monday.",
    "The striker closed the gap in the second half.",
    "The goalkeeper blocked the shot in the last minute.",
    "The museum closed early because of the heat.",
    "He locked the car and walked away.",
    "The company sealed the boxes before shipping.",
    "The shop owner shut the store for the holidays.",
    "Police closed the bakery on Monday.",
    "Truck drivers blocked the highway in protest at fuel prices.",
    "Villagers sealed the well with stones.",
    "Bandits blocked the highway and robbed the passengers.",
    "Heavy fighting shut the coastal road for two days.",
    "The clinics were closed for the holiday weekend.",
    "Angry Italian dock workers blocked the bridge for three hours.",
    "Young Tunisians blocked roads leading to the port on Sunday.",
]
AGAINST = [
    "Chile closed its border with Bolivia after the dispute over the river.",
    "Poland shut its airspace to all flights from Belarus on Monday.",
    "Estonia closes Russia border crossings amid spy row",
    "The Kenyan government sealed the frontier with Somalia on Tuesday.",
    "Serbia blocked the crossings to lorries from Kosovo.",
    "Armenia closed its border to trucks coming from Turkey.",
    "Vietnam has shut its border gates with China to traders.",
    "Morocco closed its airspace to Algerian aircraft.",
    "Uganda closed the border with Rwanda to goods traffic.",
    "India sealed the Pakistan border after the bombing.",
]
AT_HOME = [
    "Police closed the border crossing to trucks for the night.",
    "Soldiers sealed off the market square with barbed wire.",
    "Chile closed its national parks for a week.",
    "The army closed the airspace over the capital for the parade.",
    "Authorities closed the road to Santiago after the landslide.",
    "The Kenyan police sealed the stadium before the match.",
    "Poland closed its schools after the floods.",
    "Officers blocked the march near the presidential palace.",
    "The ministry shut three schools in the capital on Tuesday.",
    "Troops cordoned off the port for the search.",
]
CUT = [
    "Authorities cut mobile internet across the province on Monday.",
    "Mobile data services were slowed in the capital during the vote.",
    "The junta shut down social media platforms after the march.",
    "Phone lines to the city were cut on Saturday night.",
    "The government restricted internet access in three regions.",
    "The telecom regulator blocked access to messaging apps on election day.",
    "Internet services in the town were cut on Wednesday.",
    "Police switched off the mobile network around the stadium.",
    "The ministry suspended mobile internet services in the north.",
    "Broadband connections were disrupted across the region by order of the governor.",
    "The authorities blacked out the internet for three days.",
    "Security forces severed telephone lines to the besieged district.",
]
NOT_CUT = [
    "The storm cut power to thousands of homes.",
    "The company cut prices on its phones.",
    "A damaged undersea cable slowed the internet across the island.",
    "The bank cut its interest rate on Thursday.",
    "Heavy rain disrupted train services on Monday.",
    "The firm restricted access to its offices for visitors.",
    "She switched off her phone before the meeting.",
    "The council slowed traffic near the school with speed bumps.",
    "The airline suspended flights to the island.",
    "The network slowed down after the update, users said.",
    "He turned off the television at midnight.",
    "Workers cut the ribbon at the new bridge.",
]


def _coerced(text: str, mode: str) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == "COERCE" and e.plover_mode == mode]


@pytest.mark.parametrize("text", SHUT, ids=[t[:40] for t in SHUT])
def test_places_shut_by_the_state_are_restrictions(pipeline, text: str) -> None:
    assert _coerced(text, "restrict"), [
        (e.plover_type, e.trigger.text) for e in sitrep.process_text(text).events]


@pytest.mark.parametrize("text", NOT_SHUT, ids=[t[:40] for t in NOT_SHUT])
def test_shops_doors_deals_and_roads_blocked_by_protesters_are_no_restriction(
        pipeline, text: str) -> None:
    assert _coerced(text, "restrict") == []


@pytest.mark.parametrize("text", AGAINST, ids=[t[:40] for t in AGAINST])
def test_a_border_shut_against_another_country_is_a_sanction(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-02").events
    assert any(e.plover_type == "SANCTION" for e in events), [
        (e.plover_type, e.trigger.text) for e in events]
    assert _coerced(text, "restrict") == []


@pytest.mark.parametrize("text", AT_HOME, ids=[t[:40] for t in AT_HOME])
def test_a_place_shut_with_no_other_country_named_is_a_restriction(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-02").events
    assert _coerced(text, "restrict"), [(e.plover_type, e.trigger.text) for e in events]
    assert not any(e.plover_type == "SANCTION" for e in events)


@pytest.mark.parametrize("text", CUT, ids=[t[:40] for t in CUT])
def test_lines_cut_by_the_state_are_censorship(pipeline, text: str) -> None:
    assert _coerced(text, "censor"), [
        (e.plover_type, e.trigger.text) for e in sitrep.process_text(text).events]


@pytest.mark.parametrize("text", NOT_CUT, ids=[t[:40] for t in NOT_CUT])
def test_power_prices_and_own_services_cut_are_no_censorship(pipeline, text: str) -> None:
    events = sitrep.process_text(text, published="2021-03-02").events
    assert not [e for e in events if e.plover_type == "COERCE"], [
        (e.plover_mode, e.trigger.text) for e in events]


def test_selection_looks_for_the_words_the_closures_read() -> None:
    """``select_needs.NEED_WORDS`` copies the places and lines of ``senses.courts.closures``
    (select imports no extractor): a sentence with no such word is not parsed for them."""
    from sitrep.extract.events.senses.courts.closures import GATHERINGS, LINES, SHUT_PLACES
    from sitrep.extract.events.senses.forces import GROUND
    from sitrep.nlp.select_needs import NEED_WORDS

    assert set(NEED_WORDS["@place_shut"]["*"]) == SHUT_PLACES | GATHERINGS | GROUND
    assert set(NEED_WORDS["@shut_against"]["*"]) == SHUT_PLACES | GATHERINGS | GROUND
    assert set(NEED_WORDS["@line_cut"]["*"]) == LINES
