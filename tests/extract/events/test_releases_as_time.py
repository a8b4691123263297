"""A release named only as the time of what is to come is no release told
(events/eventhood/forms.py, ``release_as_time``): "the order will restrict his travel after his
release", "once released, he will be booked into the county jail", "upon her release she will
be deported". A release told as done ("was released on Monday", "after his release on Friday
he spoke to reporters") stays. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

TIME_ONLY = [
    "The order will restrict his use of phones and vehicles after his release.",
    "Once released, he will be booked into the county jail on suspicion of assault.",
    "Upon her release, she will be deported to her home country.",
    "He will have to report to police every week after his release.",
    "Once freed, the men will be handed to the immigration service.",
    "After their release, the prisoners must stay in the capital for a year.",
    "When released, he will face a ten-year travel ban.",
    "The judge said he would be deported upon his release.",
    "The court ordered that he be supervised for five years following his release.",
    "Once discharged, he will be taken to the police station for questioning.",
]
KEPT = [
    "The rebels released three soldiers on Monday.",
    "The journalist was freed on Friday after two months in captivity.",
    "After his release on Friday, he spoke to reporters outside the prison.",
    "Once released, the hostages were flown to the capital on Sunday.",
    "The militia will release the hostages on Monday, a negotiator said.",
    "Police released the suspect without charge on Tuesday.",
]


@pytest.mark.parametrize("text", TIME_ONLY)
def test_a_release_named_as_the_time_of_what_is_to_come_is_no_release(pipeline,
                                                                       text: str) -> None:
    assert "RETREAT" not in plover_types(text)


@pytest.mark.parametrize("text", KEPT)
def test_a_release_told_stays(pipeline, text: str) -> None:
    assert "RETREAT" in plover_types(text)
