"""A state that orders a person to leave the country, or an envoy to leave, expels them
(SANCTION/expel; issue 15's recall: "Russia ordered a Norwegian diplomat to leave the country
Tuesday", "Lithuania ordered a Russian embassy employee to leave the country within five days"
were missed): "order" or "give ... hours" with "to leave" the country or a territory, or an
envoy ordered to leave. Residents ordered to leave their homes (an evacuation), a man ordered
out of a courtroom, a guest told to leave a bar and advice to leave the country are none.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

EXPELLED = [
    "Russia ordered a Norwegian diplomat to leave the country on Tuesday.",
    "Lithuania gave the Russian envoy 48 hours to leave the country.",
    "The government ordered the French ambassador to leave within 72 hours.",
    "Mali ordered the UN human rights envoy to leave the country.",
    "Vilnius ordered a Russian embassy employee to leave the country within five days.",
    "Algeria ordered twelve French embassy staff to leave its territory.",
    "The authorities ordered the foreign journalists to leave the country.",
    "The junta ordered the Danish troops to leave the country immediately.",
    "Caracas ordered the Peruvian chargé d'affaires to leave.",
]
NOT_EXPELLED = [
    "Police ordered residents to leave their homes as the fire spread.",
    "The manager told the drunk guest to leave the bar.",
    "The judge ordered the man to leave the courtroom.",
    "Officials ordered people to leave the coastal villages before the storm.",
    "The teacher told the pupils to leave their bags outside.",
    "Doctors told her to leave the country for treatment.",
    "The coach gave the players a day off to leave the camp.",
]


@pytest.mark.parametrize("text", EXPELLED)
def test_ordered_to_leave_the_country_is_an_expulsion(pipeline, text: str) -> None:
    assert "SANCTION" in plover_types(text)


@pytest.mark.parametrize("text", NOT_EXPELLED)
def test_other_orders_to_leave_are_none(pipeline, text: str) -> None:
    assert "SANCTION" not in plover_types(text)
