""""Call" used for naming asks nothing (events/senses/public/processes.py, ``naming_call``):
"called the vote a sham", "called the decision baseless", "struck what the army called rebel
camps on the ridge" have a predicate complement (or a second object), and the preposition that
follows ("on Tuesday" under the complement, "on the ridge") is no "call on". Calls on a party,
for an act or upon someone stay REQUESTs. Made-up probes, not taken from any data set; 11 of
the 13 namings gave a REQUEST before the change. A noun read as a compound of the object
("called the allegations nonsense") is left: the parse gives no complement."""

from __future__ import annotations

import pytest

from samples import plover_types

NAMINGS = [
    "The minister called the report a fabrication on Tuesday.",
    "Jets struck what the army called militant hideouts on the edge of the town.",
    "The ambassador called the verdict an outrage on Friday.",
    "Artillery pounded what the rebels called civilian homes on the hillside.",
    "The governor called the closure a disaster for traders on the border.",
    "Police stormed what the students called a teach-in on the campus lawn.",
    "The ministry called the expulsion of its diplomat an insult on Thursday.",
    "The senator called the deal a betrayal on the floor of the chamber.",
    "Troops raided what the ministry called a bomb factory on the outskirts of the city.",
    "The coach called the fine an injustice on his website.",
    "The party called the ruling a blow to democracy on Wednesday night.",
    "Drones hit what officials called a weapons depot on the coast.",
    "The mayor called the budget cuts a catastrophe on local radio.",
]
CALLS = [
    "The ministry called on the rebels to lay down their arms.",
    "The president called on parliament to approve the budget.",
    "The opposition called upon voters to boycott the poll.",
    "The bishops called for calm on Sunday.",
    "The envoy called for an end to the fighting on the border.",
    "Rights groups called on the government to free the detained reporters.",
    "The mayor called on residents to stay indoors on Friday night.",
    "The council called for a new inquiry into the fire.",
    "The pope called for dialogue on his visit to the region.",
    "The families called on the army to search the forest.",
    "A state newspaper called Thursday on citizens to join the march.",
    "The cleric called Friday for a boycott of the elections.",
]


@pytest.mark.parametrize("text", NAMINGS)
def test_naming_is_no_request(pipeline, text: str) -> None:
    assert "REQUEST" not in plover_types(text)


@pytest.mark.parametrize("text", CALLS)
def test_calls_on_and_for_stay_requests(pipeline, text: str) -> None:
    assert "REQUEST" in plover_types(text)
