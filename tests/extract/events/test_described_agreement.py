"""People's sex and number tell later mentions apart (``mentions.agreement``), and a title tells
its story's lead, not a blotter's later item (``corefer.LEAD_SENTENCES``), on made-up probes
(``agreement_probes``, ``blotter_probes``): "the 20-year-old male driver was arrested" is not
the arrest of "a drunk female pedestrian" told before, "the suspects" not the one man arrested,
"Man arrested for DUI crash" not an arrest told after four other items. Neighbours: a
description that fits ("the 34-year-old woman" after "a woman", "the victim", "the suspect" of
three men, "the woman" of "a man and a woman"), and a title's act told in the lead, stay one."""

from __future__ import annotations

import pytest
from agreement_probes import ONE as AGREE_ONE
from agreement_probes import TWO as AGREE_TWO
from blotter_probes import ONE as LEAD_ONE
from blotter_probes import TWO as LEAD_TWO

import sitrep
from sitrep.extract.events.mentions.agreement import agree, plural, sex
from sitrep.records import Actor, Evidence

CASES = AGREE_TWO + AGREE_ONE + LEAD_TWO + LEAD_ONE


@pytest.mark.parametrize("plover,text,count", CASES,
                         ids=[f"{n}-{p}-{i}" for i, (p, _, n) in enumerate(CASES)])
def test_mentions_of_other_people_or_far_down_a_blotter_stay_apart(pipeline, plover: str,
                                                                    text: str,
                                                                    count: int) -> None:
    found = [(e.trigger.text, e.evidence.start) for e in sitrep.process_text(text).events
             if e.plover_type == plover]
    assert len(found) == count, found


def _person(text: str, kind: str = "group") -> Actor:
    return Actor(text=text, evidence=Evidence(0, len(text), text), name=text, kind=kind)


def test_sex_and_number_of_descriptions() -> None:
    assert sex(_person("year-old male driver")) == "m"
    assert sex(_person("drunk female pedestrian")) == "f"
    assert sex(_person("two policewomen")) == "f"
    assert sex(_person("man and woman")) is None
    assert sex(_person("German tourist")) is None
    assert plural(_person("suspects")) and plural(_person("Armed men"))
    assert not plural(_person("witness")) and not plural(_person("driver"))
    assert not agree([_person("female pedestrian")], [_person("male driver")])
    assert agree([_person("man"), _person("woman")], [_person("woman")])
    assert agree([_person("three men")], [_person("suspect")])
    assert not agree([_person("man")], [_person("suspects")])
