"""Probes of the one put into a state of custody by a verb of placing (``participants.sufferer``
with ``PLACING_PREPS``): "X was taken into custody", "X was held in detention" name X as the
recipient of the detention, as "X was placed under arrest" does; "by Y" is its actor.
Neighbours: the active forms ("police took him into custody"), "placed under arrest", a plain
arrest, and a verb of sending into a fight ("troops were sent into battle": no recipient)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, actors, recipients) of the COERCE event
CHANGE = [
    ("The suspect was taken into custody by police on Friday.", ["police"], ["suspect"]),
    ("Two protesters were taken into custody in Minsk on Sunday.", [], ["protesters"]),
    ("The opposition leader was placed into detention on Monday.", [], ["opposition leader"]),
    ("The activist was kept in detention without charge.", [], ["activist"]),
    ("Three students were taken into custody after the protest.", [], ["students"]),
    ("A priest was held in detention for a week.", [], ["priest"]),
    ("Two reporters were taken into detention at the border.", [], ["reporters"]),
    ("The governor's aide was placed into custody on Monday.", [], ["governor's aide"]),
    ("Six miners were taken into custody by soldiers.", ["soldiers"], ["miners"]),
    ("Four fishermen were taken into custody off the coast.", [], ["fishermen"]),
]

KEEP = [
    ("Officers took the driver into custody after the chase.", ["Officers"], ["driver"]),
    ("Police took three teenagers into custody on Sunday.", ["Police"], ["teenagers"]),
    ("Soldiers took a farmer into custody at a checkpoint.", ["Soldiers"], ["farmer"]),
    ("Security forces put the journalists into detention overnight.", ["Security forces"],
     ["journalists"]),
    ("The gunman was placed under arrest by officers.", ["officers"], ["gunman"]),
    ("Police arrested the suspect on Friday.", ["Police"], ["suspect"]),
]


def _roles(pipeline, text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [([a.text for a in e.actors], [r.text for r in e.recipients])
            for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "actors", "recipients"), CHANGE + KEEP)
def test_the_one_taken_into_custody_is_the_recipient(pipeline, text, actors, recipients):
    assert _roles(pipeline, text, "COERCE") == [(actors, recipients)]


def test_troops_sent_into_battle_are_not_its_recipients(pipeline):
    found = _roles(pipeline, "Troops were sent into battle near Bakhmut.", "ASSAULT")
    assert found and all("Troops" not in recipients for _, recipients in found)
