"""Made-up probes (not copied from any data set): a name read as a small far town because the
article names that town's country ("Geneva" read as Geneva, New York in a story from Tokyo that
names the United States) is the big city whose own name it is (Geneva, Switzerland), not the
article's main place standing in for a name it cannot place. Neighbour: a local name the
gazetteer lacks, with no big namesake, still stands for the article's place."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, the name, the country its reading must lie in)
CASES = [
    ("TOKYO — Japan's trade minister told reporters in Tokyo on Tuesday that the tariffs a U.S. "
     "trade official announced in New York violated world trade rules and that Tokyo would "
     "file a complaint in Geneva. Steelmakers in Tokyo welcomed the move.", "Geneva", "CHE"),
    ("OSAKA — Japanese officials in Osaka said on Monday that duties on cars announced in New "
     "York broke trade rules. Carmakers in Osaka fear job losses. Talks will resume in Geneva "
     "next week.", "Geneva", "CHE"),
]


def _places(pipeline, text: str) -> list[tuple[str, str | None]]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2024, 5, 7),
                      source="probe", language="en", origin="probe")
    return [(p.evidence.text, p.country) for p in pipeline.process(article).places]


@pytest.mark.parametrize(("text", "name", "country"), CASES, ids=[t[:60] for t, _, _ in CASES])
def test_a_far_namesake_is_the_big_city(pipeline, text: str, name: str, country: str) -> None:
    found = [c for t, c in _places(pipeline, text) if t == name]
    assert found, (text, _places(pipeline, text))
    assert all(c == country for c in found), (text, found)
