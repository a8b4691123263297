"""A person described first and named later (issue 15 item 7: "a victim named later"): "A
Dunmore man was arrested on Friday ... John Pell, 41, was arrested at his home" tells one
arrest; the later mention names the person the earlier one described ("a man", "a 36-year-old
woman"). Made-up probes. Neighbours stay two: a person told as another ("also", "another", "a
second"), another town or day, another act, or an earlier mention that already named someone."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    (
        "A 36-year-old woman was arrested in Harlow on Friday after a chase that ended in a "
        "field, officers said. Maria Costa was arrested without incident at a farm.",
        "COERCE",
    ),
    (
        "Police arrested a 52-year-old man in Wexford on Friday over a string of thefts from "
        "parked cars. Peter Doyle was arrested at a petrol station.",
        "COERCE",
    ),
    (
        "A teenager was detained in Croydon on Friday after officers found a knife in his bag, "
        "the police said. Kevin Adeyemi, 17, was detained outside the station.",
        "COERCE",
    ),
    (
        "A Luton man was arrested on Friday on suspicion of fraud after a complaint from his "
        "bank, police said. Raymond Hale, 58, was arrested at his office in Luton.",
        "COERCE",
    ),
    (
        "A woman was arrested at a Derby shop on Friday on suspicion of theft, police said in a "
        "statement. Susan Marsh was arrested after staff called the police.",
        "COERCE",
    ),
    (
        "A man was shot outside a pub in Bolton on Friday night, police said on Saturday. "
        "Officers said Daniel Keane, 29, was shot twice in the leg.",
        "ASSAULT",
    ),
    (
        "A woman was stabbed in a car park in Salford on Friday evening, according to the "
        "police. Officers said Helen Price was stabbed in the arm.",
        "ASSAULT",
    ),
    (
        "A cyclist was attacked on a towpath in Leeds on Friday morning, police said in an "
        "appeal. Mark Ellis, 44, was punched and robbed of his bike.",
        "ASSAULT",
    ),
    (
        "A 19-year-old man was arrested in Coventry on Friday after a crash that injured a "
        "pedestrian, police said. Liam Foster was arrested at the scene.",
        "COERCE",
    ),
    (
        "Police detained a Kettering man on Friday after a report of a fight outside a bar, a "
        "spokesman said. Scott Reid, 33, was detained nearby.",
        "COERCE",
    ),
    (
        "A pensioner was attacked in his garden in Bexley on Friday afternoon, police said in "
        "a statement. Arthur Webb, 80, was kicked and punched.",
        "ASSAULT",
    ),
    (
        "Officers arrested a Harlow woman on Friday after a break-in at a chemist's, police "
        "said on Saturday. Joan Tate, 45, was arrested at her flat in Harlow.",
        "COERCE",
    ),
    (  # the day the police spoke after the act bounds it from above (``mentions.sayings``)
        "A Dunmore man was arrested on child abuse charges after a search of his home, police "
        "said on Saturday. John Pell, 41, was arrested on Friday in Dunmore.",
        "COERCE",
    ),
]

# known gap: a doer told as "another motorist" reads as one more
KNOWN = [
    (
        "A driver was assaulted after a collision in Gresham on Friday, police said on "
        "Saturday. Tom Hayes, 61, was punched in the face by another motorist.",
        "ASSAULT",
    ),
]

TWO = [
    # another person, told as more
    (
        "A Dunmore man was arrested on child abuse charges after a search of his home, police "
        "said on Saturday. John Pell, 41, was also arrested on Friday in Dunmore.",
        "COERCE",
    ),
    (
        "A man was shot outside a pub in Bolton on Friday night, police said on Saturday. "
        "Officers said another man, Daniel Keane, was shot in the leg.",
        "ASSAULT",
    ),
    # another town
    (
        "A 36-year-old woman was arrested in Harlow on Friday after a chase that ended in a "
        "field, officers said. Maria Costa was arrested in Glasgow.",
        "COERCE",
    ),
    # another day
    (
        "A 52-year-old man was arrested in Wexford on Friday over a string of thefts from "
        "parked cars. Peter Doyle was arrested in Wexford on Monday.",
        "COERCE",
    ),
    # the earlier mention already named its person
    (
        "Police arrested John Pell in Dunmore on Friday after a search of his home, officers "
        "said. Mark Ellis was arrested in Dunmore on Friday.",
        "COERCE",
    ),
]


def _found(text: str, plover: str) -> list[tuple[str, int]]:
    events = sitrep.process_text(text, published="2021-03-06").events
    # a knife found on the suspect is a seizure of its own (COERCE/seize), not his arrest told
    return [(e.trigger.text, e.evidence.start) for e in events if e.plover_type == plover
            and e.plover_mode != "seize"]


@pytest.mark.parametrize("text,plover", ONE, ids=[f"one-{i}" for i in range(len(ONE))])
def test_a_person_named_later_is_the_one_described(pipeline, text, plover):
    found = _found(text, plover)
    assert len(found) == 1, found


@pytest.mark.xfail(strict=True, reason="known gap: 'another' of a doer")
@pytest.mark.parametrize("text,plover", KNOWN, ids=[f"known-{i}" for i in range(len(KNOWN))])
def test_known_gaps(pipeline, text, plover):
    found = _found(text, plover)
    assert len(found) == 1, found


@pytest.mark.parametrize("text,plover", TWO, ids=[f"two-{i}" for i in range(len(TWO))])
def test_other_people_stay_apart(pipeline, text, plover):
    found = _found(text, plover)
    assert len(found) == 2, found
