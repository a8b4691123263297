"""People held by the state (issue 15's recall on held-out articles: "the judge ordered him held in
pre-trial detention", "have been held without charge since March", "several students were
briefly held" were no events: "hold" was custody only with "hostage" or "prisoner"). A holding
ordered, or a passive holding told with its place or terms of custody, is COERCE/arrest;
hostages held by a named captor, meetings, rallies and ground held are not.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types, typed_modes

HELD = [
    "The magistrate ordered the three men held at the central police station.",
    "A court in Kisumu ordered him held for 14 days pending investigation.",
    "Two opposition officials have been held without charge since April.",
    "Dozens of students were briefly held after the march.",
    "The journalist was held incommunicado for a week.",
    "The suspects are being held in custody in the capital.",
    "The prosecutor ordered her kept in detention until the trial.",
]
NOT_HELD = [
    "Two nurses were held by gunmen for three days before being freed.",
    "The party held a news conference on Sunday.",
    "The militia held the town until late afternoon.",
    "The minister held talks with the envoy.",
    "Residents kept their shops closed.",
    "He was not held in custody.",
]


@pytest.mark.parametrize("text", HELD)
def test_people_held_by_the_state_are_coerced(pipeline, text: str) -> None:
    assert ("COERCE", "arrest") in typed_modes(text)


@pytest.mark.parametrize("text", NOT_HELD)
def test_captives_meetings_and_ground_held_are_no_custody(pipeline, text: str) -> None:
    assert ("COERCE", "arrest") not in typed_modes(text)
    assert plover_types(text).count("COERCE") <= 1
