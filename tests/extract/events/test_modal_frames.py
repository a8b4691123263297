"""Frames up a trigger's clause chain (events/frames.py): an act under a counterfactual ("would
have required withdrawing"), an instruction or a proposal ("was instructed to reach a deal",
"recommended that the suspects be arrested"), a wish, a goal, a purpose or an option ("the goal
is to destroy", "in an effort to arrest", "the choice of launching attacks"), a reward ("for
information leading to the arrest"), a push ("pushing for a withdrawal") or an evaluation in the
present ("is right to ask") or a gerund subject of a modal predicate ("negotiating with the
rebels would be a mistake") is hypothetical; a report rejected ("rejected reports that police had
shot the protesters") or a negated "go ahead with" is negated (a deed denied is no event at all:
test_denied_deeds.py); an act scheduled or arranged ("has
scheduled a meeting"), or a participle of a clause in the future ("will write ... asking"), is
future. The same words telling an act done keep it unflagged. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



HYPOTHETICAL = [
    # counterfactual perfect
    ("The plan would have required the withdrawal of troops from the border.", "RETREAT"),
    ("Such a deal would have meant releasing hundreds of prisoners.", "RETREAT"),
    ("The rebels said the truce would have involved disarming their fighters.", "RETREAT"),
    ("The deal would have required the army to withdraw troops from the border.", "RETREAT"),
    ("Critics say the bill would have required arresting the protesters.", "COERCE"),
    # instructions, proposals, wishes
    ("The delegation was instructed to reach a deal with the rebels.", "AGREE"),
    ("The envoy was told to negotiate a ceasefire with the militia.", "CONSULT"),
    ("The panel recommended that the suspects be arrested.", "COERCE"),
    ("The mayor suggested that the council meet with the protesters.", "CONSULT"),
    ("He proposed that the two sides hold talks in Geneva.", "CONSULT"),
    ("The governor was advised to release the detained journalists.", "RETREAT"),
    ("The president would like to announce a tentative agreement at the summit.", "AGREE"),
    ("The committee recommended that the officers be arrested.", "COERCE"),
    # goals, purposes, options
    ("The American goal is to destroy the regime.", "ASSAULT"),
    ("Their aim is to negotiate a ceasefire with the rebels.", "CONSULT"),
    ("Police launched a search in an effort to arrest the gunmen.", "COERCE"),
    ("The leader faces the choice of backing out or launching new attacks.", "ASSAULT"),
    # rewards and pushes
    ("The State Department offered a reward for information leading to the arrest of the "
     "bombers.", "COERCE"),
    ("Police offered a reward for information leading to the arrest of the killers.",
     "COERCE"),
    ("The president is pushing for a quick military withdrawal.", "RETREAT"),
    ("The opposition is pushing for talks with the government.", "CONSULT"),  # ("pressing
    # for talks" is a request, whose talks are no event: eventhood/reported.py ``asked_for``)
    ("Activists lobbied for the release of the prisoners.", "RETREAT"),
    # evaluations in the present
    ("The president is right to ask for additional action against the regime.", "REQUEST"),
    ("The government is wise to negotiate with the rebels.", "CONSULT"),
]
# a gerund subject of a modal or present predicate: the act weighed, not done
GERUNDS = [
    ("Negotiating with the rebels would be a mistake.", "CONSULT"),
    ("Arresting the protesters would only inflame the crisis.", "COERCE"),
    ("Sending aid to the region must be a priority.", "AID"),
    ("Releasing the prisoners would be a goodwill gesture.", "RETREAT"),
    ("Sanctioning the regime could hurt ordinary people.", "SANCTION"),
    ("Meeting the rebels is a risk for the president.", "CONSULT"),
    ("Freeing the hostages would require a deal.", "RETREAT"),
    ("Expelling the diplomats would anger Moscow.", "SANCTION"),
    ("Arresting the opposition leader would be a grave mistake.", "COERCE"),
    ("Releasing the detainees could calm the protests.", "RETREAT"),
    ("Meeting the opposition leader would send the wrong signal.", "CONSULT"),
]
NEGATED = [
    ("The government rejected reports that police had shot the protesters.", "ASSAULT"),
    ("The rebels could not go ahead with the attack on the town.", "ASSAULT"),
    ("The union did not go ahead with the strike.", "PROTEST"),
    ("The rebels did not go ahead with the attack on the town.", "ASSAULT"),
    ("The council never went ahead with the protest.", "PROTEST"),
    ("The militia did not go ahead with the offensive.", "ASSAULT"),
]
FUTURE = [
    ("The mission has scheduled a meeting with the governor.", "CONSULT"),
    ("The two ministers have arranged talks with the rebels.", "CONSULT"),
    ("The envoy scheduled a meeting with the opposition leader.", "CONSULT"),
    ("The group will write to the commissioner asking for new measures.", "REQUEST"),
    ("The ministers will meet in Brussels, seeking a deal on the border.", "REQUEST"),
    ("The union will go ahead with the strike.", "PROTEST"),
    ("The rebels will proceed with the attack on the town.", "ASSAULT"),
    ("The government has slated talks with the union.", "CONSULT"),
    ("The unions have scheduled a protest outside parliament.", "PROTEST"),
    ("The council will go ahead with the protest on Friday.", "PROTEST"),
]
# the same words telling acts done: no flag of mode
DONE = [
    ("Troops withdrew from the border on Monday.", "RETREAT"),
    ("The rebels released hundreds of prisoners on Sunday.", "RETREAT"),
    ("The delegation reached a deal with the rebels on Friday.", "AGREE"),
    ("Police arrested the bombers on Tuesday.", "COERCE"),
    ("The two sides held talks in Geneva on Monday.", "CONSULT"),
    ("The union went ahead with the strike on Monday.", "PROTEST"),
    ("The mission held a meeting with the governor on Monday.", "CONSULT"),
    ("The group wrote to the commissioner on Monday asking for new measures.", "REQUEST"),
    ("Troops began a withdrawal from the town on Monday.", "RETREAT"),
    ("The ministry confirmed reports that troops attacked the village.", "ASSAULT"),
    ("Police arrested the gunmen after a tip leading to their hideout.", "COERCE"),
    ("The regime was destroyed in the war on Monday.", "ASSAULT"),
    ("The army forced the rebels to withdraw from the town on Monday.", "RETREAT"),
    ("The army attacked the village on Monday.", "ASSAULT"),
    ("The president asked for sanctions against the regime on Monday.", "REQUEST"),
    ("The rebels agreed on Monday that the talks would resume next week.", "AGREE"),
    ("Negotiating with the rebels was a mistake.", "CONSULT"),
    ("Releasing the prisoners on Monday was a goodwill gesture.", "RETREAT"),
    ("In a bid to end the strike, the company met the union on Monday.", "PROTEST"),
    ("The army denied that its jets had bombed the market, after the strike on Monday.",
     "REJECT"),
]


@pytest.mark.parametrize(("text", "plover"), HYPOTHETICAL,
                         ids=[f"hypothetical-{k:02d}" for k in range(len(HYPOTHETICAL))])
def test_an_act_under_a_frame_of_condition_goal_or_instruction_is_hypothetical(
        pipeline, text: str, plover: str) -> None:
    found = modes_after_lead(text, plover)
    assert found and all("hypothetical" in m for m in found)


@pytest.mark.parametrize(("text", "plover"), GERUNDS,
                         ids=[f"gerund-{k:02d}" for k in range(len(GERUNDS))])
def test_a_gerund_subject_of_a_modal_or_present_predicate_is_hypothetical(
        pipeline, text: str, plover: str) -> None:
    found = modes_after_lead(text, plover)
    assert found and all("hypothetical" in m for m in found)


@pytest.mark.parametrize(("text", "plover"), NEGATED,
                         ids=[f"negated-{k:02d}" for k in range(len(NEGATED))])
def test_a_denied_report_or_an_act_not_gone_ahead_with_is_negated(pipeline, text: str,
                                                                  plover: str) -> None:
    found = modes_after_lead(text, plover)
    assert found and all("negated" in m for m in found)


@pytest.mark.parametrize(("text", "plover"), FUTURE,
                         ids=[f"future-{k:02d}" for k in range(len(FUTURE))])
def test_an_act_scheduled_or_told_with_a_future_clause_is_future(pipeline, text: str,
                                                                  plover: str) -> None:
    found = modes_after_lead(text, plover)
    assert found and all("future" in m for m in found)


@pytest.mark.parametrize(("text", "plover"), DONE,
                         ids=[f"done-{k:02d}" for k in range(len(DONE))])
def test_the_same_words_telling_an_act_done_leave_it_unflagged(pipeline, text: str,
                                                               plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
