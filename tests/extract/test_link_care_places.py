"""Made-up probes (not copied from any data set): where the wounded were taken and the buildings
an act happened in.

- The hospital a casualty was carried to, and its town, are where the wounded were treated, not
  where they were hurt: "shot on Elm Street in Macon and taken to a hospital in Atlanta" is
  Macon's; under a dateline, a street of no town's name is in the dateline's town, not in the
  hospital's ("RALEIGH -- shot on Elm Street and taken to a hospital in Durham").
- A building named after a region or country the story's town lies outside ("the Normandy
  Village Apartments", "the Bavaria Inn" in a Wisconsin or Ohio story) lies in the story's town.

Neighbours that must not change: a shooting at a hospital ("shot outside Mercy Hospital in
Dover"), the carrying itself ("was airlifted to a hospital in Dallas": the airlift's place), a
story placed in a town with no hospital named, a building named after the region the story's
town lies in, a building named after a micro-state.
"""

from __future__ import annotations

import datetime as dt

import pytest

from samples import event_places
from sitrep.records import Article

# (text, where the violence is placed, the place that must not place it)
MOVED = [
    ("RALEIGH, N.C. -- A man was shot on Elm Street and taken to Duke University Hospital in "
     "Durham.", "Raleigh", "Durham"),
    ("A man was shot on Elm Street in Macon and taken to Grady Memorial Hospital in Atlanta, "
     "police said.", "Macon", "Atlanta"),
    ("FLINT, Mich. -- Police said the boy was shot at a party and transported to Hurley Medical "
     "Center in Detroit.", "Flint", "Detroit"),
    ("YUMA, Ariz. -- A woman was shot in the arm on Pine Street and rushed to a trauma center in "
     "Phoenix.", "Yuma", "Phoenix"),
    ("A teenager was stabbed on Oak Avenue in Camden and flown to a hospital in Philadelphia.",
     "Camden", "Philadelphia"),
    ("WAUKESHA -- Police were at the scene of a shooting at the Brittany Court Apartments on "
     "Monday night.", "Waukesha", "Bretagne"),
    ("WAUKESHA -- Police were at the scene of a shooting at the Normandy Village Apartments on "
     "Monday night.", "Waukesha", "Normandie"),
    ("DAYTON, Ohio -- A man was shot outside the Bavaria Inn on Friday night, police said.",
     "Dayton", "Bayern"),
    ("A man was shot at the Andalusia Apartments in Phoenix on Saturday.", "Phoenix",
     "Andalusia"),
    ("AKRON, Ohio -- A man was wounded at the Dublin Pub on Tuesday, police said.", "Akron",
     "Dublin"),
]
KEPT = [
    ("A man was shot outside Mercy Hospital in Dover on Sunday, police said.", "Dover"),
    ("A man was shot in Camden and later died at a hospital, police said.", "Camden"),
    ("Police said the victim drove himself to a hospital in Fresno after he was shot in Clovis.",
     "Clovis"),
    ("A man was shot on Elm Street and taken to a hospital, police in Macon said.", "Macon"),
    ("A man was shot at the Texas Star Apartments in Houston on Sunday.", "Houston"),
    ("The wounded soldiers were taken to a base in Kandahar after the attack in Helmand.",
     "Helmand"),
    ("A suicide bomber drove a car into a hospital in Quetta and blew himself up, killing 12 "
     "people.", "Quetta"),
    ("Gunmen stormed a hospital in Kunduz on Tuesday.", "Kunduz"),
]


def _process(pipeline, text: str):
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return pipeline.process(article)


@pytest.mark.parametrize(("text", "town", "other"), MOVED, ids=[t[:50] for t, _, _ in MOVED])
def test_the_act_is_placed_where_it_happened_not_where_the_wounded_went(pipeline, text, town,
                                                                        other):
    towns = event_places(pipeline, text, ("ASSAULT",))
    assert town in towns
    assert not any(other in t for t in towns)


@pytest.mark.parametrize(("text", "town"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_stated_place_of_the_act_stays(pipeline, text, town):
    assert town in event_places(pipeline, text, ("ASSAULT",))


def test_the_carrying_itself_is_placed_at_its_destination(pipeline):
    text = ("The injured teen drove to Baylor Medical Center in Waco, and Smith was later "
            "airlifted to Parkland Hospital in Dallas where he died, police said.")
    events = [e for e in _process(pipeline, text).events if e.trigger.text == "airlifted"]
    assert all("Dallas" in {p.name for p in e.places} for e in events)


def test_a_building_named_after_a_micro_state_lies_in_it(pipeline):
    text = "Pope Francis prayed in the Vatican Gardens on Sunday."
    assert any(p.country == "VAT" for p in _process(pipeline, text).places)
