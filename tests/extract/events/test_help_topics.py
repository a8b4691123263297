"""Help named as a topic, backing of an idea and words of a name (events/senses/public/help.py):
aid, support or cooperation asked for, refused, lacked, measured or aimed at is no AID, SUPPORT
or COOPERATE; evidence backing a notion supports no party; "Support" inside the name of a body
is no act. Near neighbours (aid delivered, pledged or received, support voiced, cooperation
stepped up, a state backing rebels) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

TOPICS = [
    ("The governor called on Norland to increase military aid to the province.", "AID"),
    ("The minister asked for more humanitarian assistance for the flooded villages.", "AID"),
    ("Ostravia refused all aid and cooperation from its neighbour in 2009.", "AID"),
    ("Ostravia refused all aid and cooperation from its neighbour in 2009.", "COOPERATE"),
    ("The mayor resigned over a lack of support from the ruling party.", "SUPPORT"),
    ("Valdoria is the largest recipient of foreign military aid in the region.", "AID"),
    ("The report criticised the slow pace of aid to the flooded region.", "AID"),
    ("The rebels depend on support from smuggling networks.", "SUPPORT"),
    ("Security assistance to the islands has been a key part of the programme since 2012.",
     "AID"),
    ("The seizure supported the notion that the gang controls the port.", "SUPPORT"),
    ("This information is supported by a report from the interior ministry.", "SUPPORT"),
    ("The figures back the theory that the cartel has moved north.", "SUPPORT"),
    ("The internationally backed Support Mission Against Corruption is closing in on the "
     "former mayor.", "SUPPORT"),
    ("Cooperation between the two police forces has long been weak.", "COOPERATE"),
]
GIVEN = [
    ("Norland delivered military aid to the province on Monday.", "AID"),
    ("Japan sent humanitarian assistance to the flooded villages on Friday.", "AID"),
    ("The villages received aid from the Red Cross on Tuesday.", "AID"),
    ("Business leaders voiced their support for the prosecutors on Monday.", "SUPPORT"),
    ("The two police forces stepped up their cooperation against smugglers last week.",
     "COOPERATE"),
    ("Aid arrived in the besieged town on Sunday.", "AID"),
    ("Ostravia pledged 5 million dollars in aid to the refugees on Thursday.", "AID"),
    ("The United States supported the rebels with weapons in 2014.", "SUPPORT"),
    ("The senator backed the president's plan on Wednesday.", "SUPPORT"),
    ("Aid was delivered to the camp by UN trucks on Saturday.", "AID"),
    ("The party threw its support behind the governor on Monday.", "SUPPORT"),
]


@pytest.mark.parametrize("text,plover", TOPICS)
def test_help_named_as_a_topic_is_no_event(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", GIVEN)
def test_help_given_received_or_voiced_stays(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
