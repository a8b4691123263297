"""Dask scale-out: shards reach the database exactly once; a killed run resumes to the same
database as an uninterrupted one."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.ingest import ReadOptions
from sitrep.run.distributed import ingest_distributed, plan_shards
from sitrep.store import open_db

pytestmark = pytest.mark.slow  # loads the model, runs ingests or starts Dask

ROOT = Path(__file__).resolve().parents[2]

STORIES = [
    "Gunmen killed {n} villagers in an attack on a market in the north on Monday, police said.",
    "Protesters marched to parliament on Tuesday and {n} of them were arrested, officials said.",
    "Troops shelled rebel positions near the border, wounding {n} fighters, the army said.",
    "The two governments signed a ceasefire agreement on Friday after {n} days of talks.",
]

SKIP = {"id", "ingested_at", "finished_at", "date_id", "event_id", "place_id", "claimant_id",
        "actor_id", "updated_at"}


def _inputs(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    lines = []
    for i in range(10):
        text = STORIES[i % 4].format(n=i + 2) + f" Report number {i} from the region."
        lines.append(json.dumps({"id": f"r{i}", "text": text, "published": "2021-03-0" + str(i % 9 + 1)}))
    lines.insert(5, "{broken json")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _content(db_path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'migrations'")]
    out = {}
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in SKIP]
        if table == "shards":
            cols = ["id", "records"]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    conn.close()
    return out


KILLER = """
import os, signal, sys
from sitrep.run.distributed import ingest_distributed
from sitrep.store import open_db
done = []
def on_shard(result):
    done.append(result)
    if len(done) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
with open_db(sys.argv[2]) as db:
    ingest_distributed([sys.argv[1]], db, workers=1, shard_size=3, processes=False,
                       on_shard=on_shard)
"""


def test_jsonl_is_sharded_by_line_ranges(tmp_path: Path) -> None:
    shards, problems = plan_shards([_inputs(tmp_path)], ReadOptions(), 3)
    assert [(s.first, s.last) for s in shards] == [(1, 3), (4, 6), (7, 9), (10, 11)]
    assert not problems and len({s.id for s in shards}) == 4


def test_the_last_shards_of_a_run_are_cut_into_quarters(tmp_path: Path) -> None:
    news = tmp_path / "a.jsonl"
    news.write_text("".join(json.dumps({"text": f"Story {i}."}) + "\n" for i in range(100)),
                    "utf-8")
    shards, _ = plan_shards([news], ReadOptions(), 16)
    ranges = [(s.first, s.last) for s in shards]
    lines = [n for first, last in ranges for n in range(first, last + 1)]
    assert lines == list(range(1, 101))  # every line once, in order
    assert ranges[:2] == [(1, 16), (17, 32)]
    assert all(last - first == 3 for first, last in ranges[2:])  # the last 64 lines: 4 each
    # a file that other inputs follow is not the end of the run: whole shards only
    other = tmp_path / "b.txt"
    other.write_text("Police arrested two men.", "utf-8")
    shards, _ = plan_shards([news, other], ReadOptions(), 16)
    assert [s.last - s.first + 1 for s in shards[:-1]] == [16] * 6 + [4]
    assert shards[-1].whole


def test_killed_run_resumes_to_the_same_database_as_an_uninterrupted_run(
        tmp_path: Path, pipeline) -> None:
    source = _inputs(tmp_path)
    whole, resumed = tmp_path / "whole.db", tmp_path / "resumed.db"
    with open_db(whole) as db:
        summary = ingest_distributed([source], db, workers=1, shard_size=3, processes=False)
    assert summary.counts["extracted"] == 10 and summary.counts["failed"] == 1

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    run = subprocess.run([sys.executable, "-c", KILLER, str(source), str(resumed)],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == -9, run.stderr[-2000:]  # killed after two shards
    partial = _content(resumed)
    assert len(partial["shards"]) == 2 and len(partial["articles"]) == 6

    with open_db(resumed) as db:
        again = ingest_distributed([source], db, workers=1, shard_size=3, processes=False)
    assert again.shards_resumed == 2  # finished shards are not redone
    assert again.counts["extracted"] == 5 and again.counts["unchanged"] == 0
    assert _content(resumed) == _content(whole)

    with open_db(resumed) as db:  # a third run has nothing to do
        third = ingest_distributed([source], db, workers=1, shard_size=3, processes=False)
    assert third.shards_resumed == 4 and third.total == 0


def test_ingest_with_two_worker_processes_stores_what_one_process_stores(
        tmp_path: Path, pipeline) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main_group, register

    register()
    source = _inputs(tmp_path)
    threads, procs = tmp_path / "threads.db", tmp_path / "procs.db"
    with open_db(threads) as db:
        ingest_distributed([source], db, workers=1, shard_size=4, processes=False)
    args = ["--db", str(procs), "ingest", str(source), "--workers", "2", "--shard-size", "4",
            "--json"]
    first = CliRunner().invoke(main_group, args)
    assert first.exit_code == 3, first.output  # one line of the input is invalid JSON
    out = json.loads(first.output)
    assert out["counts"]["extracted"] == 10 and out["shards"] == 3
    assert 0 < out["worker_peak_rss_mb"] < 4000
    assert _content(procs) == _content(threads)
    again = json.loads(CliRunner().invoke(main_group, args).output)
    assert again["shards_resumed"] == 3 and again["records"] == 0


def test_the_same_text_twice_in_a_shard_is_stored_with_its_first_records_publication_date(
        tmp_path: Path, pipeline) -> None:
    from sitrep.run.local import ingest

    text = ("Police arrested 14 protesters on Thursday after clashes outside the ministry, "
            "officials said. Today the interior minister called for calm.")
    lines = [{"id": "first", "text": text, "published": "2021-03-04"},
             {"id": "other", "text": STORIES[0].format(n=3), "published": "2021-03-05"},
             {"id": "again", "text": text, "published": "2021-03-11"}]
    source = tmp_path / "twice.jsonl"
    source.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    single, dask = tmp_path / "single.db", tmp_path / "dask.db"
    with open_db(single) as db:
        ingest([source], db, pipeline=pipeline)
    with open_db(dask) as db:
        summary = ingest_distributed([source], db, workers=1, shard_size=3, processes=False)
        assert summary.counts["extracted"] == 2 and summary.counts["duplicate"] == 1
        values = {r[0] for r in db.conn.execute("SELECT value FROM dates WHERE text='Thursday'")}
        assert values == {"2021-03-04"}  # the first record's Thursday, not the copy's
    expected, got = _content(single), _content(dask)
    got.pop("shards"), expected.pop("shards")
    assert got == expected
