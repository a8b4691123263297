"""Recipients named by a request's slot or a show of force's purpose, read with the real model
on made-up sentences:

- anyone of a kind a request is addressed to ("asked anyone with information to call", "appealed
  for anyone with footage to come forward", "urged everyone to stay indoors"): the indefinite
  pronoun's phrase (``nouns.indefinite_people``), not the act it is asked to do; not the subject
  of "asked for soldiers to remain" (a thing asked for, not a party asked);
- "both sides" right after a clause's own subject of two parties ("the EU and the US called on
  both sides to ...") is not that subject (``nouns.clause_subject``): the two sides are the
  addressees, not the callers; two countries named before still are;
- the people a show of force is meant to drive off ("fired tear gas to disperse the crowd", "to
  break up a march by students": ``aimed.dispersed_targets``)."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Police have asked anyone with information about the robbery to contact them.", "asked",
     ["Police"], ["anyone with information"], [], []),
    ("The sheriff urged anyone who saw the crash to call detectives.", "urged", ["sheriff"],
     ["anyone who saw the crash"], [], ["call"]),
    ("Detectives appealed for anyone with dashcam footage to get in touch.", "appealed",
     ["Detectives"], ["anyone with dashcam footage"], [], []),
    ("The governor appealed to anyone with information to come forward.", "appealed",
     ["governor"], ["anyone with information"], [], []),
    ("The mayor urged everyone to stay indoors on Friday.", "urged", ["mayor"], ["everyone"],
     [], []),
    ("The European Union and the United States called on both sides to show restraint.",
     "called", ["European Union"], ["sides"], [], ["United States"]),
    ("France and Germany urged both sides to return to talks.", "urged", ["France"], ["sides"],
     [], ["Germany"]),
    ("Riot police fired tear gas and rubber bullets to break up a march by hundreds of nurses.",
     "fired", ["police"], ["nurses"], [], []),
    ("Soldiers fired warning shots to disperse the villagers.", "fired", ["Soldiers"],
     ["villagers"], [], ["shots"]),
    ("Police fired tear gas and water cannon on Tuesday to push back the demonstrators.",
     "fired", ["Police"], ["demonstrators"], [], ["cannon"]),
]

KEPT = [
    ("The commander said he had asked for soldiers to remain in the district.", "asked", [],
     [], [], ["soldiers"]),
    ("Armenia and Azerbaijan exchanged fire overnight. The United Nations called on both sides "
     "to stop.", "called", ["United Nations"], ["Armenia", "Azerbaijan"], [], []),
    ("Police fired tear gas at the protesters.", "fired", ["Police"], ["protesters"], [],
     ["gas"]),
    ("The union asked for patience.", "asked", ["union"], [], [], ["patience"]),
    ("Police fired tear gas to disperse the rally.", "fired", ["Police"], [], [], []),
    ("The minister asked the court to delay the hearing.", "asked", ["minister"], ["court"], [],
     ["hearing"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_indefinite_and_dispersed_recipients(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
