"""A long episode (a war, an insurgency, an uprising) dated to a month or a year places the
story in time in more roles than ``dated_episode``'s (events/eventhood/states.py,
``episode_marker``; the s37 writers' convention B-19, "a war over years stays a time marker"):
its outbreak with a written year or in a clause of time ("the war broke out in April 2019",
"since the war broke out last September"), the fighting of it ("fought a border war in
1998-2000"), an act in a relative clause on it ("a war in 2008 that killed thousands") and the
act it began with ("the insurgency, which began with an attack in October 2017"). The outbreak
of the story's own war ("broke out in the north in March", "on Sunday"), dated attacks and acts
of an undated war stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

MARKERS = [
    "The war between the army and the militia broke out in April 2019.",
    "The civil war broke out in March 2011 and drove millions abroad.",
    "The uprising began in January 2014 in the southern provinces.",
    "Since the war between the two cartels broke out last September, the state has recorded "
    "900 homicides.",
    "Since the conflict erupted in 2016, more than 3,000 people have fled the valley.",
    "After the insurgency started in 2009, the government moved its offices to the coast.",
    "Since the rebellion broke out last October, the mines have stayed closed.",
    "Ruritania and Borduria fought a border war in 1998-2000.",
    "The two kingdoms fought a long war in the 1980s.",
    "The neighbours waged a war in 2008 over the disputed islands.",
    "Ruritania and Borduria fought a border war in 1998-2000 that killed tens of thousands "
    "of people.",
    "The two countries fought a war in 2008 which left hundreds dead.",
    "The insurgency, which began with an attack on the port in October 2017, has displaced "
    "a million people.",
    "The revolt, which started with a raid on an armoury in May 2012, spread to the north.",
    "The conflict, which began with the bombing of a market in 2015, has no end in sight.",
]
KEPT = [
    "A war broke out in the north in March.",
    "The war between the two factions broke out on Sunday.",
    "Fighting broke out in the capital in April 2019.",
    "Rebels attacked the garrison in 2019, killing 30 soldiers.",
    "Gunmen attacked a police station in 2018, killing four officers.",
    "The two armies fought a fierce battle near the border on Monday.",
    "The insurgents fought the army for three hours on Tuesday.",
    "Militants attacked the port on Monday, the insurgency's worst attack this year.",
    "The war that killed thousands of people in the north flared again on Monday.",
    "The raid, which began with an attack on the gate on Monday, left four guards dead.",
    "Clashes erupted in the town on Friday after the vote.",
    "Since the clashes broke out on Friday, 40 people have been killed.",
]


@pytest.mark.parametrize("text", MARKERS)
def test_a_long_episode_dated_to_a_year_is_a_time_marker(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", KEPT)
def test_the_story_s_own_war_and_dated_attacks_stay(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
