"""A person's relative clause told in a past tense and dated by weeks or longer counted back
("Protesters who were detained two weeks ago were released on Tuesday", "the journalist, who
was abducted several weeks ago, was freed") recalls an earlier happening beside the story's
act: background (``history.careers``); "months ago" is a background cue like "years ago"
(``modes.BACKGROUND_CUES``). Neighbours: days or a single week back, a day of the news week,
the story's own act in the governing clause, a happening that goes on ("the strike, which
began weeks ago")."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2019-06-12"

LONG_AGO = [
    ("Protesters who were detained two weeks ago were released on Tuesday.", "detained"),
    ("Activists who were arrested months ago were freed on Monday.", "arrested"),
    ("Five students who were detained three weeks ago went on trial on Monday.", "detained"),
    ("The journalist, who was abducted several weeks ago, was freed on Sunday.", "abducted"),
    ("A man who was shot four weeks ago died in hospital on Monday.", "shot"),
    ("The soldiers, who were captured months ago, were exchanged on Saturday.", "captured"),
    ("The lawyer, who was arrested weeks ago, was released on bail.", "arrested"),
    ("Months ago, police arrested the mayor in a bribery case.", "arrested"),
    ("The hostages, who were kidnapped weeks ago, were freed on Friday.", "kidnapped"),
    ("Two officers who were suspended months ago returned to duty on Monday.", "suspended"),
    ("Miners who were detained three months ago appeared in court on Monday.", "detained"),
    ("Refugees who were deported two months ago sued the government.", "deported"),
]

# the clause's act is the story's, or the act is the governing clause's
NOT_LONG_AGO = [
    ("Protesters who were detained two days ago were released on Tuesday.", "detained"),
    ("Protesters who were detained a week ago were released on Tuesday.", "detained"),
    ("Protesters who were detained on Monday were released on Tuesday.", "detained"),
    ("Protesters who were detained two weeks ago were released on Tuesday.", "released"),
    ("The journalist, who was abducted several weeks ago, was freed on Sunday.", "freed"),
    ("The strike, which began weeks ago, continued on Monday.", "strike"),
    ("Police said the suspects, who were arrested on Sunday, had attacked a guard.",
     "attacked"),
    ("The fighting that erupted weeks ago killed ten people on Monday.", "killed"),
    ("Activists who were arrested months ago were freed on Monday.", "freed"),
]


def _modes(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text, PUBLISHED).events
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[0].modes


@pytest.mark.parametrize("text,trigger", LONG_AGO)
def test_a_past_clause_dated_weeks_or_months_back_is_background(pipeline, text, trigger) -> None:
    assert "historical" in _modes(text, trigger)


@pytest.mark.parametrize("text,trigger", NOT_LONG_AGO)
def test_days_back_or_the_storys_own_act_is_not_background(pipeline, text, trigger) -> None:
    assert "historical" not in _modes(text, trigger)
