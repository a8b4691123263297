"""Strict query filters: a value that cannot match is an error listing the valid values, ranges
and limits are checked, and text is matched literally (``%`` and ``_`` are not wildcards); on
both backends (one database of each per module: the tests only read)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import BACKENDS
from samples import TEXT, ev, sample
from sitrep.errors import FilterError, InputError
from sitrep.pipeline import article_id
from sitrep.records import Article, Extraction, Place
from sitrep.resources import read_tsv
from sitrep.store import filters, open_db


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The sample article plus one whose source and place name hold ``%`` and ``_``."""
    text = "Protesters gathered in Al_Qusayr 100% peacefully."
    odd = Extraction(Article(text=text, id=article_id(text), source="100%_news",
                             published=dt.date(2021, 1, 8), status="extracted"))
    odd.places = [Place("Al_Qusayr", ev("Al_Qusayr", text), "Al_Qusayr", None, "SYR",
                        kind="city", precision=1, feature_class="P")]
    target = (str(tmp_path_factory.mktemp("filters") / "s.db") if request.param == "sqlite"
              else request.getfixturevalue("pg_server").database())
    with open_db(target) as database:
        database.save_many([sample(), odd])
        yield database


def test_the_vocabularies_are_those_the_extractors_produce() -> None:
    from sitrep.export.events import DISORDER_TYPE
    from sitrep.extract.events.lexicon import ACLED_SUB_TO_TYPE, PLOVER_CAMEO_ROOT

    assert set(filters.PLOVER_TYPES) == set(PLOVER_CAMEO_ROOT)
    assert set(filters.ACLED_SUB_EVENT_TYPES) == set(ACLED_SUB_TO_TYPE)
    assert set(filters.ACLED_EVENT_TYPES) == set(ACLED_SUB_TO_TYPE.values()) == set(DISORDER_TYPE)
    assert set(filters.OUTCOMES) == {r["outcome"] for r in read_tsv("casualty_outcomes.tsv")}


def test_an_unknown_event_type_is_an_error_listing_the_valid_types(db) -> None:
    with pytest.raises(FilterError) as caught:
        db.events(type="ASSAULTS")
    assert "'ASSAULTS' is not a PLOVER or ACLED event type" in caught.value.message
    for valid in ("ASSAULT", "PROTEST", "Battles", "Armed clash", "Arrests"):
        assert valid in caught.value.hint


def test_event_types_match_plover_acled_and_sub_event_types_in_any_case(db) -> None:
    assert [e.plover_type for e in db.events(type="assault")] == ["ASSAULT"]
    assert [e.plover_type for e in db.events(type="violence AGAINST civilians")] == ["ASSAULT"]
    assert [e.plover_type for e in db.events(type="arrests")] == ["COERCE"]
    assert db.events(type="PROTEST") == []  # valid, and nothing of it stored


def test_an_unknown_outcome_is_an_error_listing_the_outcomes(db) -> None:
    with pytest.raises(FilterError, match="'dead' is not a known value") as caught:
        db.claims(type="dead")
    assert caught.value.hint == ("use one of: killed, injured, casualties, missing, abducted, "
                                 "arrested, displaced")
    assert [c.outcome for c in db.claims(type="Killed")] == ["killed"]


def test_since_after_until_is_an_error(db) -> None:
    with pytest.raises(FilterError, match="--since 2021-01-01 is after --until 2020-12-31"):
        db.events(since="2021-01-01", until="2020-12-31")
    with pytest.raises(FilterError, match="after"):
        db.claims(since="2020-11", until="2020-10")
    assert len(db.events(since="2020-10-05", until="2020-10")) == 2  # same month: fine
    assert len(db.events(since=dt.date(2020, 10, 5), until=dt.date(2020, 10, 5))) == 2


@pytest.mark.parametrize("bad", ["2020-13-01", "05/10/2020", "yesterday", "2020-1-5", "-123"])
def test_a_date_that_is_not_iso_says_which_form_to_use(db, bad: str) -> None:
    with pytest.raises(FilterError) as caught:
        db.events(since=bad)
    assert caught.value.message == f"--since {bad!r} is not a date"
    assert "YYYY-MM-DD" in caught.value.hint


@pytest.mark.parametrize("bad", [0, -1, "0", "ten", 2.5, True])
def test_a_limit_below_one_or_not_a_whole_number_is_an_error(db, bad: object) -> None:
    with pytest.raises(FilterError, match="at least 1"):
        db.events(limit=bad)
    with pytest.raises(FilterError, match="at least 1"):
        db.articles(limit=bad)


def test_a_positive_limit_limits(db) -> None:
    assert len(db.events(limit=1)) == 1 and len(db.events()) == 2
    assert len(db.places(limit="2")) == 2


def test_percent_and_underscore_in_filters_are_matched_literally(db) -> None:
    assert db.places(name="%") == [] and db.events(place="%") == []
    assert db.places(name="Ganj_") == [] and db.claims(place="G%") == []
    assert [p.name for p in db.places(name="al_qusayr")] == ["Al_Qusayr"]
    assert [a.source for a in db.articles(source="100%_news")] == ["100%_news"]
    assert db.articles(source="100%") == [] and db.articles(source="%") == []
    assert [p.name for p in db.places(name="ganja")] == ["Ganja"]  # any case


def test_an_article_prefix_is_literal_too(db) -> None:
    with pytest.raises(InputError, match="no article '%'"):
        db.resolve_article_id("%")
    with pytest.raises(InputError, match="no article '_'"):
        db.resolve_article_id("_")
    sample_id = article_id(TEXT)
    assert db.resolve_article_id(sample_id[:5]) == sample_id


def test_an_over_long_filter_value_is_one_short_error(db) -> None:
    huge = "x" * 100_000
    with pytest.raises(InputError) as caught:
        db.resolve_article_id(huge)
    assert "(100,000 characters) is too long" in str(caught.value) and len(str(caught.value)) < 200
    for call in (lambda: db.events(place=huge), lambda: db.places(name=huge),
                 lambda: db.articles(source=huge), lambda: db.events(article=huge)):
        with pytest.raises(InputError, match="too long"):
            call()


def test_places_have_their_own_filters(db) -> None:
    assert {p.name for p in db.places(kind="city")} == {"Ganja", "Baku", "Al_Qusayr"}
    assert [p.name for p in db.places(country="syr")] == ["Al_Qusayr"]
    assert [p.name for p in db.places(feature_class="p", precision=1, name="586523")] == ["Ganja"]
    assert db.places(kind="region") == [] and db.places(precision="4") == []
    assert [p.name for p in db.places(type="city", article=article_id(TEXT), limit=1)] == ["Ganja"]
    with pytest.raises(FilterError, match="use one of: city, region, country"):
        db.places(kind="town")
    with pytest.raises(FilterError, match="use one of: A, H, L, P, R, S, T, U, V"):
        db.places(feature_class="X")
    with pytest.raises(FilterError, match="use one of: 1, 2, 3, 4"):
        db.places(precision=5)


def test_a_country_name_instead_of_a_code_suggests_the_code(db) -> None:
    with pytest.raises(FilterError) as caught:
        db.events(country="Azerbaijan")
    assert caught.value.hint == "use its ISO 3166-1 alpha-3 code: --country AZE"
    with pytest.raises(FilterError, match="not a country code"):
        db.claims(country="A%")
    assert len(db.events(country="aze")) == 2


def test_an_unknown_article_status_is_an_error(db) -> None:
    with pytest.raises(FilterError, match="use one of: extracted, skipped, failed, duplicate"):
        db.articles(status="done")
    assert len(db.articles(status="EXTRACTED")) == 2


def test_min_confidence_outside_zero_to_one_is_an_error(db) -> None:
    with pytest.raises(FilterError, match="between 0 and 1"):
        db.events(min_confidence=60)
    assert [e.confidence for e in db.events(min_confidence=0.6)] == [0.8]
