"""A town, a district or a road is no recipient of an act done to parties only (protests,
visits, curfews, threats, refusals, deployments: ``preps.town_named``): "blocked the road at
Okene", "the highway to Sokoto", "a curfew in Cizre". A country, a person of a town's name, the
party a protest is against, the town an attack hits and a person noun that names a town too
("Man") keep theirs. Real model, made-up
sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Residents blocked the main road at Okene on Tuesday to protest against the killings.",
     "blocked", ["Residents"], [], [], ["Okene"]),
    ("Farmers blocked the highway to Sokoto for several hours on Monday.", "blocked",
     ["Farmers"], [], [], ["Sokoto"]),
    ("Traders blocked the road at Kabba on Friday to protest against new taxes.", "blocked",
     ["Traders"], [], [], ["Kabba"]),
]

KEPT = [
    # "Man" is a town of Cote d'Ivoire too: a person noun is a person
    ("Man arrested for shoplifting\n\nA 30-year-old woman was arrested for shoplifting at a "
     "store in Dunmore on Tuesday, police said.", "arrested", [], ["Man"], [], []),
    ("Police arrested Holt, a 34-year-old mechanic, on Monday.", "arrested", ["Police"],
     ["Holt"], [], []),
    ("Russia sent troops to Abkhazia.", "sent", ["Russia"], ["Abkhazia"], [], []),
    ("The army shelled Sukhumi on Monday.", "shelled", ["army"], ["Sukhumi"], [], []),
    ("Youths blocked the main road at Okene to protest against the police.", "blocked",
     ["Youths"], ["police"], [], ["Okene"]),
    ("The governor imposed a curfew in Cizre on Friday.", "curfew", ["governor"], [], [],
     ["Cizre"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_town_is_no_party_of_a_protest_or_a_measure(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
