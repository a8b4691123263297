"""Live-blog and rolling-update language, a class of the session-26 probe batch, fixed by
mechanism (made-up probes; ones that must change and near neighbours that must not):

- a number after a word that numbers an item of a series ("UPDATE 3", "Part 2", "Episode 4")
  counts no people (``links._SERIAL_WORDS``);
- "a (second) fatality", "another death" is one person killed (``links._ONE_DEATH``), not
  "a death sentence";
- "one body" is one person killed, as "bodies" and "the body of" are;
- people once missing who are found again ("the missing hiker has been found alive") are no
  missing claim (``extractor._found_again``);
- a time stamp before the speaker ("10:42 - Police confirm ...") is no part of the claimant.

Each text must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, M = "killed", "injured", "missing"
ONE = (1, 1, None)

SERIAL = [
    ("UPDATE 3 - Death toll climbs to 15 after hotel siege", [(K, 15, 15, None)]),
    ("Update 2: six people injured in the crash", [(J, 6, 6, None)]),
    ("Part 4: how 30 people died in the fire", [(K, 30, 30, None)]),
    ("UPDATED 5-Eight killed as storms hit the coast", [(K, 8, 8, None)]),
    # neighbours
    ("Three people were killed in the update of the road network.", [(K, 3, 3, None)]),
    ("Episode 2 of the series tells of the war.", []),
]

ONE_DEATH = [
    ("10:42 - Police confirm a second fatality.", [(K, *ONE)]),
    ("Another death was reported on Monday.", [(K, *ONE)]),
    ("Officials recorded a third death from the outbreak.", [(K, *ONE)]),
    ("Latest: rescuers have pulled three survivors and one body from the debris.",
     [(K, *ONE)]),
    ("Divers recovered one body from the lake.", [(K, *ONE)]),
    # neighbours
    ("He faces a death sentence.", []),
    ("The governing body met on Monday.", []),
    ("One body of evidence points to the army.", []),
]

FOUND = [
    ("Update: the missing hiker has been found alive and well.", []),
    ("Two missing children were rescued by the coast guard.", []),
    ("The missing fishermen were located on an island.", []),
    # neighbours
    ("Police are searching for the missing hiker.", [(M, *ONE)]),
    ("Two fishermen remain missing.", [(M, 2, 2, None)]),
    ("Nine fishermen were rescued and two remain missing.", [(M, 2, 2, None)]),
]

CLASSES = {"serial": SERIAL, "one death": ONE_DEATH, "found again": FOUND}
# a wire update number glued to the headline by a hyphen reads as the range "5-Eight"
KNOWN_GAPS: set[str] = {"UPDATED 5-Eight killed as storms hit the coast"}


@pytest.mark.parametrize(("text", "figures"), probe_params(CLASSES, KNOWN_GAPS))
def test_live_update_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


@pytest.mark.parametrize(("text", "claimant"), [
    ("10:42 - Police confirm a second fatality.", "Police"),
    ("14:05 GMT: The health ministry says the number of injured has risen to 48.",
     "The health ministry"),
    ("08:15 - A third person has died in hospital, the fire service says.", "the fire service"),
    ("Two officials said 12 people had been killed.", "Two officials"),
])
def test_time_stamp_is_no_part_of_the_claimant(pipeline, text, claimant):
    [claim] = pipeline.process(Article(text=text)).claims
    assert claim.claimant is not None and claim.claimant.text == claimant


# the noun of a shooting or stabbing with its victims after "of" (``shooting.shooting_nominal``),
# and "liquidate" (Russian military wire style) as a verb of killing
NOMINALS = [
    ("The stabbing of a 19-year-old outside a nightclub is under investigation.",
     [(J, *ONE)]),
    ("The fatal shooting of two men sparked protests.", [(K, 2, 2, None)]),
    ("The shooting of a teenager by police sparked riots.", [(J, *ONE)]),
    ("The deadly stabbing of a shopkeeper shocked the town.", [(K, *ONE)]),
    ("The Ministry of Defence announced the liquidation of up to 40 militants.",
     [(K, None, 40, None)]),
    ("Troops liquidated 12 militants in the raid.", [(K, 12, 12, None)]),
    # neighbours
    ("The shooting of the film began in May.", []),
    ("Police are investigating the stabbing.", []),
    ("The company went into liquidation with 300 employees.", []),
    ("The firm liquidated 40 stores.", []),
    ("A stabbing of a man was reported. He died in hospital.", [(K, *ONE)]),
]


@pytest.mark.parametrize(("text", "figures"), NOMINALS, ids=[n[0][:50] for n in NOMINALS])
def test_shooting_nouns_and_liquidation(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
