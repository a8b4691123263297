"""Support given by force or its means as a duty is no SUPPORT (verbal support, praise or
endorsement; events/senses/forces.py, ``duty_support``): the purpose of a deployment
("troops were deployed to support the police") or a kind of force ("air support", "artillery
support"). Backing in words stays. Made-up probes, not taken from any data set; 5 of the 6 duties
gave a SUPPORT before the change."""

from __future__ import annotations

import pytest

from samples import plover_types

DUTIES = [
    "The government said the army had been deployed to support the police in the capital.",
    "Britain sent two helicopters to Mali to support the French operation.",
    "The president ordered the national guard to support border agents.",
    "The army said artillery support pinned down the rebels for hours.",
    "Kenya will dispatch 1,000 officers to Haiti to assist the local police.",
    "Residents said close air support arrived within minutes.",
]
BACKING = [
    "The Czech Republic voiced support for the Polish decision on Monday.",
    "Britain said it supported the Omani mediation.",
    "Germany and France backed the proposal at the summit on Friday.",
    "The United States expressed strong support for the ceasefire on Tuesday.",
]


@pytest.mark.parametrize("text", DUTIES)
def test_a_duty_of_force_is_no_support(pipeline, text: str) -> None:
    assert "SUPPORT" not in plover_types(text)


@pytest.mark.parametrize("text", BACKING)
def test_backing_in_words_stays(pipeline, text: str) -> None:
    assert "SUPPORT" in plover_types(text)
