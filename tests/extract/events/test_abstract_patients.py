"""Physical acts done to an abstraction (events/senses/fit.py, ``abstract_patient``): attacking a
notion, killing a mood or a story, battling a drought or an outbreak and
preventing erosion are figures of speech, read from the WordNet class of the patient's head;
attacks, killings, captures and fights of people, groups, places and things stay, and so does
breaking a truce, executing a warrant, taking control of a town, and a part or a number of a
whole ("scores of refugees"). Sentences made up for these tests (15 of the 18 figurative ones gave
an event before the rule)."""

from __future__ import annotations

import pytest

import sitrep

FIGURATIVE = [
    "The senator attacked the notion that taxes would rise.",
    "The critic attacked the premise of the film.",
    "The columnist attacked the assumption that rents would fall.",
    "The professor attacked the theory in a new paper.",
    "The tenants fought the eviction notice on Monday.",
    "Firefighters battled the incident for hours on Sunday.",
    "Volunteers battled the outbreak in the village.",
    "Farmers battled the drought with new wells.",
    "Health workers fought the epidemic in the north.",
    "Villagers battled the wildfire through the night.",
    "The comedian killed the mood with a joke.",
    "The editor killed the story before it ran.",
    "His remarks killed the conversation at the table.",
    "The company slashed jobs and killed the brand.",
    "The scandal killed his career in 2010.",
    "The minister killed the project on Tuesday.",
    "The barriers prevented erosion along the shore.",
    "The new filters capture the heat from the exhaust.",
]
PHYSICAL = [
    ("A gunman attacked a taxi driver on Monday.", "ASSAULT"),
    ("Rebels fought government troops near the border.", "ASSAULT"),
    ("The militants killed the village chief.", "ASSAULT"),
    ("The militia seized the town on Sunday.", "COERCE"),
    ("Gunmen attacked the concert in the capital on Friday.", "ASSAULT"),
    ("Soldiers hit the target with a missile.", "ASSAULT"),
    ("Rebels violated the truce on Sunday.", "ASSAULT"),
    ("Militants attacked the wedding on Saturday.", "ASSAULT"),
    ("The mob burned the newspaper's offices.", "ASSAULT"),
    ("Troops fought the insurgents near the border.", "ASSAULT"),
    ("Police captured the fugitive on Sunday.", "COERCE"),
    ("The army captured the rebel commander on Friday.", "COERCE"),
    ("Police prevented the protesters from reaching the square.", "COERCE"),
    ("Vandals demolished the statue in the park.", "COERCE"),
    ("The developer will demolish the dilapidated apartment complexes next month.", "COERCE"),
    ("The man shouted at the clerk, then struck the 17-year-old across the face.", "ASSAULT"),
    ("On Thursday morning, the police executed two search warrants at the house.", "COERCE"),
    ("Rebels seized control of the town on Sunday.", "COERCE"),
    ("Security forces have tortured scores of refugees, a rights group said Thursday.", "ASSAULT"),
    ("Gunmen burned the majority of the houses in the village on Monday.", "ASSAULT"),
]


def _types(text: str) -> list[str]:
    events = sitrep.process_text(
        "Officials spoke on Monday. " + text, published="2021-03-01"
    ).events
    return [e.plover_type for e in events if "Officials" not in e.evidence.text]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_physical_acts_on_abstractions_are_no_events(pipeline, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(_types(text))


@pytest.mark.parametrize(("text", "plover"), PHYSICAL)
def test_acts_on_people_places_and_things_stay(pipeline, text: str, plover: str) -> None:
    assert plover in _types(text)
