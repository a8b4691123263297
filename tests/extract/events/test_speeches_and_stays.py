"""Speeches and stays (events/senses/life/visits.py, ``a_speech``, ``a_stay``): a talk, a
lecture or a speech with no one talked with is a speech to an audience, and a visit with
nothing visited, for the night or the weekend, a stay as a guest: no CONSULT. A talk with
someone, talks, and visits of a place or for a counted time stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



PRIVATE = [
    "Flood uses a Lincoln portrayer to illustrate his talk.",
    "The professor illustrated her talk with old maps.",
    "Her talk focused on the history of the town.",
    "During his talk, the historian described the battle.",
    "After his talk, the author signed books.",
    "The talk ended with questions from the students.",
    "His talk on the war moved the audience.",
    "During her talk, the writer thanked the volunteers.",
    "After her talk, the poet read from her new book.",
    "She opened her talk with a joke about the weather.",
    "Karg lived down the street and was visiting for the night.",
    "My sister was visiting for the weekend.",
    "Her grandson was visiting for the holidays.",
]
MEETINGS = [
    "The minister held a talk with the rebel leaders on Monday.",
    "The president talked with the Russian leader by phone on Monday.",
    "The minister's talk with the union leaders lasted two hours.",
    "The president visited Kabul for the weekend.",
    "The president is visiting for three days.",
    "The two sides resumed talks on Monday.",
    "The president gave a talk at the museum on Tuesday.",
]


@pytest.mark.parametrize("text", PRIVATE, ids=[f"private-{k:02d}" for k in range(len(PRIVATE))])
def test_a_speech_or_a_stay_is_no_meeting(pipeline, text: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, "CONSULT"))


@pytest.mark.parametrize("text", MEETINGS,
                         ids=[f"meeting-{k:02d}" for k in range(len(MEETINGS))])
def test_talks_with_someone_and_visits_stay(pipeline, text: str) -> None:
    assert modes_after_lead(text, "CONSULT")
