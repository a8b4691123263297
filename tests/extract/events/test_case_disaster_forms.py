"""Accidents and epidemics in every form of their words (issue 19 item 2, session 39: accidents,
epidemics and pollution as disasters; cue patterns as lemmas), on made-up sentences: leaking,
spilling, crashing, colliding, capsizing, derailing and catching fire in every inflection; a fire
or an explosion at "their" or "its" factory as at "a" factory; an epidemic told by its cases,
infections, deaths or patients. Violence that "spilled over", arson after a killing and cases of
fraud keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

ACCIDENTS = [
    'Ammonia leaking from a cold store sent 30 residents to hospital.',
    'Chlorine leaking from a water treatment plant forced 2,000 people from their homes.',
    'A tanker spilled 40 tonnes of diesel into the river near the port.',
    'Crude oil spilling from a damaged well has blackened 15 kilometres of coast.',
    'A minibus crashing into a lorry on the coast road killed nine people.',
    'Two buses colliding at a junction left 14 passengers injured.',
    'An overloaded boat capsizing on the river drowned 22 people.',
    'A freight train derails near the border, spilling fuel, officials said.',
    'A ferry ran aground off the island, and 30 passengers were hurt.',
    'A grain silo catching fire at the port injured six workers.',
    'A fire at their garment factory killed 14 workers on Tuesday.',
    'A blaze at its paint warehouse burned for two days, the company said.',
    'Fire in our village school destroyed four classrooms overnight, the head teacher said.',
    'An explosion at their fireworks workshop killed three people.',
    'A roof collapsing at a market hall killed five traders.',
]

EPIDEMICS = [
    'Dengue cases rose to 12,000, with 40 deaths, the ministry said.',
    'Cholera deaths in the camps climbed to 85 this week.',
    'Measles infections have doubled in the province since January.',
    'Malaria patients filled the district hospital after the rains.',
    'The mpox death toll rose to 31, health officials said.',
]

NEIGHBOURS = [
    ('Violence spilled over into the neighbouring district, the governor said.', 'OTHER'),
    ("Gunmen set fire to their victims' houses after killing four villagers.", 'ATTACK'),
    ('The company reported 400 cases of fraud by its agents last year.', 'ORG_CRIME'),
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_accident_in_any_form_is_a_man_made_disaster(text: str) -> None:
    assert classify_rules(text) == "MAN_MADE_DISASTER"


@pytest.mark.parametrize("text", EPIDEMICS)
def test_epidemic_told_by_its_count_is_a_natural_disaster(text: str) -> None:
    assert classify_rules(text) == "NATURAL_DISASTER"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_neighbours_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
