"""Probes (made up for these tests, not taken from any data set; the web addresses are made up
too) for namesakes chosen by the divisions the article itself states
(``extract/places/stated.py``, issue 16): a bare town name read inside the county the story
names, or as the census place of that county (or of the paper's state, from its web address)
whose hyphenated name begins with it, before the population of namesakes elsewhere.
``CHANGES`` move with the stated county or state; ``STAYS`` are their neighbours (the state
stated otherwise, no county, a big town of the address's name) that keep their reading."""

from __future__ import annotations

import pytest

from samples import resolved_place

STORY = "A man was shot in {} early Sunday, according to {} sheriff's deputies."

# (town, the division the story names, web address or None, expected (country, admin1))
CHANGES = [
    ("Florence", "Los Angeles County", None, ("USA", "CA")),
    ("Helena", "Phillips County, Ark.,", None, ("USA", "AR")),
    ("Milton", "Umatilla County", None, ("USA", "OR")),
    ("Dewey", "Yavapai County", None, ("USA", "AZ")),
    ("Grant", "Brevard County", None, ("USA", "FL")),
    ("Marietta", "Whatcom County", None, ("USA", "WA")),
    ("Smithville", "Monroe County, Ind.,", None, ("USA", "IN")),
    ("Roma", "Starr County", None, ("USA", "TX")),
    ("Montrose", "Summit County, Ohio,", None, ("USA", "OH")),
    ("Bonner", "local", "https://www.nbcmontana.com/news/crime/story", ("USA", "MT")),
    ("Albany", "local", "https://www.oregonlive.com/news/crime/story", ("USA", "OR")),
    ("Springfield", "local", "https://www.oregonlive.com/news/crime/story", ("USA", "OR")),
    ("Salem", "local", "https://www.oregonlive.com/news/crime/story", ("USA", "OR")),
    ("Hastings", "Westchester County", None, ("USA", "NY")),
    ("Carmel", "Monterey County", None, ("USA", "CA")),
    ("Vermilion", "Lorain County", None, ("USA", "OH")),
    ("Wakefield", "Washington County, R.I.,", None, ("USA", "RI")),
    ("Bryn Mawr", "King County, Wash.,", None, ("USA", "WA")),
    ("Inglewood", "King County", None, ("USA", "WA")),
    ("Jacksonville", "local", "https://www.texastribune.org/news/crime/story", ("USA", "TX")),
    ("Richmond", "local", "https://www.kentucky.com/news/crime/story", ("USA", "KY")),
    ("Columbia", "local", "https://www.kentucky.com/news/crime/story", ("USA", "KY")),
    ("Portland", "local", "https://www.kentucky.com/news/crime/story", ("USA", "OR")),
]

STAYS = [
    ("Florence", "Lauderdale County, Ala.,", None, ("USA", "AL")),
    ("Helena", "Lewis and Clark County", None, ("USA", "MT")),
    ("Carmel", "Hamilton County, Ind.,", None, ("USA", "IN")),
    ("Dewey", "Washington County, Okla.,", None, ("USA", "OK")),
    ("Washington", "local", "https://www.washingtonpost.com/local/crime/story", ("USA", "DC")),
    ("Lexington", "Fayette County, Ky.,", None, ("USA", "KY")),
    ("Albany", "local", "https://www.timesunion.com/news/crime/story", ("USA", "NY")),
    ("Bonner", "local", "https://www.canberranews.com.au/news/crime/story", ("AUS", "01")),
    ("Milton", "Halton Region", None, ("CAN", "08")),
]

# a paper's state (its address) does not move a capital or a city abroad the story names
ADDRESS_STAYS = [
    ("Lawmakers in Washington passed the bill on Tuesday.", "Washington",
     "https://www.texastribune.org/news/politics/story", ("USA", "DC")),
    ("Lawmakers met in Paris on Tuesday to sign the climate deal.", "Paris",
     "https://www.texastribune.org/news/politics/story", ("FRA", "11")),
    ("Troops in Kabul said a bomb exploded near the airport.", "Kabul",
     "https://www.floridatoday.com/news/world/story", ("AFG", "13")),
    ("A man was shot in Cardiff on Friday, police said.", "Cardiff",
     "https://www.walesonline.co.uk/news/crime/story", ("GBR", "WLS")),
]

# a big city abroad that a story about the stated county or state names on its own
ABROAD = [
    ("An Essex County band toured Manchester, Liverpool and Leeds last summer.", "Manchester",
     "GBR"),
    ("The Umatilla County team played in Milton, Toronto and Ottawa.", "Milton", "CAN"),
]


def _where(pipeline, town: str, county: str, url: str | None) -> tuple[str | None, str | None]:
    choice = resolved_place(pipeline, STORY.format(town, county), town, url)
    return choice.country, choice.admin1


@pytest.mark.parametrize(("town", "county", "url", "where"), CHANGES)
def test_a_stated_county_or_paper_state_places_the_bare_town(pipeline, town, county, url,
                                                              where):
    assert _where(pipeline, town, county, url) == where


@pytest.mark.parametrize(("town", "county", "url", "where"), STAYS)
def test_a_namesake_the_story_does_not_move_keeps_its_reading(pipeline, town, county, url,
                                                               where):
    assert _where(pipeline, town, county, url) == where


@pytest.mark.parametrize(("text", "town", "country"), ABROAD)
def test_a_big_city_abroad_is_not_a_census_place_of_the_stated_division(pipeline, text, town,
                                                                         country):
    assert resolved_place(pipeline, text, town).country == country


@pytest.mark.parametrize(("text", "town", "url", "where"), ADDRESS_STAYS)
def test_a_papers_state_does_not_move_a_capital_or_a_city_abroad(pipeline, text, town, url,
                                                                  where):
    choice = resolved_place(pipeline, text, town, url)
    assert (choice.country, choice.admin1) == where
