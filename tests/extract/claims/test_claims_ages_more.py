"""Made-up probes (not copied from any data set): numbers of people that count no victims. An
age in apposition to a person named by a noun ("The boy, 7, was shot"), an age after a name that
a phrase of its own follows ("killing Jamal Berry, 30 after an argument") and a parent's
children ("a mother of three") are no figures; counts after a place and a comma, and parts of
a group, still are. Each text with the exact figures it states, as (outcome, low, high)."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J = "killed", "injured"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


NOT_COUNTS = [
    ("The boy, 7, was shot in the arm.", [(J, 1, 1)]),
    ("A girl, 12, was wounded by a stray bullet.", [(J, 1, 1)]),
    ("The victim, 19, died at the scene.", [(K, 1, 1)]),
    ("He admitted to killing Jamal Berry, 30 after an argument.", [(K, 1, 1)]),
    ("A young mother of three is dead after a shooting in Elmwood.", [(K, 1, 1)]),
    ("A father of two was killed in the crash.", [(K, 1, 1)]),
]
COUNTS = [
    ("In Kandahar, 14 were killed on Friday.", [(K, 14, 14)]),
    ("Near Mosul, 6 were wounded by a roadside bomb.", [(J, 6, 6)]),
    ("In Homs, 12 were killed and 20 wounded.", [(K, 12, 12), (J, 20, 20)]),
    ("Three of the men were killed.", [(K, 3, 3)]),
    ("Gunmen killed two children of a family in Jos.", [(K, 2, 2)]),
]


@pytest.mark.parametrize(("text", "figures"), NOT_COUNTS + COUNTS,
                         ids=[t[:45] for t, _ in NOT_COUNTS + COUNTS])
def test_ages_and_children_are_not_figures(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)
