"""Made-up probes (not copied from any data set): a charge told first with its accused described
("a Salem woman was charged", "a young man accused of robbing a pharmacy") and then with the
accused named ("Linda Marsh, 34, faces a charge of arson") is one ACCUSE event
(``mentions.parties.charged``); a charge told as one more ("also", "another suspect") or at another
place and day stays apart."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    ("A young man accused of robbing a pharmacy in Dover appeared in court on Monday. "
     "Tom Baker, 22, is charged with armed robbery and theft."),
    ("A Salem woman was charged Tuesday with setting fire to her neighbour's garage. "
     "Linda Marsh, 34, faces a charge of arson."),
    ("A local teacher accused of stealing school funds made his first court appearance on Friday. "
     "Peter Wills is charged with embezzlement."),
    ("A 40-year-old man was charged on Monday with assaulting a bus driver in Leeds. "
     "Gary Holt is charged with assault occasioning actual bodily harm."),
    ("A Tulsa woman accused of hitting a cyclist with her car appeared before a judge on Thursday. "
     "Karen Doyle, 29, is charged with leaving the scene of an accident."),
    ("A former nurse accused of poisoning patients was arraigned on Wednesday. "
     "Helen Pratt, 51, is charged with three counts of attempted murder."),
    ("A teenager was charged on Saturday with vandalising a church in Bristol. "
     "Jake Moss, 18, is charged with criminal damage."),
    ("A Dayton man accused of shooting at police officers appeared in court on Tuesday. "
     "Marcus Reed, 31, is charged with attempted murder."),
    ("A bank clerk accused of stealing from customers was charged on Monday. "
     "Sarah Kent, 27, faces fraud charges."),
    ("A taxi driver accused of attacking a passenger appeared in court on Wednesday. "
     "Ali Khan, 38, is charged with assault."),
    ("A student accused of threatening a teacher was charged on Friday. "
     "Emma Ross, 19, is charged with making threats."),
]
TWO = [
    ("A man was charged with burglary in Dover on Monday. "
     "Police also charged John Pell with theft."),
    ("A woman was charged on Monday with fraud in Salem. "
     "Another suspect, Mark Lane, 40, is charged with forgery."),
    ("A man was charged with burglary in Dover on Monday. "
     "Tom Baker, 22, was charged with arson in Leeds on Friday."),
]


def _charges(text: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.trigger.text for e in events if e.plover_type == "ACCUSE"]


@pytest.mark.parametrize("text", ONE, ids=[t[:40] for t in ONE])
def test_a_described_then_named_accused_is_one_charge(pipeline, text: str) -> None:
    assert len(_charges(text)) == 1, _charges(text)


@pytest.mark.parametrize("text", TWO, ids=[t[:40] for t in TWO])
def test_one_more_accused_or_another_place_is_another_charge(pipeline, text: str) -> None:
    assert len(_charges(text)) == 2, _charges(text)
