"""Made-up probes (not copied from any data set): a prison sentence told first with its convict
described ("Carlisle man jailed for ten years", "A woman who robbed a jeweller has been jailed")
and then with the convict named ("Dean Rowe, 34, of Carlisle, was sentenced at Preston Crown
Court") is one SANCTION event (``mentions.parties.convicted``), also when the first mention's
figure counts the people it jailed (``mentions.keeps.told_by_arrests`` leaves sentences alone);
a sentence told as one more ("also", "another man") or on another day stays apart, and a charge
is no sentence."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    ("Carlisle man jailed for ten years over knife attack\n\n"
     "Dean Rowe, 34, of Carlisle, was sentenced at Preston Crown Court on Monday."),
    ("A woman who robbed a jeweller at knifepoint has been jailed for six years.\n\n"
     "Karen Platt, 41, was sentenced at Leeds Crown Court on Tuesday."),
    ("Bristol teenager jailed after stabbing in park\n\n"
     "Jordan Hale, 19, of Bristol, was sentenced to five years in custody on Friday."),
    ("A man who set fire to his neighbour's car has been jailed for three years.\n\n"
     "Paul Dunn, 52, was sentenced at Cardiff Crown Court on Wednesday."),
    ("Two Leicester men jailed for armed robbery of post office\n\n"
     "Ravi Mistry, 28, and Owen Clarke, 30, were sentenced at Leicester Crown Court on "
     "Thursday."),
]
TWO = [
    ("A man who attacked a bus driver outside the station in Hull last spring was jailed for "
     "four years at Hull Crown Court on Monday.\n\n"
     "Another man, Tom Reid, 23, was also sentenced at Hull Crown Court on Monday."),
    ("A Dover man was sentenced to two years in prison for burglary at Canterbury Crown Court "
     "on Monday.\n\n"
     "Sam Fry, 30, was sentenced for arson in Leeds on Friday."),
]


def _sanctions(text: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.trigger.text for e in events if e.plover_type == "SANCTION"]


@pytest.mark.parametrize("text", ONE, ids=[t[:40] for t in ONE])
def test_a_described_then_named_convict_is_one_sentence(pipeline, text: str) -> None:
    assert len(_sanctions(text)) == 1, _sanctions(text)


@pytest.mark.parametrize("text", TWO, ids=[t[:40] for t in TWO])
def test_one_more_convict_or_another_day_is_another_sentence(pipeline, text: str) -> None:
    assert len(_sanctions(text)) == 2, _sanctions(text)


def test_a_charge_does_not_join_a_sentence(pipeline) -> None:
    text = ("A Derby man was charged on Monday with assaulting a shop worker.\n\n"
            "Lee Grant, 33, was sentenced at Derby Crown Court on Monday.")
    events = sitrep.process_text(text, published="2021-03-01").events
    kinds = {e.plover_type for e in events}
    assert {"ACCUSE", "SANCTION"} <= kinds, [(e.plover_type, e.trigger.text) for e in events]
