"""An act of anyone at all, told in a relative clause on "anyone", is no happening: "anyone who
attacked a police station would be dealt with" (eventhood/present.py, ``any_occasion``; no
identifiable actor, a generic mention). Acts named as a case that may arise ("any attack would
be met with force": hypothetical, ``unreal_probes``), acts done to anyone ("police will arrest
anyone who blocks the road"), requests to anyone and warnings stay. Session 43, issue 15
(event precision). Sentences made up for these tests."""

from __future__ import annotations

import pytest

ANY = [
    ("The governor warned that anyone who attacked a polling station would be prosecuted.",
     "attacked"),
    ("Posters in the market warned that anyone who supported the rival faction would be "
     "punished.", "supported"),
    ("The mayor said anybody who looted a shop would be arrested.", "looted"),
]
KEPT = [
    ("Police asked anyone with information about the shooting to call the tip line.", "asked",
     "REQUEST"),
    ("Gunmen attacked a polling station in the district on Sunday.", "attacked", "ASSAULT"),
    ("Police have not made any arrests in the case.", "arrests", "COERCE"),
    ("Leaflets warned that anyone who helped the army would be killed.", "warned", "THREATEN"),
    ("Police will arrest anyone who blocks the road into the city.", "arrest", "COERCE"),
    ("Troops are on alert for any attack from across the border.", "attack", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word"), ANY)
def test_an_act_of_anyone_at_all_is_no_happening(events_of, text: str, word: str) -> None:
    assert not [e for e in events_of(text) if e.trigger.text.lower().startswith(word)
                and e.plover_type not in {"THREATEN", "REQUEST"}]


@pytest.mark.parametrize(("text", "word", "plover"), KEPT)
def test_requests_warnings_cases_and_acts_on_anyone_stay(events_of, text: str, word: str,
                                                         plover: str) -> None:
    assert plover in {e.plover_type for e in events_of(text)
                      if e.trigger.text.lower().startswith(word)}
