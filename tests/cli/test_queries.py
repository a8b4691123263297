"""The read commands on a real database file: they never write it, they refuse a file that is
not a sitrep database, and every mistake (a bad filter, an impossible path) is one line with a
fix and exit code 2, never a traceback."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import BACKENDS
from samples import ev, sample
from sitrep.cli import main_group, register
from sitrep.pipeline import article_id
from sitrep.records import Article, Claim, Extraction, Place
from sitrep.store import open_db

register()

READ_COMMANDS = [["articles"], ["events"], ["claims"], ["places"], ["tally"], ["report"],
                 ["report", "--json"], ["show", "SAMPLE"], ["events", "--json"]]


def fingerprint(target: Path | str) -> tuple[str, int]:
    """What a write would change: a file's bytes and time; a PostgreSQL database's rows (every
    table's, in a stable order) and their number."""
    if not isinstance(target, str) or not target.startswith("postgresql://"):
        path = Path(target)
        return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    import psycopg

    digest, count = hashlib.sha256(), 0
    with psycopg.connect(target) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() ORDER BY 1")]
        for table in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{rows}".encode())
            count += len(rows)
    return digest.hexdigest(), count


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main_group, list(args))


def one_line_error(result: Result, *expected: str) -> str:
    """The single stderr line of a user error (exit 2, no traceback)."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    for part in expected:
        assert part in lines[0], lines[0]
    return lines[0]


def _store(target: Path | str) -> None:
    """The sample article and a second one whose claim has no side (tallies with and without)."""
    text = "Five soldiers were killed in Ganja, the ministry said."
    other = Extraction(Article(text=text, id=article_id(text), published=dt.date(2020, 10, 6),
                               status="extracted"))
    other.places = [Place("Ganja", ev("Ganja", text), "Ganja", 586523, "AZE", kind="city",
                          precision=1)]
    other.claims = [Claim(ev("Five soldiers were killed", text), "killed", 5, 5,
                          victims="military")]
    with open_db(target) as db:
        db.save_many([sample(), other])


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Path | str:
    """``_store``'s database on each backend (a SQLite file, a PostgreSQL URL); the tests only
    read it."""
    target: Path | str = (tmp_path_factory.mktemp("queries") / "s.db" if request.param == "sqlite"
                          else request.getfixturevalue("pg_server").database())
    _store(target)
    return target


@pytest.fixture()
def stored_file(tmp_path: Path) -> Path:
    """``_store``'s database as a SQLite file of its own folder."""
    _store(tmp_path / "s.db")
    return tmp_path / "s.db"


def _args(command: list[str], db: Path | str) -> list[str]:
    sample_id = article_id(sample().article.text)
    return ["--db", str(db), *[sample_id if a == "SAMPLE" else a for a in command]]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_a_read_command_leaves_the_database_unchanged(stored: Path | str, command) -> None:
    before = fingerprint(stored)
    result = invoke(*_args(command, stored))
    assert result.exit_code == 0, result.output
    assert result.output.strip()
    assert fingerprint(stored) == before


def test_export_reads_without_writing_the_database(stored: Path | str, tmp_path: Path) -> None:
    before = fingerprint(stored)
    out = tmp_path / "out" / "events.csv"
    out.parent.mkdir()
    result = invoke("--db", str(stored), "export", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert len(out.read_text("utf-8").splitlines()) == 3  # header and two events
    assert fingerprint(stored) == before


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_a_read_command_on_an_empty_file_leaves_it_empty(tmp_path: Path, command) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    one_line_error(invoke(*_args(command, empty)), "is an empty file, not a sitrep database")
    assert empty.stat().st_size == 0 and [p.name for p in tmp_path.iterdir()] == ["empty.db"]


def test_a_file_of_another_kind_is_named_and_left_alone(tmp_path: Path) -> None:
    import sqlite3

    text = tmp_path / "notes.db"
    text.write_text("not a database\n")
    one_line_error(invoke("--db", str(text), "events"), "is not a SQLite database")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    conn.close()
    before = fingerprint(other)
    one_line_error(invoke("--db", str(other), "claims"), "not a sitrep database", "--db")
    assert fingerprint(other) == before


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_a_read_command_on_an_empty_postgresql_database_leaves_it_empty(pg_server,
                                                                        command) -> None:
    url = pg_server.database()
    one_line_error(invoke(*_args(command, url)), "is not a sitrep database (it has no tables)",
                   "ingest into it first")
    assert fingerprint(url)[1] == 0 and _pg_tables(url) == []


def test_another_programs_postgresql_database_is_named_and_left_alone(pg_server) -> None:
    import psycopg

    url = pg_server.database()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE things (x integer)")
        conn.execute("INSERT INTO things VALUES (1)")
    before = fingerprint(url)
    one_line_error(invoke("--db", url, "claims"), "not a sitrep database")
    one_line_error(invoke("--db", url, "ingest", str(Path(__file__))), "not a sitrep database",
                   "--db")
    assert fingerprint(url) == before and _pg_tables(url) == ["things"]


def _pg_tables(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() ORDER BY 1")]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_a_300_character_database_path_is_one_line(tmp_path: Path, command) -> None:
    path = tmp_path / ("d" * 300 + ".db")
    one_line_error(invoke(*_args(command, path)), "File name too long", "shorter --db path")


@pytest.mark.parametrize("args, expected", [
    (["events", "--type", "ASSAULTS"], "is not a PLOVER or ACLED event type"),
    (["claims", "--type", "dead"], "use one of: killed, injured"),
    (["tally", "--type", "dead"], "use one of: killed, injured"),
    (["export", "--out", "x.csv", "--type", "nonsense"], "is not a PLOVER or ACLED event type"),
    (["events", "--since", "2021-01-01", "--until", "2020-01-01"], "is after --until"),
    (["claims", "--since", "2021-01-01", "--until", "2020-01-01"], "is after --until"),
    (["articles", "--since", "2021-01-01", "--until", "2020-01-01"], "is after --until"),
    (["tally", "--since", "2021-01-01", "--until", "2020-01-01"], "is after --until"),
    (["events", "--since", "05/10/2020"], "YYYY-MM-DD"),
    (["events", "--limit", "0"], "at least 1"),
    (["claims", "--limit", "-1"], "at least 1"),
    (["articles", "--limit", "0"], "at least 1"),
    (["places", "--limit", "-1"], "at least 1"),
    (["tally", "--limit", "0"], "at least 1"),
    (["places", "--kind", "town"], "use one of: city, region, country"),
    (["places", "--type", "town"], "use one of: city, region, country"),
    (["places", "--precision", "9"], "use one of: 1, 2, 3, 4"),
    (["places", "--feature-class", "Q"], "use one of: A, H, L, P"),
    (["events", "--country", "Azerbaijan"], "--country AZE"),
    (["show", "x" * 100_000], "(100,000 characters) is too long"),
    (["events", "--place", "x" * 100_000], "(100,000 characters) is too long"),
    (["show", "%"], "no article '%'"),
])
def test_a_bad_filter_is_one_line_with_the_fix(stored: Path | str, tmp_path: Path, args,
                                               expected: str) -> None:
    args = [str(tmp_path / a) if a == "x.csv" else a for a in args]
    line = one_line_error(invoke("--db", str(stored), *args), expected)
    assert len(line) < 1200
    assert not (tmp_path / "x.csv").exists()


def test_percent_in_a_place_filter_matches_nothing_instead_of_everything(stored: Path | str) -> None:
    everything = invoke("--db", str(stored), "events", "--json").output.splitlines()
    assert len(everything) == 2
    assert invoke("--db", str(stored), "events", "--json", "--place", "%").output == ""
    assert invoke("--db", str(stored), "places", "--json", "--name", "_anja").output == ""
    assert len(invoke("--db", str(stored), "places", "--json", "--name", "ganja").output
               .splitlines()) == 2


def _read_only_mount_works() -> bool:
    if not shutil.which("unshare") or not shutil.which("mount"):
        return False
    probe = subprocess.run(["unshare", "-r", "-m", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _read_only_mount_works(),
                    reason="needs unshare (user and mount namespaces) for a read-only mount")
def test_a_database_on_a_read_only_file_system_is_read_and_writes_say_read_only(
        stored_file: Path) -> None:
    """A real read-only file system (a read-only bind mount in a private mount namespace): as
    root, chmod would not stop writes. Queries work (before: "not a SQLite database");
    ingest says read-only with the fix."""
    stored = stored_file
    folder = stored.parent
    before = fingerprint(stored)
    cli = f"{sys.executable} -c 'from sitrep.cli import main; main()' --db {stored}"
    script = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
              f"{cli} events --json; echo rc=$?; {cli} tally; echo rc=$?; "
              f"{cli} ingest {folder}; echo rc=$?; touch {folder}/probe; echo rc=$?")
    done = subprocess.run(["unshare", "-r", "-m", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120)
    codes = [line for line in done.stdout.splitlines() if line.startswith("rc=")]
    assert codes == ["rc=0", "rc=0", "rc=2", "rc=1"], (done.stdout, done.stderr)
    assert len([line for line in done.stdout.splitlines() if line.startswith("{")]) == 2
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "is read-only" in errors[0] and "--db" in errors[0], done.stderr
    assert fingerprint(stored) == before


def test_report_counts_everything_and_lists_at_most_limit_rows(stored: Path | str) -> None:
    out = invoke("--db", str(stored), "report", "--limit", "1").output
    assert out.startswith("articles: 2 extracted\n")
    assert "events by type: ASSAULT 1, COERCE 1\n" in out
    assert "claims by outcome: killed 2, arrested 1\n" in out
    assert "# 2 events (the first 1: --limit shows more, `sitrep events` all)" in out
    assert "# 3 claims (the first 1: --limit shows more, `sitrep claims` all)" in out
    assert "# 2 places (the first 1: --limit shows more, `sitrep places` all)" in out
    assert "# 1 dates\n" in out
    places = out.split("# 2 places")[1].splitlines()[1:3]
    assert places == ["place\tgeonameid\tcountry\tkind\tprecision\tmentions",
                      "Ganja\t586523\tAZE\tcity\t1\t2"]  # most mentioned first, grouped in SQL
    data = json.loads(invoke("--db", str(stored), "report", "--json", "--limit", "1").output)
    assert data["counts"]["events"] == 2 and len(data["events"]) == 1
    assert [len(data[k]) for k in ("claims", "places", "dates")] == [1, 1, 1]
    whole = json.loads(invoke("--db", str(stored), "report", "--json").output)
    assert [len(whole[k]) for k in ("events", "claims", "places", "dates")] == [2, 3, 3, 1]
    one_line_error(invoke("--db", str(stored), "report", "--limit", "0"), "at least 1")
