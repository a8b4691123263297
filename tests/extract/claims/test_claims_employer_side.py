"""The staff of a news organisation or a company have no side of their own ("four Reuters
journalists": side unknown), while people of an armed group or a country keep theirs. Made-up
probes."""

from __future__ import annotations

import pytest

from sitrep.records import Article

# (text, victims, side)
CASES = [
    ("Four Reuters journalists were detained at the airport.", "journalist", None),
    ("Two AFP photographers were injured.", "journalist", None),
    ("Three BBC journalists were detained in Minsk.", "journalist", None),
    ("Two Al Jazeera reporters were arrested.", "journalist", None),
    ("Five Associated Press reporters were detained by police.", "journalist", None),
    # neighbours: a side of their own
    ("Two US soldiers were wounded.", "military", "USA"),
    ("Five Hamas fighters were killed.", "militant", "Hamas"),
    ("Three Syrian journalists were killed in the shelling.", "journalist", "SYR"),
    ("Two Taliban fighters were captured.", "militant", "Taliban"),
    ("Four Ukrainian reporters were wounded.", "journalist", "UKR"),
]


@pytest.mark.parametrize(("text", "victims", "side"), CASES, ids=[c[0][:50] for c in CASES])
def test_employer_is_no_side(pipeline, text, victims, side):
    claims = [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
    assert len(claims) == 1
    assert (claims[0].victims, claims[0].side) == (victims, side)
