"""Every read command on a database of a few hundred varied news articles (every 7th of the
first 2,000 lines of news-mix, ingested for real): exit code 0, and the numbers they print agree
with counts taken in SQL. (On all of news-mix, `tally` once ended in a TypeError.)"""

from __future__ import annotations

import csv
import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from sitrep.cli import main_group, register

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, sqlite3.Connection]:
    register()
    source = shared_path("bench", "news-mix.jsonl")
    folder = tmp_path_factory.mktemp("scale")
    subset = folder / "subset.jsonl"
    with source.open(encoding="utf-8") as fh:
        subset.write_text("".join(itertools.islice(fh, 0, 2000, 7)), encoding="utf-8")
    db = str(folder / "big.db")
    result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(subset), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["records"] == 286 and summary["counts"]["extracted"] >= 280
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    yield db, conn
    conn.close()


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main_group, ["--db", db, *args])
    assert result.exit_code == 0, (args, result.output[-2000:], result.exception)
    return result.output


def lines(db: str, *args: str) -> list[dict]:
    return [json.loads(x) for x in run(db, *args, "--json").splitlines() if x.strip()]


def sql(conn: sqlite3.Connection, query: str, *args: object) -> int:
    return int(conn.execute(query, args).fetchone()[0])


def top(conn: sqlite3.Connection, query: str) -> str:
    return str(conn.execute(query).fetchone()[0])


def test_the_database_is_varied(big) -> None:
    _, conn = big
    assert sql(conn, "SELECT COUNT(*) FROM events") > 1000  # many (mentions of one happening fuse)
    assert sql(conn, "SELECT COUNT(DISTINCT plover_type) FROM events") >= 14
    assert sql(conn, "SELECT COUNT(DISTINCT outcome) FROM claims") >= 5
    assert sql(conn, "SELECT COUNT(*) FROM claims WHERE side IS NULL") > 0
    assert sql(conn, "SELECT COUNT(*) FROM claims WHERE side IS NOT NULL") > 0


def test_articles_with_their_filters(big) -> None:
    db, conn = big
    assert len(lines(db, "articles")) == sql(conn, "SELECT COUNT(*) FROM articles")
    assert len(lines(db, "articles", "--status", "extracted")) == sql(
        conn, "SELECT COUNT(*) FROM articles WHERE status = 'extracted'")
    assert len(lines(db, "articles", "--since", "2015-01-01", "--until", "2019-12-31")) == sql(
        conn, "SELECT COUNT(*) FROM articles WHERE published BETWEEN '2015-01-01' AND "
              "'2019-12-31'")
    assert len(lines(db, "articles", "--limit", "7")) == 7
    assert run(db, "articles").startswith("# ")


def test_events_with_their_filters(big) -> None:
    db, conn = big
    assert len(lines(db, "events")) == sql(conn, "SELECT COUNT(*) FROM events")
    kind = top(conn, "SELECT plover_type FROM events GROUP BY 1 ORDER BY COUNT(*) DESC")
    assert len(lines(db, "events", "--type", kind.lower())) == sql(
        conn, "SELECT COUNT(*) FROM events WHERE plover_type = ?", kind)
    sub = top(conn, "SELECT acled_sub_event_type FROM events WHERE acled_sub_event_type "
                    "IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC")
    assert len(lines(db, "events", "--type", sub)) == sql(
        conn, "SELECT COUNT(*) FROM events WHERE acled_sub_event_type = ?", sub)
    country = top(conn, "SELECT country FROM places WHERE country IS NOT NULL GROUP BY 1 "
                        "ORDER BY COUNT(*) DESC")
    found = lines(db, "events", "--country", country)
    assert found and all(
        country in {a["country"] for a in e["actors"] + e["recipients"]}
        | {p["country"] for p in e["places"]} for e in found)
    assert len(lines(db, "events", "--historical")) == sql(
        conn, "SELECT COUNT(*) FROM events WHERE historical = 1")
    assert len(lines(db, "events", "--min-confidence", "0.6", "--limit", "25")) == 25
    place = top(conn, "SELECT name FROM places WHERE name IS NOT NULL GROUP BY 1 "
                      "ORDER BY COUNT(*) DESC")
    assert all(place in {p["name"] for p in e["places"]} | {p["text"] for p in e["places"]}
               for e in lines(db, "events", "--place", place))
    table = run(db, "events", "--since", "2000-01-01", "--until", "2030-12-31")
    assert table.startswith("# ") and " events" in table.splitlines()[0]


def test_claims_with_their_filters(big) -> None:
    db, conn = big
    assert len(lines(db, "claims")) == sql(conn, "SELECT COUNT(*) FROM claims")
    for outcome in ("killed", "arrested", "injured"):
        assert len(lines(db, "claims", "--type", outcome)) == sql(
            conn, "SELECT COUNT(*) FROM claims WHERE outcome = ?", outcome)
    assert len(lines(db, "claims", "--limit", "3")) == 3
    assert run(db, "claims").startswith("# ")


def test_places_with_their_filters(big) -> None:
    db, conn = big
    assert len(lines(db, "places")) == sql(conn, "SELECT COUNT(*) FROM places WHERE listed = 1")
    for option, column, value in (("--kind", "kind", "country"), ("--feature-class",
                                  "feature_class", "P"), ("--precision", "precision", 1)):
        assert len(lines(db, "places", option, str(value))) == sql(
            conn, f"SELECT COUNT(*) FROM places WHERE listed = 1 AND {column} = ?", value)
    country = top(conn, "SELECT country FROM places WHERE listed = 1 AND country IS NOT NULL "
                        "GROUP BY 1 ORDER BY COUNT(*) DESC")
    assert {p["country"] for p in lines(db, "places", "--country", country)} == {country}
    assert run(db, "places").startswith("# ")


def test_tally_on_claims_with_and_without_sides(big) -> None:
    db, conn = big
    tallies = lines(db, "tally")
    assert tallies and all(t["claims"] or t["withheld"] for t in tallies)
    counted = sum(len(t["claims"]) + len(t["withheld"]) for t in tallies)
    assert counted == sql(conn, "SELECT COUNT(*) FROM claims WHERE background = 0 AND "
                                "part_of IS NULL")
    assert {t["outcome"] for t in lines(db, "tally", "--type", "killed")} == {"killed"}
    side = top(conn, "SELECT side FROM claims WHERE length(side) = 3 GROUP BY 1 "
                     "ORDER BY COUNT(*) DESC")
    assert lines(db, "tally", "--country", side)
    assert len(lines(db, "tally", "--limit", "2")) == 2
    assert run(db, "tally").startswith("# tallies")


def test_report_counts_agree_with_sql(big) -> None:
    db, conn = big
    data = json.loads(run(db, "report", "--json"))
    assert data["counts"]["events"] == sql(conn, "SELECT COUNT(*) FROM events")
    assert data["counts"]["claims"] == sql(conn, "SELECT COUNT(*) FROM claims")
    assert len(data["events"]) == 100
    out = run(db, "report")
    events = sql(conn, "SELECT COUNT(*) FROM events")
    assert f"# {events} events (the first 100" in out
    aid = top(conn, "SELECT article_id FROM events GROUP BY 1 ORDER BY COUNT(*) DESC")
    one = json.loads(run(db, "report", "--json", "--article", aid[:10], "--limit", "1000"))
    assert len(one["events"]) == sql(conn, "SELECT COUNT(*) FROM events WHERE article_id = ?",
                                     aid)


def test_show_the_article_with_the_most_records(big) -> None:
    db, conn = big
    aid = top(conn, "SELECT article_id FROM events GROUP BY 1 ORDER BY COUNT(*) DESC")
    record = json.loads(run(db, "show", aid, "--json"))
    assert len(record["events"]) == sql(conn, "SELECT COUNT(*) FROM events WHERE article_id = ?",
                                        aid)
    out = run(db, "show", aid[:8])
    assert out.startswith(aid) and out.count("]{EVENT ") >= 1


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_in_each_format(big, tmp_path: Path, fmt: str) -> None:
    db, conn = big
    out = tmp_path / f"events.{fmt}"
    run(db, "export", "--out", str(out))
    events = sql(conn, "SELECT COUNT(*) FROM events")
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh)) if fmt == "csv" else [json.loads(x) for x in fh]
    assert len(rows) == events
    kind = top(conn, "SELECT plover_type FROM events GROUP BY 1 ORDER BY COUNT(*) DESC")
    some = tmp_path / f"some.{fmt}"
    run(db, "export", "--out", str(some), "--type", kind)
    with some.open(encoding="utf-8", newline="") as fh:
        n = len(list(csv.DictReader(fh))) if fmt == "csv" else len(fh.readlines())
    assert n == sql(conn, "SELECT COUNT(*) FROM events WHERE plover_type = ?", kind)
