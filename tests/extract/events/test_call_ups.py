"""Call-ups of forces (MOBILIZE): conscripts, reservists, the army or the National Guard called
up, called in or called out. Neighbours stay no MOBILIZE: a phone call, records called up,
names called out, people called heroes, a meeting called, an ambassador called in. Sentences
made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

CALLED_UP = [
    "The junta said it would begin calling up a third batch of conscripts next month.",
    "The defence ministry called up 30,000 reservists on Monday.",
    "The president called out the army to restore order in the capital.",
    "The government has called up thousands of reservists.",
    "The army called up 5,000 conscripts for the spring draft.",
    "The country called up 200,000 reservists after the border clash.",
    "The navy called up 2,000 sailors from the reserve on Friday.",
    "The governor called out the National Guard on Tuesday.",
    "The ministry called up another 10,000 reservists this week.",
    "The general staff called up two reserve brigades on Sunday.",
]
NOT_CALLED_UP = [
    "The minister called the soldiers heroes.",
    "The general called a meeting of his commanders.",
    "The police called up the suspect's records.",
    "The officer called up his sister on Sunday.",
    "The army called the operation a success.",
    "The president called in the ambassador for talks.",
    "She called out the names of the dead soldiers.",
    "The clerk called up the file on the battalion.",
    "The soldiers called home on Sunday.",
    "He called out to the troops from the balcony.",
]


@pytest.mark.parametrize("text", CALLED_UP)
def test_forces_called_up_are_mobilize(pipeline, text: str) -> None:
    assert "MOBILIZE" in plover_types(text)


@pytest.mark.parametrize("text", NOT_CALLED_UP)
def test_calls_of_people_records_or_meetings_are_no_mobilize(pipeline, text: str) -> None:
    assert "MOBILIZE" not in plover_types(text)
