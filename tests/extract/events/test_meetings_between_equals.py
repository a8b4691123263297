"""Meetings between equals (the lead's convention of session 42, issue 15 item 6): "A met B",
"A phoned B", "A consulted B" are told like "A met with B" or "A and B met", so both sides are
actors and there is no recipient; the topic of talks is no participant ("discussed sanctions on
X"). Near neighbours keep their reading: "met with", "held talks with", "spoke by phone with"
(already both actors), visits and hostings (the visited or hosting party is the recipient),
mediation between two sides (the sides are the recipients). Read with the real model on
made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The Kenyan president met his Ugandan counterpart in Nairobi on Monday.", "met",
     ["Kenyan president", "Ugandan counterpart"], [], [], ["counterpart"]),
    ("The UN envoy will meet Houthi negotiators in Muscat next week.", "meet",
     ["envoy", "Houthi"], [], [], ["Houthi"]),
    ("The minister telephoned his Egyptian counterpart on Thursday.", "telephoned",
     ["minister", "Egyptian counterpart"], [], [], ["counterpart"]),
    ("Rebel leaders met the army commander at a church outside the town.", "met",
     ["Rebel leaders", "army commander"], [], [], ["commander"]),
    ("The archbishop met striking miners on Saturday.", "met", ["archbishop", "miners"], [],
     [], ["miners"]),
    ("The prime minister phoned the Saudi crown prince on Sunday.", "phoned",
     ["prime minister", "crown prince"], [], [], ["prince"]),
    ("The governor said he was ready to meet the protest organisers.", "meet",
     ["governor", "organisers"], [], [], ["organisers"]),
    ("The interior minister consulted opposition leaders on the new law.", "consulted",
     ["interior minister", "opposition leaders"], [], [], ["leaders"]),
    ("Union leaders met the labour minister for three hours but failed to reach a deal.",
     "met", ["Union leaders", "labour minister"], [], [], ["minister"]),
    ("Mali's junta leader met a Russian delegation in Bamako.", "met",
     ["junta leader", "Russian delegation"], [], [], ["delegation"]),
    ("The mayor met relatives of the victims on Tuesday.", "met", ["mayor", "relatives"], [],
     [], ["relatives"]),
    ("The army chief met tribal elders in the border district.", "met",
     ["army chief", "tribal elders"], [], [], ["elders"]),
    ("The government agreed to meet the teachers' union on Thursday.", "meet",
     ["government", "union"], [], [], ["union"]),
    ("The Chinese foreign minister met his Indian counterpart on the sidelines of the summit.",
     "met", ["Chinese foreign minister", "Indian counterpart"], [], [], ["counterpart"]),
    ("Police commanders met community leaders in the township after the riots.", "met",
     ["Police commanders", "community leaders"], [], [], ["leaders"]),
    ("The UN envoy met Houthi negotiators in Muscat on Monday to discuss a long-delayed "
     "prisoner exchange.", "met", ["envoy", "Houthi"], [], [], ["Houthi", "prisoner"]),
    ("European Union foreign ministers will discuss new sanctions on Minsk at a meeting in "
     "Brussels on Monday.", "discuss", ["foreign ministers"], [], [], ["Minsk"]),
]

KEPT = [
    ("The foreign minister met with the Iranian ambassador on Tuesday.", "met",
     ["foreign minister", "Iranian ambassador"], [], [], ["ambassador"]),
    ("The prime minister held talks with union leaders on Friday.", "talks",
     ["prime minister", "union leaders"], [], [], ["leaders"]),
    ("The German chancellor spoke by phone with the French president on Sunday.", "spoke",
     ["German chancellor", "French president"], [], [], ["president"]),
    ("The envoy talked with rebel commanders in the capital.", "talked",
     ["envoy", "rebel commanders"], [], [], ["commanders"]),
    ("The senator met with voters at a town hall.", "met", ["senator", "voters"], [], [],
     ["voters"]),
    ("The defence minister visited Kyiv on Monday.", "visited", ["defence minister"],
     ["Kyiv"], ["Kyiv"], []),
    ("The governor hosted a delegation of Chinese officials.", "hosted", ["governor"],
     ["Chinese officials"], ["officials"], []),
    ("The envoy mediated between the government and the rebels.", "mediated", ["envoy"],
     ["government", "rebels"], ["rebels"], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_both_sides_of_a_meeting_are_actors(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
