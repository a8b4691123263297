"""Goods seized by the authorities are a seizure (COERCE/seize) of their own, beside an arrest
in the same sentence, for the whole family of what is seized (issue 15's recall: "arrested him
... and seized a 9mm handgun from the car", "arrested three suspected gang members ... and
seized two pistols and a motorcycle" were missed: the trigger row knew guns, rifles and drugs
but not handguns, pistols or vehicles): weapons (pistols, handguns, shotguns, revolvers,
grenades, munitions, mortars, launchers, detonators, knives, machetes), vehicles (cars, trucks,
vans, motorcycles, boats), phones, computers and documents, gold and jewellery, equipment. An
opportunity, a moment, the initiative, a hand seized and an engine that seized stay none.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

SEIZED = [
    "Deputies arrested him at a relative's home and seized a 9mm handgun from the car.",
    "The task force arrested three gang members on Wednesday and seized two pistols and a "
    "motorcycle.",
    "Officers seized a shotgun and two revolvers during the search.",
    "Soldiers seized 40 grenades and a mortar at the checkpoint.",
    "Police arrested the driver and seized the truck.",
    "Customs officers seized three boats used by the smugglers.",
    "Investigators seized mobile phones, laptops and documents from the office.",
    "Police seized gold and jewellery worth $2 million in the raid.",
    "Troops seized bomb-making equipment and detonators in the hideout.",
    "Police arrested two men and seized machetes and knives.",
    "Agents seized the cars of the cartel leader.",
]
NOT_SEIZED = [
    "The rebels seized the opportunity to regroup.",
    "The striker seized the moment and scored.",
    "Panic seized the crowd.",
    "She seized the initiative in the debate.",
    "The engine seized on the motorway.",
    "He seized her hand and ran.",
]


def _seizures(text: str) -> list[str]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.trigger.text for e in events
            if e.plover_type == "COERCE" and e.plover_mode == "seize"]


@pytest.mark.parametrize("text", SEIZED)
def test_goods_seized_are_a_seizure(pipeline, text: str) -> None:
    assert _seizures(text)


@pytest.mark.parametrize("text", NOT_SEIZED)
def test_other_senses_of_seize_are_none(pipeline, text: str) -> None:
    assert not _seizures(text)
