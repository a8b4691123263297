"""A finite verb the parser hung on the sentence's first noun (issue 15 item 6, session 37):
"Lithuania's foreign minister called on EU governments to ..." is read by the small model as a
noun ("minister", the root) with a modifier ("called"), so the caller was lost, or even taken
for the one the act was done to. With no verb at the sentence's root, such a modifier with an
object or a "to" complement of its own is the main verb and the root noun its subject
(``clauses.verbless_subject``). Neighbours: a true participle modifier ("the man arrested on
Monday was released", "a woman called Smith") keeps the noun as the one it was done to, and a
sentence the parser reads right keeps its reading. Sentences made up for these tests, read with
the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Lithuania's foreign minister called on European Union governments to approve new "
     "sanctions.", "called", ["minister"], ["governments"], [], []),
    ("The province's MEC for police oversight called on the national government to deploy the "
     "army.", "called", ["MEC"], ["government"], [], ["MEC"]),
    ("The country's interior minister called on protesters to go home.", "called",
     ["minister"], ["protesters"], [], []),
    ("The city's police chief called on residents to stay indoors.", "called", ["chief"],
     ["residents"], [], []),
    ("The union's general secretary called on members to join the strike.", "called",
     ["secretary"], ["members"], [], []),
    ("The bloc's foreign policy chief called on Israel to allow aid into Gaza.", "called",
     ["chief"], ["Israel"], [], []),
    ("The commissioner for human rights called on police to show restraint.", "called",
     ["commissioner"], ["police"], [], []),
    ("The federation's general secretary called on workers to stop the walkout.", "called",
     ["secretary"], ["workers"], [], []),
    ("The minister for community safety called on parents to keep children at home.", "called",
     ["minister"], ["parents"], [], ["minister"]),
    ("Germany's foreign minister called on European Union governments to approve the aid "
     "package.", "called", ["minister"], ["governments"], [], []),
]
KEPT = [
    ("The mayor called on residents to stay indoors.", "called", ["mayor"], ["residents"], [],
     []),
    ("Turkey's foreign minister urged Moscow to return to the grain deal.", "urged",
     ["minister"], ["Moscow"], [], []),
    ("Japan's foreign minister called on both sides to show restraint.", "called",
     ["minister"], ["sides"], [], []),
    ("The man arrested on Monday was released on bail.", "arrested", [], ["man"], ["man"], []),
    ("A woman called Smith was arrested in Leeds.", "arrested", [], ["woman"], ["woman"], []),
    ("The gang's leader shot a rival in the leg.", "shot", ["leader"], ["rival"], [], []),
    ("Poland's president called on NATO to reinforce its eastern flank.", "called",
     ["president"], ["NATO"], [], []),
    ("The committee's chairman called on the minister to resign.", "called", ["chairman"],
     ["minister"], [], []),
    ("The region's governor called on the federal government to send troops.", "called",
     ["governor"], ["government"], [], []),
    ("Brazil's health minister called on parents to vaccinate their children.", "called",
     ["minister"], ["parents"], [], []),
]
CASES = participant_cases(CHANGED, KEPT)


@pytest.mark.parametrize("case", CASES)
def test_a_verb_hung_on_the_first_noun_takes_it_as_subject(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
