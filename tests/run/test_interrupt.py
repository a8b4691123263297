"""Ctrl-C during an ingest stops it, also when Python loses the KeyboardInterrupt: one raised
inside a finaliser (``__del__``) is printed as "Exception ignored" and swallowed, and before
this the run went on to the last article. An ignored SIGINT (``nohup``) stays ignored."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.run.local import ingest
from sitrep.store import open_db

STORY = ("Police arrested {n} men after a shooting in {town} on Tuesday, officials said. "
         "Two people were wounded.")
TOWNS = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Belfast", "Norwich"]
COUNTS = ["two", "three", "four", "five", "six", "seven"]


class _InterruptedFinaliser:
    """Sends SIGINT to this process from inside ``__del__``, where the KeyboardInterrupt the
    handler raises cannot propagate."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # bytecode for the handler to run on
            pass


def _articles(lose_interrupt_after: int | None, total: int = len(TOWNS)) -> Iterator[Article]:
    for n in range(total):
        text = STORY.format(n=COUNTS[n], town=TOWNS[n])
        yield Article(text=text, id=article_id(text), title=f"Arrests in {TOWNS[n]}",
                      language="en")
        if n + 1 == lose_interrupt_after:
            _InterruptedFinaliser()  # dropped at once: its __del__ runs here


@pytest.fixture(autouse=True)
def _ctrl_c_as_from_a_terminal() -> Iterator[None]:
    """Python's own Ctrl-C handler, as in a terminal: a test run started in the background by a
    shell without job control inherits SIGINT ignored, and an ingest then leaves it alone."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _stored(path: Path) -> int:
    db = open_db(str(path))
    try:
        return db.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    finally:
        db.close()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_swallowed_ctrl_c_still_stops_the_ingest_after_the_batch(tmp_path: Path,
                                                                   pipeline) -> None:
    db = open_db(str(tmp_path / "s.db"))
    with pytest.raises(KeyboardInterrupt):
        ingest([], db, articles=_articles(lose_interrupt_after=2), pipeline=pipeline,
               batch_size=1, dedupe=False)
    db.close()
    assert 1 <= _stored(tmp_path / "s.db") <= 3  # not all six
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handler restored


def test_without_an_interrupt_every_article_is_stored(tmp_path: Path, pipeline) -> None:
    db = open_db(str(tmp_path / "s.db"))
    summary = ingest([], db, articles=_articles(lose_interrupt_after=None), pipeline=pipeline,
                     batch_size=1, dedupe=False)
    db.close()
    assert summary.counts["extracted"] == 6 and _stored(tmp_path / "s.db") == 6
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_an_ignored_ctrl_c_stays_ignored(tmp_path: Path, pipeline) -> None:
    """``nohup sitrep ingest … &``: the user asked for Ctrl-C to be ignored; the ingest does not
    install its handler over that."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    db = open_db(str(tmp_path / "s.db"))
    summary = ingest([], db, articles=_articles(lose_interrupt_after=None, total=2),
                     pipeline=pipeline, batch_size=1, dedupe=False)
    db.close()
    assert summary.counts["extracted"] == 2
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
