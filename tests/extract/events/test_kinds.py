"""Kinds of acts named as a category (events/senses/kinds.py, and the mass nouns of violence
of events/eventhood.py's generic subjects): a crime noun in a list of kinds of crime or as an
example of "crimes", a share, a rate or a trend of acts, violence as a topic, are no event;
one act with its determiner, victim, date or outcome stays. Sentences made up for these tests,
run through the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

KINDS = [
    ('Only 32 percent of kidnappings are reported to the authorities.', 'ASSAULT'),
    ('The frequency of kidnappings has been resistant to decline.', 'ASSAULT'),
    ('The gang is engaged in drug trafficking, extortion, kidnapping and homicide.', 'ASSAULT'),
    ('Officers are under investigation for crimes including money laundering and kidnapping.', 'ASSAULT'),
    ('The cells live off crimes such as extortion and kidnapping.', 'ASSAULT'),
    ('Violence between rival gangs is the main driver of the exodus.', 'ASSAULT'),
    ("Much of the country's violence is now driven by local gangs.", 'ASSAULT'),
    ('The escalation in violence worries the government.', 'ASSAULT'),
    ('The incidence of assaults on nurses is rising.', 'ASSAULT'),
    ('The prevalence of murder in the region is high.', 'ASSAULT'),
    ('Crime and violence remain the main worries of voters.', 'ASSAULT'),
]
ACTS = [
    ('Gunmen kidnapped six men from a restaurant on Sunday.', 'ASSAULT'),
    ('Violence between rival gangs left 12 dead on Monday.', 'ASSAULT'),
    ('The kidnapping of the mayor shocked the town.', 'ASSAULT'),
    ('Police arrested him for the murder of a shopkeeper.', 'ASSAULT'),
    ('Clashes between the gangs killed 12 people last week.', 'ASSAULT'),
    ('He was kidnapped in broad daylight in 2012.', 'ASSAULT'),
    ('The massacre of 27 farmhands took place in May.', 'ASSAULT'),
    ('The gunmen opened fire on the car.', 'ASSAULT'),
    ('Violence erupted in the capital on Friday.', 'ASSAULT'),
    ('The attack on the convoy killed four soldiers.', 'ASSAULT'),
    ('He went to prison for drug trafficking and for the abduction and murder of an agent.', 'ASSAULT'),
]


@pytest.mark.parametrize("text,plover", KINDS)
def test_kinds_shares_and_topics_of_violence_are_not_events(pipeline, text: str,
                                                            plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ACTS)
def test_single_acts_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
