"""A name in apposition to a title is the participant (issue 15 item 6, session 37):
"Lithuania's defence minister, Rasa Vaitkiene, welcomed ..." names Rasa Vaitkiene as the actor,
with the title's country and sector, as "the interior minister, Juan Perez" already did when the
title had no record of its own (``ActorFinder._appositive``). Neighbours: a title with no name
stays the actor, a name already chosen stays, and a relative clause is no apposition. Sentences
made up for these tests, read with the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Lithuania's defence minister, Rasa Vaitkiene, welcomed the soldiers at a ceremony on "
     "Monday.", "welcomed", ["Rasa Vaitkiene"], [], [], []),
    ("Norway's foreign minister, Hilde Aasen, met her Russian counterpart in Helsinki.", "met",
     ["Hilde Aasen"], [], [], []),
    ("Turkey's foreign minister, Selim Aktas, urged Moscow to return to the grain deal.",
     "urged", ["Selim Aktas"], ["Moscow"], [], []),
    ("Kenya's interior minister, Peter Otieno, banned the rally on Friday.", "banned",
     ["Peter Otieno"], [], [], []),
    ("France's defence minister, Claire Dubois, condemned the drone attack.", "condemned",
     ["Claire Dubois"], [], [], []),
    ("Brazil's justice minister, Paulo Mendes, ordered an inquiry into the killings.",
     "inquiry", ["Paulo Mendes"], [], [], []),
    ("Germany's chancellor, Klaus Wendt, criticised the decision.", "criticised",
     ["Klaus Wendt"], [], [], []),
    ("Poland's president, Adam Nowicki, vetoed the bill on Thursday.", "vetoed",
     ["Adam Nowicki"], [], [], []),
    ("Japan's prime minister, Kenji Watanabe, visited the flooded region.", "visited",
     ["Kenji Watanabe"], [], [], []),
    ("Ukraine's foreign minister, Olena Koval, accused Moscow of war crimes.", "accused",
     ["Olena Koval"], ["Moscow"], [], []),
    ("India's home minister, Rajesh Kumar, rejected the opposition's demand.", "rejected",
     ["Rajesh Kumar"], [], [], []),
]
KEPT = [
    ("The interior minister, Juan Perez, condemned the attack.", "condemned", ["Juan Perez"],
     [], [], []),
    ("Police arrested the suspect, Tom Black, on Monday.", "arrested", ["Police"],
     ["Tom Black"], [], []),
    ("Lithuania's defence minister welcomed the soldiers at a ceremony on Monday.", "welcomed",
     ["defence minister"], [], [], []),
    ("The minister, who spoke on Monday, condemned the attack.", "condemned", ["minister"], [],
     [], []),
    ("Russia's ally, Belarus, condemned the sanctions.", "condemned", ["Belarus"], [], [], []),
    ("Germany's chancellor criticised the decision.", "criticised", ["chancellor"], [], [], []),
    ("Poland's president vetoed the bill on Thursday.", "vetoed", ["president"], [], [], []),
    ("Turkey's foreign minister urged Moscow to return to the grain deal.", "urged",
     ["foreign minister"], ["Moscow"], [], []),
    ("Kenya's interior minister banned the rally on Friday.", "banned", ["interior minister"],
     [], [], []),
    ("Ukraine's foreign minister accused Moscow of war crimes.", "accused",
     ["foreign minister"], ["Moscow"], [], []),
]
CASES = participant_cases(CHANGED, KEPT)


@pytest.mark.parametrize("case", CASES)
def test_a_name_in_apposition_is_the_participant(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


def test_the_name_keeps_the_title_country_and_sector(events_of) -> None:
    events = events_of("Poland's president, Adam Nowicki, vetoed the bill on Thursday.")
    actor = next(e for e in events if "vetoed" in e.trigger.text).actors[0]
    assert (actor.text, actor.country, actor.sector) == ("Adam Nowicki", "POL", "GOV")
