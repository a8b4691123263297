"""Probes of arrests announced by the force that made them ("Police said 19 people were
arrested": the police arrested them): a passive arrest or detention with no doer of its own,
reported by a police, military or interior-security body named before it, takes that body as
its actor, where before it had none (the events guidelines: the body reporting its own arrests
is their doer). Neighbours: a speaker who holds no one (a party, a lawyer, a rights group,
state media) is not made the captor, nor a body named after the report ("..., police said"),
and a doer named by "by" stays the actor."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

ANNOUNCED = [
    ("Police said 40 people were detained after the match.", "Police"),
    ("Police said eleven protesters had been arrested near the parliament.", "Police"),
    ("The police said two suspects were detained at the harbour on Friday.", "police"),
    ("Officers said a man was arrested at the scene.", "Officers"),
    ("The army said 12 militants were captured in the raid on the camp.", "army"),
    ("The Interior Ministry said 85 people were detained overnight in the capital.",
     "Interior Ministry"),
    ("The Security Ministry said six men had been arrested for rioting.", "Security Ministry"),
    ("Soldiers said the smugglers were detained at the river crossing.", "Soldiers"),
    ("Police in the northern province said 23 people were arrested on Sunday.", "Police"),
    ("The gendarmerie said three suspects were arrested at a roadblock.", "gendarmerie"),
    ("Troops said four fighters were captured near the border.", "Troops"),
    ("The police said on Monday that nine men had been detained in the raids.", "police"),
]

# the speaker holds no one, or the report follows the act: no captor from the speaker
NOT_CAPTORS = [
    ("The party said 30 of its members were arrested on Saturday.", "party"),
    ("Her lawyer said the activist was detained at her home without a warrant.", "lawyer"),
    ("The rights group said dozens of activists were detained last week.", "group"),
    ("State media said 200 people were detained after the unrest.", "media"),
    ("Residents said several young men were arrested in the night.", "Residents"),
]


def _coerce(pipeline, text: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2024, 9, 18)))
    return [[a.text for a in e.actors] for e in result.events if e.plover_type == "COERCE"]


@pytest.mark.parametrize(("text", "captor"), ANNOUNCED)
def test_the_force_announcing_an_arrest_made_it(pipeline, text, captor):
    found = _coerce(pipeline, text)
    assert found and any(captor in a for a in found[0]), (text, found)


@pytest.mark.parametrize(("text", "speaker"), NOT_CAPTORS)
def test_a_speaker_who_holds_no_one_is_no_captor(pipeline, text, speaker):
    found = _coerce(pipeline, text)
    assert found and not any(speaker in a for a in found[0]), (text, found)


def test_a_doer_named_by_by_stays_the_actor(pipeline):
    found = _coerce(pipeline, "Police said two men were detained by soldiers at a checkpoint.")
    assert found and any("soldiers" in a for a in found[0]) and not any(
        "Police" in a for a in found[0]), found
