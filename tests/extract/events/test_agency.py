"""Acts whose participants are not there (events/senses/agency.py): an offer, a promise, an
endorsement or a threat whose subject is a time, a document, a fact or an abstraction; "meet"
in the sense of satisfying a need or receiving a reaction; a release of a thing (a video, a
report, data, a product); "decline" in the sense of decreasing, the participle of consequence of
"allow" ("..., allowing them to sell"), a view shared ("experts agree that"). Near neighbours
with people, groups and states as participants, releases of people, refusals, permissions and
agreements between parties stay. Sentences made up for these tests, run through the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

NO_AGENT = [
    ("The new year offers little hope of an end to the feud.", "AGREE"),
    ("The leaked video offers a glimpse of the gang's arsenal.", "AGREE"),
    ("The annual survey offers a bleak picture of the prisons.", "AGREE"),
    ("The decision promises to raise the cost of bail.", "AGREE"),
    ("This will allow prosecutors to reopen old cases.", "AGREE"),
    ("The new rules would allow officers to search cars without a warrant.", "CONCEDE"),
    ("The evidence supports the view that the two gangs merged.", "SUPPORT"),
    ("Rising inflation threatens to undo the reforms.", "THREATEN"),
    ("The law would grant the army new powers in the border region.", "AGREE"),
    ("The contract gives the firm access to the port.", "AGREE"),
    ("Cheap labour offered smugglers easy profits.", "AGREE"),
]
NO_AGENT_NEIGHBOURS = [
    ("The government offered a reward for information on Monday.", "REQUEST"),
    ("The rebels promised to free the hostages on Sunday.", "AGREE"),
    ("The president backed the plan on Tuesday.", "SUPPORT"),
    ("Washington offered a $5 million reward for his capture.", "REQUEST"),
    ("The council agreed to hold talks with the union on Friday.", "AGREE"),
    ("The minister threatened to resign on Friday.", "THREATEN"),
    ("The commission praised the ruling on Wednesday.", "SUPPORT"),
    ("The opposition rejected the offer on Thursday.", "REJECT"),
    ("Policies praised by the report include new money laundering laws.", "SUPPORT"),
    ("The mayor allowed the protesters to stay in the square on Monday.", "CONCEDE"),
    ("Residents offered the soldiers food and water.", "AID"),  # aid pledged (pledges.py)
    ("The administration promised new funding for the police.", "AID"),  # aid pledged
]
NEED_MET = [
    ("The residents' basic needs are not being met.", "CONSULT"),
    ("The decision was met with anger in the capital.", "CONSULT"),
    ("The company could not meet the deadline.", "CONSULT"),
    ("The gang has grown to meet demand for cocaine in Europe.", "CONSULT"),
    ("The hospital failed to meet the new standards.", "CONSULT"),
    ("Their demands were met by the city on Tuesday.", "CONSULT"),
    ("The proposal met with stiff resistance from farmers.", "CONSULT"),
    ("Officials said the targets had been met.", "CONSULT"),
    ("The reform meets the requirements of the treaty.", "CONSULT"),
    ("The plan met with scepticism among diplomats.", "CONSULT"),
]
NEED_MET_NEIGHBOURS = [
    ("The president met the envoy on Monday.", "CONSULT"),
    ("The two leaders met in Geneva on Tuesday.", "CONSULT"),
    ("The minister met with union leaders on Friday.", "CONSULT"),
    ("Rebel commanders met government negotiators in Havana.", "CONSULT"),
    ("The envoy was met by the foreign minister at the airport.", "CONSULT"),
    ("The mayor met with residents to discuss the curfew.", "CONSULT"),
    ("The foreign ministers met on the sidelines of the summit.", "CONSULT"),
    ("Police chiefs met in Madrid to coordinate the hunt.", "CONSULT"),
    ("The prime minister met his Indian counterpart on Sunday.", "CONSULT"),
    ("Rebel leaders met the mediators in Doha on Monday.", "CONSULT"),
]
THINGS_RELEASED = [
    ("The army released a video of the raid on Monday.", "RETREAT"),
    ("The footage released last week shows the cell.", "RETREAT"),
    ("A report released in September found more drugs on the route.", "RETREAT"),
    ("The ministry's release of the data came on Monday.", "RETREAT"),
    ("The police released the names of the victims on Tuesday.", "RETREAT"),
    ("The band released its third album in May.", "RETREAT"),
    ("The agency released new figures on Thursday.", "RETREAT"),
    ("The statement released by the church condemned the killings.", "RETREAT"),
    ("The company released a new phone in 2019.", "RETREAT"),
    ("The factory released toxic fumes into the river.", "RETREAT"),
    ("The court ordered the release of all documents on the case.", "RETREAT"),
    ("The government freed up funds for the flood victims.", "RETREAT"),
]
PEOPLE_RELEASED = [
    ("The rebels released 20 hostages on Monday.", "RETREAT"),
    ("He was released from prison in 2013.", "RETREAT"),
    ("The kidnappers freed the journalist on Sunday.", "RETREAT"),
    ("The army freed 20 kidnap victims from a house.", "RETREAT"),
    ("Two of the detainees were released on bail on Friday.", "RETREAT"),
    ("The gang released the girl unharmed after two days.", "RETREAT"),
    ("Iran released the British tanker crew on Wednesday.", "RETREAT"),
    ("The court ordered the release of the activists on Monday.", "RETREAT"),
    ("His release from custody came after a week.", "RETREAT"),
    ("Police released the suspect without charge on Tuesday.", "RETREAT"),
    ("The militia freed three aid workers on Saturday.", "RETREAT"),
    ("Israel released 26 Palestinian prisoners on Tuesday.", "RETREAT"),
]


# the decrease sense of "decline", participles of consequence of "allow", shared views
DECREASE = [
    ('Murders have declined sharply since 2015.', 'REJECT'),
    ('The declining homicide rate is good news for the city.', 'REJECT'),
    ('Kidnappings declined by 20 percent last year.', 'REJECT'),
    ('Violent crime declined in the capital after the truce.', 'REJECT'),
    ('Sales declined from $3 billion to $2 billion.', 'REJECT'),
    ('The country is declining into chaos.', 'REJECT'),
    ('Attacks on aid workers have declined this year.', 'REJECT'),
    ('His health declined rapidly in prison.', 'REJECT'),
    ('The number of arrests declined in March.', 'REJECT'),
    ('Support for the president has declined.', 'REJECT'),
]
REFUSALS = [
    ('The minister declined to sign the deal.', 'REJECT'),
    ('The rebels declined the invitation to the talks.', 'REJECT'),
    ('The president declined the offer of aid on Monday.', 'REJECT'),
    ('Iran declined to join the talks on Friday.', 'REJECT'),
    ('The opposition declined to take part in the vote.', 'REJECT'),
    ('The union rejected the offer on Tuesday.', 'REJECT'),
    ('The government refused to release the prisoners.', 'REJECT'),
    ('Hamas declined an Egyptian proposal for a truce.', 'REJECT'),
    ('The court declined to hear the appeal.', 'REJECT'),
    ('The army declined a request for a ceasefire.', 'REJECT'),
]
CONSEQUENCES = [
    ('The gang paid the guards in cash, allowing its leader to escape.', 'CONCEDE'),
    ('The smugglers used small boats, allowing them to avoid radar.', 'CONCEDE'),
    ('The cartel bribed officials, allowing shipments to pass the border.', 'CONCEDE'),
    ('The ruling party changed the rules, allowing the president to run again.', 'CONCEDE'),
    ('The group hired detectives to watch the officers, allowing its gunmen to kill three.', 'CONCEDE'),
    ('Traffickers pay the mules in cocaine, allowing them to sell it locally.', 'CONCEDE'),
    ('The rebels dug tunnels under the border, permitting fighters to cross unseen.', 'CONCEDE'),
    ('The storm knocked out power, allowing inmates to flee the jail.', 'CONCEDE'),
    ('The militia seized the road, enabling it to tax the trucks.', 'CONCEDE'),
    ('The mayor cut the police budget, allowing gangs to spread.', 'CONCEDE'),
]
PERMISSIONS = [
    ('The court allowed four men to grow marijuana.', 'CONCEDE'),
    ('The government allowed the protesters to march on Sunday.', 'CONCEDE'),
    ('The army allowed aid convoys into the city on Monday.', 'CONCEDE'),
    ('Israel allowed fuel into Gaza on Tuesday.', 'CONCEDE'),
    ('The junta allowed opposition parties to register.', 'CONCEDE'),
    ('The judge allowed the journalists to attend the trial.', 'CONCEDE'),
    ('Police allowed the march to go ahead.', 'CONCEDE'),
    ('The regime allowed UN inspectors to visit the site.', 'CONCEDE'),
    ('Egypt allowed the wounded to cross the border.', 'CONCEDE'),
    ('The council allowed the traders to reopen the market.', 'CONCEDE'),
]
OPINIONS = [
    ('Experts agree that many voters will decide on crime.', 'AGREE'),
    ('Most analysts agree that the gang has grown stronger.', 'AGREE'),
    ('I agree that the police have failed the city.', 'AGREE'),
    ('Residents agree that the town is safer now.', 'AGREE'),
    ('Both parties agree that corruption is a problem.', 'AGREE'),
    ('The coach agreed that his team played badly.', 'AGREE'),
    ('Critics agree that the reform has failed.', 'AGREE'),
    ('Doctors agree that the drug is dangerous.', 'AGREE'),
    ('The columnist agrees that the mayor should resign.', 'AGREE'),
    ('Scientists agree that the climate is warming.', 'AGREE'),
]
AGREEMENTS = [
    ('The two sides agreed that the truce would start at dawn.', 'AGREE'),
    ('The leaders agreed to hold talks next month.', 'AGREE'),
    ('Iran and Iraq agreed on a prisoner exchange.', 'AGREE'),
    ('The rebels agreed to a ceasefire on Monday.', 'AGREE'),
    ('The government agreed with the union on a new wage deal.', 'AGREE'),
    ('The ministers agreed that troops will withdraw by June.', 'AGREE'),
    ('Colombia agreed with Peru to create a fund.', 'AGREE'),
    ('The parties agreed a new timetable on Friday.', 'AGREE'),
    ('The gangs agreed to stop the killings.', 'AGREE'),
    ('The two countries agreed that talks should resume in May.', 'AGREE'),
]


@pytest.mark.parametrize("text,plover", NO_AGENT + NEED_MET + THINGS_RELEASED)
def test_acts_without_their_participants_are_not_events(pipeline, text: str,
                                                         plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover",
                         NO_AGENT_NEIGHBOURS + NEED_MET_NEIGHBOURS + PEOPLE_RELEASED)
def test_acts_of_people_groups_and_states_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


@pytest.mark.parametrize("text,plover", DECREASE + CONSEQUENCES + OPINIONS)
def test_decreases_consequences_and_views_are_not_events(pipeline, text: str,
                                                         plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", REFUSALS + PERMISSIONS + AGREEMENTS)
def test_refusals_permissions_and_agreements_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
