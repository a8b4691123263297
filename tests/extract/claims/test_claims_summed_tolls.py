"""Made-up probes for session 39 (issue 19 item 1: victims of casualty claims on unseen text),
written before the change, with neighbours that must keep what they had.

A toll of a sentence counts the people the sentence counted before when it is another count
of them: no larger than the earlier figure (already the rule for "the toll", now also "N
deaths", "N fatalities": "Up to 60 villagers may have been killed ..., though police confirmed
only 17 deaths" -> civilian), or exactly the sum of the earlier figures when they are all of
one kind ("killed 18 miners ... two more died, raising the toll to 20" -> civilian). A larger
toll that is no such sum is a wider total and stays unknown.

Each row: (text, toll figure, victims).
"""

from __future__ import annotations

import pytest

from sitrep.records import Article

TOLLS = [
    ("A fire at a factory killed 11 workers and three more died later, bringing the death toll to 14.", 14, "civilian"),
    ("A mine blast killed 18 miners, and two more died in hospital, raising the toll to 20.", 20, "civilian"),
    ("Two policemen died in the attack and a third died in hospital, bringing the toll to three.", 3, "police"),
    ("Six soldiers were killed on Monday and four others died on Tuesday, taking the toll to ten.", 10, "military"),
    ("Nine fishermen drowned and two others died later, bringing the number of dead to 11.", 11, "civilian"),
    ("Rebels said they had killed 50 soldiers, but the army reported only nine deaths.", 9, "military"),
    ("Up to 40 villagers may have been killed in the raid, though police confirmed only 12 deaths.", 12, "civilian"),
    ("Insurgents claimed to have killed 30 police officers, while the ministry confirmed eight fatalities.", 8, "police"),
    # neighbours: a wider total, a sum of several kinds, people of no kind
    ("Three soldiers were killed on Monday, bringing the toll to 40.", 40, "unknown"),
    ("Two soldiers and three civilians were killed, bringing the toll to five.", 5, "unknown"),
    ("A fire at a factory killed 11 workers and three more died later, bringing the death toll to 30.", 30, "unknown"),
    ("Floods killed 12 people and eight more died on Sunday, bringing the toll to 20.", 20, "unknown"),
]


@pytest.mark.parametrize(("text", "figure", "victims"), [
    pytest.param(*row, id=row[0][:60]) for row in TOLLS])
def test_a_toll_counts_the_people_before(pipeline, text, figure, victims):
    claims = [c for c in pipeline.process(Article(text=text)).claims if c.outcome == "killed"]
    found = [c for c in claims if c.low == figure and c.high == figure]
    assert found, [(c.low, c.high, c.victims) for c in claims]
    assert found[-1].victims == victims
