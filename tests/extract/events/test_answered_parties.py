"""The other party of an answer told sentences after what it answers (issue 15 item 6,
``sequels.answers``): a denial's recipient is the accuser of the nearest earlier accusation of
the denier ("The army accused the rebels of shelling the town. The rebels denied ..."), a
rejection of a statement named by its noun the one who made it ("rejected the criticism",
"rebuffed the demand"), and a rejection of measures the state that imposed them ("rejected the
sanctions", "condemned the embargo"). Near neighbours keep no recipient: a denial by someone
the accusation did not name, a denial with no accusation before it, and condemnations of an
attack, an arrest or a shooting (the held-out gold gives most of them none). Read with the real
model on made-up articles."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The army accused the rebels of shelling the town. The rebels denied the accusation.",
     "denied", ["rebels"], ["army"], [], []),
    ("The army accused UNITA rebels of shelling Kuito. UNITA denied targeting civilians.",
     "denied", ["UNITA"], ["army"], [], ["civilians"]),
    ("The president accused Venezuela of seizing a fishing boat. Venezuela's defence minister "
     "denied that his troops had fired first.", "denied", ["defence minister"], ["president"],
     [], []),
    ("The opposition leader criticised the minister over the detentions. The minister "
     "rejected the criticism.", "rejected", ["minister"], ["opposition leader"], [], []),
    ("The information minister accused Rwanda and Uganda of sending thousands of troops, an "
     "accusation both governments rejected.", "rejected", [], ["information minister"], [], []),
    ("Kyiv accused Minsk of sheltering saboteurs. Belarus's foreign ministry dismissed the "
     "allegation.", "dismissed", ["foreign ministry"], ["Kyiv"], [], []),
    ("The prosecutor accused the mayor of taking bribes. The mayor disputed the charge on "
     "Tuesday.", "disputed", ["mayor"], ["prosecutor"], [], []),
    ("Farmers' unions demanded that the government scrap the fuel tax. The finance minister "
     "rebuffed the demand.", "rebuffed", ["finance minister"], ["unions"], [], []),
    ("The ruling party blamed the opposition for the riots. Opposition leaders refuted the "
     "claim.", "refuted", ["Opposition leaders"], ["ruling party"], [], []),
    ("Human rights groups accused the police of torturing detainees. The police chief denied "
     "the allegations.", "denied", ["police chief"], ["rights groups"], [], []),
    ("The Kenyan government accused Somalia of arming militias. Mogadishu denied it.",
     "denied", ["Mogadishu"], ["Kenyan government"], [], []),
    ("The junta accused France of backing the jihadists. Paris rejected the accusation on "
     "Friday.", "rejected", ["Paris"], ["junta"], [], []),
    ("The opposition accused the president of fraud. The president's office rejected the "
     "accusation.", "rejected", [], ["opposition"], [], []),
    ("Washington imposed new sanctions on Caracas on Friday. Venezuela rejected the sanctions "
     "as economic aggression.", "rejected", ["Venezuela"], ["Washington"], [], []),
    ("The European Union imposed an arms embargo on Belarus. Minsk condemned the embargo.",
     "condemned", ["Minsk"], ["European Union"], [], []),
    ("Ecuador expelled two Colombian diplomats on Monday. Colombia's foreign ministry rejected "
     "the expulsions.", "rejected", ["foreign ministry"], ["Ecuador"], [], []),
]

KEPT = [
    ("The army accused the rebels of shelling the town. A UN envoy denied that talks had "
     "collapsed.", "denied", ["UN envoy"], [], [], ["army", "rebels"]),
    ("The rebels denied targeting civilians.", "denied", ["rebels"], [], [], ["civilians"]),
    ("The mayor denied the attack, telling police he had been at home.", "denied", ["mayor"],
     [], [], ["police"]),
    ("Gunmen attacked a bus near the border on Monday. The governor condemned the attack.",
     "condemned", ["governor"], [], [], ["Gunmen"]),
    ("Police shot a man in the township on Sunday. The oversight authority said it would "
     "probe the shooting.", "probe", [], [], [], ["Police"]),
    ("Police arrested the opposition leader at his home on Sunday. His party condemned the "
     "arrest.", "condemned", ["party"], [], [], ["Police"]),
    ("The government rejected calls for an inquiry.", "rejected", ["government"], [], [], []),
    ("Bjornstad rejected the offer from the union leaders on Tuesday.", "rejected",
     ["Bjornstad"], ["union leaders"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_an_answer_names_the_party_it_answers(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
