"""Probe sentences (made up for these tests, not taken from any data set; the web addresses are
made up too) for a local paper's home town (issue 19, item 5, class a): "London" in a Canadian
paper whose other names are streets that are also British towns ("Richmond Street", "York
Street") is London, Ontario. The capital abroad is no anchor there: read first, it pulled the
streets to England and they pulled it back. Near neighbours: the same sentences from a British
or an unknown source, and a Canadian paper naming Britain or other capitals, keep London,
England; Canadian towns without a rival abroad stay."""

from __future__ import annotations

import pytest

from samples import resolved_place
from sitrep.extract.places.mention import km

CA = "https://www.forestcitynews.ca/news/story"
UK = "https://www.citynews.co.uk/news/story"
LONDON_ON, LONDON_UK, TORONTO, PARIS = (42.98, -81.23), (51.51, -0.13), (43.65, -79.38), (48.86, 2.35)

_TEMPLATES = ["London police arrested a man on {} late on Friday.",
              "A water main broke under {} in London on Monday.",
              "London firefighters were called to a house on {}.",
              "The London transit board added buses to {}."]
_STREETS = ["Richmond Street", "Wellington Road", "York Street"]

HOME_TOWN = [(t.format(s), CA) for t in _TEMPLATES for s in _STREETS]

ABROAD = [
    *[(t.format("Richmond Street"), UK, LONDON_UK) for t in _TEMPLATES],
    *[(t.format("York Street"), None, LONDON_UK) for t in _TEMPLATES],
    ("The prime minister flew to London for talks with British officials.", CA, LONDON_UK),
    ("The Queen returned to London from Scotland on Monday.", CA, LONDON_UK),
]

OTHERS = [
    ("Toronto police said the man was arrested on Dundas Street.", "Toronto", CA, TORONTO),
    ("Paris police closed the bridge after the protest.", "Paris", CA, PARIS),
]


@pytest.mark.parametrize(("text", "url"), HOME_TOWN)
def test_a_capital_abroad_is_no_anchor_where_the_source_country_has_the_town(pipeline, text,
                                                                            url):
    place = resolved_place(pipeline, text, "London", url)
    assert km(place, LONDON_ON) <= 161, (place.name, place.country)


@pytest.mark.parametrize(("text", "url", "point"), ABROAD)
def test_london_stays_in_england_for_other_sources_or_with_british_context(pipeline, text,
                                                                           url, point):
    place = resolved_place(pipeline, text, "London", url)
    assert km(place, point) <= 161, (place.name, place.country)


@pytest.mark.parametrize(("text", "name", "url", "point"), OTHERS)
def test_names_without_a_home_rival_are_unchanged(pipeline, text, name, url, point):
    place = resolved_place(pipeline, text, name, url)
    assert km(place, point) <= 161, (place.name, place.country)
