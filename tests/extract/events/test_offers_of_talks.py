"""Offers of mediation and openness to talks are intents to cooperate (AGREE, CAMEO 03), as the
held-out sets code them: a go-between offered ("ECOWAS offered to send a mediation team to the
border", "offered to send an envoy") is no aid, unlike doctors or food offered; a party "open to
talks" or "open to dialogue" states its intent to meet. A museum open to the public, a decision
open to question, a crossing open to trucks are none; aid offered stays AID. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

OFFERS = [
    "The regional bloc offered to send a mediation team to the border.",
    "Norway offered to send an envoy to the rebel camp.",
    "The Vatican offered to send a mediator to the capital.",
    "Qatar offered to send a delegation to broker a truce.",
    "The African Union offered to dispatch a peace envoy to the region.",
    "The government said it was open to talks with the strikers.",
    "The junta was \"open to dialogue\", its spokesman said.",
    "Rebel leaders said they remained open to negotiations with the army.",
    "The Kremlin said on Tuesday that it was open to talks.",
    "The miners' union said it is open to mediation by the church.",
]
NOT_OFFERS = [
    "The museum is open to the public on Sundays.",
    "The decision is open to question.",
    "The border crossing was open to trucks again.",
    "The park will be open to visitors next week.",
]
AID_OFFERS = [
    "Cuba offered to send doctors to the flooded province.",
    "The agency offered to send food to the camps.",
]


@pytest.mark.parametrize("text", OFFERS, ids=[t[:40] for t in OFFERS])
def test_offer_of_mediation_or_openness_to_talks_is_agree(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "AGREE" in types and "AID" not in types


@pytest.mark.parametrize("text", NOT_OFFERS, ids=[t[:40] for t in NOT_OFFERS])
def test_open_to_the_public_is_no_agreement(pipeline, text: str) -> None:
    assert "AGREE" not in plover_types(text)


@pytest.mark.parametrize("text", AID_OFFERS, ids=[t[:40] for t in AID_OFFERS])
def test_aid_offered_stays_aid(pipeline, text: str) -> None:
    assert "AID" in plover_types(text)
