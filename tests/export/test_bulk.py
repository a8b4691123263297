"""The export streams set-based reads (store/bulk.py): the same rows, columns and order as
reading each article back with the store's queries, in a handful of queries whatever the
number of events; on both backends, with the same output from PostgreSQL as from SQLite."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import BACKENDS, shared_path
from sitrep.export.events import (
    CSV_COLUMNS,
    NUMBER_COLUMNS,
    acled_row,
    plover_record,
    spreadsheet_safe,
    write_export,
)
from sitrep.records import Article, Event, Extraction
from sitrep.store import Database, bulk, open_db

pytestmark = pytest.mark.slow  # the database is built with the model
# events the sample must give for the checks to cover many rows (a floor, not a figure: fewer
# events as the extractors get more precise must not fail an export test)
MANY = 500


@pytest.fixture(scope="module")
def news_sample(tmp_path_factory: pytest.TempPathFactory):
    """Varied real news: every 13th article of news-mix (150; some 800 events: the tests
    check that there are many, more than MANY, not how many)."""
    source = shared_path("bench", "news-mix.jsonl")
    sample = tmp_path_factory.mktemp("news") / "news-150.jsonl"
    with source.open(encoding="utf-8") as lines, sample.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(lines, 0, 150 * 13, 13))
    return sample


@pytest.fixture(scope="module")
def news_dbs(news_sample, tmp_path_factory: pytest.TempPathFactory, request):
    """The sample ingested with `sitrep ingest` into a database of each backend, when first
    asked for (backend -> --db target)."""
    from sitrep.cli import main_group, register

    built: dict[str, str] = {}

    def build(backend: str) -> str:
        if backend not in built:
            db = (str(tmp_path_factory.mktemp("news") / "news.db") if backend == "sqlite"
                  else request.getfixturevalue("pg_server").database())
            register()
            result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(news_sample),
                                                     "--json"])
            assert result.exit_code == 0, result.output
            built[backend] = db
        return built[backend]

    return build


@pytest.fixture(scope="module", params=BACKENDS)
def news_db(news_dbs, request) -> str:
    return str(news_dbs(request.param))


def reference_rows(db: Database, filters: dict[str, Any]
                   ) -> Iterator[tuple[Article, Extraction, int, Event]]:
    """The events as the export read them before: the store's event query, then every article
    back with `Database.article`."""
    wanted = db.events(**filters)
    keys = {bulk.event_key(e) for e in wanted}
    for aid in dict.fromkeys(e.evidence.article_id for e in wanted):
        ex = db.article(aid or "")
        assert ex is not None
        for idx, event in enumerate(ex.events):
            if bulk.event_key(event) in keys:
                yield ex.article, ex, idx, event


def reference_csv(db: Database, filters: dict[str, Any], raw: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in reference_rows(db, filters):
        values = acled_row(*row)
        writer.writerow([v if raw or c in NUMBER_COLUMNS else spreadsheet_safe(v)
                         for c, v in values.items()])
    return out.getvalue()


def export(db: Database, fmt: str, raw: bool = False, **filters: Any) -> str:
    out = io.StringIO()
    write_export(db, out, fmt, raw=raw, **filters)
    return out.getvalue()


FILTERS = [{}, {"type": "ASSAULT"}, {"country": "UKR"}, {"since": "2014-01-01"},
           {"historical": False, "min_confidence": 0.6}, {"place": "Mexico"}]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "all")
def test_csv_export_has_the_same_rows_columns_and_order_as_article_by_article_reads(
        news_db: str, filters: dict[str, Any]) -> None:
    with open_db(news_db) as db:
        expected = reference_csv(db, filters, raw=True)
        assert export(db, "csv", raw=True, **filters) == expected
        assert export(db, "csv", **filters) == reference_csv(db, filters, raw=False)
        rows = len(list(csv.reader(io.StringIO(expected)))) - 1
        every = db.counts()["events"]
    assert every > MANY and (rows == every if not filters else 0 < rows < every)


def test_jsonl_export_is_the_same_as_article_by_article_reads(news_db: str) -> None:
    with open_db(news_db) as db:
        expected = "".join(json.dumps(plover_record(*row), ensure_ascii=False) + "\n"
                           for row in reference_rows(db, {}))
        assert export(db, "jsonl") == expected


def test_export_runs_a_handful_of_queries_whatever_the_number_of_events(news_db: str) -> None:
    with open_db(news_db) as db:
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        n = write_export(db, io.StringIO(), "csv")
        db.conn.set_trace_callback(None)
    assert n > MANY and len(statements) <= 10, statements  # 150 articles: one chunk of 200


def test_postgresql_exports_what_sqlite_exports(news_dbs) -> None:
    """The same news ingested into each: the same counts, and the same exports with filters."""
    found = []
    for backend in BACKENDS:
        with open_db(news_dbs(backend)) as db:
            found.append((db.counts(), db.summary(), db.place_mentions(limit=50),
                          export(db, "jsonl"),
                          [export(db, "csv", **filters) for filters in FILTERS]))
    assert found[0][0]["events"] > MANY
    assert found[1] == found[0]
