"""A raid by the police or another state body is a search (COERCE), read from the raiders'
sectors or words, also for the noun "raid" under a verb of searching ("detectives seized cocaine
in a raid on a depot"; "members of the anti-gang unit raided three houses", where the gang is what
the unit fights): events/senses/courts/searches.py ``sectored_search``. A raid by an armed group
or one that kills stays an attack. Made-up probes, not taken from any data set; 9 of the 17
searches failed before the change, none of the 11 attacks."""

from __future__ import annotations

import pytest

from samples import typed_events

SEARCHES = [  # raids by police or state bodies: no ASSAULT, a COERCE
    "Members of the narcotics squad raided four flats in Riverside on Friday and arrested "
    "three men.",
    "Officers of the organised crime unit raided a scrapyard near the harbour on Thursday.",
    "Detectives seized 12 kilograms of cocaine in a raid on a storage depot in the port "
    "district.",
    "Customs officers arrested two sailors during a raid on a cargo ship.",
    "Agents of the anti-corruption bureau raided the mayor's office on Tuesday.",
    "Personnel of the drug enforcement agency raided two houses in the suburb.",
    "Police recovered four pistols in a dawn raid on a flat in the east of the city.",
    "Members of the tactical response team raided a hostel on Sunday, arresting five men.",
    "Police confiscated counterfeit goods in raids on market stalls in the town.",
    "Investigators of the tax office raided the headquarters of a shipping firm.",
    "Soldiers arrested six suspects in a raid on a farm outside the town.",
    "Members of the anti-cartel unit raided a ranch outside the city on Friday.",
    "Gendarmes detained four smugglers in an overnight raid on a garage.",
    "Federal agents found 30 rifles during a raid on a warehouse near the border.",
    "The police said they had arrested eight men in raids on gambling dens.",
    "Deputies seized cash and scales in a raid on a trailer home, the sheriff's office said.",
    "Police said they had held 14 people in raids in two towns and seized cash.",
]
ATTACKS = [  # raids by armed groups, or that kill: an ASSAULT stays
    "Members of the armed gang raided a village on Sunday, burning homes.",
    "Militants killed four villagers in a raid on a farming settlement.",
    "Gunmen raided a police post near the border and seized rifles.",
    "Fighters of the rebel group raided an army base overnight.",
    "Bandits abducted 20 pupils in a raid on a boarding school.",
    "Insurgents raided two villages in the district on Monday.",
    "Bandits seized cattle in a raid on a herding village.",
    "Soldiers shot dead two men in a raid on a house in the old quarter.",
    "Pirates raided a cargo ship off the coast and took the crew hostage.",
    "A team of gunmen raided a bar in the old town.",
    "Troops raided a rebel camp in the hills, killing six fighters.",
]


@pytest.mark.parametrize("text", SEARCHES, ids=[t[:40] for t in SEARCHES])
def test_raid_by_state_body_is_a_search(pipeline, text: str) -> None:
    found = typed_events(text)
    assert not [t for t in found if t[0] == "ASSAULT"], found
    assert any(t[0] == "COERCE" for t in found), found


@pytest.mark.parametrize("text", ATTACKS, ids=[t[:40] for t in ATTACKS])
def test_raid_by_armed_group_or_that_kills_stays_an_attack(pipeline, text: str) -> None:
    found = typed_events(text)
    assert any(t[0] == "ASSAULT" for t in found), found
