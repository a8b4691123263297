"""A titled person named with "of" and a place right after the name ("King Abdullah of Jordan",
"Prime Minister Tomas Varga of Slovakia", "Senator Ruth Keller of Ohio") holds an office of that
place's country, before any country the rest of the sentence names (issue 15 item 6: officials
coded with the other party's country, "Israeli", "Hungarian"). Read with the real model on
made-up sentences. Neighbours: a country before the title or name ("Egyptian Foreign Minister
X", "Mexico's president"), a body named after "of" ("of Human Rights Watch", "of Harvard"),
and a name with no title ("Professor" is no office)."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.people import of_place

# (text, trigger, the actor's name, its country)
CHANGED = [
    ("King Abdullah of Jordan met the Israeli prime minister.", "met", "Abdullah", "JOR"),
    (
        "Prime Minister Tomas Varga of Slovakia accused Hungarian officials of meddling.",
        "accused",
        "Tomas Varga",
        "SVK",
    ),
    (
        "Foreign Minister Ana Duarte of Portugal met the Spanish ambassador.",
        "met",
        "Ana Duarte",
        "PRT",
    ),
    (
        "President Lars Eklund of Finland criticized the Russian government.",
        "criticized",
        "Lars Eklund",
        "FIN",
    ),
    (
        "Defense Minister Karim Haddad of Lebanon accused Israeli forces of shelling the border.",
        "accused",
        "Karim Haddad",
        "LBN",
    ),
    (
        "Interior Minister Joao Pereira of Angola met the Namibian envoy.",
        "met",
        "Joao Pereira",
        "AGO",
    ),
    (
        "Governor Maria Santos of Bahia criticized the Argentine ambassador.",
        "criticized",
        "Maria Santos",
        "BRA",
    ),
    (
        "Senator Ruth Keller of Ohio criticized the Mexican president.",
        "criticized",
        "Ruth Keller",
        "USA",
    ),
    (
        "Mayor Tom Reilly of Boston accused the Canadian consul of lying.",
        "accused",
        "Tom Reilly",
        "USA",
    ),
    (
        "Prime Minister Sanna Holm of Sweden condemned the Chinese embassy.",
        "condemned",
        "Sanna Holm",
        "SWE",
    ),
    ("General Piotr Nowak of Poland warned the Belarusian army.", "warned", "Piotr Nowak", "POL"),
    ("Foreign Minister Eli Cohen of Israel met the Moroccan king.", "met", "Eli Cohen", "ISR"),
]

KEPT = [
    (
        "Egyptian Foreign Minister Sameh Shoukry met the Sudanese envoy.",
        "met",
        "Sameh Shoukry",
        "EGY",
    ),
    ("Mexico's president met the Guatemalan ambassador.", "met", "Mexico's president", "MEX"),
    (
        "Professor Dan Lee of Harvard criticized the Chinese government.",
        "criticized",
        "Dan Lee",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "name", "country"), CHANGED + KEPT)
def test_an_office_of_a_place_named_after_the_name(events_of, text, trigger, name, country):
    found = [e for e in events_of(text) if trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r}"
    coded = [(a.text, a.country) for a in found[0].actors]
    assert (name, country) in coded, coded


@pytest.mark.parametrize(
    ("after", "country"),
    [
        (" of Jordan met", "JOR"),
        (" of Boston", "USA"),
        (" of the Philippines", "PHL"),
        (", of Lagos State,", "NGA"),
        (" of Human Rights Watch said", None),
        (" of Ohio State University", None),
        (" of Defence", None),
        (" of the Interior", None),
        (" of Amnesty International", None),
    ],
)
def test_of_place_reads_only_a_whole_place_name(after, country):
    assert of_place(after, 0) == country
