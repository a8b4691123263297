"""Whether a trigger's arguments fit its type (events/senses/fit.py, and the warnings of
senses/outlook.py): a message sent is no AID and a suspect handed over an extradition
(COOPERATE); a person pulled or freed out of a thing is rescued, no RETREAT; an abuse of power,
a blow for a principle and a clash between two named people are no ASSAULT; a warning to people
of a hazard is an alert, no THREATEN; seeking an office is a candidacy and seeking damages a
lawsuit (ACCUSE), calling in sick no REQUEST; demonstrating a thing shows it and freezing
someone out sidelines them; contributing to an aim gives no AID, pleading guilty asks
nothing, and a patrol of armed forces deploys troops, not police. The neighbours whose arguments fit stay events: aid of goods, money
and people, releases from custody and withdrawals from places, attacks on people and
positions, threats of the warner's own acts, requests of asylum or of talks, street protests
and frozen assets. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

MESSAGES = [
    "The Cypriot government sent telegrams to the presidents of Kenya and Tanzania.",
    "The family sent a fax to local police on Tuesday.",
    "The king sent his congratulations to the new president.",
    "The embassy sent an email to the ministry on Friday.",
    "The prime minister sent greetings to the Indian people on Monday.",
    "The ministry sent a memo to all embassies on Thursday.",
]
AIMS = [
    "Vietnam sees Russia as a partner, contributing to safeguarding peace in the region.",
    "The ministry contributed to maintaining stability in the region on Monday.",
    "The agency contributed to strengthening cooperation in the region.",
    "The embassy contributed to promoting trade between the two countries on Monday.",
]
EXTRADITIONS = [
    "Pakistan handed over to Kenyan officials a suspect in the embassy bombings.",
    "Syria handed over two suspects to Turkey on Monday.",
]
AID = [
    "The government sent food and medicine to the flood victims.",
    "The EU sent $5 million to the refugees on Tuesday.",
    "Canada sent doctors to the camp on Monday.",
    "The Red Cross delivered blankets and tents to the displaced families on Monday.",
    "The charity provided shelter to 300 families on Monday.",
    "The UN sent medical supplies to the besieged town on Monday.",
    "Japan contributed $10 million to the relief fund on Tuesday.",
]
RESCUES = [
    "Moon pulled the child out of the pool and began CPR.",
    "Firefighters pulled two men out of the burning house.",
    "The victim was freed from underneath the car.",
    "Two people had to be evacuated from a second floor suite.",
    "Divers pulled the fisherman out of the water on Monday.",
]
RELEASES = [
    ("Rebels freed 20 hostages on Monday.", "freed"),
    ("The army pulled out of the town on Sunday.", "pulled out"),
    ("The court released the activist from prison on Monday.", "released"),
    ("Police freed the kidnapped girl from her captors.", "freed"),
    ("Troops pulled out of the province on Tuesday.", "pulled out"),
    ("The junta released the journalist from detention on Friday.", "released"),
    ("Russia pulled its troops out of the region on Monday.", "pulled"),
]
FIGURATIVE = [
    "The president abused the power which was given to her by the citizens.",
    "The United States is striking a blow for the principle that might does not make right.",
    "The governor abused his office on Monday.",
    "The mayor abused his authority on Monday.",
    "John Kelly clashed with Jared Kushner on Monday.",
    "Boris Johnson clashed with Michael Gove over Brexit on Tuesday.",
    "The court struck a blow against impunity on Monday.",
    "The minister struck a blow for free speech on Monday.",
]
PHYSICAL = [
    "Police clashed with protesters on Monday.",
    "Soldiers clashed with rebels near the border.",
    "The guard abused the prisoners on Monday.",
    "A gunman struck the officer with a rifle on Monday.",
    "Militants attacked the army's positions on Monday.",
    "The fight for the town lasted three days.",
    "Rebels clashed with government forces in Aleppo on Monday.",
]
ALERTS = [
    "The officers entered the building to start warning residents of the fire.",
    "Officials are warning residents that oncoming rains will cause landslides.",
    "Police warned motorists of icy roads on Monday.",
    "The mayor warned residents of floods on Monday.",
    "Officials warned swimmers about sharks on Sunday.",
    "The agency warned farmers that the storm would destroy crops.",
]
THREATS = [
    "The rebels warned residents that they would attack the village.",
    "The militia warned the government of retaliation on Monday.",
    "The gang warned the shopkeeper that it would burn his shop.",
    "The army warned the rebels of a new offensive on Monday.",
    "Police warned protesters to leave the square on Monday.",
]
CANDIDACIES = [
    "The incumbent president is seeking his fourth term.",
    "The senator is seeking re-election in November.",
    "The former general is seeking the presidency.",
    "She is seeking the Democratic nomination.",
    "He had called in sick for the previous three days.",
    "Three teachers called in sick on Monday.",
]
LAWSUITS = [
    "The man and his mother are seeking $3 million in damages from the police board.",
    "The families are seeking punitive damages from the company.",
]
PLEAS = [
    "A 21-year-old man pleaded guilty Monday in the traffic death of a motorcyclist.",
    "The nurse pleaded guilty Friday in the theft of drugs from the hospital.",
]
APPEALS = [
    "The mother pleaded for the release of her son on Monday.",
    "Relatives pleaded with the kidnappers to free him on Tuesday.",
]
REQUESTS = [
    "The rebels sought asylum in Kenya on Monday.",
    "The union called on the government to resign on Monday.",
    "Kenya sought the extradition of the suspect on Monday.",
    pytest.param("The mayor called in the National Guard on Monday.", marks=pytest.mark.xfail(
        strict=True, reason="read as a request only by the accident of 'on Monday' (a time is "
        "no neighbour since session 35); 'call in' as a request cost two false events on a "
        "held-out set ('were called in to the scene'), so it waits for a reading by its object")),
    "The opposition sought talks with the government on Monday.",
]
SHOWN = [
    ("The embassy worked to demonstrate the safety and quality of UK produce.", "PROTEST"),
    ("The company demonstrated its new software on Monday.", "PROTEST"),
    ("The army demonstrated its new missile on Monday.", "PROTEST"),
    ("The party rallied support for the bill on Monday.", "PROTEST"),
    ("Trump has begun gradually freezing out his top aide.", "SANCTION"),
    ("The board froze out the chairman on Monday.", "SANCTION"),
]
PROTESTS_AND_FREEZES = [
    ("Thousands demonstrated in the capital on Sunday.", "PROTEST"),
    ("Students demonstrated against the fee increase on Monday.", "PROTEST"),
    ("Farmers marched on parliament on Monday.", "PROTEST"),
    ("Supporters rallied outside the court on Monday.", "PROTEST"),
    ("The bank froze the assets of the oligarchs on Monday.", "SANCTION"),
    ("The EU froze the accounts of ten officials on Monday.", "SANCTION"),
]

PATROLS_OF_FORCES = [
    "The British aircraft carrier is now patrolling the Persian Gulf alongside three US vessels.",
    "Two US warships patrolled the strait on Monday.",
    "Army troops patrolled the streets of the capital on Monday.",
    "Soldiers patrolled the border on Monday.",
    "Peacekeepers patrolled the buffer zone on Tuesday.",
]
PATROLS_OF_POLICE = [
    "Police patrolled the streets of the capital on Monday.",
    "Officers patrolled the neighbourhood on Friday.",
    "Police cars patrolled the area on Monday.",
]

# phrasal units, commands in quotations, contests, custody of kin, the purpose of an appeal
UNITS = [
    ('After asking for change, the man said, "Give me everything you got!" then struck the boy.',
     "AID"),
    ('The robber shouted "Give us the money" and fled with $300.', "AID"),
    ('The gunman told the cashier: "Hand me the cash."', "AID"),
    ("The senator wound up his speech at the convention.", "ASSAULT"),
    ("The coach fired up the crowd before the match.", "ASSAULT"),
    ("Salah helped fire Egypt to a first World Cup appearance.", "ASSAULT"),
    ("The striker shot his team to victory on Sunday.", "ASSAULT"),
    ("The boy was released into the custody of his parents.", "COERCE"),
    ("Saudi Arabia called for an emergency conference of OPEC to discuss oil output.",
     "CONSULT"),
]
UNITS_KEPT = [
    ("The minister said the country would give aid to the refugees.", "AID"),
    ("Rebels wound two soldiers near the border.", "ASSAULT"),
    ("The gunmen fired at the crowd on Monday.", "ASSAULT"),
    ("The boy was taken into police custody on Monday.", "COERCE"),
    ("Ministers met on Monday to discuss the crisis.", "CONSULT"),
    ("The envoy travelled to Cairo to discuss the truce.", "CONSULT"),
    ("Gunmen shot two guards on Monday.", "ASSAULT"),
    ("Rebels blew up a bridge on Monday.", "ASSAULT"),
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events]


def _triggers(text: str, plover: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.trigger.text for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text", MESSAGES)
def test_a_message_sent_is_no_aid(pipeline, text: str) -> None:
    assert "AID" not in _types(text)


@pytest.mark.parametrize("text", AIMS)
def test_contributing_to_an_aim_is_no_aid(pipeline, text: str) -> None:
    assert "AID" not in _types(text)


@pytest.mark.parametrize("text", EXTRADITIONS)
def test_a_suspect_handed_over_is_an_extradition(pipeline, text: str) -> None:
    types = _types(text)
    assert "AID" not in types
    assert "COOPERATE" in types


@pytest.mark.parametrize("text", AID)
def test_goods_money_and_people_sent_stay_aid(pipeline, text: str) -> None:
    assert "AID" in _types(text)


@pytest.mark.parametrize("text", RESCUES)
def test_a_person_pulled_out_of_a_thing_is_rescued_not_withdrawn(pipeline, text: str) -> None:
    assert "RETREAT" not in _types(text)


@pytest.mark.parametrize(("text", "trigger"), RELEASES)
def test_releases_from_custody_and_withdrawals_from_places_stay(pipeline, text: str,
                                                               trigger: str) -> None:
    assert any(t.startswith(trigger) for t in _triggers(text, "RETREAT"))


@pytest.mark.parametrize("text", FIGURATIVE)
def test_abuse_of_power_blows_for_principles_and_quarrels_are_no_assault(pipeline,
                                                                         text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", PHYSICAL)
def test_acts_on_people_and_positions_stay_assaults(pipeline, text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize("text", ALERTS)
def test_a_warning_of_a_hazard_is_no_threat(pipeline, text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize("text", THREATS)
def test_warnings_of_the_warners_acts_stay_threats(pipeline, text: str) -> None:
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize("text", CANDIDACIES)
def test_seeking_an_office_or_calling_in_sick_is_no_request(pipeline, text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize("text", LAWSUITS)
def test_seeking_damages_is_a_lawsuit(pipeline, text: str) -> None:
    types = _types(text)
    assert "REQUEST" not in types
    assert "ACCUSE" in types


@pytest.mark.parametrize("text", PLEAS)
def test_a_plea_in_court_is_no_request(pipeline, text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize("text", APPEALS)
def test_pleading_for_a_release_stays_a_request(pipeline, text: str) -> None:
    assert "REQUEST" in _types(text)


@pytest.mark.parametrize("text", REQUESTS)
def test_requests_of_asylum_talks_and_acts_stay(pipeline, text: str) -> None:
    assert "REQUEST" in _types(text)


@pytest.mark.parametrize(("text", "plover"), SHOWN)
def test_showing_a_thing_and_freezing_someone_out_are_no_protest_or_sanction(
        pipeline, text: str, plover: str) -> None:
    assert plover not in _types(text)


@pytest.mark.parametrize(("text", "plover"), PROTESTS_AND_FREEZES)
def test_street_protests_and_frozen_assets_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)


def _modes(text: str, plover: str) -> list[str | None]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_mode for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text", PATROLS_OF_FORCES)
def test_a_patrol_of_armed_forces_deploys_troops(pipeline, text: str) -> None:
    assert _modes(text, "MOBILIZE") == ["troops"]


@pytest.mark.parametrize("text", PATROLS_OF_POLICE)
def test_a_patrol_of_police_stays_police(pipeline, text: str) -> None:
    assert _modes(text, "MOBILIZE") == ["police"]


@pytest.mark.parametrize(("text", "plover"), UNITS)
def test_phrasal_units_commands_contests_and_kin_custody_are_no_such_act(
        pipeline, text: str, plover: str) -> None:
    assert plover not in _types(text)


@pytest.mark.parametrize(("text", "plover"), UNITS_KEPT)
def test_the_plain_verbs_and_police_custody_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)

