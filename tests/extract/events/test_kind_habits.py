"""What a class does, told by coordination (events/senses/public/habits.py,
``habit_conjunct``): a present-simple verb that shares the plural subject of another, one of them
acting on a kind of people or things ("the gangs kidnap businessmen and demand ransoms",
"extort farmers and threaten those who refuse"), is a habit, not a happening. Near neighbours
(the same acts in the past, with a date or a particular object) stay. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

HABITS = [
    ("The gangs kidnap businessmen and demand ransoms from their families.", "REQUEST"),
    ("Criminal groups in the state extort farmers and threaten those who refuse to pay.",
     "THREATEN"),
    ("Gangs in the capital charge bus drivers a weekly fee and kill those who refuse.",
     "ASSAULT"),
    ("The report says that soldiers beat prisoners and deny them food.", "REJECT"),
    ("Loan sharks lend money to market traders and threaten those who fall behind.",
     "THREATEN"),
    ("The cartels recruit teenagers and threaten their parents with death.", "THREATEN"),
    ("The syndicates smuggle migrants and demand extra money from their relatives.", "REQUEST"),
    ("Border guards stop trucks and ask drivers for cash.", "REQUEST"),
    ("Employers hire migrants and refuse them contracts.", "REJECT"),
    ("Traffickers lure women abroad and threaten their families at home.", "THREATEN"),
    ("The militias run checkpoints and demand fees from drivers.", "REQUEST"),
    ("Local bosses buy votes and threaten voters who refuse.", "THREATEN"),
    ("Slum landlords collect rents and refuse repairs to tenants.", "REJECT"),
    ("Scammers call pensioners and ask them for bank details.", "REQUEST"),
]
ACTS = [
    ("The gang kidnapped a businessman and demanded a ransom from his family last week.",
     "REQUEST"),
    ("Soldiers beat the prisoners and denied them food, the report said.", "REJECT"),
    ("The militia seized the farm on Monday and demanded payment from its owner.", "REQUEST"),
    ("Pirates boarded a cargo ship and demanded a ransom for its crew.", "REQUEST"),
    ("The rebels attacked the town and burned houses on Friday.", "ASSAULT"),
    ("Police raided the house last night.", "COERCE"),
]


@pytest.mark.parametrize("text,plover", HABITS)
def test_coordinated_habits_of_a_kind_are_no_events(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ACTS)
def test_the_same_acts_told_as_done_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
