"""Made-up probes (not copied from any data set): a count that opens the trigger's phrase later
than the day its sentence names moves the act by that count ("Prosecutors on Wednesday charged
14 men, a day after police raided 20 homes": the raid was Tuesday; "The strike came a day
after rebels launched an offensive": the day before the strike's), also where the day is not
written right before the count (``counted_dates.counted_from`` handles "died Sunday, two days
after he was shot"). Neighbours: the act told before the count keeps the named day, an
anaphoric count ("a day after that his brother was arrested") and a count of hours move
nothing. Published Wednesday 2016-01-20."""

from __future__ import annotations

import pytest

from samples import trigger_days

CHANGED = [
    ("Prosecutors on Wednesday charged 14 gang members with kidnapping, a day after police "
     "raided 20 homes in Santiago.", "raided", "2016-01-19"),
    ("The army struck the town on Monday. The strike came a day after rebels launched an "
     "offensive on the police station.", "offensive", "2016-01-17"),
    ("Police on Friday arrested a man in Tulsa, two days after a clerk was shot at a store.",
     "shot", "2016-01-13"),
    ("The governor on Tuesday declared a curfew in Jos, three days after gunmen killed 12 "
     "villagers.", "killed", "2016-01-16"),
    ("Thousands marched in Lagos on Saturday, two days after police shot a student.", "shot",
     "2016-01-14"),
    ("The council on Monday voted to ask for an inquiry, five days after an officer shot a "
     "man.", "shot", "2016-01-13"),
    ("Officials on Thursday reopened the border, a day before rebels attacked the crossing.",
     "attacked", "2016-01-15"),
    ("The minister resigned on Friday, two days after protesters stormed his office.",
     "stormed", "2016-01-13"),
    ("Police in Reno on Monday arrested a suspect, a day after a woman was stabbed.", "stabbed",
     "2016-01-17"),
    ("The court on Tuesday jailed the activist. Her arrest came two days after she led a "
     "march.", "march", "2016-01-17"),
]

KEPT = [
    ("Prosecutors on Wednesday charged 14 gang members with kidnapping, a day after police "
     "raided 20 homes in Santiago.", "charged", {"2016-01-20"}),
    ("Police on Friday arrested a man in Tulsa, two days after a clerk was shot at a store.",
     "arrested", {"2016-01-15"}),
    ("Thousands marched in Lagos on Saturday, two days after police shot a student.",
     "marched", {"2016-01-16"}),
    ("The minister resigned on Friday, two days after protesters stormed his office.",
     "resigned", {"2016-01-15"}),
    ("The army said on Monday that rebels killed 12 villagers on Saturday, two days after the "
     "talks.", "killed", {"2016-01-16"}),
    ("A man was shot on Tuesday, police said, and a day after that his brother was arrested.",
     "shot", {"2016-01-19"}),
    ("The boy died Sunday, two days after he was shot in Flint.", "shot", {"2016-01-15"}),
    ("Police arrested a man on Friday. The shooting happened hours after the robbery.",
     "shooting", {"2016-01-15"}),
    ("Gunmen killed six villagers near Jos on Monday, police said.", "killed", {"2016-01-18"}),
    ("The court on Tuesday jailed the activist. Her arrest came two days after she led a "
     "march.", "jailed", {"2016-01-19"}),
]


@pytest.mark.parametrize(("text", "trigger", "day"), CHANGED,
                         ids=[f"{t[:40]}-{w}" for t, w, _ in CHANGED])
def test_a_count_before_the_act_moves_its_day(pipeline, text, trigger, day):
    assert trigger_days(pipeline, text, trigger) == {day}


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT,
                         ids=[f"{t[:40]}-{w}" for t, w, _ in KEPT])
def test_named_days_and_other_counts_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
