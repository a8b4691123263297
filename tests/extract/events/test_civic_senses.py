"""Civic life in local news (events/senses/civic.py): a local body agreeing or deliberating on
its own agenda, opinions held by ordinary people, complaints about things and requests named
as the object of a decision are no event between parties; declining to mention something is
no rejection. Near neighbours (bodies acting on parties, national and international bodies,
officials' positions, complaints about people or acts or to the police, requests made) keep
their events. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

BODY_BUSINESS = [
    "The county commissioners met Thursday to discuss the zoning plan.",
    "The planning committee agreed to delay the vote until March.",
    "The school board agreed to extend the superintendent's contract.",
    "The zoning board agreed to postpone the hearing.",
    "The village board agreed to hire a new clerk.",
    "Aldermen met Monday night to consider the ordinance.",
    "The county board agreed to raise the fee for permits.",
    "The board of education agreed to adopt the new calendar.",
    "Selectmen agreed to table the item until next month.",
    "The city council agreed to fund the new playground.",
    "The parks commission agreed to close the pool early.",
]
BODY_ACTS = [  # (text, the type it keeps)
    ("The city council condemned the attack on the mosque.", "ACCUSE"),
    ("The council met with residents on Tuesday.", "CONSULT"),
    ("The Security Council met on Monday to discuss the crisis.", "CONSULT"),
    ("The council agreed with the union on a new contract.", "AGREE"),
    ("The Senate committee agreed to subpoena the general.", "AGREE"),
    ("The city council met with the governor on Friday.", "CONSULT"),
    ("The school board agreed with the teachers' union on pay.", "AGREE"),
    ("The committee accused the mayor of misconduct.", "ACCUSE"),
    ("The council praised the firefighters on Tuesday.", "SUPPORT"),
    ("The two governments agreed to restore ties.", "AGREE"),
    ("The zoning board rejected the developer's plan on Monday.", "REJECT"),
    ("The city council backed the police chief after the shooting.", "SUPPORT"),
]
OPINIONS = [
    "We support our teachers and our students.",
    "Residents said they support the new park.",
    "Parents said they oppose the plan.",
    "She said she supports the idea of a new library.",
    "Many voters oppose the new tax.",
    '"I support the project," one neighbour said.',
    "Homeowners oppose the proposed landfill.",
    '"We welcome everyone to the festival," the organiser said.',
    '"We support our teachers," the candidate said.',
    "Shoppers support the new market.",
]
POSITIONS = [  # (text, the type it keeps)
    ("Russia opposes the sanctions.", "REJECT"),
    ("The president supports the ceasefire deal.", "SUPPORT"),
    ('"We support the ceasefire," the foreign minister said.', "SUPPORT"),
    ("Biden backs the peace plan.", "SUPPORT"),
    ("The United Nations welcomes the agreement.", "SUPPORT"),
    ("Residents supported the strike on Monday.", "SUPPORT"),
    ("The army backed the coup on Tuesday.", "SUPPORT"),
    ("The rebels reject the peace deal.", "REJECT"),
    ("The ministry rejected the proposal on Monday.", "REJECT"),
    ("Neighbours praised the police on Tuesday.", "SUPPORT"),
    ('"I don\'t agree with that decision," the mayor said.', "SUPPORT"),
]
THING_COMPLAINTS = [
    "Neighbours complained about the noise.",
    "Residents complained about the smell from the plant.",
    "Parents complain of the long wait at the clinic.",
    "Shoppers complained that the prices were too high.",
    "Tenants have complained about the broken heating.",
    "Drivers complain about the potholes on Main Street.",
    "Visitors complained of the heat.",
    "Commuters have complained about the new timetable.",
    "Students complained about the food in the cafeteria.",
    "Locals complained about the traffic on the bridge.",
]
ACCUSING_COMPLAINTS = [
    "Residents complained to police about the noise.",
    "Residents complained about the mayor.",
    "Neighbours complained about the man next door.",
    "Villagers complained about the soldiers.",
    "The embassy complained about the arrests of its citizens.",
    "The opposition complained that the police had beaten protesters.",
    "China complained about the US warships.",
    "France summoned the ambassador to complain of his behaviour.",
    "Workers complained about their manager.",
    "The ministry complained about the shelling of the town.",
]
DECIDED_REQUESTS = [
    "The board approved the developer's request on Monday.",
    "The commission approved the rezoning request on Monday.",
    "The court upheld the appeal on Monday.",
    "The council turned down the request for a permit.",
    "The court rejected his appeal on Friday.",
    "The board granted the request for a variance.",
    "The court dismissed the appeal on Thursday.",
    "The council voted on the request on Tuesday.",
    "The court heard the appeal on Monday.",
    "The board reviewed the request on Monday.",
]
REQUESTS = [
    "The mayor requested federal aid on Monday.",
    "Residents appealed to the governor for help.",
    "The rebels demanded the release of prisoners.",
    "The family made an appeal for information.",
    "The government called for calm on Monday.",
    "The minister issued a request for more troops.",
    "The UN appealed for a ceasefire.",
    "Police appealed for witnesses on Monday.",
    "The governor asked for federal help on Tuesday.",
    "The opposition demanded new elections.",
]
SILENCES = [
    "He declined to mention the issue at candidate forums.",
    "She declined to raise the matter with her colleagues.",
    "He refused to cite the source of the figures.",
]
REFUSALS = [
    "The rebels refused to lay down their arms.",
    "The government refused to negotiate with the rebels.",
    "The union refused to accept the offer.",
]


@pytest.mark.parametrize("text", BODY_BUSINESS)
def test_a_local_body_on_its_agenda_makes_no_deal_or_talks(pipeline, text: str) -> None:
    assert not {"AGREE", "CONSULT"} & set(plover_types(text))


@pytest.mark.parametrize(("text", "plover"), BODY_ACTS)
def test_bodies_acting_on_parties_keep_their_events(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


@pytest.mark.parametrize("text", OPINIONS)
def test_opinions_of_ordinary_people_are_no_support(pipeline, text: str) -> None:
    assert not {"SUPPORT", "REJECT", "AGREE"} & set(plover_types(text))


@pytest.mark.parametrize(("text", "plover"), POSITIONS)
def test_positions_of_parties_and_acts_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


@pytest.mark.parametrize("text", THING_COMPLAINTS)
def test_complaints_about_things_accuse_no_one(pipeline, text: str) -> None:
    assert "ACCUSE" not in plover_types(text)


@pytest.mark.parametrize("text", ACCUSING_COMPLAINTS)
def test_complaints_about_parties_or_acts_accuse(pipeline, text: str) -> None:
    assert "ACCUSE" in plover_types(text)


@pytest.mark.parametrize("text", DECIDED_REQUESTS)
def test_a_request_decided_on_is_no_new_request(pipeline, text: str) -> None:
    assert "REQUEST" not in plover_types(text)


@pytest.mark.parametrize("text", REQUESTS)
def test_requests_made_stay(pipeline, text: str) -> None:
    assert "REQUEST" in plover_types(text)


@pytest.mark.parametrize("text", SILENCES)
def test_declining_to_mention_is_no_rejection(pipeline, text: str) -> None:
    assert "REJECT" not in plover_types(text)


@pytest.mark.parametrize("text", REFUSALS)
def test_refusing_to_act_is_a_rejection(pipeline, text: str) -> None:
    assert "REJECT" in plover_types(text)
