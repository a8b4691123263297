"""Protests lodged by states (events/senses/speech.py, ``protest_lodged``): "protest" done by a
government, a ministry, an embassy, a state named by its country or capital, or an official is
verbal disapproval, ACCUSE/disapprove ("Seoul summoned the Japanese ambassador to protest the
remarks"), not a demonstration; people in the street, workers, students and supporters (also
of the government, also government employees) stay PROTEST. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

LODGED = [
    "The foreign ministry summoned the British ambassador on Tuesday to protest against the "
    "new sanctions.",
    "China protested to Japan over the visit of its defence minister to the shrine.",
    "The foreign ministry protested the arrest of two of its diplomats.",
    "The government protested strongly against the seizure of the tanker.",
    "Russia's embassy protested the expulsion of its diplomats.",
    "Seoul summoned the Japanese ambassador to protest the remarks.",
    "The president protested the decision in a letter to the council.",
    "Ankara protested to Athens over the flights of its fighter jets.",
    "The Indian government protested the detention of its fishermen.",
    "The Kenyan foreign minister protested the treatment of Kenyan workers abroad.",
    "Vietnam protested Beijing's deployment of an oil rig in disputed waters.",
    "The embassy protested the closure of its consulate in the port city.",
]
MARCHES = [
    "Thousands of students protested against the sanctions in the capital.",
    "Farmers protested outside the ministry on Monday.",
    "Opposition supporters protested the arrest of their leader.",
    "Workers protested against the closure of the plant.",
    "Government employees protested over unpaid wages in the capital.",
    "Government supporters protested outside the embassy.",
    "Civil servants protested against the pay freeze.",
    "Hundreds of residents protested the demolition of their homes.",
    "Families of the missing protested outside the presidential palace.",
    "Teachers protested in front of the education ministry on Friday.",
    "Thousands joined protests against the Chilean government in Santiago on Friday.",
]


@pytest.mark.parametrize("text", LODGED)
def test_a_protest_lodged_by_a_state_is_disapproval(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "ACCUSE" in types and "PROTEST" not in types, types


@pytest.mark.parametrize("text", MARCHES)
def test_a_protest_of_people_stays_a_protest(pipeline, text: str) -> None:
    assert "PROTEST" in plover_types(text)
