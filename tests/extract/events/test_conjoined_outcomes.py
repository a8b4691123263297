"""Made-up probes (not copied from any data set): an attack told with its outcome in two
conjoined participles ("exploded at a market, killing 12 people and injuring 40 others") is one
ASSAULT event: the second participle tells the same attack's outcome as the first
(``merge._result_of``). Neighbours: another act of the sentence with its own subject ("and
troops attacked a rebel camp near Goma") stays its own event."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    'Two bombs exploded outside a market in Kano on Friday, killing 12 people and injuring '
    '40 others.',
    'Gunmen opened fire on a bus near Jos on Monday, killing five passengers and wounding '
    'nine.',
    'A suicide bomber blew himself up at a mosque in Quetta on Friday, killing 20 '
    'worshippers and injuring dozens.',
    'Rebels shelled the town of Beni on Tuesday, killing three civilians and wounding '
    'eight.',
    'A car bomb went off near a police station in Mosul on Sunday, killing four officers '
    'and injuring 15 bystanders.',
    'Militants stormed a hotel in Mogadishu on Saturday, killing 11 guests and wounding 20 '
    'others.',
    'An explosion ripped through a bus station in Kabul on Wednesday, killing six people '
    'and wounding 30.',
    'A gunman attacked a school in Peshawar on Thursday, killing two teachers and injuring '
    'five pupils.',
    'Troops fired on protesters in Khartoum on Monday, killing seven people and wounding '
    'dozens.',
    'Fighters ambushed an army convoy near Gao on Sunday, killing ten soldiers and wounding'
    ' four.',
    'A grenade exploded at a bar in Bujumbura on Friday night, killing two people and '
    'injuring 25.',
    'An airstrike hit a village near Idlib on Tuesday, killing eight civilians and wounding'
    ' 14.',
]
TWO = [
    'Gunmen attacked a bus near Jos on Monday, killing five passengers, and police arrested'
    ' two men in Kano.',
    'Rebels shelled Beni on Tuesday, killing three civilians, and troops attacked a rebel '
    'camp near Goma on Wednesday.',
]


def _assaults(text: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.trigger.text for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", ONE, ids=[t[:40] for t in ONE])
def test_killing_and_wounding_tell_one_attack(pipeline, text: str) -> None:
    assert len(_assaults(text)) == 1, _assaults(text)


def test_an_arrest_after_the_attack_stays_apart(pipeline) -> None:
    events = sitrep.process_text(TWO[0], published="2021-03-01").events
    assert sorted(e.plover_type for e in events) == ["ASSAULT", "COERCE"]


def test_another_attack_with_its_own_subject_stays_apart(pipeline) -> None:
    assert len(_assaults(TWO[1])) == 2, _assaults(TWO[1])
