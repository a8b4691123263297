"""Armed means put on duty where they are (MOBILIZE, events/senses/forces.py ``STATIONING``,
``forces_moved``): "scrambled fighter jets", "stationed two battalions along the border",
"soldiers were posted at the gates", "called in the police"; and states of exception declared
(COERCE/martial-law, events/senses/courts/emergencies.py): "declared a state of prevention",
"declared an internal armed conflict", "the state of emergency, which the cabinet declared".
Things posted online, eggs scrambled, a party positioned, a conflict declared over, a day of
mourning and a law passed are none. Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

STATIONED = [
    "Romania scrambled two F-16 fighter jets when the drone crossed the Danube.",
    "The air force scrambled interceptors after an unidentified aircraft approached the coast.",
    "The army stationed two battalions along the northern border.",
    "Soldiers were posted at the gates of the electoral commission.",
    "The mayor called in the National Guard after a second night of looting.",
    "The governor called in troops to guard the water plant.",
    "Police posted armed officers outside every polling station.",
    "The navy positioned three frigates off the disputed islands.",
    "Kenya garrisoned an extra company of soldiers in the border town.",
    "The ministry stationed riot police around the parliament.",
    "Officers were stationed at the entrance of the mosque on Friday.",
    "Japan scrambled fighters to shadow the bombers over the sea.",
]
NOT_STATIONED = [
    "The police posted a photo of the suspect on social media.",
    "She scrambled eggs for the children.",
    "The party positioned itself as the voice of farmers.",
    "Residents scrambled to find shelter when the sirens sounded.",
    "He was posted to the embassy in Vienna as a cultural attaché.",
    "The company stationed a sales team in Lagos.",
    "The bank posted a record profit on Tuesday.",
    "The council called in a plumber to fix the leak.",
    "The coach positioned the defenders deeper in the second half.",
    "The blogger posted a video of the march.",
]
DECLARED = [
    "The president declared a 30-day state of prevention in two provinces.",
    "The government declared an internal armed conflict against the gangs.",
    "The state of emergency, which the cabinet declared in May, was extended on Monday.",
    "The town lies in a state of public emergency declared for the whole district in March.",
    "The prime minister proclaimed a state of siege in the mining region.",
    "The junta declared a state of exception in the capital.",
    "The government decreed a state of alarm across the islands.",
    "The president invoked a state of emergency in the border provinces.",
    "The army declared martial law in the eastern provinces.",
    "Parliament extended the state of exception by sixty days.",
]
NOT_DECLARED = [
    "The government declared the conflict over.",
    "The cabinet declared a national day of mourning.",
    "The ministry declared the armed group a terrorist organisation.",
    "The council declared a climate emergency in 2019.",
    "Parliament extended the law on pensions.",
    "The bank declared a dividend of two cents.",
    "He declared his candidacy for governor.",
    "The court declared the election void.",
    "The government extended the deadline for tax returns.",
    "The mayor declared the festival open.",
]


def _typed(text: str, plover: str, mode: str | None = None) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == plover
            and (mode is None or e.plover_mode == mode)]


@pytest.mark.parametrize("text", STATIONED, ids=[t[:40] for t in STATIONED])
def test_armed_means_put_on_duty_are_a_mobilisation(pipeline, text: str) -> None:
    assert _typed(text, "MOBILIZE"), [
        (e.plover_type, e.trigger.text) for e in sitrep.process_text(text).events]


@pytest.mark.parametrize("text", NOT_STATIONED, ids=[t[:40] for t in NOT_STATIONED])
def test_posts_eggs_and_teams_are_no_mobilisation(pipeline, text: str) -> None:
    assert _typed(text, "MOBILIZE") == []


@pytest.mark.parametrize("text", DECLARED, ids=[t[:40] for t in DECLARED])
def test_a_state_of_exception_declared_is_coercion(pipeline, text: str) -> None:
    assert _typed(text, "COERCE", "martial-law"), [
        (e.plover_type, e.plover_mode, e.trigger.text) for e in sitrep.process_text(text).events]


@pytest.mark.parametrize("text", NOT_DECLARED, ids=[t[:40] for t in NOT_DECLARED])
def test_conflicts_over_mourning_and_deadlines_are_no_state_of_exception(
        pipeline, text: str) -> None:
    assert _typed(text, "COERCE") == []
