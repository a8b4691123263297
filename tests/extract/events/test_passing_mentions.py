"""Acts named in passing are no new events (``eventhood.passing``), read with the real model on
made-up sentences told after a lead that gives none (published 2021-03-01):

- an act noun that only anchors the time of another clause ("in the wake of the shooting",
  "in the days following the massacre") starts no event of its own; one recalled as
  background ("since the 2014 kidnapping") stays background; one dated in its own phrase
  ("since the bombing on Tuesday") or by a measure ("hours after the bombing"), an indefinite
  one ("in the wake of a riot"), an act told by a verb ("after police arrested him Tuesday")
  or by a clause of its own ("the attack, which killed 12") stay news;
- a participle of alleging that describes a person ("a man accused of robbing three banks was
  arrested") is no ACCUSE; "prosecutors accused the man of ..." and "was accused of" are.
"""

from __future__ import annotations

import pytest

import sitrep

LEAD = "Officials spoke on Monday. "


def _events(text: str) -> list[sitrep.Event]:
    events = sitrep.process_text(LEAD + text, published="2021-03-01").events
    return [e for e in events if e.evidence.start >= len(LEAD)]


def _with_trigger(text: str, trigger: str) -> list[sitrep.Event]:
    return [e for e in _events(text) if trigger in e.trigger.text]


# (text, trigger of the act named in passing): no event
ANCHORS = [
    ("In the aftermath of the bombing, the mayor told reporters that the city would rebuild.",
     "bombing"),
    ("In the wake of the shooting, the school board discussed security.", "shooting"),
    ("In the weeks after the riot, shop owners repaired their windows.", "riot"),
    ("In the days following the massacre, families buried their dead.", "massacre"),
    ("In the aftermath of the raid, villagers said they were afraid.", "raid"),
    ("In the wake of the protests, the president reshuffled his cabinet.", "protests"),
    ("In the wake of the ambush, the army closed the road.", "ambush"),
    ("In the hours after the shooting, police closed the bridge.", "shooting"),
    ("In the wake of the kidnapping, the school hired guards.", "kidnapping"),
    ("In the aftermath of the clashes, the town was quiet.", "clashes"),
    ("In the months after the raid, the village emptied.", "raid"),
    ("After the stabbing, the suspect ran into the subway station.", "stabbing"),
    ("In the aftermath of the riots, the mayor imposed a curfew.", "riots"),
]
# (text, trigger, background): the event stays, with this background flag
KEPT = [
    ("After police arrested him Tuesday, he confessed.", "arrested", False),
    ("Gunmen attacked the market on Tuesday, and since then residents have stayed home.",
     "attacked", False),
    ("Police arrested two men after a shooting on Main Street on Tuesday.", "arrested", False),
    ("The attack, which killed 12, was claimed by the group.", "attack", False),
    ("Since Monday, troops have shelled the town.", "shelled", False),
    ("Hours after the bombing, the governor toured the hospital.", "bombing", False),
    ("In the wake of a riot on the campus, classes were cancelled.", "riot", False),
    ("A day after the raid, the village was empty.", "raid", False),
    ("Moments after the stabbing, a nurse arrived.", "stabbing", False),
    ("Since the 2014 kidnapping of his brother, the farmer has lived in the city.", "kidnapping",
     True),
    ("In the wake of last year's riots, the city hired more teachers.", "riots", True),
    ("Since the bombing on Tuesday, security has been tight.", "bombing", False),
    ("Gunmen shot and killed a shop owner on Tuesday.", "shot", False),
    ("A bomb attack on a market killed five.", "killed", False),
    ("The gunmen who attacked the church fled.", "attacked", False),
]

ALLEGATIONS = [
    "The man alleged to have ordered the murder, a businessman from the capital, was arrested "
    "in Colombia last month.",
    "A man accused of robbing three banks was arrested on Monday.",
    "The officer accused of beating a prisoner resigned on Friday.",
    "A woman alleged to have stolen funds from the charity appeared in court.",
    "The commander accused of ordering the massacre was extradited to The Hague.",
    "The senator, accused of taking bribes, said he would not resign.",
    "Protesters accused of burning a police car were sentenced on Tuesday.",
    "The rebels, accused of kidnapping aid workers, have denied the charge.",
    "A doctor alleged to have sold prescriptions was fined by the board.",
    "Soldiers accused of torturing detainees were discharged.",
    "An aide alleged to have leaked the memo was fired on Friday.",
    "The general, accused of war crimes, fled the country.",
    "The group blamed for the bombing has issued a statement.",
]
ACCUSATIONS = [
    "Prosecutors accused the man of ordering the murder.",
    "The man was accused of robbing three banks.",
    "The opposition accused the government of rigging the vote.",
]


@pytest.mark.parametrize("text,trigger", ANCHORS)
def test_an_act_named_in_passing_is_no_event(pipeline, text: str, trigger: str) -> None:
    found = _with_trigger(text, trigger)
    assert not found, [(e.plover_type, e.trigger.text, e.modes) for e in found]


@pytest.mark.parametrize("text,trigger,background", KEPT)
def test_an_act_told_of_its_own_stays(pipeline, text: str, trigger: str,
                                      background: bool) -> None:
    found = _with_trigger(text, trigger)
    assert found, [(e.plover_type, e.trigger.text) for e in _events(text)]
    assert ("historical" in found[0].modes) is background, found[0].modes


@pytest.mark.parametrize("text", ALLEGATIONS)
def test_a_person_described_by_an_allegation_is_no_accusation(pipeline, text: str) -> None:
    assert "ACCUSE" not in [e.plover_type for e in _events(text)]


@pytest.mark.parametrize("text", ACCUSATIONS)
def test_an_accusation_told_stays(pipeline, text: str) -> None:
    assert "ACCUSE" in [e.plover_type for e in _events(text)]
