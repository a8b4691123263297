"""Victims told by an owner or by the scene (session 44): "its" / "his" on counted people of no
kind of their own stands for the nearest singular subject ("the army said ...; two of its own
men died": military); the others a suicide attacker kills are not attackers; fighters "on both
sides" of an army and rebels are mixed (not of two factions of one group); people hit in an
attack on an aid convoy or vehicle are aid workers; members of a militant group, a gang or a
cartel are militants; militiamen are militants. Made-up probes, with neighbours that must keep
their kind."""

from __future__ import annotations

import pytest

from sitrep.records import Article

# (text, the victims of every claim in order)
CASES = [
    ("The army said it had recaptured the village after a battle in which 30 insurgents were "
     "killed; three of its own men died and five were wounded.",
     ["militant", "military", "military"]),
    ("The militia said it would disarm, weeks after its commander and nine of his men were killed "
     "in an ambush by the army.", ["militant"]),
    ("The police commander said four of his men were hurt in the riot.", ["police"]),
    ("The rebel group said two of its commanders were captured by troops.", ["militant"]),
    ("A male suicide bomber detonated his vest near a mosque, killing himself and 14 others, "
     "officials said.", ["militant", "unknown"]),
    ("Two suicide bombers blew themselves up at the gate, police said.", ["militant"]),
    ("Fighting between the army and the rebels left 31 fighters dead on both sides, elders "
     "said.", ["mixed"]),
    ("Gunmen ambushed a humanitarian convoy on the highway, killing two drivers and wounding a "
     "nurse.", ["aid_worker", "aid_worker"]),
    ("Police arrested 40 suspected members of a militant group in the north.", ["militant"]),
    ("Soldiers detained 25 members of a drug cartel near the border.", ["militant"]),
    ("Clashes left eight soldiers and 15 militiamen dead.", ["military", "militant"]),
    # neighbours
    ("The farmer said three of his sons were shot dead.", ["civilian"]),
    ("The company said four of its employees were kidnapped.", ["civilian"]),
    ("Shelling killed 12 soldiers on both sides of the border.", ["military"]),
    ("Fighting between two factions of the rebel group left 19 fighters dead on both sides.",
     ["militant"]),
    ("Gunmen killed five villagers near the camp where an aid convoy had stopped.", ["civilian"]),
    ("Fighting forced 20,000 people to flee, according to the UN humanitarian office.",
     ["unknown"]),
]


@pytest.mark.parametrize(("text", "victims"), CASES, ids=[c[0][:50] for c in CASES])
def test_victims_of_owners_and_scenes(pipeline, text, victims):
    claims = [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
    if "its commander" in text:  # (the commander's own claim is not asserted here)
        claims = [c for c in claims if c.low != 1]
    assert [c.victims for c in claims] == victims


# a side's losses told with "lose": killed, of the loser's kind; (text, [(outcome, low,
# victims)]) with neighbours where "lose" counts no deaths
LOSSES = [
    ("The rebels said they had lost only three of their fighters.", [("killed", 3, "militant")]),
    ("The army said it had lost seven soldiers in the ambush.", [("killed", 7, "military")]),
    ("Government troops recaptured the pass after two days of fighting, losing nine men, an "
     "officer said.", [("killed", 9, "military")]),
    ("The militia laid down its arms after losing more than 100 fighters to the army.",
     [("killed", 100, "militant")]),
    ("The police lost a dozen officers in the riots.", [("killed", 12, "police")]),
    ("The insurgents said they lost four men in the clash.", [("killed", 4, "militant")]),
    # neighbours
    ("The company lost 400 jobs and two plants.", []),
    ("The ruling party lost 15 seats in the election.", []),
    ("The herder lost 30 cattle in the raid.", []),
    ("The ministry lost contact with six soldiers after the storm.", []),
]


@pytest.mark.parametrize(("text", "expected"), LOSSES, ids=[c[0][:50] for c in LOSSES])
def test_losses_of_a_side_are_deaths(pipeline, text, expected):
    claims = [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
    assert [(c.outcome, c.low, c.victims) for c in claims] == expected


# captives freed are no capture of theirs; a fate of their own is no part of the capture
FREED = [
    ("Gunmen abducted 30 farmers on Monday; police said six of them had escaped.",
     [("abducted", 30)]),
    ("Kidnappers seized 12 pupils from the school and released five of them on Friday.",
     [("abducted", 12)]),
    ("Bandits abducted 25 travellers, and officials said nine of them had been rescued.",
     [("abducted", 25)]),
    ("Gunmen kidnapped 14 villagers and killed two of them, police said.",
     [("abducted", 14), ("killed", 2)]),
    # neighbours: a part of the capture's own fate stays
    ("Gunmen abducted 30 farmers, including six of them from one family.",
     [("abducted", 30), ("abducted", 6)]),
]


@pytest.mark.parametrize(("text", "expected"), FREED, ids=[c[0][:50] for c in FREED])
def test_freed_captives_and_their_own_fates(pipeline, text, expected):
    claims = [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]
    assert [(c.outcome, c.low) for c in claims] == expected
