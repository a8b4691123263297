"""Made-up probes (not copied from any data set): a division named by a compass word alone
("the Northern Region", "Eastern Province") in a story of a country whose such division the
gazetteer may lack is not another country's division of that name (Uganda's Northern Region
in a story from Karonga, Malawi): it stands for the article's own place. Neighbours: a story
that names that other country keeps its division; a division read in the article's own
country stays."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, the name of the division, the country it must lie in)
CASES = [
    ("KARONGA, Malawi — Police fired tear gas at traders protesting against new market fees "
     "in Karonga on Monday. Northern Region police said 12 people were arrested.",
     "Northern Region", "MWI"),
    ("KARONGA, Malawi — Police fired tear gas at traders in Karonga on Monday. Church leaders "
     "in the Northern Region called for calm.", "Northern Region", "MWI"),
    ("GULU, Uganda — Gunmen killed two traders near Gulu on Monday, police in the Northern "
     "Region said.", "Northern Region", "UGA"),
]


def _places(pipeline, text: str) -> list[tuple[str, str | None]]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2024, 5, 7),
                      source="probe", language="en", origin="probe")
    return [(p.evidence.text, p.country) for p in pipeline.process(article).places]


@pytest.mark.parametrize(("text", "name", "country"), CASES, ids=[t[:60] for t, _, _ in CASES])
def test_a_compass_division_is_the_story_country_s(pipeline, text: str, name: str,
                                                   country: str) -> None:
    found = [c for t, c in _places(pipeline, text) if name in t]
    assert found, (text, _places(pipeline, text))
    assert all(c == country for c in found), (text, found)
