"""A claim of responsibility names the attack the article told before ("Gunmen attacked a
checkpoint on Friday. Islamic State claimed the attack."; "claimed responsibility for the
bombing"): one attack, not two (``mentions.reactions``, ``corefer``). Near neighbours stay two: a
claim of an attack told with an indefinite article ("an attack on a warship near Aden"), one
more ("another attack"), or of a bombing at another place. Made-up articles, not taken from any
data set."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    "Two drones struck a tanker in the Red Sea on Sunday. The Houthis claimed the attack in a "
    "televised statement.",
    "Gunmen attacked a checkpoint near Gao on Friday. Islamic State claimed the attack in a "
    "statement on Saturday.",
    "Militants ambushed a convoy near Kidal on Tuesday. A local jihadist group claimed "
    "responsibility for the ambush.",
    "Rockets hit a base near Erbil on Wednesday. An Iran-backed militia claimed the strike on "
    "its Telegram channel.",
    "Gunmen shot dead a mayor in Michoacan on Sunday. A drug cartel claimed the killing in a "
    "banner left near the body.",
    "Rebels shelled the airport in Goma on Thursday. The M23 claimed responsibility for the "
    "shelling.",
    "Gunmen kidnapped two engineers near Warri on Monday. A militant group claimed the "
    "kidnapping.",
    "Insurgents raided a police station in Maiduguri on Sunday. Boko Haram claimed "
    "responsibility for the raid.",
    "Militants stormed a hotel in Mogadishu on Friday. Al-Shabaab claimed the assault on "
    "Saturday.",
    "Gunmen attacked a bus near Peshawar on Monday. A Pakistani Taliban faction claimed the "
    "attack.",
    "Rebels ambushed an army patrol near Bunia on Friday. CODECO claimed responsibility for the "
    "ambush in a statement.",
]
TWO = [
    "Two drones struck a tanker in the Red Sea on Sunday. The Houthis claimed an attack on a "
    "warship near Aden.",
    "A car bomb exploded near a market in Mogadishu on Monday. Al-Shabaab claimed "
    "responsibility for a bombing in Kismayo.",
    "Gunmen attacked a checkpoint near Gao on Friday. Islamic State claimed another attack on a "
    "base in Menaka.",
    "Militants ambushed a convoy near Kidal on Tuesday. A jihadist group also claimed a raid on "
    "a village in Mopti.",
]


def _assaults(text: str) -> int:
    events = sitrep.process_text(text, published="2021-03-01").events
    return sum(e.plover_type == "ASSAULT" for e in events)


@pytest.mark.parametrize("text,n", [(t, 1) for t in ONE] + [(t, 2) for t in TWO])
def test_a_claim_of_responsibility_names_the_attack_told_before(pipeline, text: str,
                                                                n: int) -> None:
    assert _assaults(text) == n
