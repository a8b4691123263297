"""An act told as what happened on an earlier occasion is background (``history.cases``): "In a
previous case, Jones shot a neighbour", "was convicted of robbery in a prior case", "At an
earlier hearing, the judge sentenced him". Neighbours: "the latest attack", "a separate case",
"the previous day", a previous person ("met the previous mayor") or place ("at his previous
address"), and an act whose object is an earlier one ("overturning a previous acquittal").
Made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_background

PUBLISHED = "2021-10-20"  # a Wednesday

EARLIER = [
    ("Police arrested Jones on Monday. In a previous case, Jones shot a neighbour during an "
     "argument.", "shot"),
    ("Police arrested Jones on Monday. Jones was convicted of robbery in a prior case.",
     "convicted"),
    ("Police arrested Jones on Monday. Smith was acquitted of murder in an earlier case.",
     "acquitted"),
    ("Police arrested two men on Monday. In an earlier incident, the same gang beat a "
     "shopkeeper.", "beat"),
    ("Police arrested two men on Monday. During a previous protest, demonstrators blocked the "
     "highway to the airport.", "blocked"),
    ("Troops shelled the town on Monday. In a prior attack, militants bombed a police station "
     "in the town.", "bombed"),
    ("Troops shelled the town on Monday. In a previous raid, soldiers arrested 12 villagers.",
     "arrested"),
    ("Police arrested Jones on Monday. At an earlier hearing, the judge sentenced him to two "
     "years in prison.", "sentenced"),
    ("Police arrested Jones on Monday. On a previous visit to the city, the minister met the "
     "mayor.", "met"),
    ("Police arrested Jones on Monday. In past incidents, officers beat two suspects in the "
     "cells.", "beat"),
    ("The ministers met on Monday. During earlier talks, the two sides agreed to a truce.",
     "agreed"),
    ("Police detained a cleric on Tuesday. In previous clashes, protesters attacked a police "
     "station in the city.", "attacked"),
]
NEWS = [
    ("In the latest attack, militants bombed a police station on Monday.", "bombed"),
    ("The court convicted Jones on Monday, overturning a previous acquittal.", "convicted"),
    ("Police arrested Jones on Monday, a day after the previous suspect was released.",
     "arrested"),
    ("Rebels attacked the town on the previous day, officials said on Tuesday.", "attacked"),
    ("The new mayor met the previous mayor on Monday.", "met"),
    ("In a separate case, police arrested two men on Monday.", "arrested"),
    ("Police arrested Jones at his previous address on Tuesday.", "arrested"),
]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in EARLIER] + [(t, g, False) for t, g in NEWS])
def test_an_act_of_an_earlier_occasion_is_background(pipeline, text: str, trigger: str,
                                                     background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)
