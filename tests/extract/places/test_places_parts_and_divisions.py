"""Probes (made up for these tests) of a town named after a noun of a part of a place or of a
division in the country's own words ("in parts of Grozny", "the rest of Tigray", "in the commune
of Maipú", "the prefecture of Kabo"): the "of" phrase names a place, also where the model tags
the name a person. Neighbours: a person after a noun of kinship or office ("a relative of
Jackson", "the lawyer of Sharif") stays no place, and towns the model already tags keep their
reading."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _names(pipeline: Pipeline, text: str) -> set[str]:
    ex = pipeline.process(Article(text=text, published=dt.date(2021, 3, 6), language="en"))
    return {p.name for p in ex.places}


# (text, the place's GeoNames name)
NAMED = [
    ("Fighting continued in parts of Grozny early Thursday.", "Grozny"),
    ("Jihadists attacked a convoy in the commune of Djibo on Sunday.", "Djibo"),
    ("Floods hit parts of Kismayo on Tuesday.", "Kismayo"),
    ("Curfews were imposed in the rest of Tigray on Monday.", "Tigrai"),
    ("Gunmen abducted a vendor in the commune of Maipú on Monday.", "Maipú"),
    ("Troops deployed in parts of Marawi on Sunday.", "Marawi City"),
    ("Looting spread to parts of Goma on Wednesday.", "Goma"),
    ("Unrest spread to the prefecture of Kabo on Monday.", "Kabo"),
    ("Rebels took control of parts of Beni on Monday.", "Beni"),
    ("Police clashed with protesters in the heart of Kano on Monday.", "Kano"),
]
KEPT = [
    ("Clashes broke out in parts of Mosul on Monday.", "Mosul"),
    ("Gunmen killed five people in the commune of Kati on Monday.", "Kati"),
    ("Protesters filled the streets of Bamako on Friday.", "Bamako"),
    ("Gunmen attacked homes on the edge of Jos on Sunday.", "Jos"),
    ("Violence flared in the canton of Tillabéri on Friday.", "Tillabéri"),
]
NO_PLACE = [
    "Police arrested a relative of Jackson on Friday.",
    "The lawyer of Sharif spoke on Monday.",
    "The wife of Dixon was detained on Monday.",
    "Police detained a man at the request of Jackson on Friday.",
    "Troops were deployed in support of Sharif on Monday.",
]


@pytest.mark.parametrize(("text", "name"), NAMED + KEPT)
def test_a_part_or_division_of_a_town_names_the_town(pipeline: Pipeline, text: str,
                                                     name: str) -> None:
    assert name in _names(pipeline, text)


@pytest.mark.parametrize("text", NO_PLACE)
def test_a_person_after_of_is_no_place(pipeline: Pipeline, text: str) -> None:
    assert _names(pipeline, text) == set()
