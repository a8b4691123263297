"""A deed in the complement of a verb of denying is no event of its own
(events/eventhood/reported.py, ``denied_act``): "the navy denied shelling fishing boats" codes
the denial (REJECT), not a shelling, as "accused the army of shelling" codes only the
accusation (issue 15: speech acts; the deed is coded where the article reports it as fact). A
deed told beside the denial, a verb conjoined to it and an act in an adverbial clause of it
stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import typed_events

# (text, the trigger of the denied deed)
DENIED = [
    ("The navy denied shelling fishing boats near the coast on Sunday.", "shelling"),
    ("The militia has denied kidnapping the two engineers.", "kidnapping"),
    ("The government denied arming the tribal fighters.", "arming"),
    ("Police denied beating the detained students.", "beating"),
    ("The rebel group denied attacking the convoy on Friday.", "attacking"),
    ("The ministry denied that its troops had looted the village.", "looted"),
    ("The army denied that soldiers opened fire on the marchers.", "opened fire"),
    ("Tehran denied supplying drones to the militia.", "supplying"),
    ("The company denied bribing local officials to win the contract.", "bribing"),
    ("The cartel denied killing the journalist last month.", "killing"),
    ("The guards denied torturing the prisoners.", "torturing"),
    ("The junta refuted claims that its aircraft had bombed a school.", "bombed"),
    ("Both sides denied violating the ceasefire overnight.", "violating"),
    ("The police chief denied that officers had arrested the reporter.", "arrested"),
    ("The president's office denied that he had met the rebel commander.", "met"),
    ("The defendant denied stabbing his neighbour.", "stabbing"),
    ("The group denies firing rockets at the airport.", "firing"),
    ("The embassy denied expelling the correspondents.", "expelling"),
    # rows that expected these deeds negated before (test_modes, test_modal_frames, flag and
    # scope probes, test_acled_labels): the guidelines and every gold set code only the denial
    ("The army denied shelling the village on Monday.", "shelling"),
    ("Officials denied that troops had fired on protesters.", "fired"),
    ("Officials denied reports that the rebels had agreed to a ceasefire.", "agreed"),
    ("The ministry denied reports that troops attacked the village.", "attacked"),
    ("The army denied reports that its jets had bombed the market.", "bombed"),
    ("The police denied reports that officers had arrested the editor.", "arrested"),
    ("The government denied that troops had bombed the market.", "bombed"),
    ("The army denied bombing the hospital.", "bombing"),
    ("The army denied that troops attacked the village.", "attacked"),
]
# (text, a trigger that stays an event)
KEPT = [
    ("The navy shelled fishing boats near the coast on Sunday, and the ministry denied it.", "shelled"),
    ("The army denied the report, saying soldiers had clashed with rebels near the border.", "clashed"),
    ("The militia kidnapped two engineers on Monday and later denied holding them.", "kidnapped"),
    ("The government denied the charges and arrested three protest leaders on Monday.", "arrested"),
    ("Police denied the request and fired tear gas at the crowd.", "fired"),
    ("The ministry denied the accusation, but troops looted the village, witnesses said.", "looted"),
    ("After the army denied shelling the market, rebels attacked a checkpoint.", "attacked"),
    ("The court denied him bail and sent him to prison.", "denied"),
    ("The army denied shelling the town.", "denied"),
    ("Rebels attacked the convoy on Friday, though the group denied it.", "attacked"),
]


@pytest.mark.parametrize(("text", "trigger"), DENIED,
                         ids=[f"denied-{k:02d}" for k in range(len(DENIED))])
def test_a_denied_deed_is_no_event(pipeline, text: str, trigger: str) -> None:
    events = typed_events(text)
    assert not any(t == trigger for _, t in events), events
    assert any(p == "REJECT" for p, _ in events), events


@pytest.mark.parametrize(("text", "trigger"), KEPT, ids=[f"kept-{k:02d}" for k in range(len(KEPT))])
def test_deeds_beside_a_denial_stay(pipeline, text: str, trigger: str) -> None:
    events = typed_events(text)
    assert any(trigger in t for _, t in events), events
