"""Business, market, sport and newsroom senses of event words (events/senses/life/markets.py): market
demand is no REQUEST, a level reached no ASSAULT, a contribution to a text or an abstraction no
AID/AGREE, a firm named by what it sells no CONSULT/SUPPORT, a decrease by a measure no REJECT.
Near neighbours where someone demands, strikes, gives, consults or refuses stay. Sentences
made up for these tests, run through the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

MARKET_DEMAND = [
    ("The demand for timber is driven by a building boom.", "REQUEST"),
    ("Supply could not keep up with demand.", "REQUEST"),
    ("Prices rose because supply could not keep up with demand.", "REQUEST"),
    ("Strong consumer demand lifted the retailer's profits.", "REQUEST"),
    ("Demand outstripped supply in the capital.", "REQUEST"),
    ("The factory cannot cope with the demand for its tractors.", "REQUEST"),
    ("The growing demand for housing has pushed up rents.", "REQUEST"),
    ("There is huge demand for nurses in the region.", "REQUEST"),
    ("Rising demand for beef is driving deforestation.", "REQUEST"),
    ("With supply and demand out of balance, farmers hoarded grain.", "REQUEST"),
    ("Weak demand for steel forced the mill to close.", "REQUEST"),
]
DEMANDS_MADE = [
    ("The protesters repeated their demand for the release of the prisoners.", "REQUEST"),
    ("The union's demand for higher wages angered the owners.", "REQUEST"),
    ("The rebels issued a demand for a ceasefire on Monday.", "REQUEST"),
    ("The families renewed their demand for justice on Tuesday.", "REQUEST"),
    ("The opposition made a demand for new elections.", "REQUEST"),
    ("The demand by the students for an inquiry was ignored.", "REQUEST"),
    ("Villagers made a fresh demand for compensation.", "REQUEST"),
    ("Kurdish parties pressed their demand for autonomy.", "REQUEST"),
    ("The kidnappers sent a ransom demand to the family.", "REQUEST"),
    ("Lawmakers voiced a demand for his resignation.", "REQUEST"),
]
LEVELS = [
    ("The company's stock hit a high in March.", "ASSAULT"),
    ("Sales of the phone hit a record last quarter.", "ASSAULT"),
    ("The index hit a three-year low on Friday.", "ASSAULT"),
    ("His new novel hit the shelves on Tuesday.", "ASSAULT"),
    ("Bond yields hit their highest level since 2008.", "ASSAULT"),
    ("Unemployment hit a peak in 2009.", "ASSAULT"),
    ("Inflation hit a ceiling of 9 percent in May.", "ASSAULT"),
    ("The talks hit a snag over the border.", "ASSAULT"),
    ("The price of gold hit 2,000 dollars an ounce.", "ASSAULT"),
    ("The song hit the charts in May.", "ASSAULT"),
]
BLOWS = [
    ("A rocket hit the market on Friday, killing four people.", "ASSAULT"),
    ("The gunman hit the guard with a pipe.", "ASSAULT"),
    ("Air strikes hit the town on Monday.", "ASSAULT"),
    ("A shell hit the school in the morning.", "ASSAULT"),
    ("Rebels hit an army convoy near the border.", "ASSAULT"),
    ("Police said the attacker hit the woman in the face.", "ASSAULT"),
    ("A drone strike hit a wedding party on Saturday.", "ASSAULT"),
    ("Militants struck a police post near the city.", "ASSAULT"),
    ("A mortar round hit the camp on Tuesday.", "ASSAULT"),
    ("The mob hit the journalist with sticks.", "ASSAULT"),
    ("The missile hit its target, a radar station.", "ASSAULT"),
]
CONTRIBUTIONS = [
    ("Jane Doe contributed to this report.", "AID"),
    ("Our correspondent in Lagos contributed to the coverage.", "AID"),
    ("The cold weather contributed to the shortage.", "AID"),
    ("Poverty contributed to the unrest.", "AID"),
    ("The drought contributed to the spread of disease.", "AID"),
    ("Heavy rain contributed to the flooding.", "AID"),
    ("Reporters from the Associated Press contributed to this story.", "AID"),
    ("Staff writer Ann Lowe contributed to this article.", "AID"),
    ("The floods contributed to food shortages.", "AID"),
    ("Poor training contributed to the failure of the operation.", "AID"),
    ("The scandal contributed to his loss in the election.", "AID"),
]
GIFTS = [
    ("Kenya contributed 500 troops to the mission.", "AID"),
    ("Japan contributed $50 million to the relief fund.", "AID"),
    ("The church contributed food and blankets to the refugees.", "AID"),
    ("Germany contributed two warships to the naval force.", "AID"),
    ("The villagers contributed money to rebuild the school.", "AID"),
    ("Norway contributed $10 million to the UN agency on Monday.", "AID"),
    ("The company contributed medical supplies to the hospital.", "AID"),
    ("Canada contributed aircraft to the coalition.", "AID"),
    ("The donors contributed $2 billion to the reconstruction.", "AID"),
    ("Several states contributed police officers to the force.", "AID"),
]
BUSINESSES = [
    ("Paul Smith, an analyst with consulting firm Acme Partners, said growth slowed.", "CONSULT"),
    ("She works for a consulting company in Boston.", "CONSULT"),
    ("Mary Jones, a partner at consulting firm Blue Ridge Advisors, said sales fell.", "CONSULT"),
    ("He joined consulting company Smith Partners in 2012.", "CONSULT"),
    ("Sarah Kim, a director at consulting company Kim Partners, said costs rose.", "CONSULT"),
    ("She left consulting business Grey Analytics last year.", "CONSULT"),
    ("Analysts at consulting firm Wood Mackenzie expect prices to rise.", "CONSULT"),
    ("John Hart, head of consulting company Hart Global, said demand was weak.", "CONSULT"),
    ("A study by consulting firm McKinsey found the plan sound.", "CONSULT"),
    ("Jane Roe, an economist with consulting firm Capital Economics, said growth slowed.", "CONSULT"),
]
CONSULTATIONS = [
    ("The minister consulted the generals on Monday.", "CONSULT"),
    ("The president was consulting with his advisers on Tuesday.", "CONSULT"),
    ("The two leaders consulted by phone on Friday.", "CONSULT"),
    ("The envoy consulted with rebel commanders in the capital.", "CONSULT"),
    ("Officials consulted tribal elders before the operation.", "CONSULT"),
    ("The UN consulted the warring parties on a truce.", "CONSULT"),
    ("The prime minister consulted opposition leaders on Wednesday.", "CONSULT"),
    ("The army consulted local chiefs about the road.", "CONSULT"),
    ("The king consulted his ministers on the crisis.", "CONSULT"),
    ("The judge consulted both lawyers on Thursday.", "CONSULT"),
]
DECREASES = [
    ("The population declined an average of 11 people per day.", "REJECT"),
    ("Exports declined 5 percent last year.", "REJECT"),
    ("The population declined an average of 3 people per week.", "REJECT"),
    ("Turnout declined a third compared with the last vote.", "REJECT"),
    ("Turnout declined a fifth from the last vote.", "REJECT"),
    ("Exports have declined 5 percent this year.", "REJECT"),
    ("Membership declined 30 percent after the scandal.", "REJECT"),
    ("Attendance declined 15 percent last season.", "REJECT"),
    ("Ridership declined 25 percent last year.", "REJECT"),
    ("Sales declined 9 percent last month.", "REJECT"),
]
REFUSALS = [
    ("The minister declined the invitation to the summit.", "REJECT"),
    ("The rebels declined an offer of talks.", "REJECT"),
    ("The government declined a request for a ceasefire.", "REJECT"),
    ("The president declined the demand for a referendum.", "REJECT"),
    ("The army declined the proposal on Monday.", "REJECT"),
    ("Iran declined the offer of aid.", "REJECT"),
    ("The court declined to hear the appeal.", "REJECT"),
    ("The mayor declined the union's proposal.", "REJECT"),
    ("The junta declined the mediation offer.", "REJECT"),
    ("The opposition declined an invitation to the talks.", "REJECT"),
]

ANONYMITY = [
    ("Both officials requested anonymity.", "REQUEST"),
    ("The official asked not to be named.", "REQUEST"),
    ("He asked not to be identified because he was not authorized to speak.", "REQUEST"),
    ("A diplomat, who requested anonymity, said the convoy had left.", "REQUEST"),
    ("The source asked that his name not be used.", "REQUEST"),
    ("The witness requested that her name be withheld.", "REQUEST"),
    ("An aide who asked not to be quoted by name said the vote was close.", "REQUEST"),
    ("He asked for anonymity to discuss the case.", "REQUEST"),
    ("A resident, who asked not to be identified, said soldiers were in the streets.", "REQUEST"),
    ("Two officers requested anonymity because of the inquiry.", "REQUEST"),
    ("The farmer asked that his name not be published.", "REQUEST"),
]
REQUESTS = [
    ("The rebels requested a ceasefire on Monday.", "REQUEST"),
    ("The family asked police to identify the attackers.", "REQUEST"),
    ("The lawyer requested a delay in the trial.", "REQUEST"),
    ("The minister asked the army to withdraw from the town.", "REQUEST"),
    ("The court asked the government to name the suspects.", "REQUEST"),
    ("Activists asked the UN to publish the report.", "REQUEST"),
    ("The mayor asked the state for more police.", "REQUEST"),
    ("The prisoners requested a meeting with the governor.", "REQUEST"),
    ("The opposition asked the court to annul the vote.", "REQUEST"),
    ("The village asked the army for protection.", "REQUEST"),
]
FIGURATIVE_STRIKES = [
    ("He immediately shot down rumors of a new model.", "ASSAULT"),
    ("The minister shot down the idea of early elections.", "ASSAULT"),
    ("The senate shot down the bill on Tuesday.", "ASSAULT"),
    ("The coach shot down speculation about his future.", "ASSAULT"),
    ("The company quickly shot down the report.", "ASSAULT"),
    ("The tariffs that have targeted China will hurt farmers.", "ASSAULT"),
    ("Sanctions targeting the oil sector took effect on Monday.", "ASSAULT"),
    ("Tariffs targeting steel imports were announced on Friday.", "ASSAULT"),
    ("The lawsuit targeted the city's police chief.", "ASSAULT"),
    ("The ad campaign targeted young voters.", "ASSAULT"),
    ("The investigation targeted three banks.", "ASSAULT"),
]
REAL_STRIKES = [
    ("The army shot down a drone over the city.", "ASSAULT"),
    ("Rebels shot down a helicopter near the border.", "ASSAULT"),
    ("Gunmen targeted a police station on Monday.", "ASSAULT"),
    ("The militants targeted a market in the capital.", "ASSAULT"),
    ("Air defences shot down two missiles on Sunday.", "ASSAULT"),
    ("Insurgents targeted the convoy with a roadside bomb.", "ASSAULT"),
    ("The attack targeted a school on Tuesday.", "ASSAULT"),
    ("Militiamen shot down a cargo plane over the province.", "ASSAULT"),
    ("A suicide bomber targeted the mosque during prayers.", "ASSAULT"),
    ("Snipers targeted civilians on the bridge.", "ASSAULT"),
]

CARE = [
    ('The hospital where the boy is admitted is in Liverpool.', "CONCEDE"),
    ('She was admitted to hospital on Monday.', "CONCEDE"),
    ('He was admitted to the intensive care unit.', "CONCEDE"),
    ('Patients admitted to the clinic were treated for burns.', "CONCEDE"),
    ('The singer was admitted to a clinic in Zurich last week.', "CONCEDE"),
    ('Two children were admitted to the burns ward.', "CONCEDE"),
    ('He has been admitted to a psychiatric unit.', "CONCEDE"),
    ('The actor was admitted to a rehab clinic.', "CONCEDE"),
    ('The baby was admitted to the neonatal unit at birth.', "CONCEDE"),
    ('The clinic where she was admitted has 40 beds.', "CONCEDE"),
]
ADMISSIONS = [
    ("The suspect admitted to the killing on Monday.", "CONCEDE"),
    ("NATO admitted Poland in 1999.", "CONCEDE"),
    ("He admitted that he had lied to the court.", "CONCEDE"),
    ("The minister admitted the army had made mistakes.", "CONCEDE"),
    ("The gunman admitted the murder in court.", "CONCEDE"),
    ("The company admitted to bribing officials.", "CONCEDE"),
    ("The general admitted responsibility for the strike.", "CONCEDE"),
    ("The government admitted that troops fired on protesters.", "CONCEDE"),
    ("The police chief admitted failures in the inquiry.", "CONCEDE"),
    ("The mayor admitted to the affair on Tuesday.", "CONCEDE"),
]
MARKET_RALLIES = [
    ('Shares rallied after the announcement.', "PROTEST"),
    ('The dollar rallied against the yen.', "PROTEST"),
    ('Stock markets rallied on Friday.', "PROTEST"),
    ('Oil prices rallied on news of the deal.', "PROTEST"),
    ('The euro rallied to a two-month high.', "PROTEST"),
    ('Gold rallied as investors sought safety.', "PROTEST"),
    ('Bank shares rallied in late trading.', "PROTEST"),
    ('The peso rallied after the election.', "PROTEST"),
    ('Bond yields rallied on Tuesday.', "PROTEST"),
    ('The index rallied 2 percent on Monday.', "PROTEST"),
    ('Asian stocks rallied on Wednesday.', "PROTEST"),
]
PROTEST_RALLIES = [
    ("Supporters rallied in the capital on Sunday.", "PROTEST"),
    ("Thousands of workers rallied outside parliament.", "PROTEST"),
    ("Farmers rallied against the new tax on Monday.", "PROTEST"),
    ("Students rallied at the university to demand reforms.", "PROTEST"),
    ("Opposition supporters rallied in the main square.", "PROTEST"),
    ("Shareholders rallied outside the bank's headquarters.", "PROTEST"),
    ("Traders rallied in the market to protest the eviction.", "PROTEST"),
    ("Teachers rallied at the ministry over unpaid wages.", "PROTEST"),
    ("Hundreds of nurses rallied outside the hospital.", "PROTEST"),
    ("Residents rallied against the dam on Saturday.", "PROTEST"),
]


@pytest.mark.parametrize("text,plover",
                         MARKET_DEMAND + LEVELS + CONTRIBUTIONS + BUSINESSES + DECREASES)
def test_market_and_newsroom_senses_are_no_events(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover",
                         DEMANDS_MADE + BLOWS + GIFTS + CONSULTATIONS + REFUSALS)
def test_demands_blows_gifts_consultations_and_refusals_stay(pipeline, text: str,
                                                             plover: str) -> None:
    assert plover in plover_types(text)


@pytest.mark.parametrize("text,plover", ANONYMITY + FIGURATIVE_STRIKES)
def test_anonymity_and_figurative_strikes_are_no_events(pipeline, text: str,
                                                        plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", REQUESTS + REAL_STRIKES)
def test_requests_and_real_strikes_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


@pytest.mark.parametrize("text,plover", CARE + MARKET_RALLIES)
def test_hospital_admissions_and_market_rallies_are_no_events(pipeline, text: str,
                                                              plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ADMISSIONS + PROTEST_RALLIES)
def test_admissions_of_fact_and_protest_rallies_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


# sport results read as violence, threats, charges or refusals (senses/life/games.py)
PRIZES_WON = [
    'Few predicted Sutton would storm to the title in his second season.',
    'Sutton goes into the season as the driver to beat.',
    'Thunder Snow went on to deny Baffert a second win.',
    'The team stormed to victory in the final.',
    'The Kenyan charged to the lead in the last lap.',
    'She stormed to gold in the 400 metres.',
    'The Yankees are the team to beat this year.',
    'The goalkeeper denied them victory with a late save.',
    'The Argentine stormed to a first Grand Slam title.',
    'The keeper denied the visitors a draw.',
    'The mare stormed to a record win at Ascot.',
]
REAL_STORMS = [
    ('Rebels stormed the town on Monday.', 'ASSAULT'),
    ('Police stormed the building and freed the hostages.', 'ASSAULT'),
    ('The gang beat the man to death.', 'ASSAULT'),
    ("The government denied the rebels' request.", 'REJECT'),
    ('He denied the charges on Tuesday.', 'REJECT'),
    ('Soldiers stormed the presidential palace.', 'ASSAULT'),
    ('Protesters stormed the parliament on Wednesday.', 'ASSAULT'),
    ('The army denied the charges of torture.', 'REJECT'),
    ('Guards beat the prisoners with batons.', 'ASSAULT'),
    ('Commandos stormed the hijacked plane at dawn.', 'ASSAULT'),
    ('The minister denied the accusation on Friday.', 'REJECT'),
]


@pytest.mark.parametrize("text", PRIZES_WON)
def test_rushes_to_a_prize_and_wins_denied_are_no_events(pipeline, text: str) -> None:
    assert not set(plover_types(text)) & {"ASSAULT", "THREATEN", "ACCUSE", "REJECT"}


@pytest.mark.parametrize("text,plover", REAL_STORMS)
def test_storming_beating_and_denials_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
