"""Habits, advice and views told with words of acts (events/eventhood/counts.py ``recurring``,
summaries.py past perfect over a span, present.py ``advice``, senses/public/opinions.py
``proposition_held``): a plural act noun with an adjective of recurrence ("frequent visits",
"repeated attacks"), an act in the past perfect over a span ("had been traveling ... for years"),
an act in a subjectless "when ...ing" clause of advice ("should exercise caution when visiting
Kenya") and a proposition granted in the present, the perfect or as a view come to ("now accept
that the war cannot be won", "have come round to accept that") are no events. The same words
telling one act (a day, a single visit, a deal agreed in the past) stay. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



GENERIC = [
    # recurrence adjectives on plural act nouns
    ("The minister has been making frequent visits to the region.", "CONSULT"),
    ("The envoy made regular visits to the rebel camps.", "CONSULT"),
    ("Rebels carried out repeated attacks on the convoys.", "ASSAULT"),
    ("Police conducted periodic raids on the market.", "COERCE"),
    ("The militia launched sporadic attacks on the border posts.", "ASSAULT"),
    ("Soldiers carried out routine arrests of young men in the district.", "COERCE"),
    ("The guards staged daily beatings of the prisoners.", "ASSAULT"),
    # past perfect over a span
    ("He had been traveling from demonstration to demonstration for years.", "PROTEST"),
    ("The gang had been attacking farmers for decades.", "ASSAULT"),
    ("The rebels had kidnapped hundreds of farmers over the past three years.", "ASSAULT"),
    ("Police had been raiding the bars for years.", "COERCE"),
    # advice and rules for any occasion
    ("Americans should exercise caution when visiting Kenya.", "CONSULT"),
    ("Travelers are advised to avoid crowds when attending protests.", "PROTEST"),
    ("Diplomats must carry their passports when visiting the border region.", "CONSULT"),
    ("Journalists should wear helmets when covering protests.", "PROTEST"),
]
OPINION = [
    ("Many separatists have come round to accept that they must disarm.", "AGREE"),
    ("The rebels now accept that the war cannot be won.", "AGREE"),
    ("The generals have accepted that the offensive failed.", "AGREE"),
    ("Over time the villagers came to accept that the soldiers would stay.", "AGREE"),
    ("The minister now accepts that the army cannot win the war.", "AGREE"),
    ("The rebels have accepted that the talks failed.", "AGREE"),
    ("Even hardliners have come to accept that the border will stay closed.", "AGREE"),
    ("Many officers have come round to accept that reform is needed.", "AGREE"),
    ("The government accepts that the ceasefire is fragile.", "AGREE"),
    ("The generals accept that the offensive has stalled.", "AGREE"),
    ("The party has come to accept that it lost the election.", "AGREE"),
    ("The separatists have grown to accept that independence is unlikely.", "AGREE"),
    ("Both leaders agree that winning over residents is a slow process.", "AGREE"),
    ("Winning over residents, both leaders agree, has been a process of engagement.", "AGREE"),
]
DONE = [
    ("The minister visited the region on Monday.", "CONSULT"),
    ("Rebels attacked the convoy on Monday.", "ASSAULT"),
    ("The envoy made a visit to the rebel camp on Monday.", "CONSULT"),
    ("Police raided the market on Tuesday.", "COERCE"),
    ("The president visited Kenya on Monday.", "CONSULT"),
    ("When visiting Kenya on Monday, the president met the opposition leader.", "CONSULT"),
    ("The rebels agreed on Monday that the talks would resume next week.", "AGREE"),
    ("The two sides agreed on Monday to a ceasefire.", "AGREE"),
    ("The rebels accepted the ceasefire on Monday.", "AGREE"),
    ("The gang attacked the farmers on Sunday.", "ASSAULT"),
    ("He was arrested on Monday while traveling to a demonstration.", "COERCE"),
    ("The militia launched an attack on the border post on Friday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "plover"), GENERIC,
                         ids=[f"generic-{k:02d}" for k in range(len(GENERIC))])
def test_a_recurring_act_a_span_in_the_past_perfect_or_advice_is_no_event(
        pipeline, text: str, plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), OPINION,
                         ids=[f"opinion-{k:02d}" for k in range(len(OPINION))])
def test_a_proposition_granted_is_a_view_not_an_agreement(pipeline, text: str,
                                                          plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), DONE,
                         ids=[f"done-{k:02d}" for k in range(len(DONE))])
def test_one_act_told_with_the_same_words_stays(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
