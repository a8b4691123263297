"""Made-up probes (not copied from any data set): injuries named by what the body suffered, and
people hit by what flies.

- an injury noun beyond "wound / injury / burn": "cuts", "scratches", "trauma", "bleeding" ...
  that a person suffers or has, with no compound before it ("budget cuts" are no injury), and
  a part of the body broken, fractured, burned ... ("suffered a broken leg", "sustained a
  fractured skull", "was left with a broken jaw", "broken bones");
- a person hit, struck or grazed by something that flies (a bullet, shrapnel, a stone) or in a
  part of the body ("was struck in the leg"): injured; a thing hit by a rocket, a region hit by
  a crisis, a town struck by an earthquake are not.

Each text with the exact figures it states, as (outcome, low, high); it must give these claims
and no others."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

J = "injured"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


BODY_DAMAGE = [
    ("The boy suffered a broken leg in the attack.", [(J, 1, 1)]),
    ("Two officers suffered minor cuts and bruises.", [(J, 2, 2)]),
    ("A guard sustained a fractured skull during the riot.", [(J, 1, 1)]),
    ("Three protesters suffered broken bones when police charged.", [(J, 3, 3)]),
    ("A man was left with a broken jaw after the assault.", [(J, 1, 1)]),
    ("The cashier suffered a dislocated shoulder in the robbery.", [(J, 1, 1)]),
    ("Four miners suffered crushed legs when the tunnel caved in.", [(J, 4, 4)]),
    ("A nurse sustained deep scratches to her face.", [(J, 1, 1)]),
    ("Two children suffered severe trauma to the head.", [(J, 2, 2)]),
    ("The driver suffered a broken nose and a bruised lung.", [(J, 1, 1)]),
    ("A man with a broken arm was seen leaving the bar.", [(J, 1, 1)]),
    ("Five students sustained cuts from flying glass.", [(J, 5, 5)]),
]
BODY_DAMAGE_AS_BEFORE = [
    ("The agency suffered deep budget cuts last year.", []),
    ("The department suffered cuts to its budget.", []),
    ("The firm suffered a sharp cut in revenue.", []),
    ("The city suffered a broken water main on Sunday.", []),
    ("The bridge suffered a cracked beam in the quake.", []),
    ("The team suffered a heavy defeat.", []),
    ("The woman suffered burns to her arms and face.", [(J, 1, 1)]),
    ("The driver suffered head injuries and was taken to hospital.", [(J, 1, 1)]),
]
STRUCK = [
    ("The reporter was struck in the leg by a rubber bullet.", [(J, 1, 1)]),
    ("A teenager was grazed by a bullet.", [(J, 1, 1)]),
    ("Two protesters were hit by rubber bullets fired by police.", [(J, 2, 2)]),
    ("A soldier was struck by shrapnel near the base.", [(J, 1, 1)]),
    ("The boy was hit in the chest and taken to hospital.", [(J, 1, 1)]),
    ("Three officers were struck by stones thrown by the crowd.", [(J, 3, 3)]),
    ("A woman hit by a stray round was treated at the scene.", [(J, 1, 1)]),
    ("A bystander was hit by a stray bullet outside the bar.", [(J, 1, 1)]),
    ("Six policemen were struck by bottles and bricks.", [(J, 6, 6)]),
    ("The cameraman was hit in the face by a tear gas canister.", [(J, 1, 1)]),
    ("Two villagers were hit by shell fragments.", [(J, 2, 2)]),
    ("The officer was struck in the arm during the exchange of fire.", [(J, 1, 1)]),
]
STRUCK_AS_BEFORE = [
    ("The house was hit by a rocket.", []),
    ("The region was hit by the crisis.", []),
    ("The town was struck by an earthquake.", []),
    ("The president was hit by a wave of criticism.", []),
    ("The ball was struck by the striker.", []),
    ("The convoy was hit by a roadside bomb.", []),
]
CASES = BODY_DAMAGE + BODY_DAMAGE_AS_BEFORE + STRUCK + STRUCK_AS_BEFORE


@pytest.mark.parametrize(("text", "figures"), CASES, ids=[t[:45] for t, _ in CASES])
def test_injury_named_by_the_body_or_what_hit_it(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)
