"""The side of militant victims from the armed group the context names (``claims.sides``):
made-up sentences where the victims' noun names no group but the sentence or the article names
one (that is not the killer), and near neighbours where the side must stay unknown (the group
is the agent or the claimant, two groups are named, none is, or the victims are not
militants)."""

from __future__ import annotations

import pytest

from sitrep.records import Article

CASES = [
    ("The army attacked a Boko Haram camp near the lake, killing 30 fighters.", "Boko Haram"),
    ("Twelve insurgents were killed overnight. The Taliban had attacked a police post in the "
     "district.", "Taliban"),
    ("Troops clashed with Al-Shabaab near the town, killing eight militants.", "Al-Shabaab"),
    ("Airstrikes hit positions held by the Houthis, killing dozens of fighters.", "Houthis"),
    ("Security forces raided an ADF hideout and killed six rebels.", "ADF"),
    ("Soldiers repelled an attack by the Islamic State West Africa Province on the base. "
     "Eleven jihadists died in the fighting.", "Islamic State West Africa Province"),
    ("Government troops retook the town from the FDLR. Four rebels were captured.", "FDLR"),
    # neighbours: the side stays unknown
    ("Boko Haram fighters killed nine soldiers.", None),
    ("Al-Shabaab said it killed 12 militants of a rival faction.", None),
    ("The Taliban and ISIS clashed in the east, leaving 14 fighters dead.", None),
    ("Six militants were killed in the raid.", None),
    ("Boko Haram militants killed four vigilantes.", None),
    ("The army said it killed 20 terrorists. ISIS and Al-Qaeda both operate in the region.",
     None),
    ("Police killed three gunmen who had stormed the hotel. Ansar al-Sunna claimed the attack.",
     None),
]


@pytest.mark.parametrize(("text", "side"), CASES, ids=[c[0][:50] for c in CASES])
def test_militant_victims_take_the_side_the_context_names(pipeline, text, side):
    claims = [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
    assert len(claims) == 1
    assert claims[0].side == side
