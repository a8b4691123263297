"""Made-up probes (not copied from any data set): a capital that a visit goes to ("visited
Tehran", "a visit to Prague", "travelled to Nairobi") is read as the government visited (an
actor of kind place-as-government) and so was never the visit's place, leaving the visit with
no place at all. It is where the visit happened too (``place_roles.visited``). Neighbours: a
capital that is only a recipient of a message, a call or a demand stays no place of it; a
visit with a locative place ("arrived in Beijing") keeps it; a country visited keeps it."""

from __future__ import annotations

import pytest

from samples import event_places

# (text, the place the visit must have)
VISITS = [
    ("The foreign minister visited Tehran on Monday.", "Tehran"),
    ("Peres made an official visit to Prague on Monday.", "Prague"),
    ("The minister travelled to Nairobi on Tuesday for talks with Kenyan officials.", "Nairobi"),
    ("The prime minister paid a state visit to Hanoi last week.", "Hanoi"),
    ("The defence secretary visited Kabul on Thursday.", "Kabul"),
    ("The envoy made a two-day visit to Ankara this week.", "Ankara"),
    ("The president visited Baghdad on Saturday.", "Baghdad"),
    ("The delegation's visit to Riyadh ended on Sunday.", "Riyadh"),
    ("Officials from Seoul visited Beijing on Wednesday.", "Beijing"),
    ("The secretary of state paid a surprise visit to Kyiv on Monday.", "Kyiv"),
    ("The chancellor flew to Warsaw on Friday for a one-day visit.", "Warsaw"),
    ("The king visited Amman on Tuesday.", "Amman"),
    ("The trade minister made a visit to Canberra in March.", "Canberra"),
]
KEPT = [
    ("Merkel arrived in Beijing on Sunday for a three-day visit.", "Beijing"),
    ("The envoy visited Kenya on Monday.", "Kenya"),
    ("The minister held talks with officials in Brussels on Monday.", "Brussels"),
]
# a capital that is only the recipient of words, not a place anyone went to
NOT_PLACES = [
    ("Washington urged Tehran to release the sailors on Monday.", "Tehran"),
    ("Moscow accused Kyiv of shelling civilians on Sunday.", "Kyiv"),
    ("Beijing warned Taipei against holding the vote.", "Taipei"),
]



@pytest.mark.parametrize(("text", "place"), VISITS, ids=[t[:50] for t, _ in VISITS])
def test_a_capital_visited_places_the_visit(pipeline, text, place):
    assert place in event_places(pipeline, text, ("CONSULT",))


@pytest.mark.parametrize(("text", "place"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_visits_stated_place_stays(pipeline, text, place):
    assert place in event_places(pipeline, text, ("CONSULT",))


@pytest.mark.parametrize(("text", "capital"), NOT_PLACES, ids=[t[:50] for t, _ in NOT_PLACES])
def test_a_capital_spoken_to_is_no_place(pipeline, text, capital):
    assert capital not in event_places(pipeline, text)
