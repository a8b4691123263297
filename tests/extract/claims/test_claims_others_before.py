""""N others" / "N more" with no noun of their own, in a sentence after the one that counted
the people, take the victims of the last claim before ("Twelve soldiers were killed. Five
others were wounded": soldiers). Made-up probes; the neighbours keep their own noun's
category, or "people" (unknown)."""

from __future__ import annotations

import pytest

from sitrep.records import Article

# (text, victims and side of the last claim)
CASES = [
    ("Taliban fighters attacked a checkpoint, killing 12 soldiers. A spokesman said five "
     "others were wounded.", ("military", None)),
    ("Six Nigerian soldiers were killed in the ambush. Nine others were wounded.",
     ("military", "NGA")),
    ("Four journalists were detained on Monday. Police arrested two others on Tuesday.",
     ("journalist", None)),
    ("Three policemen died in the blast on Friday. Eleven others were hurt.", ("police", None)),
    ("Two protesters were shot dead at the rally. Police said 30 others were arrested.",
     ("protester", None)),
    # neighbours
    ("Five soldiers were killed. Two civilians were wounded.", ("civilian", None)),
    ("Five soldiers were killed. Two people were wounded.", ("unknown", None)),
    ("Five soldiers were killed. Two Afghan policemen were wounded.", ("police", "AFG")),
    ("Four rebels were killed in the raid. Seven villagers were hurt.", ("civilian", None)),
    ("Eight soldiers were killed on Monday. Two others were killed on Tuesday.",
     ("military", None)),
]


@pytest.mark.parametrize(("text", "people"), CASES, ids=[c[0][:50] for c in CASES])
def test_others_take_the_people_counted_before(pipeline, text, people):
    claims = [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
    assert len(claims) == 2
    assert (claims[-1].victims, claims[-1].side) == people
