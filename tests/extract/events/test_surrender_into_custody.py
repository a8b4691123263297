"""A person who gives himself up to the police is taken into custody: a COERCE/arrest with him
as the recipient, not a RETREAT (senses/courts/surrenders.py, ``into_custody``). A party's
surrender (fighters, soldiers, a garrison, to an army), things surrendered ("surrendered their
weapons") stay RETREAT, and a surrender that only times another act ("shot him after he
surrendered") is no event. Session 42, issue 15 (statements and acts typed as another act): the
annotators of the look sets code a suspect's surrender after a standoff as the arrest (3 of 3).
Sentences made up for these tests."""

from __future__ import annotations

import pytest


def _types(events_of, text: str) -> set[str]:
    return {e.plover_type for e in events_of(text) if e.trigger.text.startswith("surrender")}


CUSTODY = [
    "A man surrendered to police early Sunday after a nine-hour standoff.",
    "The gunman surrendered to officers after barricading himself in a barn.",
    "The two men inside surrendered after an exchange of gunfire.",
    "The suspect surrendered to deputies after a long chase.",
    "A teenager surrendered to police on Friday in the company of his lawyer.",
    "The driver surrendered to state troopers at a petrol station.",
    "The fugitive surrendered to federal marshals in Texas on Wednesday.",
    "Two brothers sought over the stabbing surrendered to detectives on Monday.",
    "The farmer who shot at the bailiffs surrendered to gendarmes the next morning.",
    "She surrendered to the sheriff's office late Tuesday.",
    # after a dateline the parser makes the town a subject too, or the man its apposition;
    # a place name before "man" may be taken for a notable's name (session 43)
    "TULSA, Okla. — A Sand Springs man surrendered to police on Friday after a four-hour "
    "standoff.",
    "OGDEN, Utah — A Roy woman surrendered to officers early Monday after a night-long standoff.",
    "PUEBLO, Colo. — A Blende man who shot at deputies from his porch and then held them off "
    "for five hours surrendered early Monday, Sheriff Anne Clark said.",
]
RETREATS = [
    "About 200 rebel fighters surrendered to the army on Monday.",
    "The garrison surrendered after a week-long siege.",
    "The militants surrendered their weapons to the authorities.",
    "Hundreds of soldiers surrendered to the rebels near the border.",
    "The rebel commander surrendered to government troops with 40 of his men.",
    "The hijackers surrendered their hostages and their guns at dawn.",
]


@pytest.mark.parametrize("text", CUSTODY)
def test_a_person_giving_himself_up_to_police_is_taken_into_custody(events_of,
                                                                     text: str) -> None:
    assert _types(events_of, text) == {"COERCE"}


@pytest.mark.parametrize("text", RETREATS)
def test_a_partys_surrender_stays_a_retreat(events_of, text: str) -> None:
    assert _types(events_of, text) == {"RETREAT"}
