"""The party a threat is made to is the one whose act would set it off: the subject of the
threat's "unless/if" condition is its recipient when no object names one (issue 15 items 4-5,
participants; wire sentences such as "threatened to break relations unless the Kremlin closed
its base"), read with the real model on made-up sentences. A recipient named by an object stays
("threatened to kill the journalist unless a ransom was paid"), a condition with no party
("unless talks resumed", "if it was not evacuated") adds none, and a pronoun standing for the
threatener is not its own recipient."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Armenia threatened to close its border if Azerbaijan did not withdraw its troops.",
     "threatened", ["Armenia"], ["Azerbaijan"], [], []),
    ("Workers threatened to call a national strike unless the ministry raised wages.",
     "threatened", ["Workers"], ["ministry"], [], []),
    ("The president threatened to impose martial law if the protesters did not leave the "
     "square.", "threatened", ["president"], ["protesters"], [], []),
    ("Students threatened to block the highways unless the police freed their classmates.",
     "threatened", ["Students"], ["police"], [], []),
    ("The senator threatened to withhold funding if the army ignored the ruling.",
     "threatened", ["senator"], ["army"], [], []),
    ("Washington threatened to suspend aid unless the rebels laid down their weapons.",
     "threatened", ["Washington"], ["rebels"], [], []),
    ("Gunmen threatened to burn the shop if the villagers went to the police.",
     "threatened", ["Gunmen"], ["villagers"], [], ["police"]),
    ("Teachers threatened to walk out if the government went ahead with the cuts.",
     "threatened", ["Teachers"], ["government"], [], []),
    ("The minister threatened to resign unless parliament backed the plan.",
     "threatened", ["minister"], ["parliament"], [], []),
    ("Greece threatened to veto the deal if Turkey did not withdraw.", "threatened",
     ["Greece"], ["Turkey"], [], []),
    ("Rebels threatened to resume attacks unless the government released their leaders.",
     "threatened", ["Rebels"], ["government"], [], []),
]

KEPT = [
    ("Rebels threatened the government with new attacks unless talks resumed.", "threatened",
     ["Rebels"], ["government"], [], ["talks"]),
    ("The minister threatened to resign if he was not consulted.", "threatened",
     ["minister"], [], [], ["minister", "he"]),
    ("The rebels threatened to strike if the talks failed.", "threatened", ["rebels"], [],
     [], ["talks"]),
    ("The gunman threatened to shoot the hostages if police approached.", "threatened",
     ["gunman"], ["hostages"], [], ["police"]),
    ("Armenia threatened Azerbaijan with sanctions if the border stayed closed.",
     "threatened", ["Armenia"], ["Azerbaijan"], [], ["border"]),
    ("The militants threatened to kill the journalist unless a ransom was paid.",
     "threatened", ["militants"], ["journalist"], [], ["ransom"]),
    ("Police threatened to arrest the protesters if they did not leave.", "threatened",
     ["Police"], ["protesters"], [], []),
    ("The rebels threatened to attack the town if it was not evacuated.", "threatened",
     ["rebels"], [], [], ["it"]),
    ("Protesters threatened to occupy the ministry if their demands were ignored.",
     "threatened", ["Protesters"], ["ministry"], [], ["demands"]),
    ("Armenia threatened to close its border unless talks resumed.", "threatened",
     ["Armenia"], [], [], ["talks"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_party_of_a_threats_condition_is_its_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
