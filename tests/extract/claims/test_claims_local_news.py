"""Made-up probes (not copied from any data set) for the victims of local crime news: the nouns
it counts people with ("a 40-year-old male", "a motorist", "the homeowner"), and a named person
who died ("Lucas Brown died Monday", "He died at the hospital"), with near neighbours that must stay without a claim. Each
sentence must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J = "killed", "injured"
ONE = (1, 1, None)

NOUNS = [
    ("A 40-year-old male was shot and killed.", [(K, *ONE)]),
    ("A 19-year-old female was wounded in the shooting.", [(J, *ONE)]),
    ("Two adults and a toddler were injured.", [(J, 2, 2, None), (J, *ONE)]),
    ("A motorist was killed when gunfire erupted.", [(K, *ONE)]),
    ("The homeowner was injured in the struggle.", [(J, *ONE)]),
    ("A store clerk was shot and killed during the robbery.", [(K, *ONE)]),
    ("A juvenile was wounded.", [(J, *ONE)]),
    ("A neighbour died of his injuries.", [(K, *ONE)]),
    ("Two customers were hurt.", [(J, 2, 2, None)]),
    ("Two males were wounded.", [(J, 2, 2, None)]),
    # negatives: the same nouns where nobody is harmed
    ("The driver parked near the store.", []),
    ("A customer called police.", []),
    ("The clerk handed over the cash.", []),
    ("Adult education classes resumed.", []),
    ("Female voters turned out in large numbers.", []),
]

NAMED = [
    ("Lucas Brown died Monday at a hospital.", [(K, *ONE)]),
    ("Sara Kim perished in the fire.", [(K, *ONE)]),
    ("Nina Patel died after being shot.", [(K, *ONE)]),
    ("Dan Cole, 33, died Sunday.", [(K, *ONE)]),
    ("John Smith, a 31-year-old male, died Monday after being shot in Pomona.",
     [(K, *ONE)]),  # the apposition is the same person (was counted twice before v6)
    # negatives: a named person who speaks, survives, or a thing that "died"
    ("Jack Reed said nobody died.", [(K, 0, 0, None)]),
    ("Ella Ford survived.", []),
    ("The policy died in committee.", []),
    ("Mary Stone said the talks would continue.", []),
    ("Carl Webb led the search for survivors.", []),
]

PRONOUN = [  # "he" or "she" who died: one person (told once more, counted once per group)
    ("He died a short time later at an area hospital.", [(K, *ONE)]),
    ("She died on Sunday.", [(K, *ONE)]),
    ("He later died of his wounds.", [(K, *ONE)]),
    ("She succumbed to her injuries.", [(K, *ONE)]),
    ("The boy was shot in the head. He died at the hospital.", [(K, *ONE)]),
    # negatives: "he" who speaks, survives or did something else; "they" is not one person
    ("He said the talks would go on.", []),
    ("She survived the crash.", []),
    ("He drove his car to the store.", []),
    ("He denied that anyone died.", []),
    ("They said the plan had died.", []),
]

CLASSES = {"local nouns": NOUNS, "named died": NAMED, "he or she died": PRONOUN}
CASES = probe_params(CLASSES, set())


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_probe_sentence_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
