"""Court procedure and duties named with legal words (events/senses/courts/legal.py): an appeal
to a court ("a federal appeal", "moved an appeal against the order", "appealed the ruling",
"appealed to the Supreme Court") is no REQUEST; "the accused" (the defendant) and a duty one is
"charged with" are no ACCUSE. Near neighbours (appeals for calm, aid or witnesses; charges of
crimes, also "charged with carrying out the bombing"; "the accused men" charged) stay. Sentences
made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

COURT_WORDS = [
    ("The trial was delayed for years by motions and a federal appeal.",
     "REQUEST"),
    ("The appeals court ruled that the original appeal was flawed.",
     "REQUEST"),
    ("The plaintiffs moved an appeal against the lower court's order.",
     "REQUEST"),
    ("His lawyers filed an appeal against the conviction on Monday.",
     "REQUEST"),
    ("The defence appealed the ruling on Tuesday.",
     "REQUEST"),
    ("The company appealed to the Supreme Court on Friday.",
     "REQUEST"),
    ("Samples were collected, but the identity of the accused is unknown.",
     "ACCUSE"),
    ("The court heard that the accused had left the country.",
     "ACCUSE"),
    ("The troops are charged with carrying out intelligence work.",
     "ACCUSE"),
    ("The commission is charged with overseeing the vote.",
     "ACCUSE"),
    ("The new unit was charged with the protection of the port.",
     "ACCUSE"),
    ("The ruling sends his lawyers back to state court, where they must start over with a new appeal.",
     "REQUEST"),
]
ACTS = [
    ("The mayor appealed for calm on Monday.",
     "REQUEST"),
    ("The UN appealed to donors for $50 million on Tuesday.",
     "REQUEST"),
    ("Relatives appealed to the kidnappers to free the boy.",
     "REQUEST"),
    ("The police appealed for witnesses to come forward.",
     "REQUEST"),
    ("The government launched an appeal for international aid.",
     "REQUEST"),
    ("The man was charged with murder on Monday.",
     "ACCUSE"),
    ("He was charged with carrying out the bombing of the market.",
     "ACCUSE"),
    ("She was charged with leaving the scene of the accident.",
     "ACCUSE"),
    ("Prosecutors accused the mayor of taking bribes.",
     "ACCUSE"),
    ("The accused men were charged with robbery on Friday.",
     "ACCUSE"),
    ("Police charged two men with the killing of a guard.",
     "ACCUSE"),
    ("The charity launched a new appeal for donations on Monday.",
     "REQUEST"),
    ("The president made a fresh appeal to the rebels on Monday.",
     "REQUEST"),
]


@pytest.mark.parametrize(("text", "plover"), COURT_WORDS)
def test_court_appeals_defendants_and_duties_are_no_request_or_accuse(pipeline, text: str,
                                                                      plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ACTS)
def test_appeals_of_parties_and_charges_of_crimes_stay(pipeline, text: str,
                                                       plover: str) -> None:
    assert plover in plover_types(text)
