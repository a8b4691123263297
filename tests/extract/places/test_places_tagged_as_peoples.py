"""A town the entity recogniser tags as a people or creed (NORP), mostly names written without
their accents ("Culiacan", "Popayan") or less common in its training text ("Aleppo", "Kidal"),
is still a place where a locative word introduces it ("in", "near", "outside", "through");
real peoples and creeds stay no place. Made-up sentences, real model."""

from __future__ import annotations

import pytest

from sitrep.pipeline import process_text

TOWNS = [
    ("A car bomb exploded near Culiacan late on Sunday.", "Culiacán", "MEX"),
    ("A car bomb exploded near Popayan late on Sunday.", "Popayán", "COL"),
    ("A car bomb exploded near Esmeraldas late on Sunday.", "Esmeraldas", "ECU"),
    ("A car bomb exploded near Kidal late on Sunday.", "Kidal", "MLI"),
    ("A car bomb exploded near Samarra late on Sunday.", "Sāmarrā’", "IRQ"),
    ("A car bomb exploded near Herat late on Sunday.", "Herāt", "AFG"),
    ("Troops shelled villages outside Culiacan overnight.", "Culiacán", "MEX"),
    ("Troops shelled villages outside Esmeraldas overnight.", "Esmeraldas", "ECU"),
    ("Police in Aleppo arrested four men.", "Aleppo", "SYR"),
    ("Police in Popayan arrested four men.", "Popayán", "COL"),
    ("Police in Kidal arrested four men.", "Kidal", "MLI"),
    ("Protesters marched through Aleppo on Friday.", "Aleppo", "SYR"),
    ("Protesters marched through Culiacan on Friday.", "Culiacán", "MEX"),
    ("Protesters marched through Samarra on Friday.", "Sāmarrā’", "IRQ"),
    ("Gunmen killed two officers in Culiacan on Monday.", "Culiacán", "MEX"),
    ("Gunmen killed two officers in Aleppo on Monday.", "Aleppo", "SYR"),
    ("Gunmen killed two officers in Esmeraldas on Monday.", "Esmeraldas", "ECU"),
]


@pytest.mark.parametrize(("text", "name", "country"), TOWNS, ids=[t[:45] for t, _, _ in TOWNS])
def test_a_town_tagged_as_a_people_after_a_locative_word_is_a_place(text, name, country):
    ex = process_text(text, "2024-01-02")
    assert (name, country) in {(p.name, p.country) for p in ex.places}
    assert any(name in {p.name for p in e.places} for e in ex.events)


PEOPLES = [  # (text, words that must not be a place)
    ("Clashes broke out among Sunni and Shiite groups in the city.", "Sunni"),
    ("The attack on Kurds in the north killed nine.", "Kurds"),
    ("Muslims in Bosnia marched on Friday.", "Muslims"),
    ("Thousands of Rohingya in Bangladesh protested.", "Rohingya"),
    ("He met Hispanic leaders in Texas.", "Hispanic"),
    ("Violence against Christians in Nigeria rose.", "Christians"),
    ("Fighting between Hutu and Tutsi militias spread.", "Hutu"),
]


@pytest.mark.parametrize(("text", "words"), PEOPLES, ids=[t[:45] for t, _ in PEOPLES])
def test_peoples_and_creeds_stay_no_place(text, words):
    ex = process_text(text, "2024-01-02")
    assert words not in {p.text for p in ex.places}


def test_a_people_named_with_a_demonym_after_a_locative_word_stays_no_place() -> None:
    text = ("The people of the town were friendly, an indigenous group similar in culture "
            "and language to American Indians, she said.")
    ex = process_text(text, "2024-01-02")
    assert not ex.places
