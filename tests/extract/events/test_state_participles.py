"""Participles that name a state, not an act (events/eventhood/states.py): a bare participle
before its noun ("met imprisoned cartel bosses", "returned to looted homes", "relatives of
detained protesters"), a participle after a verb of staying ("services remained suspended")
and a passive relative on a thing with no agent and no date ("the restrictions imposed on the
camps", "loans that had been suspended during the crisis") tell what the noun is; the act that
made it so is not reported there. Killings and woundings named by a participle ("the recently
killed commander") stay, as do acts told by a finite verb, with an agent or with a date, and a
headline's passive ("Leader of student union banned from campus"). Made-up probes, not taken
from any data set; all 15 state probes failed before the change."""

from __future__ import annotations

import pytest

from samples import typed_events

STATES = [  # (text, participle that must give no event)
    ("Officials met imprisoned cartel bosses in the prison.", "imprisoned"),
    ("The bank said it would resume loans that had been suspended during the crisis.",
     "suspended"),
    ("Negotiators discussed the release of detained activists.", "detained"),
    ("Residents returned to looted homes on Tuesday.", "looted"),
    ("The council voted to lift the ban imposed on street vendors.", "imposed"),
    ("Relatives of detained protesters waited outside the police station.", "detained"),
    ("The envoy visited besieged towns near the border.", "besieged"),
    ("Banned books were displayed at the fair.", "Banned"),
    ("Families of arrested journalists appealed for clemency.", "arrested"),
    ("Captured fighters were paraded on state television.", "Captured"),
    ("Residents cleared rubble from destroyed homes.", "destroyed"),
    ("Aid groups criticised the restrictions imposed on the camps.", "imposed"),
    ("Settlers moved into occupied villages in the valley.", "occupied"),
    ("Rail services remained suspended on Tuesday and the airport was shut.", "suspended"),
    ("Two student leaders remain detained in the capital.", "detained"),
]
KEPT = [  # (text, trigger word, type)
    ("The army imposed a curfew on the city on Monday.", "imposed", "COERCE"),
    ("Police jailed the gang leaders on Friday.", "jailed", "COERCE"),
    ("Rioters looted supermarkets in the capital.", "looted", "ASSAULT"),
    ("A note on assassinated members of the security forces was found.", "assassinated",
     "ASSAULT"),
    ("The recently killed commander was buried on Friday.", "killed", "ASSAULT"),
    ("The curfew imposed by the army on Monday angered residents.", "imposed", "COERCE"),
    ("Sanctions were imposed on the regime last year.", "imposed", "SANCTION"),
    ("Police detained 20 protesters on Sunday.", "detained", "COERCE"),
    ("Investors worried about funds that had been frozen by the court.", "frozen",
     "SANCTION"),
    ("Police raided the homes of opposition activists.", "raided", "COERCE"),
    ("The government suspended aid to the province on Tuesday.", "suspended", "SANCTION"),
    ("Leader of student union banned from university campus", "banned", "COERCE"),
]


@pytest.mark.parametrize("text,participle", STATES, ids=[r[0][:40] for r in STATES])
def test_participles_of_a_state_are_no_event(pipeline, text: str, participle: str) -> None:
    found = typed_events(text)
    assert not [t for t in found if participle in t[1]], found


@pytest.mark.parametrize("text,trigger,plover", KEPT, ids=[r[0][:40] for r in KEPT])
def test_acts_told_by_verbs_agents_and_dates_stay(pipeline, text: str, trigger: str,
                                                  plover: str) -> None:
    found = typed_events(text)
    assert any(t[0] == plover and trigger in t[1] for t in found), found
