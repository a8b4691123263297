"""The victim category of people named by a rank or role that police, armies and armed groups
all have ("commanders", "reservists", "cadets", "officers"): their group decides it, and
people of a military kind whose side is a non-state armed group are militants (the
guidelines: fighters of a non-state group). Made-up probes; the last ones are near neighbours
whose category must not move (an army's or an intergovernmental force's people)."""

from __future__ import annotations

import pytest

from sitrep.records import Article

# (text, victims, side)
CASES = [
    ("Two Hamas commanders were killed.", "militant", "Hamas"),
    ("Three Hezbollah officers were wounded.", "militant", "Hezbollah"),
    ("Five Houthi soldiers died.", "militant", "Houthi"),
    ("Two Taliban commanders were arrested.", "militant", "Taliban"),
    ("Three ISIS officers were captured.", "militant", "ISIS"),
    ("Two Kenyan police reservists were shot dead.", "police", "KEN"),
    ("A police commander was shot dead.", "police", None),
    ("Two police cadets were injured.", "police", None),
    ("A police sergeant was wounded.", "police", None),
    ("Four members of the national guard were wounded.", "military", None),
    ("Six militia volunteers were killed.", "militant", None),
    # neighbours
    ("Two AMISOM soldiers were killed.", "military", "AMISOM"),
    ("Five Afghan soldiers were killed.", "military", "AFG"),
    ("Two rebel commanders were captured.", "militant", None),
    ("Three army captains were arrested.", "military", None),
    ("Four aid volunteers were abducted.", "aid_worker", None),
    ("A village chief was kidnapped.", "civilian", None),
]


@pytest.mark.parametrize(("text", "victims", "side"), CASES, ids=[c[0][:50] for c in CASES])
def test_rank_takes_the_category_of_its_group(pipeline, text, victims, side):
    claims = [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
    assert len(claims) == 1
    assert (claims[0].victims, claims[0].side) == (victims, side)
