"""Aircraft, helicopters and speedboats of a state or a coalition are its armed forces (issue 19
item 3, session 36): "Russian planes", "coalition aircraft", "enemy choppers" are MIL with the
owner's country. Made-up phrases; the neighbours (a passenger plane, aircraft of no one, a
country's ships, a government named before the craft) keep their codes."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

CRAFT = [
    ("Russian planes", "RUS"),
    ("Syrian helicopters", "SYR"),
    ("Ethiopian choppers", "ETH"),
    ("Iranian speedboats", "IRN"),
    ("Israeli aeroplanes", "ISR"),
    ("Emirati-led coalition aircraft", "ARE"),
    ("enemy aircraft", ""),
    ("coalition planes", ""),
    ("Turkish airplanes", "TUR"),
    ("two Sudanese aircraft", "SDN"),
    ("a Nigerian helicopter", "NGA"),
    ("allied aircraft", ""),
    ("French planes", "FRA"),
    ("the coalition's helicopters", ""),
]
NEIGHBOURS = [
    ("a Kenyan passenger plane", "KEN", "CVL"),
    ("the aircraft", "", "UNK"),
    ("a plane", "", "UNK"),
    ("Chinese ships", "CHN", ""),
    ("a Greek cargo ship", "GRC", ""),
    ("Syrian government aircraft", "SYR", "GOV"),
    ("Russian warplanes", "RUS", "MIL"),
    ("Houthi drones", "YEM", "REB"),
]


@pytest.mark.parametrize(("text", "country"), CRAFT)
def test_craft_of_a_state_or_coalition_are_military(text: str, country: str) -> None:
    assert code_actor(text) == (country, "MIL")


@pytest.mark.parametrize(("text", "country", "sector"), NEIGHBOURS)
def test_craft_of_no_state_keep_their_codes(text: str, country: str, sector: str) -> None:
    assert code_actor(text) == (country, sector)
