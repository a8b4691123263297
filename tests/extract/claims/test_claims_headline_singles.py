"""Made-up probes (not copied from any data set): one person that no article or number
counts. In a headline, a singular noun for people written without an article is one person
("Man shot, killed in Riverside", "Teen found dead in apartment"), the victim of the participle
after it and never the agent of an active verb ("Driver fatally shoots man": the man died, not
the driver); "he" or "she" as the subject of a passive that kills or wounds is one person ("He
was pronounced dead at the scene"), not of other passives ("He was arrested", "He was charged").
Each text (headline, line break, body) with the exact figures it states, as (outcome, low,
high); it must give these claims and no others."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J, A = "killed", "injured", "arrested"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


COUNTED = [
    ("Man shot, killed in Riverside; police seek gunman\nOfficers are looking for a gunman.",
     [(K, 1, 1)]),
    ("Teen found dead in Lakewood apartment\nThe cause is under investigation.", [(K, 1, 1)]),
    ("Woman shot and killed in Elmwood\nOfficers responded to a call on Friday.", [(K, 1, 1)]),
    ("Police: 18-year-old man shot and killed near Oak Street\nOfficers responded on Friday.",
     [(K, 1, 1)]),
    ("Toddler fatally shot at Pine Street home\nDetectives are at the scene.", [(K, 1, 1)]),
    ("Man arrested after Holly Hill shooting\nDeputies searched the area on Friday.",
     [(A, 1, 1)]),
    ("Crash on Route 9\nHe was pronounced dead at the scene.", [(K, 1, 1)]),
    ("Crash on Route 9\nShe was found dead in her car.", [(K, 1, 1)]),
    ("Shooting on Main Street\nShe was shot twice in the leg by a known attacker.", [(J, 1, 1)]),
    ("Driver fatally shoots man during argument\nThe incident happened on Main Street.",
     [(K, 1, 1)]),
    ("Man shot, killed in Riverside\nA man was shot and killed on Elm Street on Friday.",
     [(K, 1, 1), (K, 1, 1)]),
]
AS_BEFORE = [
    ("Officer honored for bravery\nThe officer received a medal on Friday.", []),
    ("Man charged with fraud\nThe trial starts in May.", []),
    ("Mayor opens new bridge\nThe bridge cost two million dollars.", []),
    ("Fire on Elm Street\nHe was arrested on Friday.", []),
    ("Fire on Elm Street\nHe was charged with arson.", []),
    ("Fire on Elm Street\nHe said the man was not armed.", []),
    ("A man was shot dead in Riverside on Friday. Man shot in Riverside, police said.",
     [(K, 1, 1)]),
]


@pytest.mark.parametrize(("text", "figures"), COUNTED + AS_BEFORE,
                         ids=[t[:45] for t, _ in COUNTED + AS_BEFORE])
def test_one_person_without_a_number(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)
