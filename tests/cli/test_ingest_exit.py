"""`sitrep ingest` for scripts: exit codes 0 / 2 / 3 / 130, one-line errors (never a
traceback) for an unusable database, Ctrl-C or a Dask cluster that cannot start, and the
warnings a user needs (a future --published, a changed publication date)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, news_texts
from sitrep.cli import main_group, register

STORY = ("Rebels attacked an army post near the border on Sunday, killing three soldiers, "
         "the defence ministry said.")


def _cli(*args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = (),
         timeout: float = 300) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    return subprocess.run([*prefix, sys.executable, "-c", "from sitrep.cli import main; main()", *args], env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def _one_line_error(result: subprocess.CompletedProcess, code: int = 2) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def test_ingest_exits_0_when_records_are_extracted_or_skipped(tmp_path: Path, pipeline,
                                                               db_target: str) -> None:
    register()
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main_group, ["--db", db_target, "ingest",
                                             str(tmp_path / "a.txt"), str(tmp_path / "empty.txt")])
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(main_group, ["--db", db_target, "ingest",
                                            str(tmp_path / "a.txt")])
    assert again.exit_code == 0 and "1 unchanged" in again.output


def test_ingest_exits_3_when_a_record_failed(tmp_path: Path, db_target: str) -> None:
    register()
    (tmp_path / "bad.jsonl").write_text("{not json\n{also not json\n")
    result = CliRunner().invoke(main_group, ["--db", db_target, "ingest",
                                             str(tmp_path / "bad.jsonl")])
    assert result.exit_code == 3, result.output
    assert "2 failed" in result.output


def test_ingest_user_error_exits_2(tmp_path: Path) -> None:
    _one_line_error(_cli("--db", str(tmp_path / "s.db"), "ingest", str(tmp_path / "nope.txt")))


def test_exit_codes_are_in_the_ingest_help() -> None:
    register()
    result = CliRunner().invoke(main_group, ["ingest", "--help"])
    for line in ("0    every record", "2    user error", "3    the run finished but some",
                 "130  interrupted"):
        assert line in result.output


def test_too_long_database_name_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    line = _one_line_error(_cli("--db", str(tmp_path / ("x" * 300 + ".db")), "ingest",
                                str(tmp_path / "a.txt")))
    assert "File name too long" in line and "shorter path" in line


def _read_only_prefix() -> tuple[str, ...]:
    """Root writes to read-only files; in a new user namespace (unmapped), it does not."""
    if os.geteuid() != 0:
        return ()
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--user", "true"]).returncode != 0:
        pytest.skip("running as root without user namespaces: files cannot be made read-only")
    return (unshare, "--user")


@pytest.mark.parametrize("what", ["file", "folder"])
def test_ingest_into_a_read_only_database_is_one_line(tmp_path: Path, what: str) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "s.db"
    conn = sqlite3.connect(db)  # an empty but valid database is enough: nothing is read
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    (tmp_path / "a.txt").write_text(STORY)
    db.chmod(0o444) if what == "file" else folder.chmod(0o555)
    try:
        line = _one_line_error(_cli("--db", str(db), "ingest", str(tmp_path / "a.txt"),
                                    prefix=_read_only_prefix()))
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert "read-only" in line and "--db" in line


def test_future_published_warns_and_the_run_goes_on(tmp_path: Path, pipeline,
                                                    db_target: str) -> None:
    register()
    (tmp_path / "a.txt").write_text(STORY)
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    result = CliRunner().invoke(main_group, ["--db", db_target, "ingest",
                                             str(tmp_path / "a.txt"), "--published", future])
    assert result.exit_code == 0
    assert f"Warning: --published {future} is in the future" in result.stderr
    assert "1 extracted" in result.stdout
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()  # time zones: no warning
    (tmp_path / "b.txt").write_text(STORY.replace("three", "four"))
    quiet = CliRunner().invoke(main_group, ["--db", db_target, "ingest",
                                            str(tmp_path / "b.txt"), "--published", tomorrow])
    assert "Warning" not in quiet.stderr


def test_changed_publication_date_says_that_replace_applies_it(tmp_path: Path, pipeline,
                                                               db_target: str) -> None:
    register()
    (tmp_path / "a.txt").write_text(STORY)
    db = db_target
    runner = CliRunner()
    runner.invoke(main_group, ["--db", db, "ingest", str(tmp_path / "a.txt"),
                               "--published", "2020-10-05"])
    again = runner.invoke(main_group, ["--db", db, "ingest", str(tmp_path / "a.txt"),
                                       "--published", "2020-10-06"])
    assert again.exit_code == 0 and "1 unchanged" in again.stdout
    assert "another publication date" in again.stdout and "--replace" in again.stdout
    as_json = runner.invoke(main_group, ["--db", db, "ingest", str(tmp_path / "a.txt"),
                                         "--published", "2020-10-06", "--json"])
    [changed] = json.loads(as_json.stdout)["date_changed"]
    assert (changed["stored"], changed["given"]) == ("2020-10-05", "2020-10-06")
    assert changed["origin"] == str(tmp_path / "a.txt")
    replaced = runner.invoke(main_group, ["--db", db, "ingest", str(tmp_path / "a.txt"),
                                          "--published", "2020-10-06", "--replace"])
    assert replaced.exit_code == 0
    listed = runner.invoke(main_group, ["--db", db, "articles", "--json"])
    assert json.loads(listed.stdout)["published"] == "2020-10-06"


def _as_from_a_terminal() -> None:
    """Ctrl-C's default action in the child, as from a terminal: a test run started in the
    background by a shell without job control (``cmd &``, ``nohup``) inherits SIGINT ignored,
    and Python then leaves it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_during_ingest_prints_one_line_and_exits_130(tmp_path: Path) -> None:
    texts = news_texts(1, 400, required=False) or [STORY.replace("three", str(n)) for n in range(400)]
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", "from sitrep.cli import main; main()", "--db", str(db), "ingest",
                             str(source), "--batch-size", "1"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_as_from_a_terminal)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None and stored < 3:
        time.sleep(0.5)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            stored = 0
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)  # mid-run: articles are being extracted and stored
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == ["Interrupted: finished articles are saved; run the command again to "
                     "resume."], err


@pytest.mark.slow
def test_unreachable_dask_scheduler_is_one_line_in_bounded_time(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    started = time.monotonic()
    result = _cli("--db", str(tmp_path / "s.db"), "ingest", str(tmp_path / "a.txt"),
                  "--scheduler", "tcp://127.0.0.1:1",
                  env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}, timeout=120)
    line = _one_line_error(result)
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in line
    assert "--workers 1" in line
    assert time.monotonic() - started < 60  # a 2 s connect timeout; 30 s and a traceback before


@pytest.mark.slow
def test_bench_refuses_an_input_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("")
    line = _one_line_error(_cli("bench", str(tmp_path / "empty.jsonl")))
    assert "no article to benchmark" in line
    (tmp_path / "bad.jsonl").write_text('{"title": "no text"}\n')
    assert "no article to benchmark" in _one_line_error(_cli("bench", str(tmp_path / "bad.jsonl")))
