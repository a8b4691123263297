"""Made-up probes (not copied from any data set): a country that a statement calls on, appeals
or turns to ("called on Japan to withdraw", "appealed to Russia", "turned to Russia for
help"), or that an envoy is for ("a special envoy on Myanmar"), is a party, not where anything
happened; it was the place of every act of its sentence (``place_roles.addressed_party``).
Neighbours: a town where the callers are keeps placing the call; force used on a country
("an attack on Ukraine", "air strikes on Yemen"), troops sent to a country, a visit flown to
one and a strike called in one keep their place."""

from __future__ import annotations

import pytest

from samples import event_places

# (text, the country that must not be a place)
PARTIES = [
    ("The foreign ministry called on Japan to withdraw its ships from the disputed waters.",
     "Japan"),
    ("Ukraine's president called on Germany to send more air defence systems.", "Germany"),
    ("The bloc called on Venezuela to free political prisoners.", "Venezuela"),
    ("Rights groups called on Egypt to release the detained journalists.", "Egypt"),
    ("The UN chief called on Israel to open more border crossings.", "Israel"),
    ("He called upon Pakistan to act against the militants.", "Pakistan"),
    ("The minister called on Canada to extradite the suspect.", "Canada"),
    ("The summit called on Turkey and Greece to resume talks.", "Greece"),
    ("The summit called on Turkey and Greece to resume talks.", "Turkey"),
    ("The government appealed to Russia to stop the shelling.", "Russia"),
    ("The opposition complained to France about the delay.", "France"),
    ("The junta expelled French troops and turned to Russia for security assistance.", "Russia"),
    ("The ministers agreed to appoint a special envoy on Myanmar.", "Myanmar"),
    ("The bloc's envoy on Myanmar urged the generals to free detained leaders.", "Myanmar"),
    ("The ministers met in Geneva and called on Iran to allow inspectors.", "Iran"),
    ("Officials in Kabul called on Pakistan to close the camps.", "Pakistan"),
]
# (text, the place that must stay)
KEPT = [
    ("Protesters in Minsk called on the president to resign.", "Minsk"),
    ("The ministers met in Geneva and called on Iran to allow inspectors.", "Geneva"),
    ("Officials in Kabul called on Pakistan to close the camps.", "Kabul"),
    ("Russian forces launched a missile attack on Ukraine overnight.", "Ukraine"),
    ("Warplanes carried out air strikes on Yemen on Sunday.", "Yemen"),
    ("The government sent 200 soldiers to Mali on Tuesday.", "Mali"),
    ("The envoy arrived in Kenya on Monday for talks.", "Kenya"),
    ("Police in Mexico called off the search on Friday.", "Mexico"),
    ("The opposition called a general strike in Argentina for Thursday.", "Argentina"),
    ("The minister flew to Japan for talks with his counterpart.", "Japan"),
]


@pytest.mark.parametrize(("text", "country"), PARTIES, ids=[f"{t[:45]}-{c}" for t, c in PARTIES])
def test_a_country_called_on_is_no_place(pipeline, text, country):
    assert country not in event_places(pipeline, text)


@pytest.mark.parametrize(("text", "place"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_place_of_the_act_stays(pipeline, text, place):
    assert place in event_places(pipeline, text)
