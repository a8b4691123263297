"""Several writers on one PostgreSQL database: two `sitrep ingest` processes over overlapping
halves of a news file end with every article once and the same records as one SQLite ingest of
the whole file; a `kill -9` of one of them mid-run, then a re-run, changes nothing in that."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, shared_path

pytestmark = pytest.mark.slow

LINES = 90  # articles of news-mix: halves 1-55 and 36-90 (20 in both)
FIRST, SECOND = (0, 55), (35, 90)
CLI = "import sys; from sitrep.cli import main; main(sys.argv[1:])"


def _ingest(db: str, path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", CLI, "--db", db, "ingest", str(path),
                             "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen[str]) -> dict:
    out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


def _state(target: str) -> dict:
    """What the database holds, independent of the input files' names: each article's status,
    the numbers of records, and each article's events (sentence span, trigger, type)."""
    from sitrep.store import open_db

    with open_db(target, read_only=True) as db:
        statuses = {r[0]: r[1] for r in db.conn.execute("SELECT id, status FROM articles")}
        events = sorted(tuple(r) for r in db.conn.execute(
            "SELECT article_id, start, trigger_start, plover_type FROM events"))
        return {"articles": statuses, "counts": db.counts(), "events": events,
                "duplicate_ids": db.conn.execute(
                    "SELECT COUNT(*) - COUNT(DISTINCT id) FROM articles").fetchone()[0]}


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    source = shared_path("bench", "news-mix.jsonl")
    lines = source.read_text("utf-8").splitlines()[:LINES]
    folder = tmp_path_factory.mktemp("halves")
    files = {"whole": lines, "first": lines[FIRST[0]:FIRST[1]],
             "second": lines[SECOND[0]:SECOND[1]]}
    out = {}
    for name, chunk in files.items():
        out[name] = folder / f"{name}.jsonl"
        out[name].write_text("\n".join(chunk) + "\n", "utf-8")
    return out


@pytest.fixture(scope="module")
def alone(news: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    target = str(tmp_path_factory.mktemp("alone") / "whole.db")
    _finish(_ingest(target, news["whole"]))
    return _state(target)


def test_two_concurrent_ingests_store_what_one_ingest_stores(news, alone, pg_server) -> None:
    url = pg_server.database()
    first, second = _ingest(url, news["first"]), _ingest(url, news["second"])
    _finish(first), _finish(second)
    together = _state(url)
    assert together["duplicate_ids"] == 0
    assert together == alone


def test_a_writer_killed_mid_run_then_run_again_changes_nothing(news, alone, pg_server) -> None:
    from sitrep.store import open_db

    url = pg_server.database()
    victim, other = _ingest(url, news["first"]), _ingest(url, news["second"])
    deadline = time.monotonic() + 600
    with open_db(url) as db:  # kill it once some of its articles are stored, before its end
        while time.monotonic() < deadline and victim.poll() is None:
            if db.counts().get("articles_extracted", 0) >= 25:
                break
            time.sleep(0.2)
    assert victim.poll() is None, "the first ingest ended before it could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate()
    assert victim.returncode == -signal.SIGKILL
    _finish(other)
    assert _state(url) != alone  # the killed run's articles are missing...
    _finish(_ingest(url, news["first"]))
    assert _state(url) == alone  # ...and the re-run stores them, nothing twice
