"""Probe sentences for shooting victims (issue 16), written for these tests (not copied from
any data set): a person shot is wounded only when the text does not say the same person died.
Each text with the exact figures it states, as (outcome, low, high); it must give these claims
and no others."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J, C = "killed", "injured", "casualties"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


SHOT = [
    # shot, not said to die: wounded
    ("A man was shot in the leg on Friday night.", [(J, 1, 1)]),
    ("Two men were shot near the park.", [(J, 2, 2)]),
    ("He shot a woman Saturday.", [(J, 1, 1)]),
    ("Police shot the suspect in the arm.", [(J, 1, 1)]),
    ("John Smith was shot in the chest.", [(J, 1, 1)]),
    ("The man shot himself after the standoff.", [(J, 1, 1)]),
    ("Two gunmen shot a police officer in the arm.", [(J, 1, 1)]),
    ("Four people were shot and wounded at a party.", [(J, 4, 4)]),
    ("No one was shot.", [(J, 0, 0)]),
    # the same victims died: killed wins
    ("A man was shot dead outside a bar.", [(K, 1, 1)]),
    ("A woman was shot and killed on Main Street.", [(K, 1, 1)]),
    ("The officer was shot by a sniper and died later.", [(K, 1, 1)]),
    ("A teenager was fatally shot on Sunday.", [(K, 1, 1)]),
    ("A man was shot to death in his car.", [(K, 1, 1)]),
    ("The gunman shot a man, killing him.", [(K, 1, 1)]),
    ("Soldiers shot dead two protesters.", [(K, 2, 2)]),
    ("A boy who was shot in the head has died.", [(K, 1, 1)]),
    # the death is told elsewhere in the sentence (a relative clause): the death, no wound
    ("A man who was found dead in a ditch was shot several times.", [(K, 1, 1)]),
    ("Police said the gunman shot the man who died at the scene.", [(K, 1, 1)]),
    # part of them died: killed and wounded together, and the killed part
    ("Three people were shot, one fatally.", [(C, 3, 3), (K, 1, 1)]),
    ("Five people were shot, two of them fatally.", [(C, 5, 5), (K, 2, 2)]),
    ("Gunmen shot four people, killing one.", [(C, 4, 4), (K, 1, 1)]),
    # no one hit
    ("Gunmen shot at a convoy near the border.", []),
    ("He was arrested after he shot at officers.", []),
    # the death in another sentence of the article
    # (the pronoun's passive death is one person, as "He died" is: test_claims_headline_singles)
    ("Officers shot a man in the chest. He was pronounced dead at a hospital.", [(K, 1, 1)]),
    ("Two women were fatally shot on Sunday. One of the women was shot in the car.",
     [(K, 2, 2)]),
    ("A man was shot in the arm on Monday. His neighbour said he heard three shots.",
     [(J, 1, 1)]),
]
# "a 15-year-old" (an adjective to the parser) counts one person since session 25
KNOWN_GAPS: set[str] = set()
SHOT.append(("Police said a 15-year-old was shot.", [(J, 1, 1)]))
CASES = [pytest.param(text, figures, id=text[:50], marks=[
    pytest.mark.xfail(strict=True, reason="known gap")] if text in KNOWN_GAPS else [])
         for text, figures in SHOT]


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_shooting_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims if not c.undisclosed) == sorted(figures)


def test_shooting_part_points_to_its_total(pipeline):
    claims = pipeline.process(Article(text="Five people were shot, two of them fatally.")).claims
    total = next(i for i, c in enumerate(claims) if c.outcome == C)
    part = next(c for c in claims if c.outcome == K)
    assert part.part_of == total


def test_self_inflicted_shot_is_not_a_suicide_attacker(pipeline):
    claims = pipeline.process(Article(text="The man shot himself after the standoff.")).claims
    assert [c.victims for c in claims] != ["militant"]
