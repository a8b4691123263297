"""Probe sentences (made up for these tests, not taken from any data set; the web addresses are
made up too) for a building or a street named after a town, in an article that names no other
place (issue 19, item 5, class b): "Concord Hospital" in a paper of Tulsa is a hospital in Tulsa,
not Concord, California. The source's own town (its web address) is the article's place, and
the building stands in it. Near neighbours: the article names the town itself, the name holds
"of Town", the building's town lies near the source's town, or the address names no town."""

from __future__ import annotations

import pytest

from samples import resolved_place
from sitrep.extract.places.mention import km

TULSA, OMAHA, SPOKANE, TUCSON = (36.15, -95.99), (41.26, -95.94), (47.66, -117.43), (32.22, -110.93)
FRESNO, DENVER, ANCHORAGE, DALLAS = (36.75, -119.77), (39.74, -104.98), (61.22, -149.90), (32.78, -96.80)
SEATTLE, PHOENIX = (47.61, -122.33), (33.45, -112.07)
CONCORD_NH, ALBANY_NY, MONTGOMERY_AL, AURORA_IL = (43.21, -71.54), (42.65, -73.76), (32.37, -86.30), (41.76, -88.32)
LEXINGTON_KY, CONCORD_CA = (38.05, -84.46), (37.98, -122.03)

IN_SOURCE_TOWN = [
    ("Two men were taken to Concord Hospital after the crash on Friday.", "Concord Hospital",
     "https://www.tulsaworld.com/news/local/crash", TULSA),
    ("Police closed Lexington Avenue after a water main broke.", "Lexington Avenue",
     "https://www.omahanews.com/news/water", OMAHA),
    ("The victim was flown to Franklin Memorial Hospital in critical condition.",
     "Franklin Memorial Hospital", "https://www.spokanenews.com/local/shooting", SPOKANE),
    ("Firefighters were called to Salem Church on Tuesday morning.", "Salem Church",
     "https://www.tucsonnews.com/local/fire", TUCSON),
    ("A teenager was struck by a car on Hamilton Road near the school.", "Hamilton Road",
     "https://www.fresnobee.com/news/local/crash", FRESNO),
    ("Deputies found the stolen truck behind Canton Elementary School.",
     "Canton Elementary School", "https://www.denvernews.com/news/truck", DENVER),
    ("The woman was treated at Providence Hospital and released.", "Providence Hospital",
     "https://www.anchoragenews.com/news/local", ANCHORAGE),
    ("Protesters gathered outside Lincoln High School on Monday.", "Lincoln High School",
     "https://www.dallasnews.com/news/protest", DALLAS),
    ("A gunman opened fire at Jackson Street on Sunday night.", "Jackson Street",
     "https://www.seattletimes.com/seattle-news/crime/shooting", SEATTLE),
    ("The boy was rushed to Burlington Medical Center with burns.", "Burlington Medical Center",
     "https://www.phoenixnews.com/local/burns", PHOENIX),
]

STAYS = [
    # the article names the town itself, or the building says "of Town"
    ("Concord Hospital in Concord, New Hampshire, treated two men after the crash.",
     "Concord Hospital", "https://www.tulsaworld.com/news/local/crash", CONCORD_NH),
    ("The man died at Mercy Hospital of Albany later that night.", "Mercy Hospital of Albany",
     "https://www.elpasotimes.com/story/news/crime", ALBANY_NY),
    ("Two men from Concord were taken to Concord Hospital after the crash.", "Concord Hospital",
     "https://www.tulsaworld.com/news/local/crash", CONCORD_CA),
    ("Police closed Lexington Avenue in Lexington after a water main broke.", "Lexington Avenue",
     "https://www.kentuckynews.com/news/water", LEXINGTON_KY),
    # the building's town lies near the source's town
    ("The victim was flown to Aurora Medical Center in critical condition.",
     "Aurora Medical Center", "https://www.chicagotribune.com/news/local/shooting", AURORA_IL),
    # the address names no town
    ("A crash on Montgomery Road injured three people.", "Montgomery Road",
     "https://www.sacbee.com/news/local/crash", MONTGOMERY_AL),
    ("Two men were taken to Concord Hospital after the crash on Friday.", "Concord Hospital",
     None, CONCORD_CA),
    ("Police closed Lexington Avenue after a water main broke.", "Lexington Avenue", None,
     LEXINGTON_KY),
    ("Deputies found the stolen truck behind Lexington Elementary School.",
     "Lexington Elementary School", "https://www.example-news.com/news/truck", LEXINGTON_KY),
    ("The woman was treated at Albany Medical Center and released.", "Albany Medical Center",
     None, ALBANY_NY),
]


@pytest.mark.parametrize(("text", "name", "url", "point"), IN_SOURCE_TOWN)
def test_a_building_named_after_a_far_town_stands_in_the_source_town(pipeline, text, name,
                                                                       url, point):
    place = resolved_place(pipeline, text, name, url)
    assert km(place, point) <= 161, (place.name, place.admin1)
    assert km(resolved_place(pipeline, text, name), point) > 161  # the address decides


@pytest.mark.parametrize(("text", "name", "url", "point"), STAYS)
def test_a_building_of_a_named_or_nearby_town_keeps_that_town(pipeline, text, name, url,
                                                              point):
    place = resolved_place(pipeline, text, name, url)
    assert km(place, point) <= 161, (place.name, place.admin1)
