"""Statements joined to the wrong verb by the parser (session 43, issue 15 recall), with the real
model on made-up sentences:

- a finite verb with no subject that the parser made a conjunct of a gerund ("denied firing
  first and accused X", "accused X of using ... and called on Y") joins the verb the gerund hangs
  on (``joined.gerund_partner``): it is that subject's own act, neither asserted by the denial or
  accusation nor negated by the denial;
- a statement joined to a reported clause whose subject can make none ("said the air strike
  destroyed a school, and called on ...") is the speaker's (``joined.reporting_verb``).

Near neighbours keep their reading: a deed denied stays no event, a statement with a subject of
its own or in a clause about things stays none."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# (text, type that must be found, its trigger word, an actor word it must list)
JOINED = [
    ("The militia denied attacking first and accused army-backed fighters of trying to take "
     "the ridge.", "ACCUSE", "accused", "militia"),
    ("The rebels accused the general of using civilians as shields and called on aid agencies "
     "to leave the area.", "REQUEST", "called", "rebels"),
    ("The guerrillas denied planting the mines and blamed government troops for the blasts.",
     "ACCUSE", "blamed", "guerrillas"),
    ("The union denied organising the sabotage and accused management of staging it.",
     "ACCUSE", "accused", "union"),
    ("The navy denied ramming the trawler first and accused coast-guard crews of trying to "
     "board it.", "ACCUSE", "accused", "navy"),
    ("Police said the militia denied planting the mines and blamed government troops for the "
     "blasts.", "ACCUSE", "blamed", "militia"),
    ("The government denied starving the region and blamed the rebels for blocking the "
     "convoys.", "ACCUSE", "blamed", "government"),
    ("The ministry accused the governor of hiding the figures and urged prosecutors to open a "
     "case.", "REQUEST", "urged", "ministry"),
    ("Villagers said the air strike destroyed a school, and called on the government to open "
     "an inquiry.", "REQUEST", "called", "Villagers"),
    ("The teachers' union said the strike would continue until Friday and urged parents to keep "
     "their children at home.", "REQUEST", "urged", "union"),
    ("The rights group said the raid had been carried out without a warrant and urged the "
     "prosecutor to investigate.", "REQUEST", "urged", "group"),
]

# (text, a type that must not be found with this trigger word)
NEIGHBOURS = [
    ("The navy denied shelling the fishing boats.", "ASSAULT", "shelling"),
    ("Police denied beating the protesters and arrested three organisers.", "ASSAULT",
     "beating"),
    ("The report said the year offered few prospects and supported the theory.", "SUPPORT",
     "supported"),
    ("The militia denied attacking first and accused army-backed fighters of trying to take "
     "the ridge.", "ASSAULT", "attacking"),
]


def test_the_act_blamed_is_not_denied(pipeline) -> None:
    """The denial's negation stays on what is denied, not on the blame beside it nor on what
    the blame is for."""
    text = "The guerrillas denied planting the mines and blamed government troops for the blasts."
    assert all("negated" not in e.modes for e in _events(pipeline, text)
               if e.plover_type in {"ACCUSE", "ASSAULT"})


def _events(pipeline, text: str) -> list[Event]:
    article = Article(text=text, published=dt.date(2024, 5, 10), language="en")
    return pipeline.process(article).events


@pytest.mark.parametrize(("text", "plover", "trigger", "actor"), JOINED)
def test_a_joined_statement_is_its_speakers_own_act(pipeline, text: str, plover: str,
                                                    trigger: str, actor: str) -> None:
    found = [e for e in _events(pipeline, text)
             if e.plover_type == plover and trigger in e.trigger.text]
    assert found, (text, plover)
    assert "negated" not in found[0].modes
    assert any(actor in a.text for a in found[0].actors), found[0].actors


@pytest.mark.parametrize(("text", "plover", "trigger"), NEIGHBOURS)
def test_near_neighbours_keep_their_reading(pipeline, text: str, plover: str,
                                            trigger: str) -> None:
    assert not [e for e in _events(pipeline, text)
                if e.plover_type == plover and trigger in e.trigger.text]


# (text, whether an ACCUSE must be found): blame laid on a quarrel between parties blames them;
# on a cause with no party, nobody
BLAMED = [
    ("Police blamed the stabbing on a feud between two families in the village.", True),
    ("The minister blamed the violence on a rivalry between two drug gangs.", True),
    ("The governor blamed the riot on a dispute among rival militias.", True),
    ("The council blamed the flooding on heavy rain.", False),
    ("The mayor blamed the outage on a fault between two substations.", False),
]


@pytest.mark.parametrize(("text", "accuses"), BLAMED)
def test_blame_on_a_quarrel_between_parties_is_an_accusation(pipeline, text: str,
                                                             accuses: bool) -> None:
    found = [e for e in _events(pipeline, text) if e.plover_type == "ACCUSE"]
    assert bool(found) == accuses, (text, found)
