"""Probes of the place stated for the act itself (``place_roles.attached``): where the
trigger (or the verb a noun trigger belongs to) has a location phrase, that place alone places
the act, not every place of its clause. Neighbours: one place, or none in a location phrase of
the trigger (all the clause's places stay)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type, the places the act must have)
CHANGE = [
    ("Smugglers who moved cocaine through Honduras were arrested in Guatemala on Friday.",
     "COERCE", ["Guatemala"]),
    ("Troops based in Kenya attacked militants in Somalia on Monday.", "ASSAULT", ["Somalia"]),
    ("Rebels trained in Sudan attacked a village in Chad on Sunday.", "ASSAULT", ["Chad"]),
    ("Migrants who had crossed Mexico were detained in Texas on Monday.", "COERCE", ["Texas"]),
    ("Fighters who fled Mosul attacked a checkpoint in Kirkuk on Friday.", "ASSAULT",
     ["Kirkuk"]),
    ("Activists who had travelled from Belgium protested in Berlin on Saturday.", "PROTEST",
     ["Berlin"]),
    ("Soldiers who served in Mali were attacked in Niger on Sunday.", "ASSAULT", ["Niger"]),
    ("Gunmen who escaped from Lagos attacked a bank in Ibadan on Monday.", "ASSAULT",
     ["Ibadan"]),
    ("Smugglers who sailed from Libya were arrested in Malta on Tuesday.", "COERCE", ["Malta"]),
    ("Traffickers who shipped drugs to Spain were arrested in Colombia on Friday.", "COERCE",
     ["Colombia"]),
    ("Police in Madrid arrested a suspect in Valencia on Friday.", "COERCE", ["Valencia"]),
    ("Pilots trained in France bombed a convoy in Libya on Sunday.", "ASSAULT", ["Libya"]),
    ("Guards stationed in Jordan detained two men in Iraq on Monday.", "COERCE", ["Iraq"]),
]

KEEP = [
    ("Smugglers were arrested in Guatemala on Friday.", "COERCE", ["Guatemala"]),
    ("Troops attacked militants in Somalia on Monday.", "ASSAULT", ["Somalia"]),
    ("Rebels attacked a village in Chad on Sunday.", "ASSAULT", ["Chad"]),
    ("Migrants were detained in Texas on Monday.", "COERCE", ["Texas"]),
    ("Fighters attacked a checkpoint in Kirkuk on Friday.", "ASSAULT", ["Kirkuk"]),
    ("Activists protested in Berlin on Saturday.", "PROTEST", ["Berlin"]),
    ("Soldiers were attacked in Niger on Sunday.", "ASSAULT", ["Niger"]),
    ("Gunmen attacked a bank in Ibadan on Monday.", "ASSAULT", ["Ibadan"]),
    ("Smugglers were arrested in Malta on Tuesday.", "COERCE", ["Malta"]),
    ("Traffickers were arrested in Colombia on Friday.", "COERCE", ["Colombia"]),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[p.name for p in e.places] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "places"), CHANGE + KEEP)
def test_the_place_of_the_acts_own_location_phrase(pipeline, text, kind, places):
    found = _places(pipeline, text, kind)
    assert found and found[-1] == places, found
