"""Crime told by the police action (issue 19 item 2, session 39), on made-up sentences: a ring,
racket, syndicate, network or den that the police dismantle, bust, smash or shut down, and an
illegal gambling den, casino, distillery, refinery, quarry or mine that they raid, is the crime
(ORG_CRIME), not an arrest of its own. Arrests at a checkpoint and a bridge dismantled keep their
labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CRIMES = [
    'Officers busted an illegal gambling den in the old town and detained 14 people.',
    'Police raided an illegal gold mine and detained 60 workers.',
    'Police dismantled a fake-medicine ring and detained nine pharmacists.',
    'Officers smashed a car-smuggling racket at the port and held five dock workers.',
    'Detectives broke up a credit-card cloning syndicate and detained its leader.',
    'Police raided an illegal distillery and arrested the owner and two helpers.',
    "Police shut down an illegal betting den behind a barber's shop, detaining 20 men.",
    'Police uncovered a fuel theft network at the depot and detained eight employees.',
    'Officers raided an illegal quarry and detained 30 labourers.',
    'Police dismantled a ticket-touting ring at the stadium and held six people.',
    'Investigators exposed a bribery network at the land registry and detained four clerks.',
    'Police closed down an illegal clinic and arrested its two operators.',
    'Police raided an illegal sawmill in the forest reserve and detained 11 men.',
    'Officers closed down an illegal refinery on the riverbank and held its guards.',
    'Police busted an illegal lottery in the market and detained the organisers.',
    'Police raided an illegal casino on the top floor of a hotel and detained 40 gamblers.',
    'Officers raided an illegal pharmacy selling expired drugs and held the owner.',
    'Police shut down an illegal arms factory in a farmhouse and detained three men.',
    'Police busted a gambling den in a back room and detained 25 players.',
    'Police raided an illegal brewery in the slum and arrested the brewer.',
]

NEIGHBOURS = [
    ('Police detained 14 people at a checkpoint on the main road.', 'ARREST'),
    ('Engineers dismantled the old bridge over the river this week.', 'OTHER'),
]


@pytest.mark.parametrize("text", CRIMES)
def test_crime_told_by_the_police_action_is_the_crime(text: str) -> None:
    assert classify_rules(text) == "ORG_CRIME"


@pytest.mark.parametrize(("text", "label"), NEIGHBOURS)
def test_neighbours_keep_their_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
