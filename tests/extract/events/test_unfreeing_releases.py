"""Releases that free no one from custody (events/senses/public/discharge.py): a report, an
autopsy, results or footage released, and a release still to be decided ("considered for
release", "eligible for release", "their release could endanger ..."). Near neighbours
(prisoners, hostages, suspects released; a release that happened) stay. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

NOT_FREED = [
    "An autopsy released on Friday showed the man had been strangled.",
    "The post-mortem report released on Monday found gunshot wounds.",
    "Police released the results of the toxicology tests on Tuesday.",
    "The ministry released figures showing a rise in arrests.",
    "Footage released by the army showed the convoy on fire.",
    "The coroner's findings were released on Wednesday.",
    "The commission released its report into the riots on Thursday.",
    "Officials released the names of the three victims on Sunday.",
    "The police department released a statement about the shooting.",
    "New data released on Monday showed food prices rising.",
    "The inmate will be considered for release after ten years.",
    "He will be eligible for release in 2031.",
    "The prisoner could be up for release next spring.",
    "The judge said their release could put witnesses at risk.",
    "Prosecutors argued that his release would endanger the public.",
]
FREED = [
    "Rebels released ten hostages on Monday.",
    "The army released the two journalists on Sunday.",
    "Police released the suspect without charge on Friday.",
    "The militia released 40 detainees on Wednesday.",
    "The prisoners released on Friday returned to their villages.",
    "Their release came after weeks of talks with the kidnappers.",
    "The release of the hostages was announced on Saturday.",
    "Two men arrested on Wednesday have been released on bail.",
    "The hostages released by the rebels were flown to the capital.",
    "The rebels freed two hostages on Monday, and more releases could follow.",
]


@pytest.mark.parametrize("text", NOT_FREED)
def test_released_documents_and_undecided_releases_are_no_retreat(pipeline, text: str) -> None:
    assert "RETREAT" not in plover_types(text)


@pytest.mark.parametrize("text", FREED)
def test_releases_of_people_stay(pipeline, text: str) -> None:
    assert "RETREAT" in plover_types(text)
