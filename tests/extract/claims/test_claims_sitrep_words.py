"""Two wordings of police blotters and humanitarian reports (session 25): people "booked into"
a jail are arrested; households count people displaced, and people who "sought / took
refuge" are displaced. Made-up probes with near neighbours that must give no claim."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

R, D = "arrested", "displaced"

CLASSES = {
    "booked into jail": [
        ("Two men were booked into jail on Friday.", [(R, 2, 2, None)]),
        ("Three teenagers were booked into the county jail overnight.", [(R, 3, 3, None)]),
        ("Five protesters were booked into the city jail after the march.",
         [(R, 5, 5, None)]),
        ("Four suspects were booked into the detention center on Sunday.",
         [(R, 4, 4, None)]),
        ("Eleven people were booked into the county jail on drug charges.",
         [(R, 11, 11, None)]),
        ("Two women were booked into prison in the capital.", [(R, 2, 2, None)]),
        # neighbours
        ("The band was booked into a hotel for two nights.", []),
        ("She booked a table at the prison museum cafe.", []),
        ("Twelve guests were booked into the new hotel.", []),
        ("The team booked 40 rooms for the fans.", []),
    ],
    "households and refuge": [
        ("Over 25,000 households were displaced by flooding in the delta.",
         [(D, 25000, None, None)]),
        ("Some 3,200 households have been displaced since March.", [(D, 3200, 3200, None)]),
        ("Nearly 700 people have sought refuge in schools and churches.",
         [(D, None, 700, None)]),
        ("About 3,000 villagers took refuge in the forest.", [(D, 3000, 3000, None)]),
        ("More than 400 families have sought refuge across the border.",
         [(D, 400, None, None)]),
        ("Thousands of residents took refuge in the hills.",
         [(D, None, None, "thousands")]),
        # neighbours
        ("Some 40 households received food parcels.", []),
        ("Investors sought refuge in gold.", []),
        ("The team took refuge in defence.", []),
        ("Aid reached 9,000 households in the district.", []),
    ],
}


@pytest.mark.parametrize(("text", "figures"), probe_params(CLASSES, set()))
def test_sitrep_wording_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
