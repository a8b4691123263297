"""Made-up probes (not copied from any data set): a town naming whose people are told ("a
20-year-old Milwaukee man was shot in West Allis", "a Flint woman", "a Gary police officer")
says where they live, not where the happening took place, when the sentence names another town:
the incident is placed at the other town (``reconcile.units.origin``), so that a report of a
shooting in one town does not join a shooting of the same day in the victim's home town, and
does join the other report of its own town. A town alone, or one told as the place ("in
Milwaukee's Sherman Park"), keeps its place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db

# the happening's town, not the victim's home town (these failed on 1709392)
ELSEWHERE = [
    ("A 20-year-old Milwaukee man was shot Sunday night in West Allis, police said.",
     "West Allis"),
    ("Police said a Milwaukee woman was stabbed to death Sunday in West Allis.", "West Allis"),
    ("A 20-year-old Tacoma man was shot Sunday night in Lakewood, police said.", "Lakewood"),
    ("Police said a Tacoma woman was stabbed to death Sunday in Lakewood.", "Lakewood"),
    ("A 20-year-old Flint man was shot Sunday night in Pontiac, police said.", "Pontiac"),
    ("A 17-year-old Flint boy was shot Friday in Pontiac, police said.", "Pontiac"),
    ("Police said a Flint woman was stabbed to death Sunday in Pontiac.", "Pontiac"),
    ("A 20-year-old Trenton man was shot Sunday night in Camden, police said.", "Camden"),
    ("Police said a Trenton woman was stabbed to death Sunday in Camden.", "Camden"),
    ("A Gary police officer was shot Monday night in Hammond.", "Hammond"),
    ("A 17-year-old Trenton boy was shot Friday in Camden, police said.", "Camden"),
]
# neighbours that keep their place (pass before and after)
KEPT = [
    ("A 20-year-old Milwaukee man was shot Sunday night, police said.", "Milwaukee"),
    ("A man was shot Sunday night in Milwaukee's Sherman Park neighborhood.", "Milwaukee"),
    ("A shooting in Kenosha wounded a woman on Saturday, police said.", "Kenosha"),
    ("A Racine woman was wounded in a shooting in Kenosha on Saturday.", "Kenosha"),
    ("Two teens were shot Friday in Camden, police said.", "Camden"),
    ("A man was shot and killed Tuesday in Berkeley, police said.", "Berkeley"),
    ("A Flint man was shot Sunday night on the city's north side, police said.", "Flint"),
]


def _article(text: str, source: str, published: str | None = "2016-01-18") -> Article:
    return Article(text=text, id=article_id(f"{source}:{text}"), source=source, language="en",
                   origin=source, published=dt.date.fromisoformat(published) if published
                   else None)


def _violence(db, article: Article) -> dict[str, dict]:
    return {i["id"]: i for i in db.incidents(article=article.id) if i["family"] == "ASSAULT"}


@pytest.mark.parametrize(("text", "place"), ELSEWHERE + KEPT,
                         ids=[t[:50] for t, _ in ELSEWHERE + KEPT])
def test_a_town_naming_whose_people_is_not_the_place(pipeline, tmp_path: Path, text: str,
                                                     place: str) -> None:
    article = _article(text, "probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        found = _violence(db, article)
    assert [i["place"] for i in found.values()] == [place]


# (label, first report, second report, one incident)
PAIRS = [
    ('a Milwaukee man shot in West Allis, a Milwaukee shooting',
     'A 20-year-old Milwaukee man was shot Sunday night in West Allis, police said.',
     'A man was shot and wounded Sunday night in Milwaukee, police said.', False),
    ('a Milwaukee woman stabbed in West Allis, a Milwaukee stabbing',
     'Police said a Milwaukee woman was stabbed to death Sunday in West Allis.',
     'Police said a man was stabbed to death Sunday in Milwaukee.', False),
    ('a Tacoma man shot in Lakewood, a Tacoma shooting',
     'A 20-year-old Tacoma man was shot Sunday night in Lakewood, police said.',
     'A woman was shot and wounded Sunday night in Tacoma, police said.', False),
    ('a Flint man shot in Pontiac, a Flint shooting',
     'A 20-year-old Flint man was shot Sunday night in Pontiac, police said.',
     'Two men were shot and wounded Sunday night in Flint, police said.', False),
    ('a Trenton man shot in Camden, a Trenton shooting',
     'A 20-year-old Trenton man was shot Sunday night in Camden, police said.',
     'A teenager was shot and wounded Sunday night in Trenton, police said.', False),
    ('a Gary officer shot in Hammond, a Gary shooting',
     'A Gary police officer was shot Monday night in Hammond.',
     'A man was shot and wounded Monday night in Gary, police said.', False),
    ("the West Allis report of the Milwaukee man's shooting",
     'A 20-year-old Milwaukee man was shot Sunday night in West Allis, police said.',
     'A man was wounded in a shooting Sunday night in West Allis, police said.', True),
    ("the West Allis report of the Milwaukee woman's killing",
     'Police said a Milwaukee woman was stabbed to death Sunday in West Allis.',
     'A woman was found stabbed to death Sunday in West Allis, police said.', True),
    ("the Camden report of the Trenton woman's killing",
     "Police said a Trenton woman was stabbed to death Sunday in Camden.",
     "A woman was found stabbed to death Sunday in Camden, police said.", True),
    ("the Pontiac report of the Flint man's shooting",
     'A 20-year-old Flint man was shot Sunday night in Pontiac, police said.',
     'A man was wounded in a shooting Sunday night in Pontiac, police said.', True),
    ("the Camden report of the Trenton man's shooting",
     'A 20-year-old Trenton man was shot Sunday night in Camden, police said.',
     'A man was wounded in a shooting Sunday night in Camden, police said.', True),
    ("the Hammond report of the Gary officer's shooting",
     'A Gary police officer was shot Monday night in Hammond.',
     'An off-duty officer was shot and wounded Monday night in Hammond, police said.', True),
]


@pytest.mark.parametrize(("first", "second", "one"), [p[1:] for p in PAIRS],
                         ids=[p[0] for p in PAIRS])
def test_a_report_joins_the_shooting_of_its_town_not_of_the_victims_home(
        pipeline, tmp_path: Path, first: str, second: str, one: bool) -> None:
    articles = [_article(first, "outlet-a"), _article(second, "outlet-b")]
    with open_db(str(tmp_path / "pair.db")) as db:
        for article in articles:
            db.save(pipeline.process(article))
        a, b = (_violence(db, article) for article in articles)
    assert a and b
    assert bool(a.keys() & b.keys()) == one
