"""A proper noun the model gave no entity label, in a participant's place, is that participant
("Kastelic condemned the decision", "Ostrowski was detained by police") (issue 15 item 6,
named participants left out), read with the real model on made-up sentences; names the model
labels keep their reading, and unlabelled names that are no participant (places after "in",
"near", "from", a name inside another phrase) stay out."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Wierzbicki denied any wrongdoing when reporters asked about the contract.", "denied",
     ["Wierzbicki"], [], [], []),
    ("Ruiz-Tagle apologised to the victims at the end of the hearing.", "apologised",
     ["Ruiz-Tagle"], ["victims"], [], []),
    ("Kastelic condemned the decision to close the border crossing.", "condemned",
     ["Kastelic"], [], [], []),
    ("Thorvaldsen met the delegation at the ministry on Monday.", "met", ["Thorvaldsen"], [],
     [], []),
    ("Lindqvist accused the council of hiding the report from residents.", "accused",
     ["Lindqvist"], [], [], []),
    ("Haugland resigned from the board after the vote on Thursday.", "resigned",
     ["Haugland"], [], [], []),
    ("Bjornstad rejected the offer from the union leaders on Tuesday.", "rejected",
     ["Bjornstad"], ["union leaders"], [], []),
    ("Ostrowski was detained by police after the brawl outside the club.", "detained",
     ["police"], ["Ostrowski"], [], []),
    ("Haverkamp met the governor at the capitol on Wednesday.", "met",
     ["Haverkamp", "governor"], [], [], []),
    ("Oksanen criticised the police for the raid on the camp.", "criticised", ["Oksanen"],
     ["police"], [], []),
]

KEPT = [
    ("Police arrested two men in Wexbridge on Tuesday.", "arrested", ["Police"], ["men"], [],
     ["Wexbridge"]),
    ("Soldiers attacked the village near Kolvatn at dawn.", "attacked", ["Soldiers"], [],
     ["Kolvatn"], ["Kolvatn"]),
    ("The mayor criticised the decision of the Brackenridge board.", "criticised", ["mayor"],
     [], ["Brackenridge"], []),
    ("Protesters marched from Tellingham to the parliament building before police detained "
     "them.", "detained", ["police"], ["Protesters"], [], ["Tellingham"]),
    ("Grzelak denied the accusations in a statement on Friday night.", "denied", ["Grzelak"],
     [], [], []),
    ("Hallstrom apologised to the families for the delays in the inquiry.", "apologised",
     ["Hallstrom"], ["families"], [], []),
    ("Przybylski criticised the mayor for cutting the police budget.", "criticised",
     ["Przybylski"], ["mayor"], [], []),
    ("Kemppainen resigned as chairman after the vote of no confidence.", "resigned",
     ["Kemppainen"], [], [], []),
    ("Dziedzic condemned the attack on the mosque in a statement.", "condemned", ["Dziedzic"],
     [], [], []),
    ("Jaaskelainen accused the minister of lying to parliament.", "accused", ["Jaaskelainen"],
     ["minister"], [], []),
    ("Pellegrini-Vasquez was arrested by officers outside the stadium.", "arrested",
     ["officers"], ["Pellegrini-Vasquez"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_unlabelled_names_in_a_participants_place_are_participants(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
