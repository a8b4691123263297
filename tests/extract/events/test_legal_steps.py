"""Legal steps and police work (events/senses/legal.py and the trigger table): the crime a
charge, a conviction or a sentence is about is no ASSAULT of its own (the guidelines: "charged
with assault codes the charging"), unless the sentence tells it as a happening (a verb, its own
date); seizures of measured goods are COERCE/seize; searches of premises and served warrants
are COERCE; a prison term is a sentence (SANCTION/convict), a plain jailing an arrest; dropped
charges and dismissed cases are a RETREAT. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep
from samples import plover_types

CHARGED = [
    "He was charged in the abduction and death of the girl.",
    "She was convicted of the murder of her husband.",
    "He was sentenced to 20 years for the killing of a police officer.",
    "Two men were indicted over the bombing of the embassy.",
    "He was found guilty of the assault on his neighbour.",
    "The man was charged in connection with the shooting.",
    "He faces trial over the attack on the mosque.",
    "He was suspected in the shooting of a teenager.",
    "He served 12 years for the kidnapping of a businessman.",
    "The teenager was acquitted of the stabbing of a classmate.",
    "She pleaded not guilty to the murder of her landlord.",
    "A jury convicted him in the beating of a homeless man.",
]
REPORTED = [
    "Two men were arrested in the attack on the mosque.",
    "The shooting killed two people on Monday.",
    "He stabbed his neighbour and was charged with murder.",
    "The attack on the mosque left three dead.",
    "Witnesses described the shooting of the teenager.",
    "The killing of the journalist sparked protests.",
    "Rebels claimed responsibility for the attack on the convoy.",
    "He is serving a life sentence for the November 1995 assassination of the prime minister.",
    "He was charged over Monday's shooting at the mall.",
    "Gunmen kidnapped a businessman on Friday.",
    "Police investigated the bombing of the embassy on Tuesday.",
    "The army condemned the attack on the convoy.",
]
SEIZURES = [
    "Police seized 137 kilos of cocaine on Monday.",
    "Customs officers seized 2 tonnes of marijuana at the port.",
    "Agents made a seizure of 500 kilos of cocaine.",
    "Soldiers seized 300 packages of heroin near the border.",
    "Police seized 40 pounds of methamphetamine from the truck.",
    "The navy seized 3 tons of cocaine off the coast.",
    "Police seized counterfeit money at the market.",
    "Troops seized 12 bales of marijuana on a beach.",
    "Border guards seized 5,000 pills of ecstasy.",
    "Police seized fentanyl worth $2 million.",
]
# (a town or an airport seized is ground taken, COERCE/seize: test_ground_taken.py)
NOT_SEIZURES = [  # (text, the type it must keep or None: no event at all)
    ("The software took control of the car.", None),
    ("The patient suffered seizures on Monday.", None),
    ("He seized the opportunity to speak.", None),
    ("Fear seized the crowd.", None),
]
SEIZURES_IN_GENERAL = [
    "Authorities continue to make large seizures of fentanyl.",
    "The doubling of precursor chemical seizures could point to better policing.",
    "Drug seizures rose sharply last year.",
    "The report says little about drug seizures.",
    "Gangs can absorb losses such as drug seizures.",
    "Cocaine seizures have doubled since 2015.",
    "Officials track weapons seizures along the border.",
    "The law speeds up property seizures.",
    "Marijuana seizures fell by half.",
    "Data on cocaine seizures is scarce.",
]
SEARCHES = [
    "Police searched the home on Monday.",
    "Officers searched his apartment on Friday.",
    "Detectives searched the suspect's car.",
    "Agents searched the offices of the company on Tuesday.",
    "Deputies searched the house and found a rifle.",
    "Officers served a search warrant at the apartment.",
    "Police served a warrant at the house on Monday.",
    "Investigators searched the warehouse overnight.",
    "Soldiers searched the compound on Sunday.",
    "Police searched the building after the tip.",
]
NOT_SEARCHES = [
    "Volunteers searched for the missing boy.",
    "Rescuers searched the rubble for survivors.",
    "She searched the internet for answers.",
    "He searched his memory for the name.",
    "Divers searched the lake on Sunday.",
    "Fans searched the stadium for their seats.",
    "The judge signed a warrant on Monday.",
    "The judge issued a search warrant on Monday.",
    "Hikers searched the trail for the lost dog.",
    "The company is searching for a new chief executive.",
]
TERMS = [
    "He was jailed for six years on Monday.",
    "She was jailed for life on Friday.",
    "The man was imprisoned for 10 years for fraud.",
    "He was jailed for 18 months after the trial.",
    "The activist was jailed for three years in 2019.",
    "He was imprisoned for life for the killings.",
    "The judge jailed him for four years.",
    "She was jailed for 30 days for contempt.",
    "The court jailed the driver for two years.",
    "The former minister was imprisoned for a decade.",
]
JAILINGS = [
    "Police jailed the suspect on Monday.",
    "The regime jailed dozens of protesters.",
    "He was jailed on Friday pending trial.",
    "Authorities imprisoned the journalist without charge.",
    "The army jailed three opposition leaders.",
    "Police jailed two men after the fight.",
    "The government imprisoned critics last year.",
    "The junta jailed the president on Tuesday.",
    "Officials jailed the smugglers on Sunday.",
    "They were jailed overnight.",
]
DROPPED = [
    "Prosecutors dropped the charges against him on Friday.",
    "The district attorney dismissed the case against the officer.",
    "Prosecutors dropped the case against the teacher.",
    "The state dropped all counts against the driver.",
    "The city dropped its lawsuit against the company.",
    "Prosecutors dropped the indictment on Monday.",
    "The prosecutor dropped the murder charge.",
    "The judge dismissed the lawsuit against the police.",
    "Prosecutors dropped charges against three protesters.",
    "The court dismissed the indictment against the mayor.",
]
NOT_DROPPED = [  # (text, the type it keeps)
    ("The government dropped its demand for a referendum.", "CONCEDE"),
    ("He dismissed the allegations as lies.", "REJECT"),
    ("The rebels dropped their claim to the region.", "CONCEDE"),
    ("The ministry dismissed the report as propaganda.", "REJECT"),
    ("The country dropped the sanctions on Monday.", "CONCEDE"),
    ("The rebels dropped their demand for elections.", "CONCEDE"),
    ("The minister dismissed the criticism.", "REJECT"),
    ("Prosecutors charged him with theft on Monday.", "ACCUSE"),
    ("The union dropped its demands for higher pay.", "CONCEDE"),
    ("The president dismissed the accusations.", "REJECT"),
]


@pytest.mark.parametrize("text", CHARGED)
def test_the_crime_of_a_legal_step_is_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", REPORTED)
def test_crimes_told_as_happenings_stay(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text", SEIZURES)
def test_seized_goods_are_a_seizure(pipeline, text: str) -> None:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    assert any(e.plover_type == "COERCE" and e.plover_mode == "seize" for e in events)


@pytest.mark.parametrize(("text", "plover"), NOT_SEIZURES)
def test_other_seizing_is_no_seizure_of_goods(pipeline, text: str, plover: str | None) -> None:
    types = plover_types(text)
    assert "COERCE" not in types
    assert types == ([plover] if plover else [])


@pytest.mark.parametrize("text", SEIZURES_IN_GENERAL)
def test_seizures_in_general_are_no_seizure(pipeline, text: str) -> None:
    assert "COERCE" not in plover_types(text)


@pytest.mark.parametrize("text", SEARCHES)
def test_searches_of_premises_are_coercion(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "COERCE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", NOT_SEARCHES)
def test_searching_for_things_is_no_coercion(pipeline, text: str) -> None:
    assert "COERCE" not in plover_types(text)


@pytest.mark.parametrize("text", TERMS)
def test_a_prison_term_is_a_sentence(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "SANCTION" in types and "COERCE" not in types


@pytest.mark.parametrize("text", JAILINGS)
def test_a_jailing_without_a_term_is_an_arrest(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "COERCE" in types and "SANCTION" not in types


@pytest.mark.parametrize("text", DROPPED)
def test_dropped_charges_are_a_retreat(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "RETREAT" in types and not {"CONCEDE", "REJECT"} & set(types)


@pytest.mark.parametrize(("text", "plover"), NOT_DROPPED)
def test_other_dropping_and_dismissing_keep_their_type(pipeline, text: str, plover: str) -> None:
    types = plover_types(text)
    assert plover in types and "RETREAT" not in types
