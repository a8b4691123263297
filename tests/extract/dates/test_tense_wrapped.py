"""The tense of a date's clause in hard-wrapped copy (issue 15, item 11): a line break that wraps
a sentence does not end the clause, so a cue on the line before still decides; a paragraph break
or a headline line does end it. Sentences are made up."""

from __future__ import annotations

import pytest

from sitrep.extract.dates.tense import clause_tense

PROBES = [
    # wraps: the cue is on the line before the date
    ("The commission said the two delegations would meet in court\nin Geneva on Wednesday.",
     "Wednesday", "future"),
    ("Officials of the ministry of finance said the new tariffs will\ntake effect on Monday.",
     "Monday", "future"),
    ("The striking dockworkers of the northern port are scheduled to\nresume talks Friday.",
     "Friday", "future"),
    ("The opposition leader and her supporters are planning to march\non Saturday morning.",
     "Saturday", "future"),
    ("The regional governor told reporters the curfew would be lifted\nin the capital on "
     "Thursday.", "Thursday", "future"),
    ("Heavily armed men had attacked the small police station in the\nnorthern town on "
     "Tuesday.", "Tuesday", "past"),
    # near neighbours: a paragraph break or a headline line ends the clause
    ("The commission said the two delegations would meet in court.\n\nThe talks in Geneva "
     "ended on Wednesday.", "Wednesday", "past"),
    ("Officials of the ministry of finance said the new tariffs will\n\nThe old tariffs "
     "lapsed on Monday.", "Monday", "past"),
    ("Talks will resume\nThe dockworkers struck on Friday.", "Friday", "past"),
    ("Marches planned\nThe opposition leader marched on Saturday morning.", "Saturday", "past"),
    ("The regional governor told reporters the curfew would be lifted in the capital on "
     "Thursday.", "Thursday", "future"),
    ("Heavily armed men had attacked the small police station in the northern town on "
     "Tuesday.", "Tuesday", "past"),
]


@pytest.mark.parametrize(("text", "word", "expected"), PROBES,
                         ids=[f"{w}-{e}-{i}" for i, (_, w, e) in enumerate(PROBES)])
def test_a_wrapped_clause_keeps_its_tense_and_a_paragraph_break_ends_it(text, word,
                                                                        expected) -> None:
    start = text.index(word)
    assert (clause_tense(text, start, start + len(word)) or "past") == expected
