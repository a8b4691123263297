"""Made-up probes (not copied from any data set): outcomes aimed at, missed or imagined are no
claims.

- an outcome verb that is the infinitive of a verb of trying, intending, threatening or failing
  was not reached: "tried to kill the officer", "threatened to shoot him", "plotted to kill",
  "failed to kill" (the event extractor still codes the attempt; the claim counts people who
  were killed, wounded or arrested, and these were not);
- a near miss: "nearly / almost killed", "came close to killing", "came within inches of
  killing", "stopped short of";
- a counterfactual perfect: "could / would / should have killed the boy" (an estimate with a
  figure, "as many as 300 could have been killed", stays an uncertain claim, like "may have been
  killed");

while an outcome that an implicative verb tells was reached ("managed to kill", "went on to
kill"), a time ("within hours of killing the guard"), a place ("killed close to his home") and
an estimate keep their claims.

Each text with the exact figures it states, as (outcome, low, high); it must give these claims
and no others."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J, A = "killed", "injured", "arrested"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


AIMED = [
    ("The gunman tried to kill the officer.", []),
    ("He attempted to kill his wife with a kitchen knife.", []),
    ("The man threatened to kill his neighbour over a parking space.", []),
    ("The rebels plotted to kill the governor during the parade.", []),
    ("The soldiers failed to kill the commander.", []),
    ("The suspect sought to kill as many worshippers as possible.", []),
    ("Two men conspired to murder a prison guard.", []),
    ("The gang planned to abduct the banker's daughter.", []),
    ("He intended to shoot the judge, prosecutors said.", []),
    ("The militants vowed to behead the pilot.", []),
    ("She was accused of trying to poison her husband.", []),
    ("The teenager allegedly attempted to stab a classmate.", []),
    ("The drone operators aimed to kill the militia leader.", []),
    ("The officer refused to shoot the unarmed man.", []),
]
NEAR = [
    ("The blast nearly killed two soldiers.", []),
    ("The shell almost killed a family of five.", []),
    ("The officer was almost killed in the crash.", []),
    ("He was nearly beaten to death by the mob.", []),
    ("The attack came close to killing the mayor.", []),
    ("The bullet came within inches of killing the driver.", []),
    ("The sniper's round came within a few feet of hitting the general.", []),
    ("The mob stopped short of lynching the suspect.", []),
    ("The round could have killed the boy, police said.", []),
    ("The girl could have been killed, her mother said.", []),
    ("Without the vest he would have died, the surgeon said.", []),
    ("The guards should have been shot for desertion, the colonel wrote.", []),
    ("The bombing was practically a massacre but nobody was hurt.", [(J, 0, 0)]),
]
REACHED = [
    ("The gunman managed to kill two guards before he was caught.", [(K, 2, 2)]),
    ("The militants went on to kill three villagers.", [(K, 3, 3)]),
    ("Within hours of killing the guard, the gunman fled.", [(K, 1, 1)]),
    ("Two hikers were found to have been killed by a bear.", [(K, 2, 2)]),
    ("As many as 300 civilians could have been killed in the strike, the group said.",
     [(K, None, 300)]),
    ("Two men may have been killed in the fire, officials said.", [(K, 2, 2)]),
    ("The blast killed nearly 40 people.", [(K, None, 40)]),
    ("Nearly 40 people were killed in the blast.", [(K, None, 40)]),
    ("The soldiers began to shoot the protesters, wounding twelve.", [(J, 12, 12)]),
    ("The boy was killed close to his home.", [(K, 1, 1)]),
    ("Police said the man, who tried to rob the store, was shot dead by the clerk.",
     [(K, 1, 1)]),
    ("The bullet came within inches of the boy's head and injured his father.", [(J, 1, 1)]),
    ("The gunman tried to flee and was shot dead by officers.", [(K, 1, 1)]),
]


@pytest.mark.parametrize(("text", "figures"), AIMED + NEAR + REACHED,
                         ids=[t[:45] for t, _ in AIMED + NEAR + REACHED])
def test_outcome_aimed_at_missed_or_imagined(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)
