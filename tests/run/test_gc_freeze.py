"""``ingest`` keeps what was alive before it (the model, the gazetteer) out of the collector's
full passes while it runs, and gives it back when it ends, also when it stops on an error."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from sitrep.records import Article
from sitrep.run.local import ingest
from sitrep.store import open_db

TEXTS = ["Police arrested two men in Mosul on Monday.",
         "Rebels shelled the town of Idlib on Tuesday, killing three civilians."]


def test_ingest_freezes_the_heap_while_it_runs_and_unfreezes_it_after(
        pipeline, tmp_path: Path) -> None:
    frozen: list[int] = []
    with open_db(tmp_path / "gc.db") as db:
        summary = ingest([], db, articles=[Article(text=t) for t in TEXTS], pipeline=pipeline,
                         dedupe=False, progress=lambda s: frozen.append(gc.get_freeze_count()))
    assert sum(summary.counts.values()) == len(TEXTS) and summary.counts["extracted"] >= 1
    assert frozen and min(frozen) > 1000  # the model's objects, at least
    assert gc.get_freeze_count() == 0


def test_ingest_unfreezes_the_heap_when_it_stops_on_an_error(pipeline, tmp_path: Path) -> None:
    def stop(_summary: object) -> None:
        raise KeyboardInterrupt

    with open_db(tmp_path / "gc.db") as db, pytest.raises(KeyboardInterrupt):
        ingest([], db, articles=[Article(text=t) for t in TEXTS], pipeline=pipeline,
               dedupe=False, progress=stop)
    assert gc.get_freeze_count() == 0
