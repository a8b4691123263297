"""A position restated over time is no statement of the day (events/senses/public/habits.py,
``held_stance``): a speech act (accusing, rejecting, asking, backing, threatening) in the
present perfect or the present with an adverb of repetition or of a long time ("has repeatedly
denied", "have long called for", "has consistently dismissed") and no date is a stance, like
the generic summaries the guidelines leave out. The statement of one occasion stays: dated,
in the simple past, or in the perfect without such an adverb; physical acts done repeatedly
stay (blows, attacks: ``summaries`` decides those). Made-up probes, not taken from any data
set; 11 of the 13 stances gave an event of their type before the change."""

from __future__ import annotations

import pytest

from samples import plover_types

STANCES = [  # (text, the type it must not give)
    ("The government has repeatedly denied using torture in its prisons.", "REJECT"),
    ("Rebel leaders have long rejected any talks with the junta.", "REJECT"),
    ("Beijing has consistently dismissed the reports as lies.", "REJECT"),
    ("The opposition has repeatedly accused the election board of bias.", "ACCUSE"),
    ("Washington has long called for the release of the detained journalists.", "REQUEST"),
    ("Human rights groups have persistently criticised the treatment of migrants at the border.",
     "ACCUSE"),
    ("The ministry has repeatedly refused to comment on the allegations.", "REJECT"),
    ("The president has always backed the military's campaign in the north.", "SUPPORT"),
    ("Moscow has repeatedly threatened to cut gas supplies to the region.", "THREATEN"),
    ("The army has consistently denied that its troops fired on civilians.", "REJECT"),
    ("The company has long denied paying the militia for protection.", "REJECT"),
    ("Officials have repeatedly praised the police for their restraint.", "SUPPORT"),
    ("It is a charge the minister has repeatedly denied.", "REJECT"),
]
OCCASIONS = [  # (text, the type it must give)
    ("The government denied using torture in its prisons on Monday.", "REJECT"),
    ("Rebel leaders rejected talks with the junta on Tuesday.", "REJECT"),
    ("The minister repeatedly denied the claims at Tuesday's hearing.", "REJECT"),
    ("The opposition accused the election board of bias on Sunday.", "ACCUSE"),
    ("Washington has called for the release of the detained journalists.", "REQUEST"),
    ("The army has denied that its troops fired on civilians in Bakoro this week.", "REJECT"),
    ("Moscow threatened on Wednesday to cut gas supplies to the region.", "THREATEN"),
    ("Gunmen have repeatedly attacked the convoy, police said on Monday.", "ASSAULT"),
    ("The suspect stabbed the victim repeatedly outside a bar on Saturday.", "ASSAULT"),
    ("The union has repeatedly called for a strike since Monday's layoffs, its leader said "
     "on Tuesday.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "plover"), STANCES)
def test_a_stance_held_over_time_is_no_statement(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), OCCASIONS)
def test_statements_of_one_occasion_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
