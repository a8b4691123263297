"""A definite description of people told before keeps its determiner across an age or a number
written before the noun ("the 54-year-old victim", "the 19-year-old suspect": the participant's
span starts after "54-"): a later mention of a happening whose only participants are such
descriptions is that happening, not another (issue 15 item 7). Made-up probes; the neighbours
keep two: an indefinite "a 30-year-old man" in another town, or on another day."""

from __future__ import annotations

import pytest

import sitrep

LEAD = "police said on Saturday, adding that the investigation was continuing."

ONE = [
    (
        f"A woman was stabbed near a bus stop in Harlow on Friday night, {LEAD} "
        "The 54-year-old victim was stabbed several times in the back.",
        "ASSAULT",
    ),
    (
        f"A man was shot outside a takeaway in Basildon on Friday night, {LEAD} "
        "The 23-year-old victim was shot in the chest.",
        "ASSAULT",
    ),
    (
        f"A teenager was arrested in Croydon on Friday after a chase through a park, {LEAD} "
        "The 17-year-old suspect was detained near the station.",
        "COERCE",
    ),
    (
        f"A driver was attacked after a crash on the ring road in Leicester on Friday, {LEAD} "
        "The 61-year-old victim was punched repeatedly.",
        "ASSAULT",
    ),
    (
        f"A man was arrested over a burglary at a jeweller's in Derby on Friday, {LEAD} "
        "The 35-year-old suspect was arrested at his flat.",
        "COERCE",
    ),
    (
        f"A boy was stabbed outside a school gate in Lewisham on Friday afternoon, {LEAD} "
        "The 15-year-old victim was stabbed in the leg.",
        "ASSAULT",
    ),
    (
        f"A pensioner was assaulted in his home in Bolton on Friday evening, {LEAD} "
        "The 82-year-old victim was beaten with a stick.",
        "ASSAULT",
    ),
    (
        f"A woman was detained at Stansted airport on Friday with drugs in her luggage, {LEAD} "
        "The 29-year-old suspect was arrested at the gate.",
        "COERCE",
    ),
    (
        f"A cyclist was attacked on a canal path in Salford on Friday morning, {LEAD} "
        "The 44-year-old victim was kicked and robbed of his bike.",
        "ASSAULT",
    ),
    (
        f"A man was shot in the leg in a car park in Luton on Friday night, {LEAD} "
        "The 31-year-old victim was shot twice.",
        "ASSAULT",
    ),
    (
        f"A student was stabbed in a fight outside a club in Leeds on Friday night, {LEAD} "
        "The 20-year-old victim was stabbed in the arm.",
        "ASSAULT",
    ),
    (
        f"A taxi driver was attacked by two passengers in Coventry on Friday night, {LEAD} "
        "The 48-year-old victim was punched in the face.",
        "ASSAULT",
    ),
]

TWO = [
    # an indefinite person of another town: another happening
    (
        f"A man was shot outside a takeaway in Basildon on Friday night, {LEAD} "
        "A 30-year-old man was shot in Chelmsford on Sunday.",
        "ASSAULT",
    ),
    # a definite description, but another day
    (
        f"A man was shot outside a takeaway in Basildon on Friday night, {LEAD} "
        "On Tuesday, the 23-year-old victim's brother was shot in Basildon.",
        "ASSAULT",
    ),
    # an arrest told with an age, and a seizure (another act)
    (
        f"A woman was arrested at Stansted airport on Friday with drugs in her luggage, {LEAD} "
        "Officers seized 4 kilograms of cocaine at the 29-year-old suspect's home.",
        "COERCE",
    ),
]


def _found(text: str, plover: str) -> list[tuple[str, int]]:
    events = sitrep.process_text(text, published="2021-03-06").events
    return [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text,plover", ONE, ids=[f"one-{i}" for i in range(len(ONE))])
def test_an_aged_definite_description_refers_back(pipeline, text, plover):
    found = _found(text, plover)
    assert len(found) == 1, found


@pytest.mark.parametrize("text,plover", TWO, ids=[f"two-{i}" for i in range(len(TWO))])
def test_other_happenings_stay_apart(pipeline, text, plover):
    found = _found(text, plover)
    assert len(found) == 2, found
