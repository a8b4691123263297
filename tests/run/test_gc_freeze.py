"""``ingest`` keeps what was alive before it (the model, the gazetteer) out of the collector's
full passes while it runs, and gives it back when it ends, also when it stops on an error."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from sitrep.records import Article
from sitrep.run.local import RUN_GC_THRESHOLD, ingest
from sitrep.store import open_db

TEXTS = ["Police arrested two men in Mosul on Monday.",
         "Rebels shelled the town of Idlib on Tuesday, killing three civilians."]


def test_ingest_freezes_the_heap_while_it_runs_and_unfreezes_it_after(
        pipeline, tmp_path: Path) -> None:
    frozen: list[int] = []
    thresholds: list[tuple[int, int, int]] = []
    before = gc.get_threshold()

    def seen(_summary: object) -> None:
        frozen.append(gc.get_freeze_count())
        thresholds.append(gc.get_threshold())

    with open_db(tmp_path / "gc.db") as db:
        summary = ingest([], db, articles=[Article(text=t) for t in TEXTS], pipeline=pipeline,
                         dedupe=False, progress=seen)
    assert sum(summary.counts.values()) == len(TEXTS) and summary.counts["extracted"] >= 1
    assert frozen and min(frozen) > 1000  # the model's objects, at least
    assert gc.get_freeze_count() == 0
    # young objects are collected in larger batches during the run, as before after it
    assert thresholds and all(t[0] >= RUN_GC_THRESHOLD and t[1:] == before[1:]
                              for t in thresholds)
    assert gc.get_threshold() == before


def test_ingest_unfreezes_the_heap_when_it_stops_on_an_error(pipeline, tmp_path: Path) -> None:
    def stop(_summary: object) -> None:
        raise KeyboardInterrupt

    with open_db(tmp_path / "gc.db") as db, pytest.raises(KeyboardInterrupt):
        ingest([], db, articles=[Article(text=t) for t in TEXTS], pipeline=pipeline,
               dedupe=False, progress=stop)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold()[0] < RUN_GC_THRESHOLD
