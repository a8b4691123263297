"""The progress bar shows on a terminal only; the final summary gives every status."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sitrep.run.local import Summary
from sitrep.run.progress import IngestProgress, count_records, print_summary


def _summary() -> Summary:
    summary = Summary()
    summary.counts.update({"extracted": 7, "skipped": 2, "failed": 1})
    summary.seconds = 2.0
    return summary


def test_progress_is_quiet_when_not_on_a_terminal() -> None:
    stream = io.StringIO()
    with IngestProgress(10, stream=stream) as bar:
        bar.update(_summary())
    assert stream.getvalue() == ""


def test_progress_shows_count_rate_and_statuses_when_enabled() -> None:
    stream = io.StringIO()
    with IngestProgress(20, stream=stream, enabled=True) as bar:
        bar.update(_summary())
    shown = stream.getvalue()
    assert "10/20" in shown and "5.0 art/s" in shown and "extracted=7" in shown


def test_final_summary_names_every_status() -> None:
    stream = io.StringIO()
    print_summary(_summary(), stream)
    first = stream.getvalue().splitlines()[0]
    assert "7 extracted" in first and "2 skipped" in first and "1 failed" in first


def test_record_count_is_known_for_jsonl_and_text_but_not_for_feeds(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"text": "x"}) for _ in range(3)))
    (tmp_path / "b.txt").write_text("text")
    assert count_records([tmp_path]) == 4
    (tmp_path / "c.rss").write_text("<rss/>")
    assert count_records([tmp_path]) is None


def test_a_long_article_shows_progress_part_by_part(tmp_path, pipeline) -> None:
    from sitrep.pipeline import Pipeline
    from sitrep.records import Article
    from sitrep.run.local import ingest
    from sitrep.run.progress import IngestProgress
    from sitrep.store import open_db

    story = ("Rebels attacked an army post near Goma on Sunday, killing three soldiers, the "
             "army said. Police arrested 12 protesters in Kinshasa on Monday. ")
    calls: list[tuple[int, int]] = []
    stream = io.StringIO()
    with open_db(tmp_path / "s.db") as db, IngestProgress(1, enabled=True, stream=stream) as bar:
        def on_part(article, done: int, total: int) -> None:
            calls.append((done, total))
            bar.part(article, done, total)

        ingest([], db, articles=[Article(text=story * 40, origin="long.txt")],
               pipeline=Pipeline(max_part_chars=1000), on_part=on_part)
    total = calls[0][1]
    assert total > 1 and calls == [(i, total) for i in range(1, total + 1)]
    assert f"long.txt: part {total}/{total}" in stream.getvalue()
