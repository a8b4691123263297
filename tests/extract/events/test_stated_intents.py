"""Stated intentions (events/modes.py ``plover_by_modality``, ``intent_cameo_root``): an act
announced by "will", "plans to", "intends to", "is set to" or a reported "would" keeps its own
PLOVER type with the ``future`` flag (GUIDELINES: "will meet on Monday", "plans to suspend"),
and its CAMEO root is the intent (03 for cooperation, 13 for force); a promise, an offer or a
threat by its own verb ("promised to withdraw", "offered to mediate", "threatened to kill") is
the speech act, AGREE or THREATEN; a readiness ("is willing to withdraw", "is ready to
negotiate") keeps the act's type, hypothetical, with the intent's CAMEO root. What a warning says another
party will do ("warned that rebels would attack") is feared: the act, hypothetical; a warning
about the warner's own act ("warned it would retaliate") is the threat. Sentences made up for
these tests (real model)."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

# announced acts: (sentence, trigger word, the type they keep, the CAMEO root of the intent)
ANNOUNCED = [
    ("The two foreign ministers will meet in Vienna on Monday.", "meet", "CONSULT", "03"),
    ("The president will visit Kenya next week.", "visit", "CONSULT", "03"),
    ("The envoy intends to meet the rebel leaders in Doha.", "meet", "CONSULT", "03"),
    ("The two presidents will hold talks in Ankara next month.", "talks", "CONSULT", "03"),
    ("The government will release the prisoners on Friday.", "release", "RETREAT", "03"),
    ("The army aims to withdraw its troops by June.", "withdraw", "RETREAT", "03"),
    ("The ministry announced that it would send aid to the flood victims.", "aid", "AID",
     "03"),
    ("The government plans to deploy troops to the border.", "deploy", "MOBILIZE", "13"),
    ("The army will deploy two battalions to the north.", "deploy", "MOBILIZE", "13"),
    ("Police plan to arrest the suspects this week.", "arrest", "COERCE", "13"),
    ("The rebels said they would attack the capital.", "attack", "ASSAULT", "13"),
    ("Rebel commanders said they would blockade the capital from Monday night.", "blockade", "COERCE",
     "13"),
]
# near neighbours: a promise, an offer or a threat by its own verb stays the speech act
# (sentence, trigger word, type); acts told as done carry no flag and keep their CAMEO root
SPOKEN = [
    ("The rebels threatened to attack the capital.", "threatened", "THREATEN"),
    ("The militia threatened to kill the hostages.", "threatened", "THREATEN"),
    ("The government promised to withdraw its troops from the valley.", "promised", "AGREE"),
    ("Norway offered to mediate between the two sides.", "offered", "AGREE"),
    ("The rebels offered to release the hostages.", "offered", "AGREE"),
    # aid pledged is AID, not yet given (GUIDELINES; senses/pledges.py)
    ("The minister pledged to send aid to the flood victims.", "pledged", "AID"),
    ("The government pledged that it would release the prisoners.", "pledged", "AGREE"),
    ("The army warned it would retaliate against any incursion.", "warned", "THREATEN"),
]
# a readiness stated by an adjective of attitude (``unreal.readiness``): the act's own type,
# hypothetical, and CAMEO's intent root
READY = [
    ("Syria says it is willing to withdraw its troops from Lebanon.", "withdraw", "RETREAT",
     "03"),
    ("The rebels are ready to negotiate with the government.", "negotiate", "CONSULT", "03"),
    ("The militia said it was prepared to attack the capital.", "attack", "ASSAULT", "13"),
]
DONE = [
    ("The two foreign ministers met in Vienna on Monday.", "met", "CONSULT", "04"),
    ("The army deployed two battalions to the north.", "deployed", "MOBILIZE", "15"),
    ("The government released the prisoners on Friday.", "released", "RETREAT", "08"),
    ("The rebels attacked the capital on Monday.", "attacked", "ASSAULT", "19"),
]
# refusals and obligations are read as before: "will not withdraw" a REJECT, "must" a REQUEST
OTHER_MODALITIES = [
    ("The army will not withdraw from the valley.", "withdraw", "REJECT"),
    ("The army must withdraw from the valley, the minister said.", "withdraw", "REQUEST"),
]

# warnings about another party's act: (sentence, trigger word, type), flagged hypothetical
WARNED_OF_OTHERS = [
    ("The minister warned that rebels would attack the town.", "attack", "ASSAULT"),
    ("The UN warned that the militia would attack the camp.", "attack", "ASSAULT"),
    ("Aid groups warned that the army would shell the refugee camp.", "shell", "ASSAULT"),
    ("Analysts warned that the army would bomb the bridges.", "bomb", "ASSAULT"),
    ("Doctors warned that police would arrest the striking nurses.", "arrest", "COERCE"),
    ("Officials cautioned that the gangs would kidnap more tourists.", "kidnap", "ASSAULT"),
    ("The monitors warned that the rebels will attack the capital.", "attack", "ASSAULT"),
    ("The mayor warned that protesters would block the highway.", "block", "PROTEST"),
    ("The envoy warned that the talks would collapse.", "talks", "CONSULT"),
    ("Residents fear that rebels will attack the town.", "attack", "ASSAULT"),
]
# warnings about the warner's own act: one threat, no act of its own
WARNED_OF_OWN = [
    "The army warned that it would attack the rebels' positions.",
    "The police warned that they would arrest the protesters.",
    "The army warned it would retaliate against any incursion.",
    "The rebels warned that they would kill the hostages.",
    "The general warned that his troops would shell the town.",
]


def _events(text: str) -> list[Event]:
    return sitrep.process_text(text, published="2021-03-01").events


def _with(text: str, trigger: str) -> Event:
    events = _events(text)
    found = [e for e in events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text,trigger,plover,root", ANNOUNCED)
def test_an_announced_act_keeps_its_type_with_the_future_flag(
        pipeline, text: str, trigger: str, plover: str, root: str) -> None:
    event = _with(text, trigger)
    assert (event.plover_type, "future" in event.modes) == (plover, True)
    assert event.cameo_root == root  # CAMEO's reading: an expressed intent


@pytest.mark.parametrize("text,trigger,plover", SPOKEN)
def test_a_promise_an_offer_or_a_threat_by_its_own_verb_is_the_speech_act(
        pipeline, text: str, trigger: str, plover: str) -> None:
    assert _with(text, trigger).plover_type == plover


@pytest.mark.parametrize("text,trigger,plover,root", READY)
def test_a_readiness_keeps_the_acts_type_hypothetical(
        pipeline, text: str, trigger: str, plover: str, root: str) -> None:
    event = _with(text, trigger)
    assert (event.plover_type, "hypothetical" in event.modes) == (plover, True)
    assert event.cameo_root == root  # CAMEO's reading: an expressed intent


@pytest.mark.parametrize("text,trigger,plover,root", DONE)
def test_an_act_told_as_done_has_no_flag_and_its_own_root(
        pipeline, text: str, trigger: str, plover: str, root: str) -> None:
    event = _with(text, trigger)
    assert (event.plover_type, event.cameo_root) == (plover, root)
    assert "future" not in event.modes


@pytest.mark.parametrize("text,trigger,plover", OTHER_MODALITIES)
def test_refusals_and_obligations_are_read_as_before(pipeline, text: str, trigger: str,
                                                     plover: str) -> None:
    assert _with(text, trigger).plover_type == plover



@pytest.mark.parametrize("text,trigger,plover", WARNED_OF_OTHERS)
def test_what_a_warning_says_others_will_do_is_feared(pipeline, text: str, trigger: str,
                                                      plover: str) -> None:
    found = [e for e in _events(text) if e.plover_type == plover and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in _events(text)]
    assert "hypothetical" in found[0].modes and "future" not in found[0].modes


@pytest.mark.parametrize("text", WARNED_OF_OWN)
def test_a_warning_of_the_warners_own_act_is_the_threat(pipeline, text: str) -> None:
    assert [e.plover_type for e in _events(text)] == ["THREATEN"]
