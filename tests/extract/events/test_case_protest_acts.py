"""Protests told by what the protesters do and what the state does to them (issue 19 item 2,
session 39: protests by who used force), on made-up sentences with no protest word:

* a labour strike told with the verb ("nurses will strike for 24 hours", "dockers struck for a
  third day"), not a strike from the air or a deal struck;
* a protest by vehicles: tractors or lorries driven or parked in their dozens, or to press a
  demand;
* crowd-control means (tear gas, water cannon, pepper spray) used on people: the people are a
  gathering and the use is its intervention; a stun or smoke grenade is no grenade attack;
* people arrested or removed after blocking or sitting on a road of any kind (motorway, ring
  road, roundabout, runway, port entrance): the arrests are the protest's intervention.

Neighbours keep their labels: air strikes, a deal struck, a bus that crashed, tear gas at rioters
throwing stones (violent demonstration) or with live rounds that kill (excessive force), and a
chemical dropped on a town."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

LABOUR_STRIKES = [
    'Nurses at state hospitals will strike for 24 hours from Monday over staffing.',
    'Air traffic controllers plan to strike for two days next week.',
    'The union said 12,000 dockers would strike indefinitely unless wages rose.',
    'Junior doctors voted to strike over pay and working hours.',
    'Bus drivers in the capital struck for higher pay on Thursday.',
    'University lecturers are striking over cuts to their pensions.',
    'Postal workers threatened to strike before the holiday season.',
    'Miners at the copper mine will strike from Monday, their union said.',
    'Cleaners at the airport struck for a third day over unpaid overtime.',
    'Teachers in four provinces began striking on Tuesday to demand back pay.',
]

VEHICLE_PROTESTS = [
    'Farmers parked 500 tractors outside the agriculture ministry to oppose the subsidy cuts.',
    'Hundreds of truckers drove their lorries slowly along the ring road to oppose fuel taxes.',
    'Fishermen sailed dozens of boats into the harbour to protest the new quotas.',
    'Farmers drove about 800 tractors into the city centre on Wednesday.',
    'Taxi drivers parked hundreds of cabs along the main avenue on Monday.',
    'A convoy of 200 lorries crawled along the motorway towards the capital.',
    'Hauliers brought their trucks to the border crossing to demand faster checks.',
    'Thousands of tractors rolled into the capital as ministers met.',
    'Motorcycle taxi riders drove their motorbikes around parliament in protest at a ban.',
    'Farmers parked their tractors in front of the town hall to denounce the land tax.',
]

CROWD_CONTROL_USED = [
    'Police fired tear gas at hundreds of farmers who had driven their tractors towards parliament.',
    'Police used water cannon on taxi drivers who blocked the ring road.',
    'Officers fired tear gas canisters at fishermen outside the port authority.',
    'Police lobbed tear gas at traders who refused to leave the market square.',
    'Riot police turned water cannon on pensioners outside the finance ministry.',
    'Security forces fired tear gas at residents who had gathered near the mine.',
    'Police used pepper spray on students camped outside the university gates.',
    'Tear gas was fired at hundreds of miners outside the company offices.',
    "Police sprayed farmers with water cannon near the governor's residence.",
    'Officers fired tear gas at motorcycle taxi riders who blocked a bridge.',
]

ROADS_BLOCKED = [
    'Riot police detained 30 activists who had blocked a motorway into the city.',
    'Police removed 60 climate activists who had sat down on a busy freeway.',
    'Police arrested 15 farmers who blocked a roundabout with hay bales.',
    'Officers detained 22 residents who had blocked the port entrance for a week.',
    'Police arrested activists who sat down across the ring road at rush hour.',
    'Police detained villagers who had blocked the harbour entrance for two days.',
    'Police arrested 40 students who had occupied a busy intersection.',
    'Police detained nine campaigners who lay down on the runway.',
    'Officers arrested 18 people who had blocked the airport terminal.',
    'Police detained dozens of drivers who barricaded the tunnel entrance.',
]

NEIGHBOURS = [
    ('The union and the employers struck a deal on wages after six hours of talks.', 'AGREEMENT'),
    ('Air strikes on the town killed nine people overnight.', 'AIR_STRIKE'),
    ('Gunmen struck a village on Monday, killing four people.', 'ATTACK'),
    ('Police arrested 30 drivers for speeding on the motorway.', 'ARREST'),
    ('A bus carrying 40 passengers plunged into a ravine, killing 12.', 'MAN_MADE_DISASTER'),
    ('The carmaker said it would build 300 tractors a month at the new plant.', 'OTHER'),
    ('Police fired tear gas at rioters who threw stones and torched a police station.', 'VIOL_DEMONSTR'),
    ('Police fired tear gas and live rounds at protesters, killing three.', 'FORCE_AGAINST_PROTEST'),
    ('The ministry ordered 5,000 tear gas canisters for the police.', 'OTHER'),
    ('Villagers suffered breathing problems after government forces dropped chlorine gas on the town.', 'CHEM_WEAP'),
]


@pytest.mark.parametrize("text", LABOUR_STRIKES + VEHICLE_PROTESTS)
def test_strike_or_vehicle_protest_is_a_peaceful_protest(text: str) -> None:
    assert classify_rules(text) == "PEACE_PROTEST"


@pytest.mark.parametrize("text", CROWD_CONTROL_USED + ROADS_BLOCKED)
def test_crowd_control_or_arrest_of_road_blockers_is_a_protest_with_intervention(
        text: str) -> None:
    assert classify_rules(text) == "PROTEST_WITH_INTER"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_neighbours_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
