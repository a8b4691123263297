""""a 19-year-old" standing for a person with no noun after it, as local news writes it: one
person when a verb that befalls people takes it ("A 19-year-old was stabbed", "Police arrested
a 23-year-old"); nothing when the verb does not ("A 12-year-old won the spelling bee").
Made-up probes."""

from __future__ import annotations

import pytest

from samples import claim_figure
from sitrep.records import Article

CASES = [
    ("A 19-year-old was stabbed outside a nightclub.", [("injured", 1, 1, None)]),
    ("A 19-year-old was shot outside a nightclub.", [("injured", 1, 1, None)]),
    ("Police arrested a 23-year-old on Monday.", [("arrested", 1, 1, None)]),
    ("A 30-year-old died in the crash.", [("killed", 1, 1, None)]),
    ("Gunmen kidnapped a 14-year-old from her school.", [("abducted", 1, 1, None)]),
    ("A 52-year-old was killed when a shell hit his house.", [("killed", 1, 1, None)]),
    # neighbours
    ("A 12-year-old won the spelling bee.", []),
    ("The 45-year-old was elected mayor.", []),
    ("Police questioned a 16-year-old.", []),
    ("A 70-year-old opened the new library.", []),
]


@pytest.mark.parametrize(("text", "figures"), CASES, ids=[c[0][:50] for c in CASES])
def test_age_standing_for_a_person(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
