"""Cues written as lemmas match every inflection: made-up probes for weapons and methods and
for territory changes (issue 19, item 2)."""

from __future__ import annotations

import re

import pytest

from sitrep.extract.events.case.lemmas import lemma_regex
from sitrep.extract.events.case.rules import classify_rules
from sitrep.nlp.select import inflections


def test_a_lemma_expands_to_its_inflections_and_a_noun_to_its_noun_forms() -> None:
    verb = re.compile(lemma_regex(r"\b<seize>\b"), re.I)
    assert all(verb.fullmatch(w) for w in ("seize", "seizes", "seized", "seizing"))
    noun = re.compile(lemma_regex(r"\b<mine:N> <go> off\b"), re.I)
    assert noun.fullmatch("mines went off") and noun.fullmatch("a mine goes off"[2:])
    assert not re.compile(lemma_regex(r"\b<mine:N>\b"), re.I).fullmatch("mined")
    phrase = re.compile(lemma_regex(r"\b<air strike:N>\b"), re.I)
    assert phrase.fullmatch("air strikes") and not phrase.fullmatch("airs strike")


def test_prefixed_irregular_verbs_inflect_like_their_stem() -> None:
    assert {"retook", "retaken"} <= inflections("retake")
    assert {"overtook", "overtaken"} <= inflections("overtake")


WEAPONS = [
    ("Heavy bombardments hit the eastern districts of Varna overnight.", "ART_MISS_ATTACK"),
    ("Government forces shelled the rebel-held suburb for a third day.", "ART_MISS_ATTACK"),
    ("The army shells villages near the river every night, residents say.", "ART_MISS_ATTACK"),
    ("Two civilians died as artillery rounds and a shell landed on the market.",
     "ART_MISS_ATTACK"),
    ("Militants bombarded the garrison town with howitzers.", "ART_MISS_ATTACK"),
    ("Army choppers struck a convoy of insurgents near the border.", "AIR_STRIKE"),
    ("Warplanes strafed the highway south of the capital.", "AIR_STRIKE"),
    ("Two aerial bombings hit a fuel depot outside Korsa.", "AIR_STRIKE"),
    ("A mine went off under a minibus on the road to Tesh, killing four.", "REM_EXPLOS"),
    ("Two mines went off near a school in the north of the province.", "REM_EXPLOS"),
    ("A farmer was hurt when his tractor triggers a mine buried in the field.", "REM_EXPLOS"),
    ("A patrol vehicle is struck by a landmine near the village.", "REM_EXPLOS"),
    ("A booby-trapped motorbike exploded outside a police station.", "REM_EXPLOS"),
    ("Unknown men tossed grenades into a crowded bar late on Friday.", "GRENADE"),
]


@pytest.mark.parametrize(("text", "label"), WEAPONS)
def test_weapon_and_method_forms_and_synonyms(text: str, label: str) -> None:
    assert classify_rules(text) == label


TERRITORY = [
    ("Government troops recaptured the town of Mareb from the rebels.", "GOV_REGAINS_TERIT"),
    ("The army retook the village of Doli after a week of fighting.", "GOV_REGAINS_TERIT"),
    ("Security forces are retaking districts lost to militants last year.",
     "GOV_REGAINS_TERIT"),
    ("The military took back control of the border crossing on Sunday.", "GOV_REGAINS_TERIT"),
    ("Army units have reclaimed the hilltop town from the insurgents.", "GOV_REGAINS_TERIT"),
    ("Rebels seized the district headquarters of Kamo on Tuesday.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Insurgents overran an army base in the north.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Militants have taken over the town of Ruvo, residents said.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Jihadists are seizing villages along the river one after another.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Separatist fighters captured the airport of Lenz after a short battle.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Rebels handed over the town of Sibo to the army without a fight.",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("The militia hands over control of the port to government forces without fighting.",
     "NON_VIOL_TERRIT_TRANSFER"),
]


@pytest.mark.parametrize(("text", "label"), TERRITORY)
def test_territory_changes_in_any_inflection(text: str, label: str) -> None:
    assert classify_rules(text) == label


def test_an_attempt_to_seize_a_town_is_not_a_capture() -> None:
    text = "Rebels attacked army positions in a bid to seize the town; the fighting went on."
    assert classify_rules(text) == "ARMED_CLASH"
