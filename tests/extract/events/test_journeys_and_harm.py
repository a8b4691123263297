"""Journeys of officials are visits (events/senses/life/trips.py: CONSULT/visit, future when
announced), a body driven against a surface is a beating and a thing blown up a destruction
(events/senses/public/harm.py), and forces offered to help a party are an intent to cooperate
(events/senses/pledges.py: AGREE, not THREATEN). Near neighbours (tourists, migrants and troops
arriving, rebukes, an enlarged photo, forces threatened or announced) keep their reading.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep


def events_of(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(type, mode, flags) of the events of ``text`` told after a lead sentence that gives none,
    in an article published on 2021-03-01."""
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [(e.plover_type, e.plover_mode, tuple(e.modes)) for e in events]


# (text, the (type, mode) it must have, a flag it must have or None, a type it must not have)
CHANGED = [
    ("The prime minister will travel to Tokyo next week.", ("CONSULT", "visit"), "future",
     None),
    ("The defence secretary is expected to arrive in Warsaw on Thursday.",
     ("CONSULT", "visit"), "future", None),
    ("The senator plans to travel to Taipei in April.", ("CONSULT", "visit"), "future", None),
    ("President Macron arrived in Algiers on Tuesday.", ("CONSULT", "visit"), None, None),
    ("Ali Hassan, Egypt's foreign minister, traveled to Khartoum on Monday.",
     ("CONSULT", "visit"), None, None),
    ("A Japanese delegation arrived in Hanoi on Wednesday.", ("CONSULT", "visit"), None, None),
    ("Senior US officials will travel to Riyadh next week.", ("CONSULT", "visit"), "future",
     None),
    ("The foreign minister is travelling to Baku.", ("CONSULT", "visit"), "future", None),
    ("Rebels blew up the gas pipeline near the border on Sunday.", ("ASSAULT", "destroy"),
     None, None),
    ("The railway bridge was blown up on Saturday night.", ("ASSAULT", "destroy"), None, None),
    ("The guard slammed the prisoner's head against the wall.", ("ASSAULT", "beat"), None,
     "ACCUSE"),
    ("An officer slammed the teenager to the ground on Monday.", ("ASSAULT", "beat"), None,
     "ACCUSE"),
    ("The men threw the driver to the ground on Friday.", ("ASSAULT", "beat"), None, None),
    ("The attackers smashed her face into the table.", ("ASSAULT", "beat"), None, None),
    ("Turkey offered to send troops to help Azerbaijan on Monday.", ("AGREE", None), None,
     "THREATEN"),
    ("Russia offered to send peacekeepers to Armenia on Monday.", ("AGREE", None), None,
     "THREATEN"),
    ("France promised to send warships to protect the convoy on Monday.", ("AGREE", None),
     None, "THREATEN"),
]
# (text, a type it must keep or None, a type it must not have)
KEPT = [
    ("Thousands of tourists travel to Bali every year.", None, "CONSULT"),
    ("The family arrived in Germany in 2015.", None, "CONSULT"),
    ("Migrants arrived in Lampedusa on Sunday.", None, "CONSULT"),
    ("Authorities arrived in Rosario late on Friday.", None, "CONSULT"),
    ("Officials arrived in the town on Monday to inspect the damage.", None, "CONSULT"),
    ("The suspect traveled to Texas, where he bought a rifle.", None, "CONSULT"),
    ("The minister slammed the court's decision on Monday.", "ACCUSE", "ASSAULT"),
    ("The opposition slammed the president on Tuesday.", "ACCUSE", "ASSAULT"),
    ("He blew up the photo on his computer.", None, "ASSAULT"),
    ("Protesters knocked on the doors of the ministry on Monday.", None, "ASSAULT"),
    ("The president threw his support behind the plan on Monday.", None, "ASSAULT"),
    ("Russia threatened to send troops to the border on Monday.", "THREATEN", "AGREE"),
    ("Russia will send troops to the border on Monday.", "MOBILIZE", "THREATEN"),
    ("The minister visited Kyiv on Tuesday.", "CONSULT", None),
]


@pytest.mark.parametrize(("text", "wanted", "flag", "not_type"), CHANGED)
def test_journeys_blows_and_offers_take_their_type(pipeline, text: str,
                                                   wanted: tuple[str, str | None],
                                                   flag: str | None,
                                                   not_type: str | None) -> None:
    found = events_of(text)
    hits = [f for f in found if (f[0], f[1]) == wanted]
    assert hits
    if flag is not None:
        assert any(flag in f[2] for f in hits)
    assert not_type not in [t for t, _, _ in found]


@pytest.mark.parametrize(("text", "kept", "absent"), KEPT)
def test_private_journeys_rebukes_and_threats_keep_their_reading(
        pipeline, text: str, kept: str | None, absent: str | None) -> None:
    found = [t for t, _, _ in events_of(text)]
    if kept is not None:
        assert kept in found
    assert absent not in found
