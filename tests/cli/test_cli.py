"""The command line over a real database: ingest, queries with filters, show, report, --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import BACKENDS, EXAMPLES
from sitrep.cli import main_group, register


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           pipeline) -> str:
    """A database with the bundled example ingested through the CLI (a SQLite file, then a
    PostgreSQL database): the tests read it."""
    register()
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("cli") / "s.db")
    else:
        db = request.getfixturevalue("pg_server").database()
    result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert "1 extracted" in result.output and "records/s" in result.output
    return db


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main_group, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_ingest_again_reports_the_article_unchanged(seeded: str) -> None:
    out = json.loads(run(seeded, "ingest", str(EXAMPLES), "--json"))
    assert out["counts"]["unchanged"] == 1 and out["counts"]["extracted"] == 0
    assert out["records"] == 1


def test_database_path_comes_from_the_environment(seeded: str) -> None:
    result = CliRunner().invoke(main_group, ["articles", "--json"], env={"SITREP_DB": seeded})
    assert result.exit_code == 0 and len(jsonl(result.output)) == 1


def test_articles_lists_status_and_filters_by_it(seeded: str) -> None:
    [article] = jsonl(run(seeded, "articles", "--json"))
    assert article["status"] == "extracted" and article["published"] == "2020-10-05"
    assert "text" not in article
    assert jsonl(run(seeded, "articles", "--status", "failed", "--json")) == []


def test_events_json_carries_evidence_and_filters_apply(seeded: str) -> None:
    events = jsonl(run(seeded, "events", "--json"))
    assert events, "the seed article yields events"
    for e in events:
        assert e["evidence"]["article_id"] and e["evidence"]["end"] > e["evidence"]["start"]
    types = {e["plover_type"] for e in events}
    some = sorted(types)[0]
    filtered = jsonl(run(seeded, "events", "--type", some, "--json"))
    assert filtered and all(e["plover_type"] == some for e in filtered)
    assert jsonl(run(seeded, "events", "--since", "2030-01-01", "--json")) == []
    assert jsonl(run(seeded, "events", "--country", "XXX", "--json")) == []


def test_events_table_is_tab_separated_off_a_terminal(seeded: str) -> None:
    lines = run(seeded, "events").splitlines()
    assert lines[0].startswith("# ") and lines[1].split("\t")[:3] == ["article", "date", "plover"]


def test_claims_json_and_outcome_filter(seeded: str) -> None:
    claims = jsonl(run(seeded, "claims", "--json"))
    assert claims
    killed = jsonl(run(seeded, "claims", "--type", "killed", "--json"))
    assert killed and all(c["outcome"] == "killed" for c in killed)


def test_show_marks_and_labels_every_extracted_span(seeded: str) -> None:
    [article] = jsonl(run(seeded, "articles", "--json"))
    out = run(seeded, "show", article["id"][:8])
    assert out.startswith(article["id"])
    assert "]{" in out  # spans are marked and labelled
    record = json.loads(run(seeded, "show", article["id"], "--json"))
    n_spans = sum(len(record[k]) for k in ("actors", "places", "dates", "events", "claims"))
    assert out.count("]{") >= 1 and n_spans >= 1
    for place in record["places"]:
        assert f"]{{PLACE {place['geonameid']}" in out or place["geonameid"] is None


def test_report_prints_events_claims_places_and_dates(seeded: str) -> None:
    out = run(seeded, "report")
    assert out.startswith("articles: 1 extracted")
    for heading in (" events", " claims", " places", " dates"):
        assert heading in out
    data = json.loads(run(seeded, "report", "--json"))
    assert set(data) == {"counts", "events", "claims", "places", "dates"}


def test_query_on_a_missing_database_says_how_to_create_it(tmp_path: Path) -> None:
    register()
    result = CliRunner().invoke(main_group, ["--db", str(tmp_path / "none.db"), "events"])
    assert result.exit_code == 2 and "sitrep ingest" in result.output
    assert not (tmp_path / "none.db").exists()


def test_min_confidence_keeps_only_well_supported_events(seeded: str) -> None:
    every = jsonl(run(seeded, "events", "--json"))
    strong = jsonl(run(seeded, "events", "--json", "--min-confidence", "0.6"))
    assert 0 < len(strong) < len(every)
    assert all(e["confidence"] >= 0.6 for e in strong)


def test_ingest_all_sentences_stores_places_of_sentences_without_events(
        tmp_path, backend: str, request: pytest.FixtureRequest) -> None:
    register()
    text = tmp_path / "a.txt"
    text.write_text("Gunmen killed three villagers near Kaduna on Monday, police said. "
                    "The weather in Lagos was mild and sunny.", "utf-8")
    places = {}
    for flag in ([], ["--all-sentences"]):
        db = (str(tmp_path / f"db{len(flag)}.db") if backend == "sqlite"
              else request.getfixturevalue("pg_server").database())
        result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(text), *flag,
                                                 "--published", "2021-03-01"])
        assert result.exit_code == 0, result.output
        out = CliRunner().invoke(main_group, ["--db", db, "places", "--json"])
        places[bool(flag)] = {json.loads(line)["name"] for line in out.output.splitlines()}
    assert "Kaduna" in places[False] and "Lagos" not in places[False]
    assert {"Kaduna", "Lagos"} <= places[True]
