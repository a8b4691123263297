"""A readiness stated by an adjective of attitude ("said it was willing to sign a truce", "is
ready to resign") keeps the act's own type and flags it hypothetical (``unreal.readiness``); an
act named by a noun that a verb of agreeing is "to" is to come ("agreed to talks": future), or
hypothetical where the agreeing is only a condition or negated ("would strike if the ministry
did not agree to talks"), as is what a party says it will not permit ("would not allow its
bases to be used for strikes"). Neighbours told as done keep no flag, and promises or offers by their
own verb stay the speech act (AGREE). Sentences made up for these tests (real model)."""

from __future__ import annotations

import pytest

from sitrep.records import Event

# (sentence, trigger word, PLOVER type, the flag it must carry)
UNREAL = [
    ("The rebel council said it was willing to sign a truce with the army.", "sign", "AGREE",
     "hypothetical"),
    ("The finance minister said he was ready to resign.", "resign", "RETREAT",
     "hypothetical"),
    ("The rebels are prepared to release the hostages.", "release", "RETREAT",
     "hypothetical"),
    ("The junta said it was willing to withdraw its troops from the border.", "withdraw",
     "RETREAT", "hypothetical"),
    ("The opposition is ready to negotiate with the government.", "negotiate", "CONSULT",
     "hypothetical"),
    ("Norway said it was willing to mediate between the two sides.", "mediate", "CONSULT",
     "hypothetical"),
    ("The militia said it was willing to free the captured soldiers.", "free", "RETREAT",
     "hypothetical"),
    ("Iran is prepared to meet the envoys in Oman.", "meet", "CONSULT", "hypothetical"),
    ("The union said it would call a strike if the ministry did not agree to talks.", "talks",
     "CONSULT", "hypothetical"),
    ("The teachers will walk out unless the board agrees to negotiations.", "negotiations",
     "CONSULT", "hypothetical"),
    ("The government agreed to talks with the rebels.", "talks", "CONSULT", "future"),
    ("The two factions agreed to negotiations in Nairobi.", "negotiations", "CONSULT",
     "future"),
    ("Kenya said it would not allow its airfields to be used for raids on Somalia.", "raids",
     "ASSAULT", "hypothetical"),
    ("Saudi Arabia will not permit its bases to be used for air strikes on Iraq.", "strikes",
     "ASSAULT", "hypothetical"),
]
# neighbours: done acts keep no flag; a promise or an offer by its own verb is the AGREE
DONE = [
    ("The finance minister resigned on Tuesday.", "resigned", "RETREAT"),
    ("The rebels released the hostages on Sunday.", "released", "RETREAT"),
    ("The rebel council signed a truce with the army on Friday.", "signed", "AGREE"),
    ("Iran met the envoys in Oman on Monday.", "met", "CONSULT"),
    ("Government troops withdrew from the border villages overnight.", "withdrew", "RETREAT"),
    ("The government and the rebels held talks in Nairobi.", "talks", "CONSULT"),
]
SPOKEN = [
    ("The government promised to withdraw its troops from the valley.", "promised", "AGREE"),
    ("Norway offered to mediate between the two sides.", "offered", "AGREE"),
]
FLAGS = {"future", "hypothetical", "negated"}


def _event(events: list[Event], trigger: str, plover: str) -> Event:
    found = [e for e in events if trigger in e.trigger.text and e.plover_type == plover]
    assert found, [(e.plover_type, e.trigger.text, e.modes) for e in events]
    return found[0]


@pytest.mark.parametrize("sentence,trigger,plover,flag", UNREAL,
                         ids=[r[1] + "-" + str(i) for i, r in enumerate(UNREAL)])
def test_a_readiness_or_an_agreed_act_keeps_its_type_not_done(
        events_of, sentence: str, trigger: str, plover: str, flag: str) -> None:
    event = _event(events_of(sentence), trigger, plover)
    assert flag in event.modes, event.modes


@pytest.mark.parametrize("sentence,trigger,plover", DONE,
                         ids=[r[1] + "-" + str(i) for i, r in enumerate(DONE)])
def test_the_act_told_as_done_keeps_no_flag(events_of, sentence: str, trigger: str,
                                            plover: str) -> None:
    event = _event(events_of(sentence), trigger, plover)
    assert not FLAGS & set(event.modes), event.modes


@pytest.mark.parametrize("sentence,trigger,plover", SPOKEN,
                         ids=[r[1] for r in SPOKEN])
def test_a_promise_or_an_offer_stays_the_speech_act(events_of, sentence: str, trigger: str,
                                                     plover: str) -> None:
    _event(events_of(sentence), trigger, plover)


def test_an_adjective_of_attitude_without_an_act_is_no_event(events_of) -> None:
    assert not events_of("The food was ready to eat by noon.")
