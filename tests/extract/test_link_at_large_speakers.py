"""Probes of where a demand, threat or refusal of people at large was made (``nations.at_large``):
kidnappers, gangs and other criminals speak from wherever they hide, not from the dateline's
town nor the story's town, so their statement takes no place unless its own words give one.
Neighbours: the same demands where the sentence places them, local speakers (police,
relatives) who keep the dateline, and acts that are no statements (the abduction itself)."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
AT_LARGE = [
    ("KANO, Nigeria (AP) -- Gunmen seized nine traders on a highway on Monday. The kidnappers "
     "have demanded 20 million naira for their release, a relative said.", "REQUEST",
     "demanded", []),
    ("PORT-AU-PRINCE, Haiti (AP) -- Armed men abducted three nurses on Tuesday. The gang "
     "demanded a ransom of $300,000 per person, police said.", "REQUEST", "demanded", []),
    ("Gunmen abducted four pupils from a school in Kaduna on Friday. The abductors demanded "
     "a ransom for the children, the school's head teacher said.", "REQUEST", "demanded",
     []),
]
NEIGHBOURS = [
    ("KANO, Nigeria (AP) -- Gunmen seized nine traders on a highway on Monday. Police "
     "appealed for calm.", "REQUEST", "appealed", ["Kano"]),
    ("KANO, Nigeria (AP) -- Gunmen seized nine traders on a highway on Monday. Relatives of "
     "the traders accused the police of doing nothing.", "ACCUSE", "accused", ["Kano"]),
    ("PORT-AU-PRINCE, Haiti (AP) -- Armed men abducted three nurses in Kenscoff on Tuesday. "
     "The gang demanded a ransom, police said.", "ASSAULT", "abducted", ["Kenscoff"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), AT_LARGE + NEIGHBOURS)
def test_people_at_large_speak_nowhere_known(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
