"""Weapons and drugs recovered by the authorities are a seizure (COERCE/seize), with the whole
family of what "seize" takes: revolvers, handguns, shotguns, knives, machetes, bombs, grams and
kilograms, sachets of drugs ("Officers recovered a .38-caliber revolver and 10 sachets of
suspected shabu from the scene", "a knife had been recovered from a drain"). A patient or an
economy that recovered, a body, a stolen car, a black box or spent casings recovered are none.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import seizure_triggers

RECOVERED = [
    "Officers recovered a .38-caliber revolver and 10 sachets of heroin from the house.",
    "Police said a knife had been recovered from a drain near the bus stop.",
    "Agents recovered around 300 grams of methamphetamine and a pistol from the shed.",
    "Detectives recovered a shotgun and two machetes from the car.",
    "Troops recovered a homemade bomb near the market.",
    "Investigators recovered a handgun and three magazines from the apartment.",
    "Customs officers recovered 40 kilograms of heroin hidden in a truck.",
    "Soldiers recovered two AK-47 rifles and a box of ammunition after the clash.",
    "A revolver was recovered at the scene, according to the police.",
    "Police recovered a bag containing 20 kilos of cannabis from the boot.",
]
NOT_RECOVERED = [
    "The patient recovered in hospital.",
    "Police recovered the body of a fisherman from the river.",
    "The team recovered the stolen car in a parking lot.",
    "The economy recovered after the drought.",
    "Divers recovered the plane's black box on Tuesday.",
    "The striker recovered from a knee injury in time for the final.",
]



@pytest.mark.parametrize("text", RECOVERED, ids=[t[:40] for t in RECOVERED])
def test_weapons_and_drugs_recovered_are_seized(pipeline, text: str) -> None:
    assert seizure_triggers(text)


@pytest.mark.parametrize("text", NOT_RECOVERED, ids=[t[:40] for t in NOT_RECOVERED])
def test_recovery_of_health_bodies_or_property_is_no_seizure(pipeline, text: str) -> None:
    assert seizure_triggers(text) == []
