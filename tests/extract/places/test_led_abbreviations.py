"""Made-up probes (not copied from any data set): a place whose name is written with an
abbreviation and its stop ("St. Louis", "Mt. Vernon") leads the name of one of its institutions
as any other place does ("the St. Louis Metropolitan Police Department": St. Louis, Missouri,
the town the police serve, not the region of Saint-Louis in Senegal that the whole name,
read as a name with a place inside it, gave). Neighbours: places led without an abbreviation
and institutions with no place in front stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, the place's name, its first-level division)
LED = [
    ("The St. Louis Metropolitan Police Department said a man was shot on Friday.",
     "St. Louis", "Missouri"),
    ("The St. Louis Police Department said a man was shot on Friday.", "St. Louis",
     "Missouri"),
    ("A spokeswoman for the St. Louis Metropolitan Police Department said the shooting "
     "happened on Friday.", "St. Louis", "Missouri"),
    ("Officers of the St. Louis Metropolitan Police Department arrested a man on Friday.",
     "St. Louis", "Missouri"),
    ("The St. Louis Metropolitan Police Department is investigating a fatal shooting.",
     "St. Louis", "Missouri"),
    ("The St. Louis Police Department arrested two teens after a robbery on Sunday.",
     "St. Louis", "Missouri"),
    ("The Mt. Vernon Police Department said a man was shot on Friday.", "Mount Vernon", None),
    ("A man was shot on Friday, the St. Louis Metropolitan Police Department said.",
     "St. Louis", "Missouri"),
    ("According to the St. Louis Police Department, a woman was shot on Saturday.",
     "St. Louis", "Missouri"),
    ("The St. Louis Metropolitan Police Department said two men were wounded on Monday.",
     "St. Louis", "Missouri"),
]
KEPT = [
    ("The Kansas City Police Department said a man was shot on Friday.", "Kansas City",
     "Missouri"),
    ("St. Louis police said a man was shot on Friday.", "St. Louis", "Missouri"),
    ("A man was shot in St. Louis on Friday.", "St. Louis", "Missouri"),
    ("The Tulsa Police Department said a man was shot on Friday.", "Tulsa", "Oklahoma"),
]


def _places(pipeline, text: str) -> list[tuple[str, str | None]]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return [(p.name, p.admin1) for p in pipeline.process(article).places]


@pytest.mark.parametrize(("text", "name", "admin1"), LED + KEPT,
                         ids=[t[:50] for t, _, _ in LED + KEPT])
def test_a_place_written_with_an_abbreviation_leads_its_institution(pipeline, text, name,
                                                                    admin1):
    places = _places(pipeline, text)
    assert any(n == name and (admin1 is None or a == admin1) for n, a in places), places
