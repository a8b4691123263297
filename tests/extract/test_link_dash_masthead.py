"""Made-up probes (not copied from any data set): the outlet's name that a web page appends to a
headline after a dash ("... - FOX 8 WVUE New Orleans News, Weather, Sports") is where the
outlet is, not where the shooting happened: a place named there places no event. A dash starts
an outlet's name only where what follows holds a word of the press family, a call sign or a web
address, and no lower-case word but the small words of a name. Neighbours: a dash inside the
headline's own words ("Man shot in Denver - police say suspect fled") and an outlet after a bar
(already read) keep or drop their places as before."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

BODY = "\n\nA man was shot outside a bar early Saturday, police said."
# (text, the outlet's town that must not place the shooting)
OUTLET = [
    ("Man shot outside bar - FOX 8 WVUE New Orleans News, Weather, Sports" + BODY,
     "New Orleans"),
    ("Man shot outside bar - KXYZ-TV News Channel 5 - Central Texas News and Weather for Waco"
     + BODY, "Waco"),
    ("Man shot outside bar - WTOC-TV: Savannah, Beaufort, SC, News, Weather & Sports" + BODY,
     "Savannah"),
    ("Man shot outside bar - The Denver Post" + BODY, "Denver"),
    ("Man shot outside bar - Chicago Tribune" + BODY, "Chicago"),
    ("Man shot outside bar - Houston Chronicle" + BODY, "Houston"),
    ("Man shot outside bar - Tulsa World News" + BODY, "Tulsa"),
    ("Man shot outside bar – Omaha World-Herald" + BODY, "Omaha"),
    ("Man shot outside bar - Memphis Daily News" + BODY, "Memphis"),
    ("Man shot outside bar - Dayton Daily News" + BODY, "Dayton"),
    ("Man shot outside bar - WKRN Nashville" + BODY, "Nashville"),
]
# (text, the place that must still place the shooting)
KEPT = [
    ("Man shot in Denver - police say suspect fled" + BODY, "Denver"),
    ("Man shot outside Tulsa bar - suspect in custody" + BODY, "Tulsa"),
    ("Shooting in Omaha - one man hurt, police say" + BODY, "Omaha"),
]


def _assault_places(pipeline, text: str) -> set[str]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return {p.name for e in pipeline.process(article).events if e.plover_type == "ASSAULT"
            for p in e.places}


@pytest.mark.parametrize(("text", "town"), OUTLET, ids=[t[:60] for t, _ in OUTLET])
def test_an_outlet_after_a_headline_dash_places_no_event(pipeline, text, town):
    assert town not in _assault_places(pipeline, text)


@pytest.mark.parametrize(("text", "town"), KEPT, ids=[t[:60] for t, _ in KEPT])
def test_a_dash_inside_the_headline_keeps_its_place(pipeline, text, town):
    assert town in _assault_places(pipeline, text)
