"""Probes of protests and strikes said to span the nation ("a national strike", "a nationwide
protest", "a general strike"): where nothing in the act's own words places them, they happened
across the story's country (the dateline's, else the story's, else the actors'), not at the
dateline's town, also when only called or threatened (``borrowed.nationwide``). Neighbours: a
town stated for the strike, a strike not said to span the nation, and "national" on another
noun keep their place. Made-up sentences, not from any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, trigger, the places of the protest)
NATIONWIDE = [
    ("HARARE, May 3 - The teachers' union said it would call a national strike next week if "
     "salaries were not paid.", "strike", ["Zimbabwe"]),
    ("LIMA, Oct 2 - Transport unions called an indefinite national transport strike from "
     "Monday.", "strike", ["Peru"]),
    ("NAIROBI, June 3 - The opposition coalition called a general strike for Thursday.",
     "strike", ["Kenya"]),
    ("ACCRA, June 3 - Organisers called for nationwide protests on Friday.", "protests",
     ["Ghana"]),
    ("LA PAZ, June 3 - Miners began a nationwide strike on Monday, blocking roads.", "strike",
     ["Bolivia"]),
    ("DHAKA, March 4 - Garment workers last staged a national strike in 2019.", "strike",
     ["Bangladesh"]),
    ("ROME, March 4 - Rail workers held a national strike on Friday, halting trains.", "strike",
     ["Italy"]),
    ("ABUJA, March 4 - The Nigeria Labour Congress said it would begin a general strike on "
     "Monday.", "strike", ["Nigeria"]),
    ("Colombian truckers said on Sunday they would start a nationwide strike.\nThe government "
     "called the strike illegal.", "strike", ["Colombia"]),
    ("BOGOTA, March 4 - Students said they would hold a nationwide protest next week if the "
     "reform passed.", "protest", ["Colombia"]),
    ("MANILA, March 4 - Jeepney drivers will hold a nationwide strike on Monday against the "
     "phase-out.", "strike", ["Philippines"]),
    ("Kenyan doctors began a nationwide strike on Monday over unpaid wages.", "strike",
     ["Kenya"]),
]
# neighbours: a town stated for the strike, a strike of no stated reach, "national" on another
# noun
NOT_NATIONWIDE = [
    ("NAIROBI, June 3 - Transport workers began a general strike in Mombasa on Monday.",
     "strike", ["Mombasa"]),
    ("HARARE, May 3 - The teachers' union said it would call a strike next week if salaries "
     "were not paid.", "strike", []),
    ("ACCRA, June 3 - Students staged a protest outside the national assembly on Friday.",
     "protest", ["Accra"]),
    ("LIMA, Oct 2 - Drivers of the national bus company went on strike on Monday.", "strike",
     ["Lima"]),
    ("ACCRA, June 3 - Hundreds of traders protested in Kumasi on Friday against the national "
     "tax.", "protested", ["Kumasi"]),
]


@pytest.mark.parametrize(("text", "trigger", "places"), NATIONWIDE + NOT_NATIONWIDE)
def test_a_protest_across_the_nation_is_placed_in_its_country(pipeline, text, trigger, places):
    assert trigger_places(pipeline, text, "PROTEST", trigger) == places
