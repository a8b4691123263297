"""Probe sentences (made up for these tests, not taken from any data set) for place recall
(issue 19, item 5, class d): a town written in capitals as a dateline ("DAYTON — A man was
charged ...") is a place mention, though the parser tags it a common noun or an acronym. Words in
capitals before a dash that name no place, or that the article also writes in lower case, are
not ("POLICE — The police said ...", "UPDATE —")."""

from __future__ import annotations

import pytest

from samples import place_mentions

FOUND = [
    ("DAYTON — A man was charged with theft on Friday.", "DAYTON"),
    ("AMARILLO -- The council approved the water plan.", "AMARILLO"),
    ("Plant to close. SAGINAW (AP) -- The plant will close next year.", "SAGINAW"),
    ("Library expands. ASHEVILLE – The library will add a new wing.", "ASHEVILLE"),
    ("Bus routes change. DULUTH — Three bus routes will change in June.", "DULUTH"),
    ("Festival canceled. By Staff March 3, 2012 YAKIMA -- The festival was canceled.", "YAKIMA"),
    ("Pool reopens. ROANOKE - The city pool reopened on Saturday.", "ROANOKE"),
    ("Mayor resigns. BILOXI (AP) — The mayor resigned on Friday after a long dispute.",
     "BILOXI"),
    ("Fire destroys barn. LANCASTER – A fire destroyed a barn on Saturday morning.",
     "LANCASTER"),
    ("Storm cuts power. TULSA: A storm cut power to thousands of homes.", "TULSA"),
    ("Clinic opens. By Jane Roe Staff Writer May 4, 2011 ROCKFORD -- A new clinic opened.",
     "ROCKFORD"),
    ("Teacher honored. FRESNO — A local teacher received a national award.", "FRESNO"),
]

NOT_FOUND = [
    ("Budget cut. POLICE — The police said the budget was cut.", "POLICE"),
    ("New rules. UPDATE — The city posted new rules on Monday.", "UPDATE"),
    ("Game recap. FINAL - The home team won by three points.", "FINAL"),
    ("The NAACP — A civil rights group — held a meeting.", "NAACP"),
    ("Man arrested. EDITOR'S NOTE — This story has been updated.", "EDITOR'S NOTE"),
    ("School news. BREAKING — The district closed schools.", "BREAKING"),
    ("Quiz night. ANSWERS: The answers are printed below.", "ANSWERS"),
    ("Fair returns. CORRECTION — An earlier version gave the wrong date for the fair.",
     "CORRECTION"),
    ("Weather. HIGH - Temperatures will reach the high 80s and highs stay high.", "HIGH"),
    ("Film review. JAWS — The shark movie returns to theaters.", "JAWS"),
    ("Bake sale. REMINDER — Bring a dish to share.", "REMINDER"),
]


def _found(pipeline, text: str, name: str) -> bool:
    at = text.index(name)
    return any(m.start <= at < m.end for m in place_mentions(pipeline, text))


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_town_in_capitals_as_a_dateline_is_a_place_mention(pipeline, text, name):
    assert _found(pipeline, text, name)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_capitals_before_a_dash_that_name_no_place_are_no_mention(pipeline, text, name):
    assert not _found(pipeline, text, name)
