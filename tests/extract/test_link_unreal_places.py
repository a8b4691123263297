"""Probes of the place of an act that has not happened (``hypothetical``: an act a request asks
of another party, "urged Tunisia to release the blogger", "called for talks"): it happened
nowhere, so it takes only a place its own clause states ("to withdraw from Goma", "talks in
Geneva"), never the requester's place ("the UN rights office in Geneva urged"), the
dateline's town or the article's place. Neighbours: the same acts done keep their place."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CHANGE = [
    ("The UN human rights office in Geneva urged Tunisia to release the blogger.", "RETREAT",
     "release", []),
    ("LOME, Togo -- Police arrested an opposition leader on Monday. His party demanded his "
     "immediate release.", "RETREAT", "release", []),
    ("NAIROBI, Kenya -- Police detained 40 protesters on Tuesday. Amnesty International called "
     "on the authorities to free them.", "RETREAT", "free", []),
    ("BAMAKO, Mali -- Gunmen seized 20 children on Sunday. UNICEF called for the release of "
     "the children.", "RETREAT", "release", []),
    ("DHAKA, Bangladesh -- Police detained two union leaders on Friday. The federation "
     "demanded their release.", "RETREAT", "release", []),
    ("MOSCOW -- A journalist was detained on Thursday. His newspaper called for his release.",
     "RETREAT", "release", []),
    ("KABUL, Afghanistan -- Gunmen abducted an aid worker on Monday. The UN urged the "
     "kidnappers to free him.", "RETREAT", "free", []),
    ("ADDIS ABABA, Ethiopia -- Drone strikes hit two villages on Monday. The US embassy "
     "called for talks between the government and the militia.", "CONSULT", "talks", []),
    ("HARARE, Zimbabwe -- Riot police dispersed a rally on Saturday. Church leaders urged the "
     "government to investigate the violence.", "ACCUSE", "investigate", []),
    ("QUITO, Ecuador -- Soldiers took control of a prison on Monday. Rights groups asked the "
     "army to withdraw from the prison.", "RETREAT", "withdraw", []),
]

KEEP = [
    ("The UN urged the rebels to withdraw from Goma.", "RETREAT", "withdraw", ["Goma"]),
    ("LOME, Togo -- Police released the opposition leader on Monday.", "RETREAT", "released",
     ["Lomé"]),
    ("NAIROBI, Kenya -- Police detained 40 protesters on Tuesday.", "COERCE", "detained",
     ["Nairobi"]),
    ("BAMAKO, Mali -- Gunmen freed 20 children on Sunday.", "RETREAT", "freed", ["Bamako"]),
    ("KABUL, Afghanistan -- The kidnappers freed the aid worker on Monday.", "RETREAT", "freed",
     ["Kabul"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CHANGE + KEEP)
def test_an_act_not_done_takes_only_its_own_clause_place(pipeline, text, kind, trigger,
                                                          places):
    assert trigger_places(pipeline, text, kind, trigger) == places
