"""Acts of people in general and missions of organisations (events/senses/public/populations.py):
a comparative or counted population ("more shoppers have begun calling on", "the number of
farmers seeking compensation has doubled"), a trend told with up or down ("shootings are up 20
percent") and help or offers in the present simple to a kind of people ("the agency supports
small businesses") are no happening. Near neighbours (dated or past acts of more people, a
number of people arrested, tolls of violence, support of a party, a resolution or an event,
help given on a day) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

POPULATIONS = [
    "More shoppers have begun calling on retailers to take a stand.",
    "More and more Mexicans seek asylum in the United States.",
    "Fewer residents are filing complaints with the city.",
    "From 2006 to 2008 the number of Mexicans seeking asylum in the US increased 50-fold.",
    "A growing number of parents are calling for changes to the curriculum.",
    "Shootings are up 20 percent this year.",
    "More and more families are requesting help from food banks.",
    "More students are demanding refunds from colleges.",
    "The number of farmers seeking compensation has doubled.",
    "More people have begun protesting outside the plant.",
]
OCCURRENCES = [
    ("More protesters joined the rally on Tuesday.", "PROTEST"),
    ("More troops were deployed to the border on Monday.", "MOBILIZE"),
    ("A number of protesters were arrested on Monday.", "COERCE"),
    ("Activists such as Li were detained in July.", "COERCE"),
    ("The number of people killed in the attack rose to 12 on Monday.", "ASSAULT"),
    ("More people were killed in the second attack on Friday.", "ASSAULT"),
    ("More than 200 lawyers were detained on Monday.", "COERCE"),
    ("The parents called for changes to the curriculum on Monday.", "REQUEST"),
    ("Farmers demanded compensation from the ministry on Tuesday.", "REQUEST"),
    ("Two more suspects were arrested on Friday.", "COERCE"),
    ("Residents are protesting outside the plant on Monday.", "PROTEST"),
]
MISSIONS = [
    "The agency supports small businesses across the state.",
    "The organization provides support to victims of domestic violence.",
    "The company offers detailed privacy controls.",
    "The foundation supports local artists.",
    "The charity provides assistance to homeless veterans.",
    "The nonprofit offers legal help to immigrants.",
    "The church provides support to refugees.",
    "The ministry provides support to farmers.",
    "The hospital provides support to grieving families.",
    "The charity offers help to single parents.",
    "The club provides assistance to elderly residents.",
]
HELP_GIVEN = [
    ("The US supports the resolution.", "SUPPORT"),
    ("Germany supports sanctions against Russia.", "SUPPORT"),
    ("The charity gave food to 300 families on Monday.", "AID"),
    ("The president praised the volunteers on Monday.", "SUPPORT"),
    ("The minister offered aid to flood victims on Tuesday.", "AID"),
    ("France supports Ukraine.", "SUPPORT"),
    ("The foundation gave $2 million to the hospital on Friday.", "AID"),
    ("The senator endorsed the bill on Wednesday.", "SUPPORT"),
    ("The union backed the strike on Monday.", "SUPPORT"),
    ("The EU offers talks to Iran.", "CONSULT"),
]
GENERAL_TYPES = {"REQUEST", "ACCUSE", "PROTEST", "ASSAULT"}
MISSION_TYPES = {"SUPPORT", "AID", "AGREE", "COOPERATE"}


@pytest.mark.parametrize("text", POPULATIONS)
def test_acts_of_people_in_general_are_no_happening(pipeline, text: str) -> None:
    assert not GENERAL_TYPES & set(plover_types(text))


@pytest.mark.parametrize(("text", "plover"), OCCURRENCES)
def test_dated_past_and_counted_acts_of_people_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


@pytest.mark.parametrize("text", MISSIONS)
def test_help_to_a_kind_of_people_in_the_present_is_a_mission(pipeline, text: str) -> None:
    assert not MISSION_TYPES & set(plover_types(text))


@pytest.mark.parametrize(("text", "plover"), HELP_GIVEN)
def test_help_to_a_party_or_given_on_a_day_stays(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
