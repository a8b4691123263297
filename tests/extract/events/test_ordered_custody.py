"""An act a party orders done to someone ("a court ordered the four men held", "the judge
ordered the suspects released on bail") is the orderer's act on that one: the subject of the
verb of ordering (or of the verb it is conjoined to) is the actor, its object the recipient
(``targets.ordered_patient``, ``targets.orderers``), not the object as the doer. Made-up
probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

# (text, PLOVER type, the orderer, the one the act is done to)
ORDERED = [
    ("A Pristina court on Wednesday ordered the four men held for 30 days.", "COERCE",
     "court", "men"),
    ("The magistrate granted the request and ordered the men held at the police station.",
     "COERCE", "magistrate", "men"),
    ("The judge ordered the suspects released on bail.", "RETREAT", "judge", "suspects"),
    ("A judge in Quetzaltenango ordered the two soldiers held in preventive detention.",
     "COERCE", "judge", "soldiers"),
]


@pytest.mark.parametrize(("text", "plover", "orderer", "patient"), ORDERED)
def test_the_orderer_does_the_act_to_its_object(pipeline, text: str, plover: str,
                                                orderer: str, patient: str) -> None:
    found = [e for e in sitrep.process_text(text).events if e.plover_type == plover]
    assert found, [(e.plover_type, e.trigger.text) for e in sitrep.process_text(text).events]
    actors, recipients = [a.text for a in found[0].actors], [r.text for r in found[0].recipients]
    assert any(orderer in a for a in actors), actors
    assert any(patient in r for r in recipients), recipients
    assert not any(patient in a for a in actors), actors
