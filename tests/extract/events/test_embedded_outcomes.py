"""A participle of harm that the parser hangs on a verb telling no act of its type ("police
were hunting the men who attacked a bus, killing four passengers") is the outcome of the act
of the clause embedded under that verb: one ASSAULT, with the attackers as its doers, not a
second one done by the hunters (events/mentions/related.py ``embedded_outcome``, merged in
events/merge.py). Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

ONE_ACT = [  # (sentence, the doers' word)
    ("Police were hunting the men who attacked a bus near Mardan on Monday, killing four "
     "passengers.", "men"),
    ("Troops were searching for militants who had raided a village on Sunday, killing three "
     "farmers.", "militants"),
    ("Police arrested a man who had stabbed a neighbour on Sunday, injuring her badly.", "man"),
    ("Soldiers were tracking the rebels who ambushed a convoy near Beni, killing six drivers.",
     "rebels"),
    ("Investigators identified the gang that bombed a bar in Cali on Friday, wounding 12 "
     "customers.", "gang"),
    ("Officials named the gunman who shot at worshippers outside a mosque, killing two men.",
     "gunman"),
    ("Police detained three youths who had attacked a teacher in Lyon, injuring him.",
     "youths"),
    ("The army was chasing fighters who had shelled a market in Idlib, killing nine traders.",
     "fighters"),
    ("Guards caught the inmates who stabbed a warden at the prison on Monday, wounding him "
     "critically.", "inmates"),
    ("Police are questioning a driver who ran over a cyclist and then beat him, injuring him.",
     "driver"),
]
TWO_ACTS = [  # the verb above is itself an attack: the participle is its outcome
    "Troops raided the camp of militants who had attacked a village, killing three fighters.",
    "Soldiers stormed the hideout of gunmen who had kidnapped a priest, killing four of them.",
    "Police shot the men who had robbed a bank and attacked a guard, wounding two of them.",
]


def _assaults(text: str) -> list:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e for e in events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text,doer", ONE_ACT)
def test_a_harm_participle_is_the_outcome_of_the_embedded_act(pipeline, text: str,
                                                              doer: str) -> None:
    found = _assaults(text)
    assert len(found) == 1, [e.trigger.text for e in found]
    assert any(doer in a.text for a in found[0].actors), found[0].actors


@pytest.mark.parametrize("text", TWO_ACTS)
def test_an_attack_above_keeps_its_own_outcome(pipeline, text: str) -> None:
    assert len(_assaults(text)) == 2
