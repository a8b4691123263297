"""Probe articles for issue 19, item 3 (session 34; made up, not from any data set): actors found
in running text by the whole pipeline (real model, real lexicons): people named by their trade,
weapons, names of teams and papers, and their near neighbours."""

from __future__ import annotations

import pytest

from samples import actor_named


def _codes(pipeline, text: str, name: str) -> tuple[str | None, str | None]:
    actor = actor_named(pipeline, text, name, "2022-03-10")
    return actor.country, actor.sector


IN_TEXT = [
    ("Customs officers seized two tonnes of copper at the port of Mombasa on Monday.",
     "Customs officers", (None, "GOV")),
    ("Soldiers detained three customs officials in Goma on Friday.", "customs officials",
     (None, "GOV")),
    ("Arms dealers supplied the gang with rifles, prosecutors in Lima said.", "Arms dealers",
     (None, "CRM")),
    ("Russian missiles struck a warehouse in Zaporizhzhia overnight.", "Russian missiles",
     ("RUS", "MIL")),
    ("Greek minesweepers cleared the channel near Piraeus.", "Greek minesweepers",
     ("GRC", "MIL")),
    ("The defence chief said the army would stay in the north of Mali.", "defence chief",
     (None, "MIL")),
]


# near neighbours: the title of an office written capitalised after a town stays an actor
OFFICES = [
    ("The Elko City Marshal closed the road after the flood.", "City Marshal", "COP"),
    ("On Friday, Fresno County Marshals arrested two men.", "Marshals", "COP"),
]


@pytest.mark.parametrize(("text", "name", "sector"), OFFICES)
def test_an_office_after_a_town_stays_an_actor(pipeline, text: str, name: str,
                                               sector: str) -> None:
    assert _codes(pipeline, text, name)[1] == sector


@pytest.mark.parametrize(("text", "name", "expected"), IN_TEXT)
def test_people_and_weapons_in_text_take_their_sector(pipeline, text: str, name: str,
                                                      expected: tuple) -> None:
    assert _codes(pipeline, text, name) == expected


# near neighbours: a common noun that ends a team's or a company's name is no group of it; a
# custom is no customs service
NOT_ACTORS = [
    ("Chris Dale scored 30 points to lift the Tacoma Rockets to a win over Boise.", "Rockets"),
    ("The Fresno Raiders beat the Reno Miners 3-1 on Saturday.", "Raiders"),
    ("It is a custom in the valley to light candles at dusk.", "custom"),
    ("The mayor called the attack strange to the town's traditions and customs.", "customs"),
    ("The Russian rocket lifted off from the cosmodrome with three astronauts.", "rocket"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ACTORS)
def test_a_noun_inside_a_name_or_of_another_sense_is_no_actor(pipeline, text: str,
                                                              word: str) -> None:
    actors = pipeline.process_text(text).actors if hasattr(pipeline, "process_text") else None
    if actors is None:
        from sitrep.records import Article

        actors = pipeline.process(Article(text=text)).actors
    assert not [a for a in actors if word in a.text and a.sector in ("MIL", "GOV", "CRM")]
