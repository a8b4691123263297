"""A claim of responsibility for an attack named with its day, its kind or both (issue 19 item
2, session 39: claims typed as the attack they speak of), on made-up sentences: "claimed the 3
May bombing", "claimed the twin suicide bombings" is the claim (ATTRIB), not the bombing. An
attack that "claimed" lives stays the attack."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CLAIMS = [
    "A shadowy faction calling itself the Dawn Brigades claimed the 3 May bombing of a rail depot.",
    "The insurgents claimed the twin suicide bombings at the army academy in an online statement.",
    "An obscure cell claimed the 12 June bombing outside the customs office.",
    "The separatists claimed Monday's roadside bomb attack on a police patrol.",
    "The militia claimed the night-time drone strike on the airport in a video.",
    "A jihadist group claimed the double suicide attack on the hotel, its news agency said.",
    "Rebels claimed the deadly dawn ambush on a supply convoy in the hills.",
    "The outlawed front claimed the failed rocket attack on the harbour.",
    "A little-known group claimed the 9 October kidnapping of two engineers.",
    "The armed wing of the movement claimed the coordinated grenade attacks on three banks.",
    "An anarchist cell claimed the late-night arson attack on a power substation.",
    "The rebel command claimed the twin roadside bombings that killed 11 soldiers.",
]

ATTACKS = [  # the attack itself, and an attack that "claimed" lives
    ("A car bomb outside the customs office claimed the lives of six people.", "REM_EXPLOS"),
    ("A suicide bomber blew himself up at the army academy, killing nine cadets.", "SUIC_BOMB"),
    ("Gunmen attacked a bus in the hills, killing four passengers.", "ATTACK"),
    ("Gunmen kidnapped two engineers at a quarry on Friday.", "ABDUCT_DISSAP"),
    ("A drone strike on the airport damaged two hangars overnight.", "AIR_STRIKE"),
]


@pytest.mark.parametrize("text", CLAIMS)
def test_claimed_named_attack_is_a_claim(text: str) -> None:
    assert classify_rules(text) == "ATTRIB"


@pytest.mark.parametrize(("text", "label"), ATTACKS)
def test_the_attack_itself_keeps_its_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
