"""One happening, one event (``merge``, ``corefer``), on made-up articles: the outcome verbs of
one attack listed in one sentence ("nine were killed and 18 others wounded") are one event, and
an operation told again with unnamed state institutions as doers and definite descriptions as
targets ("Soldiers arrested 11 people ... Authorities arrested the leader of the gang") is one
event; an act not done that names no participant is not the act done ("Police arrested 20
protesters ... More arrests may follow"); near neighbours (acts with their own auxiliary, place or day; other doers; named targets;
another mode; an act not done) stay apart."""

from __future__ import annotations

import pytest

import sitrep

ONE_ATTACK = [
    'Nine civilians were killed and 18 others wounded in a clash in Tala on Monday.',
    'Three people were killed and five injured in the blast at the market on Sunday.',
    'Two soldiers were killed and four wounded in an ambush near Gao on Friday.',
    'One policeman was killed and two others injured in the attack on the station.',
    'At least ten people were killed and 30 wounded in the bombing in the capital.',
    'Four students were wounded and one killed in the shooting at the school.',
    'Five villagers were killed and seven injured in an air strike on Tuesday.',
    'Two guards were killed and three injured in the assault on the prison.',
    'A child was killed and her mother wounded in the shelling of the town.',
    'Two protesters were killed and 12 wounded in the shooting near the parliament.',
    'A teacher was killed and two pupils injured in the attack on the school.',
    'Seven soldiers were killed and eleven wounded in the ambush on the convoy.',
]
TWO_ATTACKS = [
    'Two people were killed in Tala on Monday and three others were wounded in Gao on Tuesday.',
    'A soldier was killed in Kidal on Friday, and two civilians were injured in Mopti on Sunday.',
    'Gunmen killed a farmer in Tala on Monday, and robbers injured a driver in Gao on Tuesday.',
    'Police killed a gunman in Lagos on Friday and soldiers injured two rebels in Kano on Sunday.',
    'A journalist was killed in Kabul in May and a lawyer was wounded in Herat in June.',
    'Two officers were shot in Cali on Monday and a guard was stabbed in Bogota on Friday.',
    'A farmer was killed in Tala on Monday, and his brother was injured in Gao a week later.',
    'Militants killed four police officers in Kano, while soldiers wounded six rebels in Maiduguri.',
    'Police shot a gunman in Lagos on Friday and soldiers injured two rebels in Kano on Sunday.',
    'A farmer was killed in Tala on Monday and a trader was beaten in Gao on Friday.',
]
ONE_OPERATION = [
    'Soldiers arrested 11 people in the town of Tala on Monday. Authorities arrested the leader of the gang in the same operation.',
    'Panamanian police arrested nine suspects in Colon on Friday. Authorities also detained the driver of the truck.',
    'Army troops detained twenty men near Gao on Sunday. Police arrested the leader of the group.',
    'Federal agents arrested six people in Laredo on Tuesday. Officers also arrested the owner of the warehouse.',
    'Mexican marines captured five gunmen in Reynosa on Monday. Soldiers captured the leader of the cell.',
    'Guatemalan soldiers detained 14 migrants near the border on Sunday. Troops detained the driver of the bus.',
    'Kenyan police arrested seven men in Mombasa on Tuesday. Soldiers arrested the leader of the gang.',
    'Nigerian soldiers arrested ten suspects in Kano on Friday. Police detained the head of the network.',
    'Peruvian police captured four suspects in Lima on Monday. Authorities captured the boss of the ring.',
    'Colombian troops arrested eight rebels in Cali on Monday. Prosecutors arrested the commander of the unit.',
]
TWO_OPERATIONS = [
    'Soldiers arrested 11 people in Tala on Monday. Authorities arrested two women in Gao on Friday.',
    'Soldiers arrested 11 people in Tala on Monday. Gang members detained the leader of the militia.',
    'Federal agents arrested six people in Laredo on Tuesday. Officers arrested John Smith in Dallas on Friday.',
    'Mexican marines captured five gunmen in Reynosa on Monday. Rebels captured the leader of the cell.',
    'Security forces seized 300 kilos of cocaine in Tumaco on Monday. Police arrested the captain of the boat.',
    'Guatemalan soldiers detained 14 migrants near the border on Sunday. Troops did not detain the driver of the bus.',
    'Kenyan police arrested seven men in Mombasa on Tuesday. Soldiers arrested the leader of the gang in Nairobi on Friday.',
    'Army troops detained twenty men near Gao on Sunday. Smugglers detained the leader of the group.',
    'Panamanian police arrested nine suspects in Colon on Friday. Authorities could arrest the driver of the truck.',
    'Colombian troops arrested eight rebels in Cali on Monday. Prosecutors arrested Juan Perez, the commander of the unit.',
]
# (type, text): a later mention with no participant of its own that is not done (future,
# hypothetical, negated) is another happening than the done act; one that refers back is the same
DONE_AND_NOT_DONE = [
    ('COERCE', 'Police arrested 20 protesters in Tala on Monday. More arrests may follow.'),
    ('CONSULT', 'The two sides held talks in Oslo on Monday. Further talks will be held next month.'),
    ('PROTEST', 'Protesters marched through the capital on Sunday. No protests were reported in the north.'),
    ('ASSAULT', 'Rebels kidnapped two engineers on Monday. Another kidnapping would end the ceasefire, the envoy said.'),
    ('ASSAULT', 'The army bombed rebel positions on Monday. More bombing will follow, the minister said.'),
    ('ASSAULT', 'Militants attacked a checkpoint on Monday. An attack on the capital might follow.'),
    ('ASSAULT', 'Rebels attacked the town on Monday. More attacks could follow, the army warned.'),
    ('COERCE', 'Police detained five suspects on Friday. More detentions will follow.'),
    ('RETREAT', 'The rebels released two hostages on Monday. Further releases may follow.'),
    ('ASSAULT', 'Gunmen shot two guards on Monday. More shootings could happen, police warned.'),
]
TOLD_AGAIN = [
    ('ASSAULT', 'Troops shelled the village on Monday. The shelling lasted three hours.'),
    ('COERCE', 'Police arrested 20 protesters in Tala on Monday. The arrests took place at dawn.'),
    ('ASSAULT', 'Rebels attacked a convoy near Gao on Monday. The attack lasted an hour, the army said.'),
    ('CONSULT', 'The two sides held talks in Oslo on Monday. The talks ended without a deal.'),
    ('PROTEST', 'Workers staged a strike at the port on Monday. The strike closed the port.'),
    ('PROTEST', 'Protesters marched through the capital on Sunday. The protest ended peacefully.'),
    ('ASSAULT', 'Rebels kidnapped two engineers on Monday. The kidnapping shocked the town.'),
    ('ASSAULT', 'The army bombed rebel positions on Monday. The bombing lasted all night.'),
    ('ASSAULT', 'Militants attacked a checkpoint on Monday. The attack was repelled.'),
    ('COERCE', 'Soldiers arrested ten men on Monday. The arrests angered the villagers.'),
    ('ASSAULT', 'Gunmen attacked a bus on Monday. The attack killed three passengers.'),
    ('COERCE', 'Police raided a warehouse in Tala on Friday. The raid lasted an hour.'),
]


def _count(text: str, plover: str) -> int:
    events = sitrep.process_text(text, published="2021-03-01").events
    return sum(e.plover_type == plover for e in events)


@pytest.mark.parametrize("text,plover,n",
                         [(t, "ASSAULT", 1) for t in ONE_ATTACK]
                         + [(t, "ASSAULT", 2) for t in TWO_ATTACKS]
                         + [(t, "COERCE", 1) for t in ONE_OPERATION]
                         + [(t, "COERCE", 2) for t in TWO_OPERATIONS]
                         + [(t, ty, 2) for ty, t in DONE_AND_NOT_DONE]
                         + [(t, ty, 1) for ty, t in TOLD_AGAIN])
def test_one_happening_told_twice_is_one_event_and_two_stay_two(pipeline, text: str,
                                                                 plover: str, n: int) -> None:
    assert _count(text, plover) == n
