"""Ballot measures decided at the polls (events/senses/public/elections.py, electoral): a levy,
a bond or a measure rejected or backed by residents in an election or at the polls is an
election result, no REJECT or SUPPORT. Near neighbours (a council, a parliament, a president
or a party rejecting or backing a measure; members of a body rejecting a proposal in their own
vote or ballot) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

AT_THE_POLLS = [
    "Residents rejected the school levy at the polls on Tuesday.",
    "Taxpayers rejected the bond measure in Tuesday's election.",
    "Residents endorsed the measure at the ballot box on Tuesday.",
    "Residents rejected the library levy in the May election.",
    "Taxpayers rejected the school bond at the polls in November.",
    "Residents supported the parks measure in the November election.",
    "The community rejected the fire levy at the polls on Tuesday.",
    "Residents rejected the sales tax measure in a special election on Tuesday.",
    "Residents backed the bond at the ballot box on Tuesday.",
    "Citizens rejected the measure at the polls on Sunday.",
]
DECISIONS = [
    ("The council rejected the measure on Monday.", "REJECT"),
    ("The opposition rejected the referendum on Tuesday.", "REJECT"),
    ("Parliament rejected the bill on Thursday.", "REJECT"),
    ("The union rejected the offer on Monday.", "REJECT"),
    ("The president rejected the proposal in a speech on Monday.", "REJECT"),
    ("Iran rejected the proposal at the talks on Monday.", "REJECT"),
    ("The mayor backed the levy at a press conference on Monday.", "SUPPORT"),
    ("The senator endorsed the measure on Tuesday.", "SUPPORT"),
    ("Members rejected the proposal in a vote on Monday.", "REJECT"),
    ("Parents rejected the proposal in a ballot on Friday.", "REJECT"),
]


@pytest.mark.parametrize("text", AT_THE_POLLS)
def test_measures_decided_at_the_polls_are_no_rejection_or_support(pipeline, text: str) -> None:
    assert not {"REJECT", "SUPPORT"} & set(plover_types(text))


@pytest.mark.parametrize(("text", "plover"), DECISIONS)
def test_decisions_of_bodies_and_members_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
