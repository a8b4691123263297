"""Exports of incidents through the real CLI, from both backends: ACLED columns one row per
incident, GeoJSON points, Parquet tables; the same files from PostgreSQL as from SQLite."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main_group, register
from sitrep.export.incidents import ACLED_COLUMNS, CSV_COLUMNS
from sitrep.records import Article
from sitrep.store import open_db

REPORTS = [
    ("Gunmen attacked a police station in Kandahar on Tuesday, killing three officers, "
     "provincial officials said.", "wire-a"),
    ("Five police officers were killed when militants stormed a police station in Kandahar on "
     "Tuesday, a spokesman for the provincial governor said.", "wire-b"),
]


def _extractions(pipeline) -> list:
    from sitrep.pipeline import article_id

    return [pipeline.process(Article(text=text, id=article_id(text), source=source,
                                     published=dt.date(2021, 3, 10), language="en"))
            for text, source in REPORTS]


@pytest.fixture(scope="module")
def stored(pipeline) -> list:
    return _extractions(pipeline)


def _db(extractions: list, target: str) -> str:
    with open_db(target) as db:
        for extraction in extractions:
            db.save(extraction)
    return target


def _run(*args: str) -> str:
    register()
    result = CliRunner().invoke(main_group, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_incident_csv_has_acled_columns_one_row_per_incident(stored, db_target, tmp_path) -> None:
    db = _db(stored, db_target)
    out = tmp_path / "incidents.csv"
    _run("--db", str(db), "export", "--unit", "incidents", "--out", str(out))
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == CSV_COLUMNS and CSV_COLUMNS[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    attack = [r for r in rows if r["plover_type"] == "ASSAULT"]
    assert len(attack) == 1
    row = attack[0]
    assert row["source"] == "wire-a; wire-b"
    assert row["fatalities"] == "3"  # ACLED's conservative figure
    assert (row["fatalities_best"], row["fatalities_high"]) == ("4", "5")
    assert row["location"].startswith("Kandah") and row["country"] == "Afghanistan"
    assert row["event_date"] == "2021-03-09"  # Tuesday and row["n_articles"] == "2"
    assert "police station" in row["notes"] and "(2 reports)" in row["notes"]


def test_geojson_and_parquet_of_incidents(stored, db_target, tmp_path) -> None:
    import pyarrow.parquet as pq

    db = _db(stored, db_target)
    geo = tmp_path / "incidents.geojson"
    _run("--db", str(db), "export", "--out", str(geo))
    data = json.loads(geo.read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    feature = next(f for f in data["features"] if f["properties"]["plover_type"] == "ASSAULT")
    lon, lat = feature["geometry"]["coordinates"]
    assert 60 < lon < 70 and 30 < lat < 33  # Kandahar
    _run("--db", str(db), "export", "--out", str(tmp_path / "i.parquet"))
    _run("--db", str(db), "export", "--unit", "events", "--out", str(tmp_path / "e.parquet"))
    _run("--db", str(db), "export", "--unit", "claims", "--out", str(tmp_path / "c.parquet"))
    table = pq.read_table(tmp_path / "i.parquet")
    assert "fatalities_best" in table.column_names and table.num_rows >= 1
    assert str(table.schema.field("latitude").type) == "double"
    assert pq.read_table(tmp_path / "c.parquet").num_rows == 2


def test_incidents_command_filters(stored, db_target) -> None:
    db = _db(stored, db_target)
    lines = _run("--db", str(db), "incidents", "--min-sources", "2", "--with-fatalities",
                 "--json").splitlines()
    assert len(lines) == 1
    inc = json.loads(lines[0])
    assert inc["n_sources"] == 2 and len(inc["mentions"]) >= 2
    shown = _run("--db", str(db), "show", inc["mentions"][0]["article_id"][:8])
    assert f"-> {inc['id'][4:12]}" in shown


def test_postgresql_exports_the_files_sqlite_exports(stored, tmp_path, pg_server) -> None:
    import pyarrow.parquet as pq

    files: list[dict[str, object]] = []
    for target in (_db(stored, str(tmp_path / "x.db")), _db(stored, pg_server.database())):
        out = tmp_path / str(len(files))
        out.mkdir()
        for name, unit in (("i.csv", "incidents"), ("e.csv", "events"), ("e.jsonl", "events"),
                           ("i.geojson", "incidents"), ("i.parquet", "incidents"),
                           ("e.parquet", "events"), ("c.parquet", "claims")):
            _run("--db", target, "export", "--unit", unit, "--out", str(out / name))
        found: dict[str, object] = {p.name: p.read_bytes() if p.suffix != ".parquet"
                                    else pq.read_table(p) for p in out.iterdir()}
        found["incidents"] = _run("--db", target, "incidents", "--json")
        files.append(found)
    assert len(files[0]) == 8 and files[1] == files[0]
