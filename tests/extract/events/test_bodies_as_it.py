""""It" at the head of a statement stands for the body that spoke in the sentence before, also
where the model gave that body no entity label ("The national ombudsman's office said ... It
called on both groups to ...", "The charity said ... It called for their release"): an office,
a ministry, a federation, a charity, an embassy, a bureau is a body "it" may stand for (issue 15
item 6; the statement's actor was missing). Near neighbours: "it" as the doer of an act a thing
may have done stays unresolved where the sentence before also names a thing ("The ministry
said the bomb exploded near the market. It killed five people"), and a person is never "it".
Read with the real model on made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The national ombudsman's office said more than 600 people had fled their homes. It "
     "called on both groups to respect civilians.", "called on", ["ombudsman"], ["groups"],
     [], []),
    ("The federation said the strike would continue. It called on drivers to return to work "
     "on Thursday.", "called on", ["federation"], ["drivers"], [], []),
    ("The charity said three of its workers were abducted on Monday. It called for their "
     "immediate release.", "called for", ["charity"], [], [], []),
    ("The foreign ministry summoned the French ambassador on Tuesday. It accused French "
     "intelligence of meddling in the election.", "accused", ["foreign ministry"],
     ["French intelligence"], [], []),
    ("Iraq's foreign ministry summoned the Turkish envoy on Wednesday. It called on Ankara to "
     "halt its military operations.", "called on", ["foreign ministry"], ["Ankara"], [], []),
    ("The embassy issued a travel warning on Friday. It urged citizens to leave the country.",
     "urged", ["embassy"], ["citizens"], [], []),
    ("The bureau said the suspect had fled abroad. It asked Interpol to issue a notice.",
     "asked", ["bureau"], ["Interpol"], [], []),
    ("The human rights commission visited the prison on Monday. It condemned the conditions "
     "in the cells.", "condemned", ["commission"], [], [], []),
    ("The teachers' union held a rally outside parliament. It demanded a pay rise of ten "
     "percent.", "demanded", ["union"], [], [], []),
    ("The defence ministry said 20 soldiers were killed in the ambush. It blamed the attack on "
     "a jihadist faction.", "blamed", ["defence ministry"], [], [], []),
]

KEPT = [
    ("The ministry said the bomb exploded at noon near the market. It killed five people.",
     "exploded", [], ["people"], ["ministry"], []),
    ("The office said the shelling continued overnight. It destroyed three homes.", "shelling",
     [], ["homes"], ["office"], []),
    ("Ana Souza, the firm's chief executive, said it would accuse the regulator of bias.",
     "accuse", [], [], ["Souza"], []),
    ("The minister said the tender had been rigged. It accused the regulator of bias.",
     "accused", [], [], ["minister"], []),
    ("Canada said it will suspend arms exports to Turkey.", "suspend", ["Canada"], ["Turkey"],
     [], []),
    ("The army said it would deploy troops to the border.", "deploy", ["army"], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_it_stands_for_the_body_that_spoke(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
