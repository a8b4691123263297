"""Three mechanisms of the session-25 fixes, on new made-up sentences (ones that must give
claims and near neighbours that must not):

- "among the dead / injured were N X": the people of a copula under "among" an outcome word;
- "killed 12 and left thousands homeless / hundreds injured": a figure with its own outcome
  word after a second verb is that outcome's, not the first verb's;
- a sentence whose only cue is a hospital stay, a condition or a suffered injury ("Four are in
  critical condition", "A vendor suffered burns") is parsed in a longer article too (sentence
  selection keeps the claims' cue words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, R, D, M = "killed", "injured", "arrested", "displaced", "missing"

CLASSES = {
    "among the dead": [
        ("Among the dead were three aid workers.", [(K, 3, 3, None)]),
        ("Among the injured were 14 children.", [(J, 14, 14, None)]),
        ("Among the wounded were two firefighters.", [(J, 2, 2, None)]),
        ("Among the guests were two ministers.", []),
        ("Among the speakers were four professors.", []),
    ],
    "second verb with its own outcome": [
        ("The cyclone killed 40 people and left thousands homeless.",
         [(K, 40, 40, None), (D, None, None, "thousands")]),
        ("The quake killed 40 and left hundreds injured.",
         [(K, 40, 40, None), (J, None, None, "hundreds")]),
        ("Militants killed two guards and left dozens wounded.",
         [(K, 2, 2, None), (J, None, None, "dozens")]),
        ("Police arrested and beat six students.", [(R, 6, 6, None)]),
        ("Troops detained and tortured dozens of men.", [(R, None, None, "dozens")]),
        ("The storm killed 3 people and left 200 homeless.",
         [(K, 3, 3, None), (D, 200, 200, None)]),
    ],
    "cue words kept for parsing": [
        ("Eleven people were hurt on Monday. Four are in critical condition.",
         [(J, 11, 11, None), (J, 4, 4, None)]),
        ("The bus overturned near the bridge. Six passengers were taken to hospital.",
         [(J, 6, 6, None)]),
        ("The blast shook the market. A vendor suffered burns.", [(J, 1, 1, None)]),
        ("The camp was shelled at dawn. The whereabouts of three guards remain unknown.",
         [(M, 3, 3, None)]),
        ("The hospital opened a new wing. It has 40 beds.", []),
        ("The road is in poor condition. Repairs will take two weeks.", []),
    ],
}


@pytest.mark.parametrize(("text", "figures"), probe_params(CLASSES, set()))
def test_follow_up_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
