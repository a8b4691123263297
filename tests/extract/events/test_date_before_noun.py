"""A date written before an event noun as its modifier ("charged in the Dec. 21, 1988, bombing
of a jet"), which the parser may attach to the preposition with the noun as an apposition of
the noun before it, is the noun's own date (``modes.date_before_noun``): an earlier one makes
the happening background. Made-up sentences; the parser reads most of them right already (4 of
these 14 were news before the change). Near neighbours: a date of the news week before the noun
keeps it news."""

from __future__ import annotations

import pytest
from tests.samples import check_background

PUBLISHED = "2021-03-10"

DATED_BEFORE = [
    (
        "On the list, the brothers replace two former intelligence agents charged in the Dec. 21, "
        "1988, bombing of a jet over Scotland.",
        "bombing",
    ),
    (
        "The police now seek two former guards suspected in the Oct. 4, 2017, stabbing of a "
        "teacher.",
        "stabbing",
    ),
    (
        "Investigators questioned four young men linked to the June 12, 2016, attack on the "
        "nightclub.",
        "attack",
    ),
    (
        "The board named two officers involved in the April 15, 2013, bombing of the marathon.",
        "bombing",
    ),
    (
        "The agency added two militants sought in the July 22, 2011, massacre on the island.",
        "massacre",
    ),
    ("The panel heard two survivors of the Nov. 13, 2015, attacks on Paris.", "attacks"),
    (
        "Officials identified two brothers charged in the May 22, 2017, bombing at the concert "
        "hall.",
        "bombing",
    ),
    (
        "The army captured two commanders blamed for the Sept. 5, 2018, ambush of a convoy.",
        "ambush",
    ),
    (
        "The list includes two former rebels charged in the Dec. 3, 2009, kidnapping of an aid "
        "worker.",
        "kidnapping",
    ),
    (
        "The court acquitted three youths accused in the Nov. 2, 2004, murder of a filmmaker.",
        "murder",
    ),
    (
        "Two former agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103.",
        "bombing",
    ),
    ("Prosecutors dropped charges in the Oct. 4, 2017, stabbing of a teacher.", "stabbing"),
    ("Police released new images from the April 15, 2013, bombing of the marathon.", "bombing"),
    ("He was sentenced for the July 22, 2011, massacre on the island.", "massacre"),
]
NEWS = [
    ("Police arrested two men suspected in the March 8 shooting of a teenager.", "shooting"),
    ("Police named two men charged in the Monday, March 8, shooting of a teenager.", "shooting"),
    ("Police said Tuesday's stabbing of a guard was planned.", "stabbing"),
    ("The March 9 attack on the convoy killed three soldiers.", "killed"),
    ("Police arrested two men in the Monday shooting of a teenager.", "shooting"),
]


@pytest.mark.parametrize(("text", "trigger"), DATED_BEFORE)
def test_earlier_date_before_the_noun_is_background(text: str, trigger: str) -> None:
    check_background(text, trigger, True, PUBLISHED)


@pytest.mark.parametrize(("text", "trigger"), NEWS)
def test_news_date_before_the_noun_stays_news(text: str, trigger: str) -> None:
    check_background(text, trigger, False, PUBLISHED)
