"""Made-up probes (not copied from any data set): a person named after "of" on a noun of killing
or wounding ("the shooting death of Goldie Long", "the murder of John Smith", "the fatal
shooting of Marcus Dale") is one victim of that noun, whatever entity label the small model
gives the name (a place or an organisation for names it does not know) when it has a first and
a last name or an age; and the person charged or arrested "in the death of" someone is not the
one who died. Each text with the exact figures it states, as (outcome, low, high); it must give
these claims and no others."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J, A = "killed", "injured", "arrested"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


NAMED = [
    ("Police arrested a suspect in the murder of John Smith.", [(A, 1, 1), (K, 1, 1)]),
    ("She was charged in the killing of 25-year-old Tanya Brooks.", [(K, 1, 1)]),
    ("He is charged in the shooting death of 38-year-old Goldie Long.", [(K, 1, 1)]),
    ("Detectives are investigating the fatal shooting of Marcus Dale on Friday.", [(K, 1, 1)]),
    ("Detectives are investigating the shooting of Marcus Dale on Friday.", [(J, 1, 1)]),
    ("Officials are investigating the killing of 19-year-old Brooks.", [(K, 1, 1)]),
    ("A teenager was arrested Tuesday in the slaying of Rosa Delgado.", [(A, 1, 1), (K, 1, 1)]),
    ("Friends gathered to mourn the death of Kevin Marsh.", [(K, 1, 1)]),
    ("Prosecutors described the stabbing of Alan Price as brutal.", [(J, 1, 1)]),
    ("Jurors heard about the deadly shooting of Officer Tom Reyes.", [(K, 1, 1)]),
    ("The assassination of Pedro Lima shocked the town.", [(K, 1, 1)]),
]
AS_BEFORE = [
    ("The massacre of Srebrenica was remembered on Sunday.", []),
    ("The shooting of the film in Austin ended on Friday.", []),
    ("The bombing of Pearl Harbor was remembered.", []),
    ("Police described the death of Main Street as slow.", []),
    ("Brown was arrested in the killing of his neighbor.", [(A, 1, 1), (K, 1, 1)]),
    ("The victim remains in critical condition.", [(J, 1, 1)]),
    ("Two men were shot in Riverside on Friday.", [(J, 2, 2)]),
]


@pytest.mark.parametrize(("text", "figures"), NAMED + AS_BEFORE,
                         ids=[t[:45] for t, _ in NAMED + AS_BEFORE])
def test_a_named_victim_after_of_is_one_person(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)


@pytest.mark.parametrize("text", [
    "Brown is charged in the shooting death of 38-year-old Mary Long.",
    "Carter was indicted in the murder of Ella Stone on Monday.",
])
def test_the_accused_in_a_death_is_not_its_victim(pipeline, text):
    article = Article(text=text)
    claims = pipeline.process(article).claims
    assert [figure(c) for c in claims] == [(K, 1, 1)]
    said = text[claims[0].evidence.start:claims[0].evidence.end]
    assert not said.startswith(text.split()[0]), said
