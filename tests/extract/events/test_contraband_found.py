"""Contraband that state forces come upon is a seizure (COERCE/seize; GUIDELINES: "arrests,
raids, seizures"): "security forces found a drug lab", "soldiers discovered a weapons cache",
"a tunnel was uncovered by police" (``senses.courts.steps.found_contraband``, the trigger
table's ``@contraband`` rows of find, discover, uncover, locate, unearth, detect). Neighbours
that must stay no seizure: a finder who is no state force ("hikers"), a find that is no
contraband ("the body", "the stolen car", "a bomb": a planted bomb is an attack attempt), a
thing told before ("the gun used in the killing": evidence), a finding of a study or a clause
("found that ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

SEIZURES: list[tuple[str, str, str]] = [
    ("Soldiers discovered a weapons cache near the border on Tuesday.", "discovered",
     "Soldiers"),
    ("Officers found two kilos of cocaine in the trunk of the car.", "found", "Officers"),
    ("A smuggling tunnel was uncovered by police under a warehouse in Tijuana.", "uncovered",
     "police"),
    ("Customs agents detected 40 pounds of heroin hidden in a truck at the port.", "detected",
     ""),
    ("Troops located an arsenal of rifles and grenades in a farmhouse outside the town.",
     "located", "Troops"),
    ("The navy discovered a shipment of cocaine off the coast of Colombia on Sunday.",
     "discovered", "navy"),
    ("Deputies found a methamphetamine lab in the basement of the home.", "found", "Deputies"),
    ("Federal agents unearthed a stash of explosives buried behind the school.", "unearthed",
     "Federal agents"),
    ("Colombian police found 800 kilograms of cocaine on a speedboat.", "found",
     "Colombian police"),
    ("The army found three clandestine laboratories in the jungle.", "found", "army"),
    ("On Monday the security forces found a lab able to produce 150 kilos of the drug a day.",
     "found", "security forces"),
]

NO_SEIZURE: list[str] = [
    "Hikers found a weapons cache in the woods on Sunday.",
    "Police found the body of a man in the river.",
    "Researchers discovered a new drug against malaria.",
    "The study found drug use rising among teenagers.",
    "Police found that the drugs had been sold in the school.",
    "Police found the stolen car in a parking lot.",
    "Soldiers found a bomb under the bridge.",
    "The farmer discovered an old rifle in his barn.",
    "Investigators found the gun used in the killing at the scene.",
    "Police found the missing girl in a nearby town.",
]


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(text=text, published=dt.date(2023, 2, 8), language="en")
        return pipeline.process(article).events

    return run


@pytest.mark.parametrize(("text", "trigger", "actor"),
                         [pytest.param(*row, id=f"seizure-{k:02d}")
                          for k, row in enumerate(SEIZURES)])
def test_contraband_found_by_state_forces_is_a_seizure(events_of, text: str, trigger: str,
                                                       actor: str) -> None:
    found = [e for e in events_of(text) if e.plover_type == "COERCE" and e.trigger.text ==
             trigger]
    assert found, [(e.plover_type, e.trigger.text) for e in events_of(text)]
    assert found[0].plover_mode == "seize"
    assert not actor or any(actor in a.text for a in found[0].actors), found[0].actors


def test_no_contraband_found_is_no_seizure(events_of) -> None:
    assert [e.plover_type for e in events_of("Police found no drugs in the car.")
            if "negated" not in e.modes and e.plover_type == "COERCE"] == []


@pytest.mark.parametrize("text", [pytest.param(t, id=f"neighbour-{k:02d}")
                                  for k, t in enumerate(NO_SEIZURE)])
def test_other_finds_are_no_seizure(events_of, text: str) -> None:
    assert [e.trigger.text for e in events_of(text) if e.plover_type == "COERCE"] == []
