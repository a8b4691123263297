"""People named by a common noun and the country they are in ("thousands of people in Germany",
"crowds in Belgrade", "two men in Cairo") are people of that country, not its government
(issue 15 item 6, sector from the wrong source): the country a group is in or comes from
gives only its country; the sector GOV goes only to a phrase that names the state itself
("Germany", "Kabul"). Read with the real model on made-up sentences. Neighbours: countries and
capitals acting, bodies in a place ("police in Kabul", "officials in Baghdad") and people
nouns with a sector of their own ("residents", "students", "workers")."""

from __future__ import annotations

import pytest

# (text, trigger, the participant's text, its country); the participant is an actor or a
# recipient of the event and is not coded GOV
CHANGED = [
    (
        "Thousands of people in Germany demonstrated against the government.",
        "demonstrated",
        "people",
        "DEU",
    ),
    (
        "Hundreds of people in Caracas protested against the president.",
        "protested",
        "people",
        "VEN",
    ),
    ("People in Kenya rallied against the new tax.", "rallied", "People", "KEN"),
    ("Dozens of people in Ukraine criticized the decision.", "criticized", "people", "UKR"),
    ("Crowds in Belgrade protested the election results.", "protested", "Crowds", "SRB"),
    ("Two men in Cairo were arrested on Friday.", "arrested", "men", "EGY"),
    ("Hundreds of people in Lima marched against corruption.", "marched", "people", "PER"),
    ("Three women in Kabul were detained by the Taliban.", "detained", "women", "AFG"),
    (
        "Thousands of people in Spain rallied against the austerity plan.",
        "rallied",
        "people",
        "ESP",
    ),
    ("A crowd in Nairobi protested against the police.", "protested", "crowd", "KEN"),
    ("Several men from Sudan were arrested at the border.", "arrested", "men", "SDN"),
    ("Dozens of people in Beirut protested against the banks.", "protested", "people", "LBN"),
]

# (text, trigger, the participant's text, its country, its sector)
KEPT = [
    ("Germany condemned the attack on the embassy.", "condemned", "Germany", "DEU", "GOV"),
    ("Police in Kabul arrested two men.", "arrested", "Police", "AFG", "COP"),
    (
        "Thousands of residents in Lagos marched against police brutality.",
        "marched",
        "residents",
        "NGA",
        "CVL",
    ),
    (
        "Thousands of students in Tehran protested the arrests.",
        "protested",
        "students",
        "IRN",
        "CVL",
    ),
    ("Thousands of workers in France went on strike.", "strike", "workers", "FRA", "LAB"),
    ("Washington accused Moscow of meddling in the vote.", "accused", "Moscow", "RUS", "GOV"),
]


def _participants(events, trigger: str):
    found = [e for e in events if trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r}"
    return [*found[0].actors, *found[0].recipients]


@pytest.mark.parametrize(("text", "trigger", "word", "country"), CHANGED)
def test_people_in_a_country_are_not_its_government(events_of, text, trigger, word, country):
    coded = [(a.text, a.country, a.sector) for a in _participants(events_of(text), trigger)]
    assert any(word in t and c == country and s != "GOV" for t, c, s in coded), coded


@pytest.mark.parametrize(("text", "trigger", "word", "country", "sector"), KEPT)
def test_states_and_bodies_keep_their_sector(events_of, text, trigger, word, country, sector):
    coded = [(a.text, a.country, a.sector) for a in _participants(events_of(text), trigger)]
    assert any(word in t and c == country and s == sector for t, c, s in coded), coded
