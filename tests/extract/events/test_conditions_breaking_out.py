"""A noun act in a condition or an open question whose verb says it happens
(events/modes.py, ``OCCURRENCE_VERBS``): "if a war breaks out", "unless clashes break out",
"whether to impose sanctions", "whether the council imposes a ban" are hypothetical (or no
event), as "should riots break out" already was. Near neighbours (the same acts told as done,
the talks that "broke down", a curfew not imposed, a charge before "if convicted") keep their
modes. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

CONDITIONED = [
    ("If a war breaks out, millions would flee.", "ASSAULT"),
    ("Unless clashes break out, the vote will go ahead on Sunday.", "ASSAULT"),
    ("Officials debated whether to impose sanctions on the company.", "SANCTION"),
    ("Whether the council imposes a ban on rallies is still undecided.", "COERCE"),
    ("If a civil war breaks out, the oil fields would be at risk.", "ASSAULT"),
    ("Ministers are split over whether to declare a blockade of the port.", "COERCE"),
    ("Whether a strike breaks out depends on the talks.", "PROTEST"),
    ("If a border war breaks out, trade would stop.", "ASSAULT"),
    ("If a gunfight erupts near the school, the children will be moved.", "ASSAULT"),
    ("If a strike breaks out at the mine, output would halt.", "PROTEST"),
    ("Unless a war breaks out, the games will go ahead.", "ASSAULT"),
    ("Should a war break out in the region, the embassy would close.", "ASSAULT"),
    ("If a shootout erupts at the checkpoint, the road will be closed.", "ASSAULT"),
    ("Unless a civil war breaks out, the election will be held in May.", "ASSAULT"),
    ("If a border clash breaks out, the two armies would be drawn in.", "ASSAULT"),
]
DONE = [
    ("Clashes broke out at the border on Monday.", "ASSAULT", []),
    ("The council imposed a ban on rallies on Friday.", "COERCE", []),
    ("A war broke out in the north in March.", "ASSAULT", []),
    ("The arrests sparked protests in the city on Sunday.", "PROTEST", []),
    ("The talks broke down on Friday after two days.", "CONSULT", []),
    ("The talks did not break down on Friday.", "CONSULT", []),
    ("Police did not impose a curfew on Saturday.", "COERCE", ["negated"]),
    ("He was charged with murder on Monday; if convicted, he faces life in prison.", "ACCUSE",
     []),
]


@pytest.mark.parametrize("text,plover", CONDITIONED)
def test_acts_that_may_break_out_or_be_imposed_are_hypothetical(pipeline, text: str,
                                                                plover: str) -> None:
    assert all("hypothetical" in modes for modes in modes_after_lead(text, plover))


@pytest.mark.parametrize("text,plover,modes", DONE)
def test_acts_told_as_done_keep_their_modes(pipeline, text: str, plover: str,
                                            modes: list[str]) -> None:
    found = modes_after_lead(text, plover)
    assert found and found[0] == modes, found
