"""A body's own meeting (events/eventhood/meetings.py): CONSULT needs a counterpart. A meeting
named by one body ("a party meeting", "the ruling party's meeting") or the setting of one body's
business ("the city council approved budget changes during a meeting on Wednesday") is no
CONSULT; a meeting with someone, between delegations, bilateral or held by several actors
stays. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



OWN = [
    ("He spoke to reporters after a party meeting on Monday.", "CONSULT"),
    ("The city council approved several budget changes during a meeting on Wednesday.",
     "CONSULT"),
    ("The decision was taken at a cabinet meeting on Tuesday.", "CONSULT"),
    ("The board voted to close the plant during a session on Monday.", "CONSULT"),
    ("The committee approved the plan at its meeting on Thursday.", "CONSULT"),
    ("The council's session on Monday lasted four hours.", "CONSULT"),
    ("She announced her resignation after a staff meeting on Friday.", "CONSULT"),
    ("The school board adopted the new calendar at a meeting on Monday.", "CONSULT"),
    ("The faculty voted against the plan at a staff meeting on Monday.", "CONSULT"),
    ("The opposition leader spoke after a party meeting on Tuesday.", "CONSULT"),
    ("The ruling party's meeting on Sunday picked a new candidate.", "CONSULT"),
    ("The mayor spoke to reporters after a council meeting on Tuesday.", "CONSULT"),
    ("The firm cut 200 jobs after a board meeting on Monday.", "CONSULT"),
    ("The county commission approved the budget at a meeting on Tuesday.", "CONSULT"),
    ("The union approved the offer during a meeting on Monday.", "CONSULT"),
    ("The senate passed the bill during a late session on Monday.", "CONSULT"),
    ("The ministry announced the cuts after a department meeting on Monday.", "CONSULT"),
]
DONE = [
    ("The governor held a meeting with the rebel leaders on Monday.", "CONSULT"),
    ("The two leaders agreed on a ceasefire at a meeting in Paris on Monday.", "CONSULT"),
    ("The president met the prime minister on Monday.", "CONSULT"),
    ("The council held a meeting with the protesters on Monday.", "CONSULT"),
    ("The minister spoke after a meeting between the two delegations on Monday.", "CONSULT"),
    ("A bilateral meeting took place in Geneva on Monday.", "CONSULT"),
    ("The envoys of the two countries held a meeting in Cairo on Monday.", "CONSULT"),
    ("The rebels and the army held a meeting on Monday.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "plover"), OWN, ids=[f"own-{k:02d}" for k in range(len(OWN))])
def test_a_bodys_own_meeting_is_no_consultation(pipeline, text: str, plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), DONE,
                         ids=[f"done-{k:02d}" for k in range(len(DONE))])
def test_a_meeting_with_a_counterpart_stays(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
