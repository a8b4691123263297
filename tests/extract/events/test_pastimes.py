"""Everyday senses of non-violent trigger words read from their arguments (events/senses/
life/pastimes.py, life/games.py, forces.py, fit.py): a price or a load charged, or a happening
blamed on a cause, is no accusation; an
unhyphenated compound adjective ("life threatening injuries") no threat; a retreat as a place or
a gathering no withdrawal; a demonstration of a craft or a product no protest; shares of shots,
a game winding down and competitors outbid no assault; workers striking a
protest, not an assault; an invasion of privacy no assault; a firm preparing for a
turnaround no mobilisation. The neighbours whose arguments fit stay events. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

import sitrep

PRICES = [
    "Rates charged by utilities rose sharply last year.",
    "The hotel charged guests $20 for parking on Monday.",
    "Fees charged by the clinic doubled last year.",
    "The airline charged passengers $50 for each bag on Monday.",
    "The bank charged a fee of $35 on the overdraft.",
    "Prices charged by landlords rose 8 percent last year.",
    "The garage charged him $400 for the repair on Tuesday.",
    "The interest charged on the loans was too high.",
    "The city charged residents a new tax on Monday.",
    "The museum charged visitors $12 at the door on Saturday.",
    "The rent charged by the owners went up in May.",
    "Tolls charged on the bridge rose on Monday.",
]
ACCUSATIONS = [
    ("He was charged with murder on Tuesday.", "ACCUSE"),
    ("Prosecutors charged the mayor with fraud on Monday.", "ACCUSE"),
    ("Two men were charged in the killing on Friday.", "ACCUSE"),
    ("The suit charges the television station with defamation.", "ACCUSE"),
    ("Police charged the crowd on Monday.", None),
]
CAUSES = [
    "The fires were mostly blamed on electrical faults last year.",
    "The council blamed the weather for the delays on Monday.",
    "The outage was blamed on a storm on Tuesday.",
    "Officials blamed the flooding on heavy rain on Monday.",
    "The crash was blamed on ice on the road on Friday.",
    "The company blamed the losses on high fuel prices on Monday.",
    "The delays were blamed on a computer glitch on Tuesday.",
    "Farmers blamed the drought for the poor harvest on Monday.",
    "The fire was blamed on a faulty heater on Sunday.",
    "The mayor blamed the budget gap on falling tax revenue on Monday.",
    "The collapse was blamed on a design flaw on Wednesday.",
    "Doctors blamed the illness on contaminated water on Monday.",
]
CULPRITS = [
    "The fire was blamed on arsonists on Sunday.",
    "The government blamed the rebels for the attack on Monday.",
    "The mayor blamed the police for the delays on Monday.",
    "The crash was blamed on the driver's error on Friday.",
    "Officials blamed Russia for the cyberattack on Tuesday.",
]
COMPOUNDS = [
    "He suffered life threatening injuries in the crash on Monday.",
    "The driver was taken to hospital with non life threatening injuries.",
    "The boy was treated for life threatening burns on Sunday.",
    "The patient developed a life threatening infection last week.",
    "The striker suffered a career threatening knee injury on Saturday.",
    "The city created a crime fighting unit last year.",
    "The new fire fighting equipment arrived on Tuesday.",
    "The agency bought crime fighting software on Monday.",
    "A life threatening condition kept the senator in hospital on Monday.",
    "The motorcyclist suffered life threatening head injuries on Friday.",
    "The fighter suffered a career threatening eye injury on Saturday.",
    "The pilot reported a life threatening emergency on Friday.",
]
THREATS = [
    ("The gang threatened the shopkeeper on Monday.", "THREATEN"),
    ("Gang members threatening residents were arrested on Monday.", "THREATEN"),
    ("Rebels were threatening the town on Monday.", "THREATEN"),
    ("Gangs fighting police killed two officers on Monday.", "ASSAULT"),
]
GETAWAYS = [
    "The couple went on a yoga retreat in Bali last week.",
    "The church held a weekend retreat for its members.",
    "The president spent the holiday at his mountain retreat.",
    "Like the cactus at the swami's retreat, people look for a safe place to grow.",
    "During the council's goal-setting retreat in February, members approved a motion.",
    "The monks hosted a retreat for young people on Saturday.",
    "She attended a meditation retreat in the hills last month.",
    "The writer moved to a country retreat in Vermont last year.",
    "The staff retreat was held at a lake resort on Friday.",
    "The board held its annual retreat at the hotel on Monday.",
    "He went to a spiritual retreat in India after the election.",
    "The family stayed at a lakeside retreat in June.",
]
WITHDRAWALS = [
    "Rebels retreated from the town on Monday.",
    "The army's retreat from the city began on Tuesday.",
    "The retreat of the troops was chaotic on Monday.",
    "Russia's retreat from Kherson was announced on Wednesday.",
]
SHOWS = [
    "The museum will be open for blacksmithing demonstrations from noon until 3 p.m.",
    "The club held garden demonstrations on Saturday.",
    "The company gave a cooking demonstration at the fair on Monday.",
    "The firm gave a demonstration of the new tractor on Tuesday.",
    "Visitors watched product demonstrations at the trade show on Monday.",
    "The library will host a quilting demonstration on Saturday.",
    "Students watched a welding demonstration at the college on Monday.",
    "The fire department gave a fire extinguisher demonstration on Friday.",
    "The farm offered canning demonstrations on Sunday.",
    "The engineers gave a demonstration of the robot on Thursday.",
    "The festival features pottery demonstrations on Saturday.",
    "The store held a blender demonstration on Monday.",
]
PROTESTS = [
    "Protesters demonstrated outside parliament on Monday.",
    "Students held a street demonstration in the capital on Monday.",
    "Thousands joined a peace demonstration in the capital on Saturday.",
    "The opposition organized a mass demonstration in the capital on Sunday.",
    "Workers staged a demonstration outside the factory on Monday.",
]
GAMES = [
    ("The Tigers shot 45 percent from the field on Saturday.", "ASSAULT"),
    ("The Wildcats shot 38 percent in the second half on Friday.", "ASSAULT"),
    ("Duke shot 52 percent from three-point range on Sunday.", "ASSAULT"),
    ("The Lakers shot 41 percent in the loss on Tuesday.", "ASSAULT"),
    ("Johnson shot 60 percent from the line on Saturday.", "ASSAULT"),
    ("The game wound down with the home team ahead on Saturday.", "ASSAULT"),
    ("The talks wound down on Friday without a deal.", "ASSAULT"),
    ("The party wound down after midnight on Saturday.", "ASSAULT"),
    ("The festival wound down on Sunday evening.", "ASSAULT"),
    ("Acme beat rival bidders for the television rights on Monday.", "ASSAULT"),
    ("Vodafone beat three other bidders for the licence on Tuesday.", "ASSAULT"),
    ("Comcast defeated competing suitors for the studio on Friday.", "ASSAULT"),
]
STRIKES = [
    "The movement started with teachers striking in West Virginia on Monday.",
    "Nurses striking for better pay closed two wards on Monday.",
    "Teachers struck in Oklahoma on Monday.",
    "Miners struck at three pits on Tuesday.",
    "Workers striking at the plant demanded higher wages on Monday.",
    "Dockworkers struck for a second day on Tuesday.",
    "Doctors struck across the country on Wednesday.",
    "Pilots striking over pay grounded flights on Friday.",
    "Teachers began to strike in Arizona on Thursday.",
    "The nurses struck for 24 hours on Monday.",
    "Nurses and teachers struck in the capital on Monday.",
    "Junior doctors striking over contracts marched to parliament on Monday.",
]
BLOWS = [
    ("A gunman struck the officer with a rifle on Monday.", "ASSAULT"),
    ("Workers struck a guard with a pipe on Monday.", "ASSAULT"),
    ("Rebels struck at the army base on Monday.", "ASSAULT"),
    ("Teachers went on strike on Monday.", "PROTEST"),
]
ABSTRACTIONS = [
    "The suit charges the station with defamation and invasion of privacy.",
    "She sued the magazine over the invasion of her privacy on Monday.",
    "Critics called the law an invasion of privacy on Tuesday.",
    "The judge ruled the search an invasion of privacy on Monday.",
    "The editor called the ban an assault of freedom on Friday.",
    "The film shows the murder of innocence in a small town.",
    "Residents complained about the invasion of their privacy on Monday.",
    "The senator called the bill an attack of conscience on Monday.",
    "The couple won damages for invasion of privacy on Friday.",
    "The group protested the invasion of privacy by the app on Monday.",
    "He described the rule as a killing of hope on Tuesday.",
    "Lawyers argued the cameras were an invasion of privacy on Monday.",
]
INVASIONS = [
    "Russia's invasion of Ukraine began on February 24.",
    "The invasion of the island began on Monday.",
    "The killing of three villagers shocked the region on Monday.",
    "The bombing of the embassy killed ten people on Monday.",
]
VIOLENCE = [
    ("Police shot 45 people during the protest on Monday.", "ASSAULT"),
    ("Gunmen shot the guard on Monday.", "ASSAULT"),
    ("Soldiers beat the prisoners on Monday.", "ASSAULT"),
    ("A sniper's shot killed the soldier on Monday.", "ASSAULT"),
    ("Rival gang members beat a man to death on Monday.", "ASSAULT"),
]
TURNAROUNDS = [
    "The company is moving faster than expected to take write-offs and prepare for a turnaround.",
    "The firm is cutting jobs to save money and prepare for a sale next year.",
    "The school began hiring teachers and preparing for the new term on Monday.",
    "The team is trying to rest and prepare for the final on Saturday.",
    "The bakery hopes to hire bakers and prepare for the holidays.",
    "The council decided to raise taxes and prepare for a budget shortfall.",
    "The airline plans to buy planes and prepare for more travellers.",
    "The hospital is working to add beds and prepare for the winter.",
    "The family wants to sell the house and prepare for the move.",
    "The students are trying to study and prepare for the exams.",
    "The farmers began to harvest and prepare for the market on Monday.",
    "The club wants to sign players and prepare for the season.",
]
MOBILISATIONS = [
    "Troops prepared to attack the town on Monday.",
    "The army prepared its forces for an offensive on Tuesday.",
    "Rebels prepared for an assault on the capital on Monday.",
    "Rebels are trying to regroup and prepare for an assault on the capital.",
]


def _events(text: str) -> list[tuple[str, str]]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [(e.plover_type, e.trigger.text) for e in events]


def _types(text: str) -> list[str]:
    return [t for t, _ in _events(text)]


@pytest.mark.parametrize("text", PRICES)
def test_a_price_charged_is_no_accusation(pipeline, text: str) -> None:
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize("text,plover", ACCUSATIONS)
def test_people_charged_stay(pipeline, text: str, plover: str | None) -> None:
    triggers = [t for _, t in _events(text)]
    assert any(t.lower().startswith(("charge", "charged")) for t in triggers)
    if plover:
        assert plover in _types(text)


@pytest.mark.parametrize("text", CAUSES)
def test_a_happening_blamed_on_a_cause_is_no_accusation(pipeline, text: str) -> None:
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize("text", CULPRITS)
def test_blaming_people_and_their_acts_stays(pipeline, text: str) -> None:
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize("text", COMPOUNDS)
def test_an_unhyphenated_compound_adjective_is_no_act(pipeline, text: str) -> None:
    types = _types(text)
    assert "THREATEN" not in types and "ASSAULT" not in types


@pytest.mark.parametrize("text,plover", THREATS)
def test_threats_and_fights_with_a_subject_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)


@pytest.mark.parametrize("text", GETAWAYS)
def test_a_retreat_as_a_place_or_a_gathering_is_no_withdrawal(pipeline, text: str) -> None:
    assert "RETREAT" not in _types(text)


@pytest.mark.parametrize("text", WITHDRAWALS)
def test_withdrawals_of_forces_stay(pipeline, text: str) -> None:
    assert "RETREAT" in _types(text)


@pytest.mark.parametrize("text", SHOWS)
def test_a_demonstration_of_a_craft_or_a_thing_is_no_protest(pipeline, text: str) -> None:
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize("text", PROTESTS)
def test_street_demonstrations_stay_protests(pipeline, text: str) -> None:
    assert "PROTEST" in _types(text)


@pytest.mark.parametrize("text,plover", GAMES)
def test_shots_endings_and_bids_in_games_and_markets_are_no_assault(pipeline, text: str,
                                                                     plover: str) -> None:
    assert plover not in _types(text)


@pytest.mark.parametrize("text,plover", VIOLENCE)
def test_shootings_and_beatings_of_people_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)


@pytest.mark.parametrize("text", TURNAROUNDS)
def test_an_unarmed_body_preparing_is_no_mobilisation(pipeline, text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize("text", MOBILISATIONS)
def test_armed_parties_preparing_stay_mobilisations(pipeline, text: str) -> None:
    assert "MOBILIZE" in _types(text)


@pytest.mark.parametrize("text", STRIKES)
def test_workers_striking_protest(pipeline, text: str) -> None:
    types = _types(text)
    assert "ASSAULT" not in types and "PROTEST" in types


@pytest.mark.parametrize("text,plover", BLOWS)
def test_blows_and_strikes_at_things_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)


@pytest.mark.parametrize("text", ABSTRACTIONS)
def test_an_invasion_of_an_abstraction_is_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", INVASIONS)
def test_invasions_of_places_and_killings_of_people_stay(pipeline, text: str) -> None:
    assert "ASSAULT" in _types(text)
