"""Elections, words said and happenings remembered (events/senses/public/elections.py and
memory.py): a vote won ("beat her rival by 300 votes", "defeated the incumbent in the primary")
is no ASSAULT, a ballot measure turned down by voters no REJECT; a violence word told with a
medium of speech ("attacked his record in a debate") is criticism (ACCUSE); an act named as
what an anniversary, a memorial, an exhibit or a book is about is no happening. Near neighbours
(blows at a rally or during a speech, armies defeating rebels, bombs at a memorial) stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NOT_VIOLENCE = [
    ("She beat her Republican rival by 300 votes.", "ASSAULT"),
    ("The Labour candidate beat the sitting MP by 2,000 votes.", "ASSAULT"),
    ("She beat the incumbent in the primary on Tuesday.", "ASSAULT"),
    ("Voters rejected the tax measure on Tuesday.", "REJECT"),
    ("Voters rejected the school levy on Tuesday.", "REJECT"),
    ("The candidate attacked his opponent's record in a debate.", "ASSAULT"),
    ("The president attacked the media in a speech on Monday.", "ASSAULT"),
    ("The mayor hit back at critics in a radio interview.", "ASSAULT"),
    ("The senator attacked the bill in an interview on Friday.", "ASSAULT"),
    ("Residents marked the anniversary of the bombing on Sunday.", "ASSAULT"),
    ("Hundreds gathered for the anniversary of the massacre on Sunday.", "ASSAULT"),
    ("Families laid wreaths at a memorial to the victims of the massacre.", "ASSAULT"),
    ("The museum opened an exhibit on the 1965 riots.", "PROTEST"),
]
STAY = [
    ("A man attacked the mayor during a speech on Monday.", "ASSAULT"),
    ("Gunmen attacked supporters at a rally on Sunday.", "ASSAULT"),
    ("The army beat back the rebels near the town on Friday.", "ASSAULT"),
    ("Police beat protesters in the square on Monday.", "ASSAULT"),
    ("A bomb killed five at a memorial service on Sunday.", "ASSAULT"),
    ("Rebels attacked a polling station during the election.", "ASSAULT"),
    ("The minister condemned the plan in a statement on Monday.", "ACCUSE"),
    ("Parliament rejected the budget on Tuesday.", "REJECT"),
    ("The bombing killed 12 people in the market on Sunday.", "ASSAULT"),
    ("Protesters rioted outside the museum on Saturday.", "PROTEST"),
]


@pytest.mark.parametrize("text,plover", NOT_VIOLENCE)
def test_votes_words_and_memories_are_not_the_act(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", STAY)
def test_blows_and_acts_of_the_day_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


def test_an_attack_in_words_is_criticism(pipeline) -> None:
    assert "ACCUSE" in plover_types("The candidate attacked his opponent's record in a debate.")
