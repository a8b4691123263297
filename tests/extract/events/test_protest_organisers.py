"""Who protests: the organisers that call a strike or a march ("the union called a strike",
"students called for a march": ``clauses.convened``), the subject of a protest verb whatever
its noun ("Hundreds of strikers marched": ``conjuncts._crowd``), and a crowd whose verb the
tagger read as a participle ("Hundreds of residents protested in Mzuzu":
``clauses.verbless_subject``). Not one who calls for an end to a strike, nor a passive
participle of a transitive verb ("Hundreds arrested in raids"). Real model, made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The party called a general strike for Thursday.", "strike", ["party"], [], [], []),
    ("Student groups called for a larger march on Friday.", "march", ["Student groups"], [],
     [], []),
    ("The drivers' federation called an indefinite strike from Monday.", "strike",
     ["federation"], [], [], []),
    ("Hundreds of strikers marched to the transport ministry on Wednesday.", "marched",
     ["strikers"], [], [], []),
    ("Hundreds of residents protested in Mzuzu against the mayor.", "protested", ["residents"],
     ["mayor"], [], []),
]

KEPT = [
    ("The bishop called for an end to the strike.", "strike", [], [], ["bishop"], []),
    ("The government condemned the strike.", "strike", [], [], ["government"], []),
    ("Thousands of people marched through the capital on Sunday.", "marched", ["people"], [],
     [], []),
    ("The opposition staged a rally in the capital.", "rally", ["opposition"], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_organisers_and_crowds_are_the_protesters(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
