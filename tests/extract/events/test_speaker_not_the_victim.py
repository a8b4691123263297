"""A pronoun victim that the reported clause names before it is not the speaker
(events/senses/speech.py): "armed men stopped two traders and robbed them, the council said"
is the council's report of a robbery of the traders, not the council's accusation; "the
villagers said soldiers beat them" stays the villagers' accusation. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

import sitrep

# the pronoun's antecedent is a person or thing the reported clause names before it: a report
# of the act, not a complaint of the speaker's own
REPORTS = [
    ("Masked men stopped two traders on the highway and beat them, the district council said.",
     "ASSAULT"),
    ("Soldiers raided the flat of a reporter on Tuesday and confiscated his camera, the press "
     "union said.", "COERCE"),
    ("Gunmen boarded a fishing trawler off the coast and burned its nets, the port authority's "
     "board said.", "ASSAULT"),
    ("Guards cornered the detainees in the yard and beat them with sticks, the rights group "
     "said.", "ASSAULT"),
    ("Officers detained Amina Yusuf, a local councillor, at a checkpoint on Friday and seized "
     "her phone, her lawyer said.", "COERCE"),
    ("The family said the boys were students and that soldiers had shot them near the river.",
     "ASSAULT"),
    ("The charity said militiamen stopped two farmers at a roadblock and shot them.",
     "ASSAULT"),
    ("Rioters surrounded a minibus full of nurses and set it on fire, the hospital board said.",
     "ASSAULT"),
    ("The opposition party said police hit several marchers with batons as they were "
     "arrested.", "ASSAULT"),
    ("A gang kidnapped the mayor's nephew on Sunday and tortured him, the town's council said.",
     "ASSAULT"),
    ("Pirates boarded a cargo ship in the strait and abducted its crew, the shipping "
     "company said.", "ASSAULT"),
    ("Militants attacked a convoy of lorries near the pass and set them on fire, the transport "
     "ministry said.", "ASSAULT"),
]
# the pronoun has no other antecedent in the clause: the speaker is the victim, and accuses
ACCUSATIONS = [
    ("The villagers said soldiers burned the market and beat them.", "ASSAULT"),
    ("The union said police had detained its leaders on Friday.", "COERCE"),
    ("He said he was beaten by guards in the prison last week.", "ASSAULT"),
    ("The trader said a gang had attacked his shop and threatened him.", "ASSAULT"),
    ("The ministry said rebels ambushed its convoy near the border.", "ASSAULT"),
    ("Ruritania said its neighbour shelled its border villages on Monday.", "ASSAULT"),
    ("The students said riot police had beaten them outside the faculty.", "ASSAULT"),
    ("The party said security agents arrested its spokesman at his home.", "COERCE"),
    ("The charity said gunmen had robbed its office and beaten its staff.", "ASSAULT"),
    ("The fishermen said coast guards had seized their boat on Sunday.", "COERCE"),
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events]


@pytest.mark.parametrize("text,act", REPORTS)
def test_a_pronoun_with_an_antecedent_in_the_clause_is_not_the_speaker(
        pipeline, text: str, act: str) -> None:
    types = _types(text)
    assert "ACCUSE" not in types, types
    assert act in types, types


@pytest.mark.parametrize("text,act", ACCUSATIONS)
def test_a_speaker_who_is_the_victim_still_accuses(pipeline, text: str, act: str) -> None:
    types = _types(text)
    assert "ACCUSE" in types, types
    assert act not in types, types
