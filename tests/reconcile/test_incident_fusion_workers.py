"""The session's fusion paths (unlocated statements by speaker and day, charges with no accuser,
shootings told later without their day) give the same incidents with ``--workers 2`` as in one
process, and again on a re-run: made-up reports through the real pipeline into real SQLite
files."""

from __future__ import annotations

import json
from pathlib import Path

from fusion_cases_charges import JOIN_CHARGED
from fusion_cases_told_later import JOIN_TOLD_LATER
from fusion_cases_unlocated import JOIN_UNLOCATED

from sitrep.store import open_db


def test_two_worker_processes_fuse_these_as_one_process(pipeline, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main_group, register
    from sitrep.run.local import ingest

    register()
    pairs = [(a, b) for _, _, a, b in JOIN_UNLOCATED[:3]] + [
        (a, b) for _, a, b in JOIN_CHARGED[:3] + JOIN_TOLD_LATER[:3]]
    lines = [{"id": f"{i}-{j}", "source": f"outlet-{j}", "text": text,
              **({"published": published} if published else {})}
             for i, pair in enumerate(pairs) for j, (text, published) in enumerate(pair)]
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")

    def content(path: Path) -> list[tuple]:
        with open_db(path) as db:
            return [tuple(r) for r in db.conn.execute(
                "SELECT id, family, n_articles, date_first, date_last, place FROM incidents "
                "ORDER BY id")]

    with open_db(tmp_path / "one.db") as db:
        ingest([source], db, pipeline=pipeline)
    with open_db(tmp_path / "again.db") as db:
        ingest([source], db, pipeline=pipeline)
    run = CliRunner().invoke(main_group, ["--db", str(tmp_path / "two.db"), "ingest",
                                          str(source), "--workers", "2", "--shard-size", "4"])
    assert run.exit_code == 0, run.output
    one = content(tmp_path / "one.db")
    assert sum(1 for row in one if row[2] == 2) >= 8
    assert content(tmp_path / "again.db") == one
    assert content(tmp_path / "two.db") == one
