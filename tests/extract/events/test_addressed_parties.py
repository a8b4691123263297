"""The one a request or an apology is addressed to is its recipient even when a generic or
collective noun names it ("urged the international community to send aid", "called on all sides
to lay down their weapons", "asked the public to report", "apologized to the nation"): the slot
says it is a party (``finder.ActorFinder.addressee``), read with the real model on made-up
sentences. What is asked for ("urged restraint", "appealed for funds") and a request whose
object is an act ("seek a meeting with management to discuss") name no addressee."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The foreign minister urged the international community to send more food aid.", "urged",
     ["minister"], ["community"], [], []),
    ("The envoy called on all sides to lay down their weapons.", "called", [], ["sides"], [], []),
    ("The mayor asked the community to stay calm during the inquiry.", "asked", ["mayor"],
     ["community"], [], []),
    ("The bishop urged both sides to return to the negotiating table.", "urged", ["bishop"],
     ["sides"], [], []),
    ("Health officials asked the public to report any suspicious packages.", "asked",
     ["officials"], ["public"], [], []),
    ("The archbishop called on the faithful to pray for peace.", "called", ["archbishop"],
     ["faithful"], [], []),
    ("The prime minister apologized to the nation for the delays.", "apologized", ["minister"],
     ["nation"], [], ["delays"]),
    ("The UN envoy urged the rival factions to stop fighting.", "urged", ["envoy"],
     ["factions"], [], []),
    ("The governor appealed to the population to stay indoors.", "appealed", ["governor"],
     ["population"], [], []),
    ("The senator called on the electorate to reject the measure.", "called", ["senator"],
     ["electorate"], [], []),
    ("The president asked the nation to remain united.", "asked", ["president"], ["nation"],
     [], []),
    ("Aid groups urged the region to open its borders.", "urged", ["groups"], ["region"], [],
     []),
    ("The cardinal urged the world to act on hunger.", "urged", [], ["world"], [], []),
    ("The council urged a ceasefire and called on all sides to return to talks.", "urged",
     ["council"], ["sides"], [], ["ceasefire"]),
]

KEPT = [
    ("The commander called on the crowd to go home.", "called", ["commander"], ["crowd"], [],
     []),
    ("The minister urged restraint on both sides.", "urged", ["minister"], [], [],
     ["restraint"]),
    ("The union asked for patience.", "asked", ["union"], [], [], ["patience"]),
    ("The minister urged Kenya to release the activists.", "urged", ["minister"], ["Kenya"], [],
     ["activists"]),
    ("The governor appealed to residents for calm.", "appealed", ["governor"], ["residents"],
     [], ["calm"]),
    ("The union said it would seek a meeting with management to discuss the cuts.", "seek",
     ["union"], [], [], ["meeting"]),
    ("The envoy urged that the talks resume.", "urged", ["envoy"], [], [], ["talks"]),
    ("The mayor asked the court to delay the hearing.", "asked", ["mayor"], ["court"], [],
     ["hearing"]),
    ("The president apologized for the delays.", "apologized", ["president"], [], [],
     ["delays"]),
    ("The charity appealed for funds to rebuild the school.", "appealed", ["charity"], [], [],
     ["funds", "school"]),
    ("The minister urged action to protect the forests.", "urged", ["minister"], [], [],
     ["action", "forests"]),
    ("The ministry urged caution to avoid a panic.", "urged", ["ministry"], [], [],
     ["caution", "panic"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_addressee_of_a_request_is_its_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
