"""Injuries told as something a person suffers ("sustained a gunshot wound", "suffered burns",
"a man suffering from stab wounds", "recovering from gunshot wounds"): one claim of the people
who suffer them, and a number on the wounds counts wounds, not people. Made-up probes, with
near neighbours that must give no claim (other things suffered, illnesses, helpers)."""

from __future__ import annotations

import pytest

from samples import claim_figure
from sitrep.records import Article

J = "injured"
ONE = (J, 1, 1, None)

CASES = [
    ("A 40-year-old cyclist sustained a head wound in the collision.", [ONE]),
    ("Three people suffered burns when the tanker exploded.", [(J, 3, 3, None)]),
    ("He suffered three stab wounds.", [ONE]),
    ("She sustained burns to her arms and face.", [ONE]),
    ("A soldier recovering from gunshot wounds was flown home.", [ONE]),
    ("Paramedics found a woman suffering from a bullet wound to the shoulder.", [ONE]),
    ("The victim had two gunshot wounds to the chest.", [ONE]),
    ("Two guards suffering from shrapnel wounds were evacuated by helicopter.",
     [(J, 2, 2, None)]),
    ("A nurse received a deep gash to her forehead during the riot.", [ONE]),
    ("Four miners sustained fractures when the tunnel collapsed.", [(J, 4, 4, None)]),
    ("Eight people were killed and a porter sustained injuries in the blast.",
     [("killed", 8, 8, None), ONE]),
    ("The victim sustained a gunshot wound to the chest and was pronounced dead at the scene.",
     [("killed", 1, 1, None)]),
    ("A man was suffering from a stab wound and died on the way to hospital.",
     [("killed", 1, 1, None)]),
    ("A hiker suffered fatal injuries in the fall.", [("killed", 1, 1, None)]),
    ("Officer Ana Ruiz suffered two gunshot wounds, including one in the neck. A suspect died "
     "at the scene.", [("killed", 1, 1, None)]),
    # neighbours
    ("The ruling party suffered a heavy defeat in the vote.", []),
    ("The country is suffering from high inflation.", []),
    ("The boy suffered from asthma as a child.", []),
    ("The company sustained losses of nine million dollars.", []),
    ("The hospital received 40 new beds.", []),
    ("The army suffered a setback near the river.", []),
    ("Doctors dressed the wounds of the patients.", []),
]


# a pronoun or a name as the subject of the suffering verb counts one person (as "He died"
# does; session 32, with the states "remains hospitalized", "in critical condition")
GAPS: set[str] = set()


@pytest.mark.parametrize(("text", "figures"), [
    pytest.param(*c, id=c[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if c[0] in GAPS else []) for c in CASES])
def test_suffered_injury_is_one_claim_of_its_people(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
