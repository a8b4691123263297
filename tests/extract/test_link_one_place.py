"""Probes of the article's main place (``refine.one_place``): an act the text places nowhere
takes the article's most named place only where the article is about one place (the area of
that place, its first-level division, is named more often than any other). Change: articles
naming places of several areas as often, whose unplaced act now has no place. Neighbours:
articles about one place (one town, a town and its state or country, towns of one state, one
country, or one area named more often than another), whose unplaced act keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (article, PLOVER type of the act in its last sentence, the places that act must have)
CHANGE = [
    ("Officials from Texas and Ohio reviewed the budget on Monday. "
     "The governor later rejected the proposal.", "REJECT", []),
    ("Traders in Tokyo and London watched the markets closely. "
     "Activists later protested against the plan.", "PROTEST", []),
    ("Lawmakers in Kenya and Uganda discussed the border this week. "
     "The opposition accused the minister of lying.", "ACCUSE", []),
    ("The charity works in Chad, Mali and Niger. "
     "Its director criticized the government on Tuesday.", "ACCUSE", []),
    ("Prices rose in Ohio and fell in Oregon last month. "
     "Police arrested two men on Sunday.", "COERCE", []),
    ("Farmers in Iowa and Nebraska harvested early this year. "
     "A man was shot on Saturday night.", "ASSAULT", []),
    ("Students from Peru and Chile attended the course. "
     "The university rejected their appeal.", "REJECT", []),
    ("Snow fell in Vermont and Georgia this week. "
     "Two officers were attacked on Friday.", "ASSAULT", []),
    ("The report covers Brazil and Argentina. "
     "Its authors accused the police of torture.", "ACCUSE", []),
    ("The company has plants in Michigan and in Poland. "
     "Workers protested outside the headquarters on Monday.", "PROTEST", []),
    ("The singer toured Spain and Italy last summer. "
     "Police arrested her manager on Friday.", "COERCE", []),
]

KEEP = [
    ("Officials in Dayton, Ohio, reviewed the budget on Monday. "
     "The governor later rejected the proposal.", "REJECT", ["Dayton"]),
    ("Traders in Chicago and Evanston watched the markets closely. "
     "Activists later protested against the plan.", "PROTEST", ["Chicago"]),
    ("Lawmakers in Kenya discussed the border this week. "  # a statement takes no article
     "The opposition accused the minister of lying.", "ACCUSE", []),  # place (``nations``)
    ("Lawmakers in Kenya discussed the border this week. "
     "Police arrested the minister on Friday.", "COERCE", ["Kenya"]),
    ("The charity works in Mali, mostly around Bamako. "
     "Its director criticized the government on Tuesday.", "ACCUSE", ["Bamako"]),
    ("Prices rose in Portland, Oregon, last month. "
     "Police arrested two men on Sunday.", "COERCE", ["Portland"]),
    ("Farmers near Des Moines, Iowa, harvested early this year. "
     "A man was shot on Saturday night.", "ASSAULT", ["Des Moines"]),
    ("Students from Lima attended the course in Lima. "
     "The university rejected their appeal.", "REJECT", ["Lima"]),
    ("Snow fell in Burlington, Vermont, this week. "
     "Two officers were attacked on Friday.", "ASSAULT", ["Burlington"]),
    ("Officers in Leeds and Bradford questioned a man from Paris. "
     "Police arrested him on Friday.", "COERCE", ["Leeds"]),
    ("The company has plants in Michigan, in Detroit and in Flint, and one in Poland. "
     "Workers protested outside the headquarters on Monday.", "PROTEST", ["Michigan"]),
    ("The singer toured Spain last summer, with two shows in Madrid. "
     "Police arrested her manager on Friday.", "COERCE", ["Madrid"]),
]


def _last_places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    last = text.rindex(". ", 0, len(text) - 1) + 2
    return [[p.name for p in e.places] for e in result.events
            if e.plover_type == kind and e.trigger.start >= last]


@pytest.mark.parametrize(("text", "kind", "places"), CHANGE + KEEP)
def test_the_article_place_only_for_an_article_about_one_place(pipeline, text, kind, places):
    found = _last_places(pipeline, text, kind)
    assert found and found[0] == places, found
