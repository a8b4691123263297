"""Flags from cues beyond a trigger's own auxiliaries (``modal_cues``), on made-up sentences: a
reported "would" is the announced future; adjectives of time and chance on a noun; the
consequent of a condition; a threatened object (a demanded one is no event: only the request); a known happening as the subject of
a modal about its consequences; a present tense in a temporal clause of a future clause. Each class with near neighbours whose flags must not change."""

from __future__ import annotations

import pytest

import sitrep

# (sentence, trigger, flags the event must have, flags it must not have)
REPORTED_WOULD = [
    ("The ministry announced on Monday that it would send aid to the refugees.", "send aid"),
    ("The rebels said on Sunday that they would release the hostages.", "release"),
    ("Officials said the talks would resume in Geneva next week.", "talks"),
    ("The president told reporters that he would visit Kabul in May.", "visit"),
    ("The government confirmed that it would hold talks with the rebels.", "talks"),
    ("The army's announcement that it would withdraw from the town surprised residents.",
     "withdraw"),
    ("The minister promised that police would arrest the killers.", "arrest"),
    ("The court decided that the men would be deported to Mexico.", "deported"),
    ("The union declared that its members would strike on Friday.", "strike"),
    ("The embassy stated that it would expel the diplomats.", "expel"),
]
STILL_HYPOTHETICAL = [
    ("The rebels said they would release the hostages if the army withdrew.", "release"),
    ("Officials said the talks would have resumed without the storm.", "talks"),
    ("Analysts think the rebels would attack the town.", "attack"),
    ("The ministry says it would send aid if asked.", "send aid"),
    ("Residents feared that the militia would attack the village.", "attack"),
    ("The minister said the army could attack the town.", "attack"),
    ("The president said he might visit Kabul in May.", "visit"),
    ("Officials hoped the talks would resume next week.", "talks"),
    ("The rebels would release the hostages, the mediator believes.", "release"),
    ("The envoy wondered whether the rebels would release the hostages.", "release"),
]
ADJECTIVE_FUTURE = [
    ("The impending surrender of the commander was announced on Monday.", "surrender"),
    ("The general's release appears imminent.", "release"),
    ("Delegates prepared for the upcoming talks in Geneva.", "talks"),
    ("Officials prepared for the planned visit of the president.", "visit"),
    ("Diplomats expect the forthcoming summit to ease tensions.", "summit"),
]
ADJECTIVE_HYPOTHETICAL = [
    ("Police warned of a possible attack on the market.", "attack"),
    ("The proposed ban on rallies drew criticism.", "ban"),
    ("The police foiled a planned attack on the embassy.", "attack"),
    ("An attack on the capital is possible, the minister said.", "attack"),
    ("The rebels' potential withdrawal worries the villagers.", "withdrawal"),
]
NO_ADJECTIVE_FLAG = [
    ("The surrender of the commander was announced on Monday.", "surrender"),
    ("The general's release was a relief for the family.", "release"),
    ("Delegates left the talks in Geneva on Monday.", "talks"),
    ("Officials described the visit of the president as a success.", "visit"),
    ("Police warned of the attack on the market.", "attack"),
    ("The ban on rallies drew criticism.", "ban"),
    ("Gunmen carried out a brutal attack on the embassy on Monday.", "attack"),
    ("The attack on the capital was swift.", "attack"),
    ("The rebels' sudden withdrawal worries the villagers.", "withdrawal"),
    ("The recent summit eased tensions.", "summit"),
]
CONDITIONED = [
    ("If the talks fail, the rebels will attack the town.", "attack"),
    ("The army will shell the villages if the rebels refuse to leave.", "shell"),
    ("Police will arrest the organisers if the march goes ahead.", "arrest"),
    ("The government will impose a curfew unless the riots stop.", "curfew"),
    ("If the ceasefire holds, the envoys will meet in Oslo on Friday.", "meet"),
    ("The union will strike on Monday if wages are not raised.", "strike"),
    ("If elected, she will visit the refugee camps.", "visit"),
    ("The donors will send aid to the region if the roads reopen.", "send aid"),
    ("Troops will withdraw from the town if the rebels disarm.", "withdraw"),
    ("The rebels would free the hostages if the government paid a ransom.", "free"),
]
UNCONDITIONED_FUTURE = [
    ("The army will shell the villages on Monday.", "shell"),
    ("Police will arrest the organisers, the minister said.", "arrest"),
    ("Even if the talks fail, the envoys will meet in Oslo on Friday.", "meet"),
    ("The union will strike on Monday, its leader said.", "strike"),
    ("The donors will send aid to the region when the roads reopen.", "send aid"),
    ("Troops will withdraw from the town after the rebels disarm.", "withdraw"),
    ("The government will impose a curfew on Monday.", "curfew"),
    ("She will visit the refugee camps next week.", "visit"),
    ("The envoys will meet in Oslo on Friday after the ceasefire.", "meet"),
    ("The rebels will free the hostages on Friday.", "free"),
]
DEMANDED_OBJECT = [  # threatened: the act stays, flagged
    ("Rebels threatened a new offensive against the city.", "offensive"),
    ("The militia threatened attacks on the pipeline.", "attacks"),
]
# demanded: the act a request asks for is no event of its own (eventhood/reported.py
# ``asked_for``; tests/extract/events/test_asked_content.py), the request stays
REQUESTED_OBJECT = [
    ("The protesters demanded the release of the detained activists.", "release"),
    ("The opposition demanded the withdrawal of the troops.", "withdrawal"),
    ("The families demanded the resignation of the police chief.", "resignation"),
    ("The envoy demanded a meeting with the rebel leaders.", "meeting"),
    ("The union demanded talks with the management.", "talks"),
    ("The council requested the deployment of peacekeepers.", "deployment"),
    ("Human rights groups demanded an investigation into the killings.", "investigation"),
    ("The rebels demanded the release of all prisoners.", "release"),
]
DONE_OBJECT = [
    ("The protesters celebrated the release of the detained activists.", "release"),
    ("The opposition welcomed the withdrawal of the troops.", "withdrawal"),
    ("The resignation of the police chief surprised the families.", "resignation"),
    ("Rebels launched a new offensive against the city.", "offensive"),
    ("The envoy held a meeting with the rebel leaders.", "meeting"),
    ("The union held talks with the management.", "talks"),
    ("The council approved the deployment of peacekeepers.", "deployment"),
    ("The ministry opened an investigation into the killings.", "investigation"),
    ("The militia carried out attacks on the pipeline.", "attacks"),
    ("The opposition condemned the withdrawal of the troops.", "withdrawal"),
]
SETTLED_SUBJECT = [
    ("The minister's praise of the police might raise some eyebrows.", "praise"),
    ("The arrest of the mayor could complicate the investigation.", "arrest"),
    ("The attack on the embassy may damage relations between the two countries.", "attack"),
    ("The raid on the compound could reveal new evidence.", "raid"),
    ("The minister's visit might ease tensions in the region.", "visit"),
    ("The ban on rallies could anger the opposition.", "ban"),
    ("The minister's resignation could weaken the government.", "resignation"),
    ("The killing of the journalist may deter other reporters.", "killing"),
    ("The rebels' withdrawal could allow aid to reach the town.", "withdrawal"),
    ("The seizure of the weapons might weaken the gang.", "seizure"),
]
OPEN_SUBJECT = [
    ("A raid on the camp could provoke the rebels.", "raid"),
    ("Talks could resume next week.", "Talks"),
    ("An attack might trigger a wider war.", "attack"),
    ("The talks could take place in Geneva.", "talks"),
    ("A new ban could anger the opposition.", "ban"),
    ("Negotiations might begin in May.", "Negotiations"),
    ("The raid could happen at any time.", "raid"),
    ("A visit by the minister might ease tensions.", "visit"),
    ("The protests may continue for weeks.", "protests"),
    ("Strikes could paralyse the country.", "Strikes"),
]
# a present tense in a temporal clause of a future clause tells the future
FUTURE_TIME_CLAUSE = [
    ('Troops will withdraw from the town once the rebels disarm.', 'disarm'),
    ('Aid will reach the town before the rebels attack it again.', 'attack'),
    ('The rebels will free the hostages when the government releases their leader.', 'releases'),
    ('The army will stop shelling when the militants surrender.', 'surrender'),
    ('Officials will reopen the border after the two sides sign the agreement.', 'sign'),
    ('The UN will send observers once the rebels withdraw from the city.', 'withdraw'),
    ('The troops will leave after the rebels release the hostages.', 'release'),
    ('The minister will visit Kabul after the army withdraws from the valley.', 'withdraws'),
    ('The envoy will leave Geneva after the talks take place.', 'talks'),
    ('The president will speak after the two leaders meet in Oslo.', 'meet'),
    ('The army will resume patrols once the militants surrender their weapons.', 'surrender'),
]
TOLD_TIME_CLAUSE = [
    ('Troops withdrew from the town once the rebels disarmed.', 'disarmed'),
    ('Aid reached the town before the rebels attacked it again.', 'attacked'),
    ('The mayor will lift the curfew once the riots stop.', 'riots'),
    ('The rebels will free the hostages, although the government released their leader.', 'released'),
    ('The army will stop shelling, as the militants surrendered on Monday.', 'surrendered'),
    ('Officials will reopen the border after the two sides signed the agreement last week.', 'signed'),
    ('The UN will send observers since the rebels withdrew from the city.', 'withdrew'),
    ('The troops left after the rebels released the hostages.', 'released'),
    ('The minister visited Kabul after the army withdrew from the valley.', 'withdrew'),
    ('The envoy left Geneva after the talks took place.', 'talks'),
    ('The president spoke after the two leaders met in Oslo.', 'met'),
]

CASES = (
    [(t, trig, {"future"}, {"hypothetical"}) for t, trig in REPORTED_WOULD]
    + [(t, trig, {"hypothetical"}, {"future"}) for t, trig in STILL_HYPOTHETICAL]
    + [(t, trig, {"future"}, {"hypothetical"}) for t, trig in ADJECTIVE_FUTURE]
    + [(t, trig, {"hypothetical"}, {"future"}) for t, trig in ADJECTIVE_HYPOTHETICAL]
    + [(t, trig, set(), {"future", "hypothetical"}) for t, trig in NO_ADJECTIVE_FLAG]
    + [(t, trig, {"hypothetical"}, {"future"}) for t, trig in CONDITIONED]
    + [(t, trig, {"future"}, {"hypothetical"}) for t, trig in UNCONDITIONED_FUTURE]
    + [(t, trig, {"hypothetical"}, set()) for t, trig in DEMANDED_OBJECT]
    + [(t, trig, set(), {"hypothetical", "future"}) for t, trig in DONE_OBJECT]
    + [(t, trig, set(), {"hypothetical"}) for t, trig in SETTLED_SUBJECT]
    + [(t, trig, {"hypothetical"}, set()) for t, trig in OPEN_SUBJECT]
    + [(t, trig, {"future"}, {"hypothetical"}) for t, trig in FUTURE_TIME_CLAUSE]
    + [(t, trig, set(), {"future", "hypothetical"}) for t, trig in TOLD_TIME_CLAUSE]
)


@pytest.mark.parametrize("text,trigger,present,absent", CASES,
                         ids=[f"{i}-{c[1]}" for i, c in enumerate(CASES)])
def test_flags_follow_the_cues_of_the_sentence(pipeline, text: str, trigger: str,
                                               present: set[str], absent: set[str]) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    modes = set(found[0].modes)
    assert present <= modes and not (absent & modes), (found[0].plover_type, found[0].modes)


@pytest.mark.parametrize("text,trigger", REQUESTED_OBJECT,
                         ids=[f"{i}-{c[1]}" for i, c in enumerate(REQUESTED_OBJECT)])
def test_a_demanded_object_is_an_act_not_done(pipeline, text: str, trigger: str) -> None:
    """The act a request demands is its own event, hypothetical, beside the REQUEST
    (``eventhood.reported.asked_act``)."""
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if trigger in e.trigger.text]
    assert found and "hypothetical" in found[0].modes, [
        (e.plover_type, e.trigger.text, e.modes) for e in events]
    assert any(e.plover_type == "REQUEST" for e in events)
