"""A person a body's possessive names is the participant, with the body's country and sector
(CAMEO codes a group's member as the group): "the gang's leader was arrested" (the leader, a
criminal), "soldiers shot the cartel's bookkeeper"; not the possessor alone. Read with the
real model on made-up sentences. A person's possessive stays out ("the mayor's bodyguard"),
and a phrase the actor coder covers whole keeps its record ("Syria's soldiers")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The gang's leader was arrested in Korba on Monday.", "arrested", [], ["leader"], [], []),
    ("Police arrested the cartel's accountant in Marsa.", "arrested", ["Police"],
     ["accountant"], [], []),
    ("Gunmen killed the militia's commander near Lendo.", "killed", ["Gunmen"], ["commander"],
     [], []),
    ("Police arrested the union's leader after the strike.", "arrested", ["Police"], ["leader"],
     [], []),
    ("The company's chief executive was kidnapped in Lagos.", "kidnapped", [], ["executive"],
     [], []),
    ("Soldiers shot the cartel's bookkeeper.", "shot", ["Soldiers"], ["bookkeeper"], [], []),
    ("Police detained the syndicate's treasurer.", "detained", ["Police"], ["treasurer"], [],
     []),
    ("Police arrested the gang's driver in Tarvo.", "arrested", ["Police"], ["driver"], [], []),
    ("The militia's leader was killed in an airstrike.", "killed", [], ["leader"], [], []),
    ("Police detained the gang's accountant in Velmar.", "detained", ["Police"], ["accountant"],
     [], []),
    ("The gang's leader shot a guard.", "shot", ["leader"], ["guard"], [], []),
    ("The cartel's treasurer was detained in Korba.", "detained", [], ["treasurer"], [], []),
]

KEPT = [
    ("Police detained the smuggler's brother.", "detained", ["Police"], ["brother"], [], []),
    ("Security forces raided the militia's headquarters.", "raided", ["forces"], ["militia"],
     [], []),
    ("Syria's soldiers shelled the town.", "shelled", ["soldiers"], ["town"], [], []),
    ("The mayor's bodyguard was shot outside city hall.", "shot", [], ["bodyguard"], [], []),
    ("Iran's foreign minister condemned the attack.", "condemned", ["minister"], [], [], []),
    ("Gunmen stormed the rebels' hideout in Lendo.", "stormed", ["Gunmen"], ["rebels"], [], []),
    ("Militants killed the tribe's elder.", "killed", ["Militants"], ["elder"], [], []),
    ("Police arrested three members of the gang.", "arrested", ["Police"], ["gang"], [], []),
    ("The union's secretary was arrested at dawn.", "arrested", [], ["secretary"], [], []),
    ("Gunmen shot the company's manager outside the depot.", "shot", ["Gunmen"], ["manager"],
     [], []),
    ("Police arrested the man's son.", "arrested", ["Police"], ["son"], [], []),
    ("Gunmen killed his driver in Kesh.", "killed", ["Gunmen"], ["driver"], [], []),
    ("The army's commander ordered the assault.", "assault", [], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_bodys_member_is_the_participant(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
