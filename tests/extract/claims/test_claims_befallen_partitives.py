"""Made-up probes for session 39 (issue 19 item 1: victims of casualty claims on unseen text),
written before the change, with neighbours that must keep what they had.

"N of the victims", "N of the hostages", "N of the captives", "N of the survivors" count the
people the text told of before (in the sentence or the one before), whose kind they take:
"Kidnappers freed 14 passengers ... Two of the hostages are still missing" -> civilian;
"Militants held nine soldiers; four of the captives were executed" -> military; "killed ten
people ... Three of the victims died" -> unknown ("people" is found too, so an earlier kind
further back is not taken). Without "the" ("three victims") nothing is looked up.

Each row: (text, outcome, low, victims).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, A, M = "killed", "injured", "abducted", "missing"

BEFALLEN = [
    ("Gunmen abducted 12 farmers near the river. Police said three of the hostages were killed.", K, 3, "civilian"),
    ("Militants held nine soldiers for a week; four of the captives were executed.", K, 4, "military"),
    ("Bandits seized 40 schoolgirls from a boarding school, and two of the captives died in the forest.", K, 2, "civilian"),
    ("Pirates seized 18 sailors off the coast. Five of the hostages remain unaccounted for.", M, 5, "civilian"),
    ("Rebels captured 11 police officers at a checkpoint. Two of the captives were later shot dead.", K, 2, "police"),
    ("Armed men kidnapped 25 pilgrims on the highway, and six of the hostages were wounded.", J, 6, "civilian"),
    ("Insurgents seized 30 villagers during the raid. Three of the abductees were found dead.", K, 3, "civilian"),
    ("Soldiers beat dozens of students at the campus, and four of the victims later died.", K, 4, "civilian"),
    ("A gang kidnapped seven nurses from a clinic; two of the hostages were killed.", K, 2, "civilian"),
    ("Jihadists abducted 14 soldiers near the border. Nine of the captives were killed.", K, 9, "military"),
    # neighbours: "people" before, or no "the" / a plain "them"
    ("A bomb killed ten people and wounded 48 at a bus stop. Three of the victims were children.", K, 10, "unknown"),
    ("A grenade attack wounded 20 people at a bar, police said. Three of the victims later died.", K, 3, "unknown"),
    ("Gunmen kidnapped 15 people from a bus. Four of the hostages were killed.", K, 4, "unknown"),
    ("Gunmen abducted 12 farmers near the river. Police said three of them were killed.", K, 3, "civilian"),
    ("Militants abducted 12 farmers near the river and killed three victims.", K, 3, "unknown"),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in BEFALLEN])
def test_of_the_victims_counts_the_people_before(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low)
    assert claim.victims == victims
