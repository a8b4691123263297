"""Exports: ACLED-style CSV and PLOVER-style JSON Lines from the store (of both backends)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from samples import sample
from sitrep.cli import main_group, register
from sitrep.errors import ConfigError
from sitrep.export.events import ACLED_COLUMNS, export, fatalities
from sitrep.records import Claim, Evidence
from sitrep.store import open_db


@pytest.fixture()
def db(db_target: str):
    with open_db(db_target) as database:
        database.save(sample())
        yield database


def test_csv_has_acled_columns_and_one_row_per_event(db, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export(db, out) == 2
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
        rows = list(reader)
    attack = next(r for r in rows if r["plover_type"] == "ASSAULT")
    assert attack["event_date"] == "2020-10-05" and attack["year"] == "2020"
    assert attack["time_precision"] == "1"
    assert attack["disorder_type"] == "Political violence"
    assert (attack["event_type"], attack["sub_event_type"]) == ("Violence against civilians",
                                                                 "Attack")
    assert attack["actor1"] == "rebels" and attack["inter1"] == "2"
    assert attack["interaction"] == "20"
    assert (attack["country"], attack["iso"]) == ("Azerbaijan", "31")
    assert (attack["location"], attack["geo_precision"]) == ("Ganja", "1")
    assert float(attack["latitude"]) == pytest.approx(40.68)
    assert attack["fatalities"] == "5" and attack["civilian_targeting"] == "Civilian targeting"
    assert "killing 5 civilians" in attack["notes"] and "according to the army" in attack["notes"]
    arrest = next(r for r in rows if r["plover_type"] == "COERCE")
    assert arrest["inter1"] == "1" and arrest["fatalities"] == "0"


def test_jsonl_has_plover_fields_and_evidence(db, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export(db, out, "jsonl", type="ASSAULT") == 1
    [event] = [json.loads(line) for line in out.read_text().splitlines()]
    assert event["event_type"] == "ASSAULT" and event["mode"] == "firearms"
    assert event["actor"] == "rebels" and event["date"] == "2020-10-05"
    assert event["location"]["geonameid"] == 586523 and event["dead"] == 5
    assert event["aux_modes"] == ["negated"]
    text = db.article(event["story_id"]).article.text
    assert text[event["evidence"]["start"]:event["evidence"]["end"]] == event["event_text"]
    assert event["claims"][0]["claimant"] == "the army"


def test_export_command_writes_the_file_and_unknown_formats_are_user_errors(
        db, tmp_path: Path) -> None:
    register()
    out = tmp_path / "e.csv"
    result = CliRunner().invoke(main_group, ["--db", db.target, "export", "--format", "csv",
                                             "--out", str(out), "--country", "AZE"])
    assert result.exit_code == 0 and "2 events written" in result.output
    assert out.exists()
    with pytest.raises(ConfigError):
        export(db, tmp_path / "e.parquet")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_postgresql_exports_the_bytes_sqlite_exports(tmp_path: Path, pg_server, fmt: str) -> None:
    from samples import TEXT

    outputs = []
    for target in (str(tmp_path / "s.db"), pg_server.database()):
        with open_db(target) as db:
            db.save_many([sample(), sample(TEXT + " Talks resumed in Minsk.", published=None)])
            out = tmp_path / f"{len(outputs)}.{fmt}"
            assert export(db, out, fmt) == 4
            outputs.append(out.read_bytes())
    assert outputs[1] == outputs[0]


def test_fatalities_take_the_conservative_figure_and_do_not_add_parts() -> None:
    ev = Evidence(0, 1, "x")
    claims = [Claim(ev, "killed", 10, 10, victims="civilian", side="A", event=0),
              Claim(ev, "killed", 14, 14, victims="civilian", side="A", event=0),
              Claim(ev, "killed", 3, 3, victims="military", side="B", event=0),
              Claim(ev, "killed", 2, 2, victims="military", side="B", part_of=2, event=0),
              Claim(ev, "injured", 40, 40, event=0),
              Claim(ev, "killed", 99, 99, event=1)]
    assert fatalities(0, claims) == 13
    assert fatalities(5, claims) is None


def test_fatalities_skip_cumulative_tolls_and_never_add_rival_parties(pipeline) -> None:
    import datetime as dt

    from sitrep.export.events import fatalities
    from sitrep.records import Article

    text = ("Government troops clashed with rebels near Kidal on Monday, killing 12 fighters, "
            "the army said. The rebels said 40 soldiers were killed in the clashes. "
            "In all, 300 people have been killed since the offensive began in March.")
    result = pipeline.process(Article(text=text, published=dt.date(2021, 6, 8)))
    killed = [c for c in result.claims if c.outcome == "killed"]
    assert {c.low for c in killed} >= {12, 40, 300}
    figures = [fatalities(i, result.claims) for i in range(len(result.events))]
    assert max(f or 0 for f in figures) < 300  # the cumulative toll is not one event's count
    assert 52 not in figures  # the army's and the rebels' figures are not added together
