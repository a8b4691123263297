"""An act told of anyone or of any occasion is no happening: "anyone who attacked a police
station", "would shoot anyone who came to the door", "a free hand to answer any attack", "any
attempt to shoot down aircraft" (eventhood/present.py, ``any_occasion``). Requests to anyone,
warnings that anyone would be harmed, and acts counted as none stay. Session 43, issue 15
(event precision). Sentences made up for these tests."""

from __future__ import annotations

import pytest

ANY = [
    ("The governor warned that anyone who attacked a polling station would be prosecuted.",
     "attacked"),
    ("He barricaded himself in the barn and shouted that he would shoot anyone who came near.",
     "shoot"),
    ("The defence minister said troops had orders to answer any attack on the border posts.",
     "attack"),
    ("Moscow warned that any attempt to shoot down its drones would be treated as an act of war.",
     "shoot"),
    ("The opposition leader rejected any mediation that excluded the exiled parties.",
     "mediation"),
    ("Two member states are expected to block any sanctions against the government.",
     "sanctions"),
    ("Posters in the market warned that anyone who supported the rival faction would be "
     "punished.", "supported"),
]
KEPT = [
    ("Police asked anyone with information about the shooting to call the tip line.", "asked",
     "REQUEST"),
    ("Gunmen attacked a polling station in the district on Sunday.", "attacked", "ASSAULT"),
    ("Police have not made any arrests in the case.", "arrests", "COERCE"),
    ("Leaflets warned that anyone who helped the army would be killed.", "warned", "THREATEN"),
]


@pytest.mark.parametrize(("text", "word"), ANY)
def test_an_act_of_anyone_or_any_occasion_is_no_happening(events_of, text: str,
                                                           word: str) -> None:
    assert not [e for e in events_of(text) if e.trigger.text.lower().startswith(word)
                and e.plover_type not in {"THREATEN", "REQUEST"}]


@pytest.mark.parametrize(("text", "word", "plover"), KEPT)
def test_requests_warnings_and_counted_acts_stay(events_of, text: str, word: str,
                                                 plover: str) -> None:
    assert plover in {e.plover_type for e in events_of(text)
                      if e.trigger.text.lower().startswith(word)}
