"""A person's name is no place (extract/link.py ``_drop_places_in_names``): where the actors
coded a word as a named person of two or more words ("Obama": Barack Obama), the places
extractor's reading of the same word as a town ("Obama" in Japan, "Bush" in Egypt) is dropped,
also with a possessive ("Sisi's"). Towns written as towns stay. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

import sitrep

# surnames of leaders the actors lexicon knows, in a headline frame that made the model read
# them as places
LEADERS = ["Obama", "Bush", "Ortega", "Morales", "Abbas", "Lula", "Merkel", "Sanchez", "Ruto",
           "Sisi"]


@pytest.mark.parametrize("name", LEADERS)
def test_a_leaders_surname_is_no_place(pipeline, name: str) -> None:
    text = f"Upbeat mood at {name}'s rally despite downbeat topics."
    result = sitrep.process_text(text, published="2016-03-20")
    assert any(a.text == name and a.kind == "named" for a in result.actors)
    assert not [p.name for p in result.places if p.evidence.start == len("Upbeat mood at ")]


TOWNS = [
    ("Gunmen attacked a bank in Jackson, Mississippi on Monday.", "Jackson"),
    ("Police arrested two men in Lincoln, Nebraska on Monday.", "Lincoln"),
    ("Rebels shelled Aleppo on Monday.", "Aleppo"),
    ("Troops clashed with rebels in Paris on Monday.", "Paris"),
    ("Protesters marched through Santos, Brazil on Monday.", "Santos"),
    ("Ortega's supporters rallied in Managua on Monday.", "Managua"),
    ("Obama condemned the bombing in Kabul on Monday.", "Kabul"),
]


@pytest.mark.parametrize(("text", "town"), TOWNS, ids=[t for _, t in TOWNS])
def test_towns_written_as_towns_stay(pipeline, text: str, town: str) -> None:
    result = sitrep.process_text(text, published="2016-03-20")
    assert town in [p.name for p in result.places]
