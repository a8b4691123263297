"""The noun an object relative clause hangs on is what the clause's act was done to (issue 15
item 6, session 37): "a trade official it accused of spying", "the man they arrested", "the
journalist whom police detained" (police detained, the journalist was detained: no longer the
doer) (``clauses.relative_object``). Neighbours: in a subject relative the noun did it ("the man
who attacked the guard"), and a relative clause with an object of its own keeps that object, and a place a "where" clause hangs on is no recipient.
Sentences made up for these tests, read with the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Norway expelled a Russian trade official it accused of trying to recruit an employee.",
     "accused", ["Norway"], ["official"], [], []),
    ("China sanctioned three legislators it accused of colluding with foreign forces.",
     "accused", ["China"], ["legislators"], [], []),
    ("Police released the man they arrested on Monday.", "arrested", ["Police"], ["man"], [],
     []),
    ("The village the rebels attacked last week was empty.", "attacked", ["rebels"],
     ["village"], [], []),
    ("Residents mourned the farmer the gunmen killed.", "killed", ["gunmen"], ["farmer"], [],
     []),
    ("The journalist whom police detained was freed.", "detained", ["police"], ["journalist"],
     ["journalist"], []),
    ("Relatives buried the teenager the officers shot on Friday.", "shot", ["officers"],
     ["teenager"], [], []),
    ("The embassy the mob attacked was closed.", "attacked", ["mob"], ["embassy"], [], []),
    ("The diplomat Moscow expelled returned home.", "expelled", ["Moscow"], ["diplomat"], [],
     []),
    ("Lawyers visited the activists the police arrested.", "arrested", ["police"],
     ["activists"], [], []),
]
KEPT = [
    ("The man who attacked the guard was arrested.", "attacked", ["man"], ["guard"], [],
     ["man"]),
    ("The soldiers who shot the teenager were suspended.", "shot", ["soldiers"], ["teenager"],
     [], ["soldiers"]),
    ("The police officer who arrested the suspect was praised.", "arrested", ["officer"],
     ["suspect"], [], ["officer"]),
    ("The activist whom soldiers beat was taken to hospital.", "beat", ["soldiers"],
     ["activist"], [], []),
    ("The reporter whom the ministry expelled left the country.", "expelled", ["ministry"],
     ["reporter"], [], []),
    ("Police arrested the man who stabbed a shopkeeper.", "stabbed", ["man"], ["shopkeeper"],
     [], ["man"]),
    ("Rebels attacked the town where the army had a base.", "attacked", ["Rebels"], ["town"],
     [], []),
    ("The gunmen, who killed two guards, fled on motorbikes.", "killed", ["gunmen"],
     ["guards"], [], ["gunmen"]),
    ("Troops who stormed the building arrested three men.", "arrested", ["Troops"], ["men"], [],
     []),
    ("The court that convicted the mayor rejected his appeal.", "rejected", ["court"], [], [],
     []),
    ("The deal was signed in Jakarta, where the two sides have been meeting since Sunday.",
     "meeting", [], [], [], ["Jakarta"]),
    ("Talks resumed in Geneva, where the delegations met on Monday.", "met", [], [],
     [], ["Geneva"]),
]
CASES = participant_cases(CHANGED, KEPT)


@pytest.mark.parametrize("case", CASES)
def test_an_object_relative_names_the_one_acted_on(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
