"""Probes of a sentence that names the capital by its kind alone ("Federal police in the
capital arrested two journalists": the capital of the country of the last place told,
``refine.told_place``), and of a national body told without its country under a dateline of
its nation's capital ("The leaders called on ...", a body coded a government's of no stated
country: the capital, ``nations.seated``). Neighbours: a place "north of the capital" (a
direction, not the capital), capital in its money sense, "out of the country" (a direction),
an act the phrase is not of ("who had reported on the attack": ``event_places.of_the_act``),
and a party's leaders under the capital. Made-up sentences."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CAPITAL = [
    ("Fighters stormed a prison in Bahir Dar on Monday. Federal police in the capital "
     "arrested two journalists on Wednesday.", "COERCE", "arrested", ["Addis Ababa"]),
    ("Rebels attacked a convoy near Goma on Sunday. Police in the capital detained three "
     "opposition activists.", "COERCE", "detained", ["Kinshasa"]),
    ("Protesters burned tyres in Arequipa on Monday. Investors moved capital abroad, and "
     "police arrested 12 protesters.", "COERCE", "arrested", ["Arequipa"]),
    ("Protesters burned tyres in Arequipa on Monday. Investors moved their savings out of "
     "the country, and police arrested 12 protesters.", "COERCE", "arrested", ["Arequipa"]),
    ("Workers blocked a highway in Gazipur, north of the capital, and police arrested 12 "
     "of them.", "COERCE", "arrested", ["Gazipur"]),
]
SEATED = [
    ("Talks stall\n\nMANILA, May 3 (Wire) — Troops shelled a rebel camp on Basilan on "
     "Wednesday. The leaders agreed to appoint an envoy and called on the rebels to free the "
     "hostages.", "REQUEST", "called on", ["Manila"]),
    ("Gunmen attack prison\n\nADDIS ABABA, March 13 (Wire) — Gunmen stormed a prison in "
     "Bahir Dar on Monday. The ruling party's leaders accused the militia of looting the "
     "armoury.", "ACCUSE", "accused", []),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CAPITAL + SEATED)
def test_capital_told_and_seated_bodies(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places


def test_capital_told_places_only_its_own_act(pipeline):
    text = ("Gunmen stormed a prison in Bahir Dar on Monday. Federal police in the capital "
            "arrested two journalists on Wednesday who had reported on the prison attack.")
    assert trigger_places(pipeline, text, "COERCE", "arrested") == ["Addis Ababa"]
    assert "Addis Ababa" not in (trigger_places(pipeline, text, "ASSAULT", "attack") or [])
