""""He/she" never stands for a country or place, "it" never for a person (issue 15 item 6, the
wrong person made the actor through a pronoun): "Egypt hopes he will sign" does not make Egypt
the signer, "Ana Souza, the firm's chief executive, said it would appeal" does not make her the
appellant; read with the real model on made-up sentences. Near neighbours keep the governing
subject a pronoun agrees with ("Canada said it will suspend", "the president said he would")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The envoy arrived in Cairo on Monday. Egypt hopes he will sign the agreement.", "sign",
     [], [], ["Egypt"], []),
    ("The minister landed in Nairobi on Friday. Kenya expects she will meet the rebels.",
     "meet", ["rebels"], [], ["Kenya"], []),
    ("Ana Souza, the firm's chief executive, said it would accuse the regulator of bias.",
     "accuse", [], [], ["Souza"], []),
    ("Tom Reyes, a spokesman for the company, said it would sue the newspaper.", "sue", [], [],
     ["Reyes"], []),
    ("Maria Lopez, the union's leader, said it would strike next week.", "strike", [], [],
     ["Lopez"], []),
    ("The general flew to Kabul. Afghanistan said he would meet the president.", "meet",
     ["general", "president"], [], ["Afghanistan"], []),
    ("John Carter, a lawyer for the bank, said it would reject the offer.", "reject", [], [],
     ["Carter"], []),
    ("The diplomat reached Havana late on Tuesday. Cuba believes he will condemn the "
     "blockade.", "condemn", [], [], ["Cuba"], []),
    ("The senator toured Baghdad. Iraq said she would meet the prime minister.", "meet",
     ["prime minister"], [], ["Iraq"], []),
    ("The reporter flew to Caracas. Venezuela fears she will criticise the government.",
     "criticise", [], ["government"], ["Venezuela"], []),
]

KEPT = [
    ("Canada said it will suspend arms exports to Turkey.", "suspend", ["Canada"], ["Turkey"],
     [], []),
    ("Grzelak said he would resign after the vote.", "resign", ["Grzelak"], [], [], []),
    ("Kenya said it would deploy troops to the border.", "deploy", ["Kenya"], [], [], []),
    ("The president said he would veto the bill.", "veto", ["president"], [], [], []),
    ("The minister said she would meet the protesters on Monday.", "meet",
     ["minister", "protesters"], [], [], []),
    ("The rebels said they would attack the base.", "attack", ["rebels"], [], [], []),
    ("France said it would recall its ambassador.", "recall", ["France"], [], [], []),
    ("Police said they arrested two men.", "arrested", ["Police"], ["men"], [], []),
    ("Maria Lopez said she would sue the newspaper.", "sue", ["Maria Lopez"], [], [], []),
    ("Libya must hand over the suspects, the minister said as he left to seek support for the "
     "demand.", "seek", ["minister"], [], ["Libya"], []),
    ("Mali wants the troops out, the colonel said as he arrived to meet the mediators.", "meet",
     ["colonel"], [], ["Mali"], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_pronouns_agree_in_animacy_with_what_they_stand_for(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
