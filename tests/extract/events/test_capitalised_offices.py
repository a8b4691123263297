"""A title written capitalised before the body that holds it ("the Secretary of the Interior
Ministry accused ...", "the Director of the National Police ordered ..."), which the model
tags as a proper noun with no entity label, stands for that body: the "of" phrase, as for the
same title in lower case ("the secretary of the ministry"); read with the real model on
made-up sentences. A title the coder knows whole ("the Secretary of State") and one of a
place ("the Mayor of Lendo") keep their own records."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The Secretary of the Interior Ministry accused the rebels of the attack.", "accused",
     ["Ministry"], ["rebels"], [], []),
    ("The Director of the National Police ordered the arrest of the mayor.", "arrest",
     ["Police"], ["mayor"], [], []),
    ("The Chairman of the Electoral Commission rejected the complaint.", "rejected",
     ["Commission"], [], [], []),
    ("The Secretary of the Treasury Department praised the deal.", "praised", ["Department"],
     [], [], []),
    ("The Director of the Prison Service denied the allegations.", "denied", ["Service"], [],
     [], []),
    ("The Registrar of the High Court rejected the petition.", "rejected", ["Court"], [], [],
     []),
    ("The Treasurer of the Workers Union accused the company of theft.", "accused", ["Union"],
     ["company"], [], []),
    ("The Superintendent of the City Police criticised the protesters.", "criticised",
     ["Police"], ["protesters"], [], []),
    ("The Chairman of the Finance Committee condemned the bombing.", "condemned",
     ["Committee"], [], [], []),
    ("The Director of the Forestry Agency signed the agreement.", "signed", ["Agency"], [], [],
     []),
    ("The Secretary of the Defence Ministry threatened the militia.", "threatened",
     ["Ministry"], ["militia"], [], []),
    ("The Interior Ministry's secretary accused the rebels.", "accused", ["secretary"],
     ["rebels"], [], []),
]

KEPT = [
    ("The Secretary of State condemned the attack.", "condemned", ["Secretary of State"], [],
     [], []),
    ("The Mayor of Lendo condemned the attack.", "condemned", ["Mayor"], [], [], []),
    ("The secretary of the ministry accused the rebels of the attack.", "accused",
     ["secretary"], ["rebels"], [], []),
    ("The Inspector of the Labour Department fined the factory.", "fined", ["Inspector"], [],
     [], []),
    ("The Governor of the Central Bank warned the lenders.", "warned", ["Governor"],
     ["lenders"], [], []),
    ("The Commissioner of the Federal Police praised the officers.", "praised",
     ["Commissioner"], ["officers"], [], []),
    ("The Commander of the Northern Army condemned the ambush.", "condemned", ["Army"], [], [],
     []),
    ("The President of the Supreme Court condemned the attack on the judge.", "condemned",
     ["Court"], [], [], []),
    ("Representatives of the two firms met on Monday.", "met", ["firms"], [], [], []),
    ("The minister of finance praised the deal.", "praised", ["minister"], [], [], []),
    ("Thousands of protesters marched in Lendo.", "marched", ["protesters"], [], [], []),
    ("The head of the rebel group threatened the army.", "threatened", ["rebel"], ["army"], [],
     []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_capitalised_title_stands_for_its_body(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
