"""Made-up probes (not copied from any data set): an injury a person has, after "with" on the
person's noun ("a man with a gunshot wound", "two women with stab wounds") or on the verb the
person is the passive subject of ("a woman was found with a gunshot wound"), is one claim of
those people hurt; a number on the injury counts wounds; a death of the same person told in the
clause or elsewhere in the story takes over (as for a person shot), a story naming the victim
by the last name alone after the full name tells of one person, and a person named otherwise
than the dead stays hurt. Near neighbours: things
after "with" that are no injury. Each text with the exact figures it states."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J = "killed", "injured"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


HAD = [
    ("Officers found a man with a gunshot wound to the leg.", [(J, 1, 1)]),
    ("Officers arrived to find a single victim with a gunshot wound.", [(J, 1, 1)]),
    ("A woman was found with a gunshot wound to the chest.", [(J, 1, 1)]),
    ("Two teenagers with stab wounds walked into the emergency room.", [(J, 2, 2)]),
    ("Deputies found a hiker with serious injuries near the trail.", [(J, 1, 1)]),
    ("A cyclist was found with burns to both arms.", [(J, 1, 1)]),
    ("Paramedics found a driver with a deep laceration on his forehead.", [(J, 1, 1)]),
    ("A cyclist suffered burns to both arms.", [(J, 1, 1)]),
    ("Officers found a man with a gunshot wound in the 300 block of Elm Street. Detectives are "
     "investigating the homicide.", []),
    ("A man was found with several gunshot wounds early Sunday and died later at a hospital.",
     [(K, 1, 1)]),
    ("John Miller was shot and killed on Friday. Miller was found with a gunshot wound in his "
     "car.", [(K, 1, 1)]),
    ("John Miller was shot and killed on Friday on Elm Street. David Miller was found with a "
     "gunshot wound to the arm.", [(K, 1, 1), (J, 1, 1)]),
    ("John Miller was shot and killed on Friday on Elm Street. David Miller was shot in the "
     "arm.", [(K, 1, 1), (J, 1, 1)]),
]
AS_BEFORE = [
    ("A man with a stab wound to the chest died at the scene.", [(K, 1, 1)]),
    ("A man with a gunshot wound was found dead in a car.", [(K, 1, 1)]),
    ("A man with a gunshot wound was pronounced dead at the hospital.", [(K, 1, 1)]),
    ("A man with a gun robbed the store.", []),
    ("A nurse with years of experience spoke to reporters.", []),
    ("The car was found with a bullet hole in the door.", []),
    ("Police responded to a call with reports of gunfire.", []),
    ("The suspect was charged with aggravated assault.", []),
]


@pytest.mark.parametrize(("text", "figures"), HAD + AS_BEFORE,
                         ids=[t[:45] for t, _ in HAD + AS_BEFORE])
def test_an_injury_had_with_is_one_claim_of_its_people(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)
