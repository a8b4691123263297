"""Issue 19 (casualty claims on unseen news), single victims with no number, session 32: one
person named, a pronoun or a common noun as the subject of a state of harm, custody or absence
rather than of an outcome verb: "Tom Fielding received minor injuries", "Kevin O'Hara remains
hospitalized" (the parse hangs the subject on "remains" as on a passive auxiliary), "Lucia
Ferrante remained in critical condition", "Reporter Elif Kaya remains in custody", "He suffered
serious injuries". A pronoun counts for a harm only ("he remains in custody" stays uncounted,
as "he was detained" does). Made up, none copied from a data set; 19 of the 22 positive probes
failed on main before the change. Each text must give exactly these claims, as (outcome, low,
high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
ONE = (1, 1, None)

STATES = [    ("Carlos Mendes suffered a broken arm when the scaffolding gave way.", [(J, *ONE)]),
    ("Priya Nair sustained burns to her hands while rescuing her neighbours.", [(J, *ONE)]),
    ("Tom Fielding, 62, received minor injuries in the crash.", [(J, *ONE)]),
    ("Officer Dana Brooks suffered a gunshot wound to the shoulder.", [(J, *ONE)]),
    ("Amina Yusuf, a teacher, sustained head injuries in the blast.", [(J, *ONE)]),
    ("Kevin O'Hara remains hospitalized after the attack on Friday night.", [(J, *ONE)]),
    ("Lucia Ferrante remained in critical condition on Tuesday.", [(J, *ONE)]),
    ("Rahul Verma is in serious condition at a Mumbai hospital.", [(J, *ONE)]),
    ("Jonas Berg, 19, was still in intensive care on Sunday.", [(J, *ONE)]),
    ("A 40-year-old woman remains hospitalised after the stabbing.", [(J, *ONE)]),
    ("A local man remained hospitalized on Monday after the collision.", [(J, *ONE)]),
    ("A young mother stays in hospital with severe burns.", [(J, *ONE)]),
    ("Reporter Elif Kaya remains in custody in Istanbul.", [(R, *ONE)]),
    ("Opposition leader Samuel Obi remained behind bars on Wednesday.", [(R, *ONE)]),
    ("Activist Nadia Rahimi is still in detention, her lawyer said.", [(R, *ONE)]),
    ("Father Peter Okoye remains missing after the raid on the parish.", [(M, *ONE)]),
    ("Maria Costa was dead when paramedics arrived.", [(K, *ONE)]),
    ("A nurse stays in hospital with severe burns.", [(J, *ONE)]),
    ("The driver lies in critical condition in a Leeds hospital.", [(J, *ONE)]),
    ("He remains hospitalized in stable condition.", [(J, *ONE)]),
    ("She remained in a critical condition on Thursday night.", [(J, *ONE)]),
    ("He suffered serious injuries to his legs.", [(J, *ONE)]),
    ("She sustained a fractured skull in the fall.", [(J, *ONE)]),
    ("He received stab wounds to the chest and back.", [(J, *ONE)]),
    # neighbours: states that are no harm, harm of things, a pronoun held
    ("Carlos Mendes suffered a narrow defeat in the election.", []),
    ("Priya Nair remains in Mumbai until the end of the month.", []),
    ("Tom Fielding is in good spirits after the victory.", []),
    ("Lucia Ferrante remained committed to the reform.", []),
    ("Jonas Berg was happy with the result.", []),
    ("The company suffered heavy losses last year.", []),
    ("He remains in charge of the investigation.", []),
    ("She stays in contact with her family.", []),
    ("The suspect lied to police about the shooting.", []),
    ("The village lies in a valley below the dam.", []),
]


@pytest.mark.parametrize(("text", "figures"), STATES, ids=[t[:50] for t, _ in STATES])
def test_a_state_of_its_subject_is_one_claim(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted((claim_figure(c) for c in claims if not c.undisclosed), key=str) == sorted(
        figures, key=str)


@pytest.mark.parametrize("text", [
    "He remains in custody in Istanbul.",
    "She is still in detention, her lawyer said.",
])
def test_a_pronoun_counts_for_harm_only(pipeline, text):
    assert not [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
