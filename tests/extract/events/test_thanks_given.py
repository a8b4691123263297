"""Thanks and praise given (SUPPORT): "the sheriff thanked neighbours for their patience", "...,
thanking residents", "the mayor lauded the firefighters", "the president congratulated the
winner". Their neighbours give no thanks: the sign-off "Thank you for reading", "thanks to
the rain", thanks only wished inside a quote, hail as weather. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

THANKS = [
    "The fire chief thanked volunteers who had cleared the road.",
    "The governor thanked the rescue teams for their work through the night.",
    "Speaking after the hearing, the victim's mother thanked the jury.",
    "The coach driver's family thanked hospital staff in a statement on Friday.",
    "The prime minister thanked Norway for hosting the talks.",
    "The sheriff said the standoff was over, thanking residents for their patience.",
    "Residents thanked the soldiers who escorted the convoy.",
    "Outside the courthouse, the girl's uncle thanked the detectives and the prosecutor.",
    "The foreign minister thanked Qatar and Egypt for their mediation.",
    "The refugees' spokesman thanked the border villagers who had sheltered them.",
    "The ambassador has thanked the coast guard for rescuing the crew.",
    "The mayor lauded the firefighters who saved the school.",
    "The president congratulated the winner of the runoff on Sunday.",
    "The bishop congratulated both parties on the accord.",
]
NO_THANKS = [
    "Thank you for reading.",
    "Thanks to the rain, the fire was contained.",
    "The report said the town's recovery was thanks to donors.",
    "The storm brought hail to the northern suburbs.",
    "Thank you for your patience while the page loads.",
    "The crew was thankful that the engine held.",
]


@pytest.mark.parametrize("text", THANKS)
def test_thanks_given_is_support(pipeline, text: str) -> None:
    assert "SUPPORT" in plover_types(text)


@pytest.mark.parametrize("text", NO_THANKS)
def test_sign_off_or_thanks_to_is_no_support(pipeline, text: str) -> None:
    assert "SUPPORT" not in plover_types(text)
