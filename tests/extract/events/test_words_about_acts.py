"""Whoever gives, withholds or asks for words about a violent act or a protest is not its doer:
"the army gave no reason for the shelling", "the ministry declined to comment on the raid",
"a spokesman gave no information on the stabbing" (a noun of speech or reasons, or a verb of
commenting, before "for/on/of"), and "police did not say who shot the man" (the doer is the
unknown a question word asks about); read with the real model on made-up sentences. The words
that claim, order or call for an act ("claimed responsibility for the shelling", "gave the
order for the assault") and a relative "who" ("the man who shot ...") keep their doers."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The army gave no reason for the shelling of Tarvo.", "shelling", [], [], ["army"], []),
    ("The ministry declined to comment on the raid in Kesh.", "raid", [], [], ["ministry"], []),
    ("Police refused to elaborate on the shooting in Marsa.", "shooting", [], [], ["Police"],
     []),
    ("The embassy declined to comment on the kidnapping of its driver.", "kidnapping", [],
     ["driver"], ["embassy"], []),
    ("Investigators did not say who shot the shopkeeper.", "shot", [], ["shopkeeper"],
     ["Investigators"], []),
    ("The governor would not say who ordered the bombing.", "bombing", [], [], ["governor"],
     []),
    ("Prosecutors have not said who attacked the guard.", "attacked", [], ["guard"],
     ["Prosecutors"], []),
    ("The colonel refused to comment on the airstrike on Velna.", "airstrike", [], [],
     ["colonel"], []),
    ("A police spokesman gave no information on the stabbing in Halden.", "stabbing", [], [],
     ["spokesman"], []),
    ("The ministry refused to comment on the bombing of the depot.", "bombing", [], [],
     ["ministry"], []),
    ("Authorities have not said who kidnapped the engineer.", "kidnapped", [], ["engineer"],
     ["Authorities"], []),
    ("The rebels gave no word on the ambush of the convoy.", "ambush", [], [], ["rebels"], []),
    ("The army gave no figures for the shelling of Tarvo.", "shelling", [], [], ["army"], []),
    ("The police chief gave an account of the riot.", "riot", [], [], ["chief"], []),
    ("Sengel would not comment on whether it was related to a sexual assault.", "assault", [],
     [], ["Sengel"], []),
]

KEPT = [
    ("The army claimed responsibility for the shelling of Tarvo.", "shelling", ["army"], [], [],
     []),
    ("The general gave the order for the assault on Velna.", "assault", ["general"], [], [],
     []),
    ("The army announced the shelling of Tarvo.", "shelling", ["army"], [], [], []),
    ("Police gave details of the arrests.", "arrests", ["Police"], [], [], []),
    ("The man who shot the shopkeeper was arrested.", "shot", ["man"], ["shopkeeper"], [], []),
    ("The gunmen, who attacked the guard, fled.", "attacked", ["gunmen"], ["guard"], [], []),
    ("The army shelled Tarvo after the talks collapsed.", "shelled", ["army"], ["Tarvo"], [],
     []),
    ("Rebels commented that they had attacked the convoy.", "attacked", ["Rebels"], ["convoy"],
     [], []),
    ("Troops took part in the raid on the village.", "raid", ["Troops"], [], [], []),
    ("Defence lawyers have alleged that prison wardens beat two inmates in Tarsk.", "alleged",
     ["lawyers"], ["wardens"], [], []),
    ("The report by Human Rights Watch says police shot protesters in Lendo.", "shot",
     ["police"], ["protesters"], ["Human Rights Watch"], []),
    ("Monitors reported that militiamen shelled the camp overnight.", "shelled", ["militiamen"],
     [], ["Monitors"], []),
    ("The mayor joined farmers in the square in what has become a weekly rally against the dam.",
     "rally", ["mayor"], [], [], []),
    ("Teachers staged a protest outside the education ministry.", "protest", ["Teachers"], [],
     [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_who_speaks_of_an_act_is_not_its_doer(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
