"""CSV export is spreadsheet-safe: text cells that a spreadsheet would run as a formula get a
leading quote (OWASP), numbers stay numbers, and --raw writes the exact text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from samples import sample
from sitrep.cli import main_group, register
from sitrep.export.events import FORMULA_STARTS, NUMBER_COLUMNS
from sitrep.store import open_db

PAYLOADS = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)",
            "\tTAB", "\rCR"]


def database(tmp_path: Path, payload: str) -> str:
    """An article whose text, source, url, actor and place names begin with ``payload``, and
    whose place lies south and west of Greenwich (negative latitude and longitude)."""
    ex = sample(text=payload + " " + sample().article.text)
    ex.article.source = payload
    ex.article.url = payload
    attack = ex.events[0]
    attack.actors[0].name = payload + "rebels"
    attack.places[0].name = payload + "Ganja"
    attack.places[0].lat, attack.places[0].lon = -33.9, -70.6
    path = tmp_path / "s.db"
    with open_db(path) as db:
        db.save(ex)
    return str(path)


def export_rows(db: str, *args: str) -> list[dict[str, str]]:
    register()
    result = CliRunner().invoke(main_group, ["--db", db, "export", "--out", "-", "--format",
                                             "csv", *args])
    assert result.exit_code == 0, result.output
    body = result.stdout
    return list(csv.DictReader(io.StringIO(body, newline="")))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_cells_that_would_run_as_formulas_get_a_leading_quote(tmp_path: Path,
                                                                   payload: str) -> None:
    rows = export_rows(database(tmp_path, payload))
    attack = next(r for r in rows if r["plover_type"] == "ASSAULT")
    assert attack["source"] == "'" + payload and attack["url"] == "'" + payload
    assert attack["actor1"] == "'" + payload + "rebels"
    assert attack["location"] == "'" + payload + "Ganja"
    if payload.strip() == payload:  # the notes are the sentence, stripped of white space
        assert attack["notes"].startswith("'" + payload + " Rebels attacked")
    for row in rows:
        for column, cell in row.items():
            if column not in NUMBER_COLUMNS:
                assert not cell.startswith(FORMULA_STARTS), (column, cell)


def test_numbers_stay_numbers(tmp_path: Path) -> None:
    [attack] = [r for r in export_rows(database(tmp_path, "-2+3")) if r["plover_type"] ==
                "ASSAULT"]
    assert (attack["latitude"], attack["longitude"]) == ("-33.9", "-70.6")
    assert attack["fatalities"] == "5" and attack["geonameid"] == "586523"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_raw_writes_the_exact_text(tmp_path: Path, payload: str) -> None:
    rows = export_rows(database(tmp_path, payload), "--raw")
    attack = next(r for r in rows if r["plover_type"] == "ASSAULT")
    assert attack["source"] == payload and attack["actor1"] == payload + "rebels"
    assert attack["location"] == payload + "Ganja"
