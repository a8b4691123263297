"""Actors extracted from articles and coded from isolated phrases (real model, real lexicons)."""

from __future__ import annotations

import pytest
import yaml

from conftest import shared_path
from sitrep.extract.actors.code import code_actor


def _actors(pipeline, text: str, published: str | None = "2020-10-05"):
    import datetime as dt

    from sitrep.records import Article

    article = Article(text=text, published=dt.date.fromisoformat(published) if published else None)
    return pipeline.process(article).actors


def _by_text(actors, text: str):
    return [a for a in actors if a.text == text]


def test_every_actor_evidence_is_the_exact_span(pipeline, seed_text: str) -> None:
    actors = _actors(pipeline, seed_text)
    assert actors
    for a in actors:
        assert seed_text[a.evidence.start:a.evidence.end] == a.evidence.text == a.text


def test_seed_expected_actors_have_their_country_and_sector(pipeline, seed_text: str) -> None:
    expected = yaml.safe_load(shared_path("seed", "expected.yaml").read_text("utf-8"))
    actors = _actors(pipeline, seed_text)
    for spec in expected["actors"]:
        found = [a for a in actors if spec["text"] in a.text]
        assert found, f"{spec['text']} not extracted"
        for a in found:
            if "country" in spec:
                assert a.country == spec["country"], (spec, a)
            sectors = spec["sector"]["any_of"] if isinstance(spec.get("sector"), dict) else []
            if sectors:
                assert a.sector in sectors, (spec, a)


def test_capitals_are_governments_never_people(pipeline, seed_text: str) -> None:
    actors = _actors(pipeline, seed_text)
    yerevan = _by_text(actors, "Yerevan")
    assert yerevan and all(a.kind == "place-as-government" and a.country == "ARM"
                           and a.sector == "GOV" for a in yerevan)
    baku = _by_text(actors, "Baku")
    assert baku and all(a.country == "AZE" for a in baku)
    assert not [a for a in actors if a.kind == "named" and a.text in ("Yerevan", "Stepanakert")]


def test_coordinated_countries_are_three_government_actors(pipeline) -> None:
    actors = _actors(pipeline, "France, Russia and the United States condemned the attacks.")
    assert {(a.country, a.sector, a.kind) for a in actors} >= {
        ("FRA", "GOV", "country"), ("RUS", "GOV", "country"), ("USA", "GOV", "country")}


def test_country_after_a_locative_preposition_is_a_place_not_an_actor(pipeline) -> None:
    actors = _actors(pipeline, "The region was integrated into Azerbaijan in 1921, "
                               "and fighting continued in Armenia.")
    assert not [a for a in actors if a.country in ("AZE", "ARM")]


def test_demonym_with_group_noun_is_a_coded_group(pipeline) -> None:
    text = ("Clashes broke out between the Armenian separatist forces and the Azerbaijani army "
            "near the border.")
    actors = _actors(pipeline, text)
    army = _by_text(actors, "Azerbaijani army")
    assert army and army[0].country == "AZE" and army[0].sector == "MIL"
    rebels = _by_text(actors, "Armenian separatist forces")
    assert rebels and rebels[0].country == "ARM" and rebels[0].sector == "REB"


def test_title_gives_office_and_context_gives_country_and_surname_inherits(pipeline) -> None:
    text = ("Norway announced on Monday that it would suspend arms exports. "
            "\"We have taken this decision with care,\" said Foreign Minister Ingrid Halvorsen. "
            "Halvorsen added that the suspension would be reviewed.")
    actors = _actors(pipeline, text)
    first = _by_text(actors, "Ingrid Halvorsen")
    assert first and first[0].office == "Foreign Minister"
    assert first[0].country == "NOR" and first[0].sector == "GOV"
    later = _by_text(actors, "Halvorsen")
    assert later and later[0].country == "NOR" and later[0].name == "Ingrid Halvorsen"


def test_demonym_title_before_an_unknown_name_codes_it(pipeline) -> None:
    actors = _actors(pipeline, "Kenyan Defence Minister Amos Wekesa visited the troops.")
    person = _by_text(actors, "Amos Wekesa")
    assert person and person[0].country == "KEN" and person[0].sector == "GOV"


def test_known_person_has_elite_sector_after_leaving_office(pipeline) -> None:
    during = _by_text(_actors(pipeline, "Mike Pompeo said the talks failed.", "2020-05-01"),
                      "Mike Pompeo")
    after = _by_text(_actors(pipeline, "Mike Pompeo said the talks failed.", "2023-05-01"),
                     "Mike Pompeo")
    assert during[0].sector == "GOV" and after[0].sector == "ELI"


def test_igos_and_armed_groups_from_lexicons(pipeline) -> None:
    actors = _actors(pipeline, "The United Nations and NATO condemned the Taliban attack.")
    assert {(a.name, a.country, a.sector) for a in actors} >= {
        ("United Nations", "UNO", "IGO"), ("NATO", "IGO", "MIL"), ("Taliban", "AFG", "REB")}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Armenian Prime Minister", "", ("ARM", "GOV")),
        ("Chile's Defense Ministry", "", ("CHL", "GOV")),
        ("a former CIA official", "", ("USA", "ELI")),
        ("Canadian Ambassador to the United Nations", "", ("CAN", "GOV")),
        ("Kyiv police", "", ("UKR", "COP")),
        ("Boko Haram gunmen", "", ("NGA", "REB")),
        ("France", "", ("FRA", "")),
        ("TEHRAN", "", ("IRN", "GOV")),
        ("Diego Molano", "Colombian defense", ("COL", "GOV")),
        ("he", "", ("", "UNK")),
        ("Somaliland", "", ("SOM", "PRE")),
        ("president of the European Council", "", ("EUR", "GOV")),
    ],
)
def test_code_actor_for_isolated_phrases(text: str, context: str, expected) -> None:
    assert code_actor(text, context) == expected



def test_lexicon_scan_skipping_impossible_first_words_finds_what_a_full_scan_finds():
    import copy

    from conftest import news_texts
    from sitrep.extract.actors.lexicon import get_matcher

    matcher = get_matcher()
    full_scan = copy.copy(matcher)  # the same tables, trying a match at every word
    full_scan._may_start = lambda word, first: True
    full_scan._viable = lambda word, folded: True
    full_scan._start_cache = {}  # not the answers remembered by the matcher
    full_scan._best_cache = {}  # every phrase looked up anew
    texts = ["Le Pen's supporters and Ukrainians met Iraqis' envoys; the UN's chief, "
             "President Macron and the Taliban spoke to Kenyan police and Syrian rebels."]
    texts += news_texts(20)
    found = 0
    for text in texts:
        mentions = matcher.find(text)
        assert mentions == full_scan.find(text)
        found += len(mentions)
    assert found > 100
