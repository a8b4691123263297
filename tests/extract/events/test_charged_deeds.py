"""A deed told by a gerund that is the reason of a legal step, an arrest or a penalty is the
charge, not a happening (events/senses/courts/legal.py, ``charged_deed``): "fourteen people were
arrested for attacking officers", "sentenced to 12 years for beating a prisoner", "convicted
the colonel of torturing detainees" code the arrest or the sentence only (issue 15: charges
named as crimes; the guidelines: "charged with assault codes the charging"). The same deed
told as a happening, a noun after an arrest ("arrested in the attack", often its only mention)
"detained for protesting", a deed with a day of its own ("arrested for assaulting an officer on
Monday": test_senses) and a term served for a deed (background: test_served_for) stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

# (text, trigger of the deed named as the reason of a legal step or an arrest)
REASONS = [
    ("On Monday, fourteen people were arrested for attacking officers and damaging shops.",
     "attacking"),
    ("A former guard was sentenced to 12 years for beating a handcuffed prisoner.", "beating"),
    ("The man was jailed for six years for stabbing his cousin.", "stabbing"),
    ("Police arrested two men on Tuesday for kidnapping a shopkeeper.", "kidnapping"),
    ("A court convicted the colonel of torturing detainees.", "torturing"),
    ("The teenager was detained for throwing stones at a patrol.", "throwing"),
    ("The officer was fined for assaulting a motorist.", "assaulting"),
    ("Three soldiers were prosecuted for looting homes in the village.", "looting"),
    ("The pastor was charged on Monday with threatening a neighbour with a machete.", "threatening"),
    ("A judge acquitted the guard of shooting the protester.", "shooting"),
    ("The two brothers were held for questioning and for setting fire to a bus.", "setting fire"),
    ("He was found guilty of killing his business partner.", "killing"),
    ("The gang leader was indicted for extorting bus companies.", "extorting"),
    ("Five men were arrested on suspicion of firebombing a mosque.", "firebombing"),
    ("The woman was jailed for life for murdering her husband.", "murdering"),
]
# the same deeds told as happenings, and acts beside an arrest: they stay
TOLD = [
    ("Rioters attacked officers and damaged shops on Monday, and fourteen people were arrested.", "attacked"),
    ("A guard beat a handcuffed prisoner on Monday and was later sentenced.", "beat"),
    ("Police arrested two men after they kidnapped a shopkeeper on Tuesday.", "kidnapped"),
    ("Soldiers looted homes in the village before they were arrested.", "looted"),
    ("Police arrested two men in the attack on the bank.", "arrested"),
    ("Police arrested three men for the killing of a farmer.", "arrested"),
    ("The man stabbed his cousin and was jailed for six years.", "stabbed"),
    ("Police detained dozens of people for protesting outside parliament.", "detained"),
    ("Troops fired on the crowd for hours on Monday.", "fired"),
    ("The mob was attacking officers when police arrived.", "attacking"),
]


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in sitrep.process_text(text, published="2021-03-01").events]


@pytest.mark.parametrize(("text", "deed"), REASONS,
                         ids=[f"reason-{k:02d}" for k in range(len(REASONS))])
def test_a_deed_given_as_the_reason_of_a_step_is_no_event(pipeline, text: str,
                                                           deed: str) -> None:
    triggers = _triggers(text)
    assert not any(deed in t or t in deed for t in triggers), triggers


@pytest.mark.parametrize(("text", "trigger"), TOLD, ids=[f"told-{k:02d}" for k in range(len(TOLD))])
def test_deeds_told_as_happenings_stay(pipeline, text: str, trigger: str) -> None:
    assert any(trigger in t for t in _triggers(text)), _triggers(text)
