"""Probes of an act whose place is told in its infinitive of purpose ("Police in Kenya fired
live rounds to disperse protesters in Kisumu"): the aim is pursued where the act is done, so
the town it names is the act's most specific place, before the country of the actors' "in"
phrase (``event_places.purpose``). Neighbours: a clause with its own subject, one of another
time ("days after the president returned from Kisumu"), another act's clause and a clause
nested in the purpose keep out their places. Made-up sentences, not from any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
PURPOSE = [
    ("Security forces in Togo fired tear gas on Wednesday to break up a demonstration in Lome.",
     "ASSAULT", "fired", ["Lomé"]),
    ("Police in Kenya fired live rounds to disperse protesters in Kisumu on Tuesday.",
     "ASSAULT", "fired", ["Kisumu"]),
    ("Soldiers in Guinea beat marchers to stop a rally in Kankan.", "ASSAULT", "beat",
     ["Kankan"]),
    ("Police in Pakistan arrested 40 people to prevent a sit-in in Quetta.", "COERCE",
     "arrested", ["Quetta"]),
    ("Riot police in Senegal fired tear gas to scatter students in Ziguinchor.", "ASSAULT",
     "fired", ["Ziguinchor"]),
    ("Security forces in Togo fired tear gas and beat protesters with batons on Wednesday to "
     "break up a demonstration in Lome.", "ASSAULT", "fired", ["Lomé"]),
    ("Gendarmes in Cameroon detained 30 people to stop a march in Garoua.", "COERCE",
     "detained", ["Garoua"]),
    ("Police in Peru sealed off the square to block a protest in Arequipa.", "COERCE", "sealed",
     ["Arequipa"]),
    ("Troops in Niger opened fire to disperse a crowd in Zinder.", "ASSAULT", "opened",
     ["Zinder"]),
    ("Police in Bangladesh fired rubber bullets to clear a blockade in Chittagong.", "ASSAULT",
     "fired", ["Chattogram"]),
    ("Security forces in Iran fired live rounds to quell protests in Zahedan.", "ASSAULT",
     "fired", ["Zahedan"]),
    ("Police in Nigeria arrested 12 activists to foil a rally in Kano.", "COERCE", "arrested",
     ["Kano"]),
    ("Police in Ethiopia fired tear gas to break up a gathering in Gondar.", "ASSAULT", "fired",
     ["Gonder"]),
    # already placed before
    ("Troops in Mali fired on a crowd gathered to protest in Kayes.", "ASSAULT", "fired",
     ["Kayes"]),
    ("Police in Zimbabwe used water cannon to break up a rally in Bulawayo.", "ASSAULT", "used",
     ["Bulawayo"]),
]
# neighbours: another time's clause, another act's clause, a clause with its own subject
NOT_PURPOSE = [
    ("Police in Kenya fired tear gas at protesters on Tuesday, days after the president "
     "returned from Kisumu.", "ASSAULT", "fired", ["Kenya"]),
    ("Gunmen attacked a village in Borno on Monday, and the governor flew to Abuja to brief "
     "the president.", "ASSAULT", "attacked", ["Borno"]),
    ("Police arrested two men in Lagos, who had travelled from Kano to sell the weapons.",
     "COERCE", "arrested", ["Lagos"]),
    ("Police in Uganda fired tear gas at students in Gulu, and the minister went to Kampala to "
     "meet the unions.", "ASSAULT", "fired", ["Gulu"]),
    ("Kenya sent troops to the border in order that traders in Moyale could travel safely.",
     "MOBILIZE", "sent", ["Moyale"]),
    # a clause nested in the purpose is another act's
    ("Police in Kenya fired tear gas to disperse students who said they had marched from "
     "Kisumu.", "ASSAULT", "fired", ["Kenya"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), PURPOSE + NOT_PURPOSE)
def test_a_town_of_the_acts_purpose_places_it(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
