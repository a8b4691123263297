"""Made-up probes (not copied from any data set): a person shot yields to a death told
elsewhere in the story ("He died at the hospital", "investigating his murder"), not to deaths in
general (a plural noun: "so many deaths in the last month", "a rise in murders"; a verb in the
plural present: "people kill each other"); and an injury after "with" on the verb whose object
is the person ("police found a teenager with a gunshot wound", "a 30-year-old with stab wounds")
is one person hurt. Each text with the exact figures it states, as (outcome, low, high)."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J, A = "killed", "injured", "arrested"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


HURT = [
    ("A man was shot on Oak Street on Sunday. Neighbors said there have been so many deaths "
     "in the last month.", [(J, 1, 1), (K, None, None)]),
    ("A woman was shot in the arm on Friday. Residents said people kill each other over "
     "nothing here.", [(J, 1, 1)]),
    ("A teenager was shot near the park on Monday. The city has seen a rise in murders this "
     "year.", [(J, 1, 1)]),
    ("A man was shot in the leg on Sunday. Activists say guns kill young men every week.",
     [(J, 1, 1)]),
    ("A boy was shot outside a school on Monday. Parents fear more deaths.", [(J, 1, 1)]),
    ("A woman was shot at a gas station. Police say drug disputes often end in murders.",
     [(J, 1, 1)]),
    ("Police discovered a 15-year-old with a gunshot wound to his left leg.", [(J, 1, 1)]),
    ("Officers found a 30-year-old with stab wounds in the kitchen.", [(J, 1, 1)]),
    ("Deputies found the driver with a gunshot wound in his car.", [(J, 1, 1)]),
    ("Police found a woman with burns on Elm Street.", [(J, 1, 1)]),
]
AS_BEFORE = [
    ("A man was shot on Oak Street. Police are investigating his murder.", []),
    ("A clerk was shot during a robbery on Friday. Killings have doubled in the county since "
     "2010.", [(J, 1, 1)]),
    ("Man dies after shooting on Oak Street\nA man was shot on Oak Street on Friday.",
     [(K, 1, 1)]),
    ("A man was shot on Oak Street on Sunday. He died at the hospital.", [(K, 1, 1)]),
    ("Officers shot the man in the chest. He was pronounced dead.", [(K, 1, 1)]),
    ("Officers found the driver with a gunshot wound to the head. He was pronounced dead.",
     [(K, 1, 1)]),
    ("Police arrested a man with a gun.", [(A, 1, 1)]),
    ("Officers shot the man with a rifle.", [(J, 1, 1)]),
]


@pytest.mark.parametrize(("text", "figures"), HURT + AS_BEFORE,
                         ids=[t[:45] for t, _ in HURT + AS_BEFORE])
def test_deaths_in_general_leave_a_person_shot_hurt(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(map(figure, claims), key=str) == sorted(figures, key=str)
