"""A person stabbed is wounded unless the text says the person died, as a person shot is
(``shooting.SHOOT_LEMMAS``): made-up probes, with the agent of the stabbing, deaths, and
figurative uses as near neighbours."""

from __future__ import annotations

import pytest

from samples import claim_figure
from sitrep.records import Article

K, J = "killed", "injured"
ONE = (J, 1, 1, None)

CASES = [
    ("Two men were stabbed in a fight outside a bar.", [(J, 2, 2, None)]),
    ("A guard was knifed during the robbery.", [ONE]),
    ("Police said the victim was stabbed several times.", [ONE]),
    ("A man stabbed two women at the market.", [(J, 2, 2, None)]),
    ("The suspect stabbed his neighbour and fled.", [ONE]),
    ("Three students were stabbed at a bus stop on Friday night.", [(J, 3, 3, None)]),
    ("An attacker stabbed a police officer near the parliament.", [ONE]),
    # neighbours
    ("A teacher was stabbed to death.", [(K, 1, 1, None)]),
    ("He was stabbed in the back and died in hospital.", [(K, 1, 1, None)]),
    ("The senator accused rivals of stabbing him in the back.", []),
    ("The chef stabbed the steak with a fork.", []),
    ("Knife crime rose by 8 percent last year.", []),
]


@pytest.mark.parametrize(("text", "figures"), CASES, ids=[c[0][:50] for c in CASES])
def test_person_stabbed_is_wounded_unless_dead(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
