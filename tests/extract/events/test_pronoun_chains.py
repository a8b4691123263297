"""A pronoun whose previous sentence has no named subject stands for what that sentence's own
pronoun stood for ("X was arrested. He was charged. He was remanded": X), and, when that
sentence's main subject is another pronoun, for the one agreeing subject of its other clauses
("they were told X had fled. He was arrested": X) -- issue 15 item 6 (pronouns), read with the
real model on made-up articles. Not across a pronoun of another gender, not to a plural for
"he", and not past a named main subject ("Dawson said ... lawyer Anne Green was appointed. He
was remanded": not the lawyer)."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("John Carter attacked a neighbour on Friday. He was arrested at his home. He was charged "
     "with assault.", "charged", [], ["John Carter"], [], []),
    ("Ahmed Khan was shot in the leg on Sunday. He was treated in hospital. He was later "
     "arrested by police.", "arrested", ["police"], ["Ahmed Khan"], [], []),
    ("When officers arrived, they were told Peter Walsh had fled. He was arrested an hour "
     "later.", "arrested", [], ["Peter Walsh"], [], []),
    ("When deputies reached the farm, they learned Tom Reilly had escaped. He was captured "
     "near the river.", "captured", [], ["Tom Reilly"], [], []),
    ("Ivan Petrov was charged with theft in May. He was released on bail. He was arrested "
     "again on Friday.", "arrested", [], ["Ivan Petrov"], [], []),
    ("Mike Dunn threatened his boss on Monday. He was fired the same day. He was arrested on "
     "Tuesday.", "arrested", [], ["Mike Dunn"], [], []),
    ("Laura Bianchi was stopped at the border on Monday. She was arrested for smuggling. She "
     "was deported on Tuesday.", "deported", [], ["Laura Bianchi"], [], []),
    ("Anna Berg was detained at the airport. She was charged with fraud. She was deported on "
     "Tuesday.", "deported", [], ["Anna Berg"], [], []),
    ("David Okafor robbed a bank in March. He was arrested two days later. He was sentenced "
     "to five years in prison.", "sentenced", [], ["David Okafor"], [], []),
    ("Omar Haddad stabbed a man after the match. He was arrested at a friend's house. He was "
     "charged with murder.", "charged", [], ["Omar Haddad"], [], []),
    ("Rosa Diaz was arrested at a protest. She was charged with assault. She was released on "
     "bail.", "released", [], ["Rosa Diaz"], [], []),
    ("When officers searched the house, they found Kevin Moore had left. He was detained at "
     "the station.", "detained", [], ["Kevin Moore"], [], []),
    ("Maria Lopez and her sister were arrested. They were charged with fraud. They were "
     "released on bail.", "released", [], ["Maria Lopez", "sister"], [], []),
]

KEPT = [
    ("Dawson said he could not pay and lawyer Anne Green was appointed. He was remanded in "
     "custody.", "remanded", [], [], [], ["Anne Green"]),
    ("When officers arrived, they were told two men had fled. He was arrested later.",
     "arrested", [], [], [], ["men"]),
    ("Police said Mark Hill and Sam Reid had fled. He was arrested later.", "arrested", [],
     [], [], ["Mark Hill", "Sam Reid"]),
    ("Maria Lopez was arrested on Monday. She was charged with fraud.", "charged", [],
     ["Maria Lopez"], [], []),
    ("John Carter was arrested on Monday. He was charged with fraud. She was released on "
     "bail.", "released", [], [], [], ["John Carter"]),
    ("Maria Lopez was arrested on Monday. Police said the investigation was continuing. She "
     "was released on bail.", "released", [], [], [], ["Police"]),
    ("Sara Klein was arrested on Monday. Officers said they had found drugs. She was released "
     "on bail.", "released", [], [], [], ["Officers"]),
    ("When police arrived, they were told Ken Ito and Bo Li had fled. He was arrested later.",
     "arrested", [], [], [], ["Ken Ito", "Bo Li"]),
    ("Peter Walsh was arrested on Monday. He was charged with theft.", "charged", [],
     ["Peter Walsh"], [], []),
    ("The minister condemned the attack. She said the gunmen would be punished. He was "
     "arrested later.", "arrested", [], [], [], ["minister", "gunmen"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_pronouns_follow_the_previous_sentences_pronoun(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
