"""Made-up probes of talks held at a distance between parties of two countries ("spoke by phone
with", "telephoned", "talked by video link": ``borrowed.at_a_distance``): each spoke from his
own country, so the talk has no one place, neither the dateline's town nor a place of its
sentence (the speaker's office). Neighbours: a negotiator's phone talk with a local gunman,
which happens at the standoff under the dateline, and talks held face to face."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
REMOTE = [
    ("ACCRA, Ghana — Ghana's president spoke by phone with Togo's president on Monday about "
     "the border closure.", "CONSULT", "spoke", []),
    ("NAIROBI, Kenya — Kenya's foreign minister spoke by telephone with his Ugandan "
     "counterpart on Friday, the ministry said.", "CONSULT", "spoke", []),
    ("Peru's president spoke by phone with Bolivia's president on Sunday, his office in Lima "
     "said.", "CONSULT", "spoke", []),
]
NEIGHBOURS = [
    ("BILLINGS, Mont. — A crisis negotiator spoke with the man by phone for several hours "
     "before he surrendered.", "CONSULT", "spoke", ["Billings"]),
    ("Ghana's president met Togo's president in Lomé on Monday to discuss the border "
     "closure.", "CONSULT", "met", ["Lomé"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), REMOTE + NEIGHBOURS)
def test_talks_at_a_distance_have_no_place(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
