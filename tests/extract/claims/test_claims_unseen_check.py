"""A second batch of made-up probes for issue 19, item 1, written after the fixes of the first
batch (test_claims_unseen.py) and run once before any further change: a check of whether those
fixes generalise to sentences they were not made on (like the untouched part of a dev set).
Each sentence must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
ONE = (1, 1, None)

NOUN_OUTCOMES = [
    ("Villagers protested the abduction of a schoolteacher.", [(A, *ONE)]),
    ("The beheading of a tourist was condemned worldwide.", [(K, *ONE)]),
    ("Activists spoke out after the jailing of nine bloggers.", [(R, 9, 9, None)]),
    ("The killings of three shepherds went unpunished.", [(K, 3, 3, None)]),
    ("The detention of two colleagues came a day later.", [(R, 2, 2, None)]),
    ("The drowning of 12 children in the river shocked the nation.", [(K, 12, 12, None)]),
    ("The assassination of the opposition leader sparked riots.", [(K, *ONE)]),
    ("Observers reported the evacuation of 2,500 civilians from the town.",
     [(D, 2500, 2500, None)]),
    ("The execution of a journalist was filmed by the militants.", [(K, *ONE)]),
    ("The assassination plot was foiled.", []),
    ("The arrest rate doubled in two years.", []),
    ("Police ordered the evacuation of the building.", []),
]

SINGLE_VICTIMS = [
    ("A shopkeeper was shot in the market.", [(J, *ONE)]),
    ("Masked men abducted a pastor on Sunday.", [(A, *ONE)]),
    ("Security forces detained the party's spokesman.", [(R, *ONE)]),
    ("A border guard was killed by smugglers.", [(K, *ONE)]),
    ("An imam was murdered outside the mosque.", [(K, *ONE)]),
    ("Activist Sara Kamel was arrested at the airport.", [(R, *ONE)]),
    ("A young mother was killed when the shell hit her house.", [(K, *ONE)]),
    ("The deputy mayor was kidnapped by gunmen.", [(A, *ONE)]),
    ("A local councillor was wounded in the attack.", [(J, *ONE)]),
    ("A lawyer said the charges were false.", []),
    ("The pastor condemned the attack.", []),
    ("The deputy mayor opened the bridge.", []),
]

HOSPITAL = [
    ("Eight people were being treated in intensive care.", [(J, 8, 8, None)]),
    ("Five passengers were taken to a nearby hospital.", [(J, 5, 5, None)]),
    ("Six protesters were hospitalized with rubber-bullet wounds.", [(J, 6, 6, None)]),
    ("One of the victims remains in critical condition.", [(J, *ONE)]),
    ("Ambulances took 20 people to hospitals across the city.", [(J, 20, 20, None)]),
    ("Two children were admitted to hospital with burns.", [(J, 2, 2, None)]),
    ("Two doctors went to the hospital.", []),
    ("Five volunteers drove to the clinic to donate blood.", []),
]

LISTS = [
    ("A soldier and two civilians were killed.", [(K, *ONE), (K, 2, 2, None)]),
    ("A boy and his grandfather were wounded.", [(J, *ONE), (J, *ONE)]),
    ("Eleven people died, among them five women.", [(K, 11, 11, None), (K, 5, 5, None)]),
    ("Nine were arrested, including two minors.", [(R, 9, 9, None), (R, 2, 2, None)]),
    ("Seven soldiers were killed, four of them officers.", [(K, 7, 7, None), (K, 4, 4, None)]),
    ("One policeman was killed and another was seriously injured.", [(K, *ONE), (J, *ONE)]),
    ("A soldier and a civilian signed the petition.", []),
    ("Three people were arrested and two others were questioned.", [(R, 3, 3, None)]),
]

VAGUE = [
    ("Many civilians were wounded in the shelling.", [(J, None, None, "many")]),
    ("Dozens of protesters were detained.", [(R, None, None, "dozens")]),
    ("Scores were killed in the attack.", [(K, None, None, "scores")]),
    ("Thousands have been displaced by the fighting.", [(D, None, None, "thousands")]),
    ("Several journalists were arrested.", [(R, None, None, "several")]),
    ("Many villagers watched the parade.", []),
    ("Several cars were burned.", []),
    ("Thousands of leaflets were dropped.", []),
]

ATTACKERS = [
    ("The suicide bomber was killed in the blast.", [(K, *ONE)]),
    ("Two attackers were shot dead by guards.", [(K, 2, 2, None)]),
    ("The gunman blew himself up after the siege.", [(K, *ONE)]),
    ("Both assailants died at the scene.", [(K, 2, 2, None)]),
    ("The attackers fled on motorbikes.", []),
    ("The bomber planted the device.", []),
]

TOLLS = [
    ("The death toll from the quake has risen to 312.", [(K, 312, 312, None)]),
    ("Authorities raised the toll to 19.", [(K, 19, 19, None)]),
    ("Police found the bodies of two women.", [(K, 2, 2, None)]),
    ("Seven people remain missing.", [(M, 7, 7, None)]),
    ("Five suspects are in police custody.", [(R, 5, 5, None)]),
    ("The toll booth was damaged.", []),
    ("Ten people remain in the building.", []),
]

SHARED_SUBJECT = [
    ("Three men were abducted and later killed.", [(A, 3, 3, None), (K, 3, 3, None)]),
    ("Two protesters were arrested and later died in custody.",
     [(R, 2, 2, None), (K, 2, 2, None)]),
    ("Six students were kidnapped, beaten and released.", [(A, 6, 6, None)]),
    ("Two villagers were shot and killed.", [(K, 2, 2, None)]),
    ("A man was abducted and beheaded.", [(A, *ONE), (K, *ONE)]),
]

CLASSES = {"noun outcomes": NOUN_OUTCOMES, "single victims": SINGLE_VICTIMS,
           "hospital": HOSPITAL, "lists": LISTS, "vague": VAGUE, "attackers": ATTACKERS,
           "tolls": TOLLS, "shared subject": SHARED_SUBJECT}
# failing after the fixes of the first batch: a possessive noun as determiner
KNOWN_GAPS: set[str] = set()  # "the party's spokesman": session 27 (a possessive noun)
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_check_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


FIELDS = [
    ("Two Pakistani soldiers were killed.", K, "military", "PAK", None),
    ("Three members of the Taliban were arrested.", R, "militant", "Taliban", None),
    ("Four fishermen were abducted, the coast guard said.", A, "civilian", None,
     "the coast guard"),
    ("The interior ministry gave details on Sunday. It said nine policemen were wounded.", J,
     "police", None, "interior ministry"),
    ("The provisional toll stands at 31 dead.", K, "unknown", None, None),
    ("Five Hamas members were killed.", K, "militant", "Hamas", None),
    ("Six crew members were injured.", J, "civilian", None, None),
]
FIELD_GAPS: set[str] = set()


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_check_probe_fields(pipeline, text, outcome, victims, side, claimant):
    claims = [c for c in pipeline.process(Article(text=text)).claims
              if c.outcome == outcome and not c.undisclosed]
    assert len(claims) == 1
    c = claims[0]
    assert (c.victims, c.side, c.claimant.text if c.claimant else None) == (
        victims, side, claimant)
