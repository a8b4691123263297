"""Probes of the sector of one who speaks for a body (``heads.SPOKES``, ``nouns.speaks_for``):
a spokesman, spokeswoman, press officer or press secretary speaks for the office-holder or body
named with them ("Sheriff's Spokesman X": COP, "the general's spokesman": MIL, "a spokesperson
for the police department": COP), and a press officer alone is a government speaker, not an
army officer. Neighbours: a body before the role word ("police spokesman") and a possessor of
the government or a firm keep their reading, and an officer is still police."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, the actor's sector)
SPEAKERS = [
    ("Sheriff's Spokesman Bill Ray denied the allegations on Monday.", "REJECT", "COP"),
    ("The sheriff's spokeswoman denied the claims about the jail.", "REJECT", "COP"),
    ("A spokesperson for the police department apologized to the family.", "CONCEDE", "COP"),
    ("A spokeswoman for the sheriff's office denied the claims.", "REJECT", "COP"),
    ("A press officer for the army denied the report.", "REJECT", "MIL"),
    ("The general's spokesman accused the rebels of shelling the village.", "ACCUSE", "MIL"),
    ("The governor's press officer denied the report.", "REJECT", "GOV"),
    ("The ministry's press officer rejected the accusations.", "REJECT", "GOV"),
    ("A press officer denied the report on Tuesday.", "REJECT", "GOV"),
    ("Sheriff Spokesman Tom Wells accused the driver of lying.", "ACCUSE", "COP"),
    ("The admiral's spokesman denied the report about the collision.", "REJECT", "MIL"),
    ("A spokeswoman for the army accused the militants of hiding among civilians.", "ACCUSE",
     "MIL"),
    ("Press officers for the army rejected the accusations.", "REJECT", "MIL"),
    ("The sheriff's press secretary denied the claims.", "REJECT", "COP"),
    ("A spokesman for the rebels denied the accusations.", "REJECT", "REB"),
]

KEEP = [
    ("Police spokesman John Carter accused the protesters of starting the fire.", "ACCUSE",
     "COP"),
    ("The mayor's spokeswoman denied the report.", "REJECT", "GOV"),
    ("The company's spokesman denied the allegations.", "REJECT", "BUS"),
    ("A police officer denied the allegations.", "REJECT", "COP"),
]


@pytest.mark.parametrize(("text", "kind", "sector"), SPEAKERS + KEEP)
def test_a_speaker_has_the_sector_of_whom_it_speaks_for(pipeline, text, kind, sector):
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [[a.sector for a in e.actors] for e in result.events if e.plover_type == kind]
    assert found and found[0][:1] == [sector], (text, found)
