"""A person whose first name or surname is also a country's or a capital's ("Michael Jordan",
"Tom Holland", "Judge Ann Jordan") is the person, not that country's government (issue 15 item
6, person names coded as a country): the model labels the whole name PERSON, and the actor is
the whole name with no country from that word. Read with the real model on made-up sentences.
Neighbours: a country or capital acting on its own ("Jordan accused Israel", "Washington
accused Moscow"), a country's body ("the Jordan government"), a country before a known
person ("Jordan's King Abdullah"), and the first-name case that already held ("Chad Miller")."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

# (text, trigger, the actor's full name, the country it must not be coded with)
CHANGED = [
    ("Michael Jordan criticized the league on Tuesday.", "criticized", "Michael Jordan", "JOR"),
    (
        "Retired forward Michael Jordan accused the team owners of greed.",
        "accused",
        "Michael Jordan",
        "JOR",
    ),
    ("Tom Holland praised the director on Monday.", "praised", "Tom Holland", "NLD"),
    ("Jack London condemned the strike at the docks.", "condemned", "Jack London", "GBR"),
    ("Sheriff Tim Jordan arrested two men on Friday.", "arrested", "Tim Jordan", "JOR"),
    ("Officer Mark Jordan detained the driver after the chase.", "detained", "Mark Jordan", "JOR"),
    ("Judge Ann Jordan sentenced the man to prison.", "sentenced", "Ann Jordan", "JOR"),
    ("Prosecutor Lisa Holland charged the suspect with murder.", "charged", "Lisa Holland", "NLD"),
    (
        "Senator John Ireland criticized the governor over the budget.",
        "criticized",
        "John Ireland",
        "IRL",
    ),
    ("Coach Ben Jordan praised the players after the game.", "praised", "Ben Jordan", "JOR"),
    ("Detective Ray Jordan arrested the teenager at the mall.", "arrested", "Ray Jordan", "JOR"),
    (
        "Pastor Grace Holland condemned the vandalism of the church.",
        "condemned",
        "Grace Holland",
        "NLD",
    ),
    ("Deputy Carl London arrested a woman outside the bar.", "arrested", "Carl London", "GBR"),
]

# (text, trigger, the actor's text, its country)
KEPT = [
    ("Jordan accused Israel of violating the truce.", "accused", "Jordan", "JOR"),
    ("Washington accused Moscow of meddling in the vote.", "accused", "Washington", "USA"),
    ("The Jordan government condemned the bombing.", "condemned", "Jordan government", "JOR"),
    ("Jordan's King Abdullah criticized the attack.", "criticized", "Abdullah", "JOR"),
    ("Paris condemned the attack on its embassy.", "condemned", "Paris", "FRA"),
]


def _actors(events, trigger: str):
    found = [e for e in events if trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r}"
    return found[0].actors


@pytest.mark.parametrize(("text", "trigger", "name", "country"), CHANGED)
def test_a_person_named_like_a_place_is_the_person(events_of, text, trigger, name, country):
    actors = _actors(events_of(text), trigger)
    assert any(name in a.text for a in actors), [a.text for a in actors]
    assert all(a.country != country for a in actors), [(a.text, a.country) for a in actors]


@pytest.mark.parametrize(("text", "trigger", "name", "country"), KEPT)
def test_a_country_or_capital_acting_keeps_its_country(events_of, text, trigger, name, country):
    actors = _actors(events_of(text), trigger)
    assert any(a.text == name and a.country == country for a in actors), [
        (a.text, a.country) for a in actors
    ]


@pytest.mark.parametrize(
    "phrase",
    ["Michael Jordan", "Ann Jordan", "Jack London", "Tom Holland", "John Ireland", "Tim London"],
)
def test_a_name_ending_in_a_place_codes_no_country(phrase):
    assert code_actor(phrase)[0] == ""


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Jordan", "JOR"),
        ("Paris", "FRA"),
        ("Amman Jordan", "JOR"),
        ("Baghdad Iraq", "IRQ"),
        ("Kabul Afghanistan", "AFG"),
        ("Uhuru Kenyatta", "KEN"),
    ],
)
def test_a_place_or_known_person_keeps_its_country(phrase, country):
    assert code_actor(phrase)[0] == country
