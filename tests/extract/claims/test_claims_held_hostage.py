"""Made-up probes for session 39 (issue 19 item 1: victims of casualty claims on unseen text),
written before the change, with neighbours that must keep what they had.

"took 14 passengers hostage": the parser often makes the people a compound of the outcome
noun ("passengers hostage"), so no noun is counted; the people before the outcome noun name
the victims' kind (civilian here), and "people" stays unknown.

Each row: (text, low or None for a vague figure, victims).
"""

from __future__ import annotations

import pytest

from sitrep.records import Article

HELD = [
    ("Kidnappers took 22 pupils hostage at a school in Katsina.", 22, "civilian"),
    ("Gunmen took 16 pilgrims hostage in the town.", 16, "civilian"),
    ("Gunmen took 16 miners hostage in the town.", 16, "civilian"),
    ("The attackers took scores of worshippers hostage.", None, "civilian"),
    ("Gunmen took dozens of guests hostage at the hotel.", None, "civilian"),
    ("Kidnappers took dozens of pilgrims hostage near the border.", None, "civilian"),
    ("Kidnappers took dozens of tourists hostage near the border.", None, "civilian"),
    ("Kidnappers took dozens of fishermen hostage near the border.", None, "civilian"),
    ("Kidnappers took dozens of shoppers hostage near the border.", None, "civilian"),
    ("Kidnappers took dozens of villagers hostage near the border.", None, "civilian"),
    ("Kidnappers took dozens of monks hostage near the border.", None, "civilian"),
    ("Kidnappers took dozens of miners hostage near the border.", None, "civilian"),
    # neighbours: the people are counted already, or are "people"
    ("Gunmen took 30 passengers hostage on a train near Quetta.", 30, "civilian"),
    ("Bandits took 18 travellers hostage on the highway.", 18, "civilian"),
    ("Gunmen took several journalists hostage at the station.", None, "journalist"),
    ("Rebels took hundreds of villagers hostage during the raid.", None, "civilian"),
    ("Gunmen took 12 people hostage in a bank.", 12, "unknown"),
]


@pytest.mark.parametrize(("text", "low", "victims"), [
    pytest.param(*row, id=row[0][:60]) for row in HELD])
def test_people_held_hostage_are_of_their_kind(pipeline, text, low, victims):
    found = [c for c in pipeline.process(Article(text=text)).claims if c.outcome == "abducted"]
    assert len(found) == 1, [(c.outcome, c.low, c.high, c.vague) for c in found]
    assert found[0].low == low
    assert found[0].victims == victims
