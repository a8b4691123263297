"""Two readings of who undergoes or does a sanction (issue 15, round 2).

- The penalty is no party: the object of "to" under a verb of sentencing whose patient is
  named (an object or a passive subject) is the penalty, not a second recipient ("sentenced
  him to life": "life", a word the casualty lexicon files with people for "lives lost", was a
  recipient). Neighbours: a country or a group after "to" stays a recipient ("deported him to
  Mexico", "suspended aid to the rebels").
- A lawyer holds no power to arrest, ban or expel: a speaker whose judicial sector comes from a
  noun of WordNet's lawyer family ("his lawyer", "defence attorney X", "the family's
  solicitor") is not the actor of the arrest or ban the clause they say reports or judges
  ("His lawyer said the arrest was illegal"). Neighbours: a prosecutor, a district attorney
  (titles with an office) and a court keep it.

Read with the real model on made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
PENALTIES = [
    ("He was sentenced to life in prison.", "sentenced", [], [], [], ["life"]),
    ("The court sentenced him to life.", "sentenced", ["court"], [], [], ["life"]),
    ("The colonel was condemned to life by a military tribunal.", "condemned", [],
     ["colonel"], [], ["life"]),
    ("A court in Cairo sentenced the preacher to life in jail.", "sentenced", ["court"],
     ["preacher"], [], ["life"]),
    ("The gang leader was sentenced to two life terms.", "sentenced", [], ["leader"], [],
     ["life"]),
    ("The killer was sentenced to life without parole.", "sentenced", [], ["killer"], [],
     ["life"]),
    ("A court sentenced the two activists to life behind bars.", "sentenced", ["court"],
     ["activists"], [], ["life"]),
    ("A judge sentenced the two brothers to life on Monday.", "sentenced", ["judge"],
     ["brothers"], [], ["life"]),
    ("The court sentenced the bomber to life plus ten years.", "sentenced", ["court"],
     ["bomber"], [], ["life"]),
    ("The court sentenced the pair to life on Friday.", "sentenced", ["court"], [], [],
     ["life"]),
    ("The tribunal sentenced the general to life for war crimes.", "sentenced", [],
     ["general"], [], ["life"]),
    ("A military court sentenced the colonel to life.", "sentenced", ["court"], ["colonel"],
     [], ["life"]),
]

COUNSEL = [
    ("His lawyer said the arrest was illegal.", "arrest", [], [], ["lawyer"], []),
    ("Her lawyers said the detention was unlawful.", "detention", [], [], ["lawyers"], []),
    ("Defence attorney Maria Costa said the arrests were a mistake.", "arrests", [], [],
     ["Costa", "attorney"], []),
    ("The family's solicitor said the expulsion was unjust.", "expulsion", [], [],
     ["solicitor"], []),
    ("A lawyer for the students said the ban was unconstitutional.", "ban", [], [],
     ["lawyer"], []),
    ("Their barrister said the deportation broke the law.", "deportation", [], [],
     ["barrister"], []),
    ("The attorney said the arrest of his client was unjustified.", "arrest", [], ["client"],
     ["attorney"], []),
    ("Lawyers for the journalist said his detention was politically motivated.", "detention",
     [], [], ["Lawyers"], []),
    ("Her attorneys said the travel ban was illegal.", "ban", [], [], ["attorneys"], []),
    ("The public defender said the arrest broke the rules.", "arrest", [], [], ["defender"],
     []),
    ("Defence counsel said the arrests were unlawful.", "arrests", [], [], ["counsel"], []),
    ("Her lawyer said the curfew was unconstitutional.", "curfew", [], [], ["lawyer"], []),
]

KEPT = [
    ("Three men were sentenced to death on Monday.", "sentenced", [], ["men"], [], ["death"]),
    ("The court sentenced the mayor to house arrest.", "sentenced", ["court"], ["mayor"], [],
     ["arrest"]),
    ("The government deported him to Mexico.", "deported", ["government"], ["Mexico"], [], []),
    ("The European Union suspended aid to the rebels.", "suspended", ["European Union"],
     ["rebels"], [], []),
    ("The mayor denounced the officer to the ombudsman.", "denounced", ["mayor"], ["ombudsman"],
     [], []),
    ("The prosecutor said the arrests were lawful.", "arrests", ["prosecutor"], [], [], []),
    ("The court said the ban was legal.", "ban", ["court"], [], [], []),
    ("Police said the arrest followed a tip.", "arrest", ["Police"], [], [], []),
    ("The lawyer was arrested by police on Monday.", "arrested", ["police"], ["lawyer"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(PENALTIES + COUNSEL, KEPT))
def test_penalties_and_lawyers_are_no_parties_of_the_sanction(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
