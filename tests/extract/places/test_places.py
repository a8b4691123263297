"""Places: recognition in parsed sentences, resolution to GeoNames, event linking."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import shared_path
from sitrep.extract import dates, link, places
from sitrep.extract.context import Context
from sitrep.records import Article, Event, Evidence, Extraction


def _context(pipeline, text: str, published: dt.date | None = None) -> Context:
    article = Article(text=text, published=published)
    sentences, _keep = pipeline._prepare(article)
    for sentence, doc in zip(sentences, pipeline.nlp.pipe(s.text for s in sentences),
                             strict=True):
        sentence.doc = doc
    ctx = Context(article, sentences, pipeline.gazetteer, Extraction(article=article))
    ctx.result.dates.extend(dates.extract(ctx))
    ctx.result.places.extend(places.extract(ctx))
    return ctx


@pytest.fixture(scope="module")
def seed_ctx(pipeline):
    text = shared_path("seed", "article.txt").read_text("utf-8")
    return _context(pipeline, text, dt.date(2020, 10, 5))


@pytest.mark.parametrize("text,geonameid,country", [
    ("Stepanakert", 146970, "AZE"), ("Gandja", 586523, "AZE"), ("Baku", 587084, "AZE"),
    ("Yerevan", 616052, "ARM")])
def test_seed_cities_resolve_to_their_geonames_ids(seed_ctx, text, geonameid, country):
    found = [p for p in seed_ctx.result.places if p.text == text]
    assert found, f"{text} not found"
    assert all(p.geonameid == geonameid and p.country == country for p in found)
    assert all(p.precision == 1 and p.kind == "city" for p in found)


def test_seed_region_is_a_region_in_azerbaijan(seed_ctx):
    region = [p for p in seed_ctx.result.places if p.text == "Nagorno-Karabakh"]
    assert region and all(p.kind == "region" and p.country == "AZE" and p.precision == 3
                          for p in region)


def test_place_evidence_points_at_the_text(seed_ctx):
    text = seed_ctx.text
    for p in seed_ctx.result.places:
        assert text[p.evidence.start:p.evidence.end] == p.text


def test_people_and_demonyms_are_not_places(pipeline):
    ctx = _context(pipeline, "Mike Pompeo met Sergei Lavrov. Armenians and Azerbaijanis "
                             "protested, and Jackson Browne sang.")
    assert ctx.result.places == []


def test_town_comma_state_abbreviation_picks_the_town_in_that_state(pipeline):
    ctx = _context(pipeline, "A woman was arrested in Alexandria, La., on Friday.")
    town = [p for p in ctx.result.places if p.text == "Alexandria"]
    assert town and town[0].geonameid == 4314550 and town[0].admin1 == "Louisiana"


def test_other_places_in_the_article_disambiguate(pipeline):
    ctx = _context(pipeline, "Police in Columbus and Grove City searched Franklin County. "
                             "The suspect was found in Dublin.")
    dublin = [p for p in ctx.result.places if p.text == "Dublin"]
    assert dublin and dublin[0].country == "USA"


def test_near_a_town_has_precision_two(pipeline):
    ctx = _context(pipeline, "Shells fell near Ganja overnight.")
    ganja = [p for p in ctx.result.places if p.text == "Ganja"]
    assert ganja and ganja[0].precision == 2


def _event(text: str, trigger: str, historical: bool = False) -> Event:
    start = text.index(trigger)
    sentence_start = text.rfind(".", 0, start) + 1
    sentence_end = text.find(".", start) + 1
    return Event(evidence=Evidence(sentence_start, sentence_end,
                                   text[sentence_start:sentence_end]),
                 trigger=Evidence(start, start + len(trigger), trigger), plover_type="ASSAULT",
                 modes=["historical"] if historical else [])


def test_link_takes_places_in_the_sentence_and_the_articles_dominant_date(seed_ctx):
    ctx = seed_ctx
    ctx.result.events = [_event(ctx.text, "clashes"), _event(ctx.text, "ceasefire was signed",
                                                              historical=True)]
    link.link(ctx)
    clashes, signed = ctx.result.events
    assert {p.geonameid for p in clashes.places} & {146970, 586523}
    assert clashes.location_rule in ("clause", "sentence")
    assert clashes.when is not None and clashes.when.value == "2020-10-05"
    assert signed.when is not None and signed.when.value == "1994"


def test_link_leaves_the_date_empty_rather_than_guessing(pipeline):
    text = "Rebels attacked a convoy in Mosul."
    ctx = _context(pipeline, text, dt.date(2020, 10, 5))
    ctx.result.events = [_event(text, "attacked")]
    link.link(ctx)
    (event,) = ctx.result.events
    assert event.when is None
    assert [p.name for p in event.places] == ["Mosul"] and event.location_rule == "clause"


def test_institution_named_as_subject_is_no_place_but_in_it_is_its_city(pipeline):
    ctx = _context(pipeline, "Congress passed the budget on Friday. Senators argued in Congress "
                   "for hours before the vote.")
    found = [p for p in ctx.result.places if p.text == "Congress"]
    assert [p.evidence.start for p in found] == [ctx.text.index("Congress", 10)]
    assert found[0].name == "Washington" and found[0].country == "USA"
