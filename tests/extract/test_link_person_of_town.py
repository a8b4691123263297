"""Made-up probes (not copied from any data set): a town written after a person with "of" ("John
Smith of Allen, Texas", "Sears, 41, of Grovetown", "a 30-year-old man of Bellmore") is that
person's home: at the clause and sentence levels it gives way to another place of the level
and, where it is all there is, to the dateline's town, as a state that modifies a noun of
people already did ("a Michigan man"). Neighbours: with no dateline and no other place it
still places the act (local news names a victim so, and the town is often where it happened);
a town after "in" stays; a dateline story whose person comes from the dateline's town."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, where the violence is placed, the home that must not place it)
MOVED = [
    ("GARLAND, Texas — Police identified the man who was shot as John Smith of Allen, Texas.",
     "Garland", "Allen"),
    ("TOPEKA, Kan. — Police said Mary Jones, 41, of Lawrence, was shot outside a bar on "
     "Friday.", "Topeka", "Lawrence"),
    ("OMAHA, Neb. — Officers said the victim, Tom Brown of Lincoln, was shot on Sunday.",
     "Omaha", "Lincoln"),
    ("FRESNO, Calif. — Police said Ana Ruiz of Visalia was shot in the leg on Saturday.",
     "Fresno", "Visalia"),
    ("TULSA, Okla. — A 30-year-old man of Broken Arrow was shot and wounded on Friday night.",
     "Tulsa", "Broken Arrow"),
    ("ERIE, Pa. — Police said Mark Evans, 19, of Meadville, was shot outside a club on "
     "Saturday.", "Erie", "Meadville"),
    ("TOLEDO, Ohio — Police identified the man shot on Monday as Luis Diaz of Sandusky.",
     "Toledo", "Sandusky"),
    ("Police said Mary Jones, 41, of Lawrence, was shot outside a bar in Topeka on Friday.",
     "Topeka", "Lawrence"),
    ("Officers said Tom Brown, 35, of Lincoln, was shot in Omaha on Sunday.", "Omaha",
     "Lincoln"),
    ("SALEM, Ore. — Police said Amy Long, 27, of Albany, was wounded in a shooting on "
     "Tuesday.", "Salem", "Albany"),
]
# (text, the place that must still place the violence)
KEPT = [
    ("Police said Mary Jones, 41, of Lawrence, was shot outside a bar on Friday.", "Lawrence"),
    ("Officers said the victim, Tom Brown of Lincoln, was shot on Sunday.", "Lincoln"),
    ("TOPEKA, Kan. — Police said a woman was shot outside a bar in Lawrence on Friday.",
     "Lawrence"),
    ("OMAHA, Neb. — Officers said the victim, Tom Brown of Omaha, was shot on Sunday.",
     "Omaha"),
]


def _towns(pipeline, text: str) -> set[str]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return {p.name for e in pipeline.process(article).events if e.plover_type == "ASSAULT"
            for p in e.places}


@pytest.mark.parametrize(("text", "town", "home"), MOVED, ids=[t[:50] for t, _, _ in MOVED])
def test_a_persons_town_with_of_gives_way_to_the_dateline_or_a_stated_place(pipeline, text,
                                                                             town, home):
    towns = _towns(pipeline, text)
    assert town in towns
    assert home not in towns


@pytest.mark.parametrize(("text", "town"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_persons_town_alone_or_a_stated_town_still_places_the_act(pipeline, text, town):
    assert town in _towns(pipeline, text)
