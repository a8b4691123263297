"""Forecasts and patterns read as acts (events/senses/outlook.py): a warning of an outcome or a
state and a threat named as a risk are no THREATEN; an act repeated every week or each year, the
act of a growing number and a bare plural conjoined in a statistic are no one happening. Near
neighbours (warnings of one's own act, to someone, of harm or of others' acts; threats made or
issued; single acts, a number of people, aid given every month, counts over days or weeks) stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

FORECASTS = [
    "Economists warned that prices would rise sharply next year.",
    "Aid groups warned of famine in the south on Tuesday.",
    "Doctors warned that the virus could spread quickly.",
    "He warned that the old smuggling routes are becoming more attractive to traffickers.",
    "Analysts warned that the ceasefire might collapse.",
    "The central bank warned that inflation will remain high.",
    "Forecasters warned of heavy flooding along the coast.",
    "Engineers warned that the dam could burst after the rains.",
    "The gang may have made itself a prime threat to the police.",
    "Satellite images show the threat of illegal mining in the Amazon.",
    "The minister warned of a shortage of fuel in the capital.",
    "Farmers warned that the harvest would be poor this year.",
]
THREATS = [
    "The army warned that it would shell the town if the rebels did not leave.",
    "Police warned protesters to leave the square or face arrest.",
    "The rebels threatened to kill the hostages on Tuesday.",
    "The minister warned of retaliation against any attack on its ships.",
    "The government issued a threat to expel the diplomats.",
    "Gunmen made threats against the judge on Monday.",
    "He warned the mayor that his family would be harmed.",
    "The militia warned villagers not to cooperate with the army.",
    "The president warned that his forces would respond with force.",
    "Officials warned that rebels would attack the town.",
    "The security chief has warned that police will no longer tolerate rallies by the group.",
    "The cartel declared war on the governor, warning that many are going to die.",
    "The reporting has led to threats of legal action from the company.",
]
PATTERNS = [
    "He had been arrested at the same rally in each of the last three years.",
    "Soldiers detained migrants at the border every week last summer.",
    "Militiamen shelled the village every night during the siege.",
    "Gangs attacked the buses every day in March.",
    "An increasing number of women are filing complaints with prosecutors.",
    "A growing number of farmers have protested against the dam.",
    "A rising number of journalists have been threatened by the cartels.",
    "Every country saw a rise in homicide rates and gang-linked killings in the decade.",
    "The activists were arrested at the airport each year.",
    "The study found a drop in crime rates and gang attacks in the capital.",
    "Officials reported an increase in extortion rates and abductions in the province.",
]
SINGLE_ACTS = [
    "Police arrested three men at the rally on Tuesday.",
    "A number of protesters were arrested on Sunday.",
    "The number of victims rose after gunmen attacked the market on Friday.",
    "Militiamen shelled the village on Monday night.",
    "Soldiers detained 40 migrants at the border last week.",
    "He was arrested at the rally on Saturday, police said.",
    "A large crowd of farmers protested against the dam on Monday.",
    "Gunmen attacked the bus and killed the driver on Friday.",
    "The charity says it is providing food aid every month to 300,000 people.",
    "Police arrested 40 people in the past two days.",
    "Authorities have deported at least 165 Venezuelans in recent weeks.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_a_warning_of_an_outcome_or_a_threat_as_a_risk_is_no_threaten(pipeline,
                                                                       text: str) -> None:
    assert "THREATEN" not in plover_types(text)


@pytest.mark.parametrize("text", THREATS)
def test_warnings_of_acts_and_threats_made_stay_threaten(pipeline, text: str) -> None:
    assert "THREATEN" in plover_types(text)


@pytest.mark.parametrize("text", PATTERNS)
def test_repeated_acts_and_trends_are_no_events(pipeline, text: str) -> None:
    assert plover_types(text) == []


@pytest.mark.parametrize("text", SINGLE_ACTS)
def test_single_acts_near_patterns_stay(pipeline, text: str) -> None:
    assert plover_types(text) != []
