"""Ingesting: readers -> Pipeline.process_many -> store, with a summary of what became of every
input record (extracted, skipped, failed, duplicate within the run, unchanged = already stored).

    with sitrep.open_db("sitrep.db") as db:
        summary = ingest(["news.jsonl"], db, ReadOptions(published=None))
    print(summary.text())

Articles are written in batches, one transaction each: a run killed part-way keeps every batch
it finished, and the next run skips the articles already extracted (resume, no duplicates).
"""

from __future__ import annotations

import gc
import os
import re
import signal
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.errors import DatabaseError
from sitrep.ingest import ReadOptions, read_paths
from sitrep.records import Article, Extraction
from sitrep.store.write import stored_published

if TYPE_CHECKING:
    from sitrep.pipeline import Pipeline
    from sitrep.store import Database
    from sitrep.store.rows import ExtractionRows

NO_DATE_NOTE = ("relative dates stay unresolved: pass --published YYYY-MM-DD "
                "or give a `published` field")

RUN_GC_THRESHOLD = 10_000  # allocations between collections of young objects during a run

STATUSES = ("extracted", "skipped", "failed", "duplicate", "unchanged")

# exit codes of `sitrep ingest` (README, "Exit codes")
EXIT_OK = 0  # every record extracted, skipped (with its reason), duplicate or unchanged
EXIT_USAGE = 2  # a user error (bad option, missing input, unusable database): nothing was read
EXIT_FAILED_RECORDS = 3  # the run finished, but some input records failed (see their reasons)
EXIT_INTERRUPTED = 130  # Ctrl-C: finished batches are kept; the same command resumes


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[tuple[str, str]] = field(default_factory=Counter)  # (status, reason) -> n
    examples: dict[tuple[str, str], str] = field(default_factory=dict)  # first origin of each
    no_published: int = 0  # extracted articles without a publication date
    unresolved: int = 0  # ... of which some relative dates stayed unresolved
    words: int = 0
    seconds: float = 0.0
    records: Counter[str] = field(default_factory=Counter)  # events, claims, ... stored
    # articles already stored whose input now gives another publication date (kept until
    # --replace): {"id", "origin", "stored", "given"}
    date_changed: list[dict[str, str | None]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """``EXIT_FAILED_RECORDS`` when some record failed, else ``EXIT_OK``."""
        return EXIT_FAILED_RECORDS if self.counts.get("failed") else EXIT_OK

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def articles_per_s(self) -> float:
        return self.total / self.seconds if self.seconds else 0.0

    @property
    def extracted_per_s(self) -> float:
        return self.counts["extracted"] / self.seconds if self.seconds else 0.0

    def note(self, article: Article) -> None:
        status = article.status
        self.counts[status] += 1
        if status in ("skipped", "failed", "duplicate", "unchanged") and article.reason:
            key = (status, reason_kind(article.reason))
            self.reasons[key] += 1
            self.examples.setdefault(key, article.origin or article.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.total,
            "counts": {s: self.counts.get(s, 0) for s in STATUSES},
            "reasons": [{"status": s, "reason": r, "n": n, "example": self.examples[(s, r)]}
                        for (s, r), n in self.reasons.most_common()],
            "no_published": self.no_published,
            "unresolved_relative_dates": self.unresolved,
            "stored": dict(self.records),
            "date_changed": self.date_changed,
            "seconds": round(self.seconds, 2),
            "articles_per_s": round(self.articles_per_s, 2),
            "extracted_per_s": round(self.extracted_per_s, 2),
            "words_per_s": round(self.words / self.seconds, 1) if self.seconds else 0.0,
        }

    def lines(self) -> list[str]:
        c = self.counts
        out = [f"{self.total} input records: " + ", ".join(
            f"{c.get(s, 0)} {s}" for s in STATUSES if c.get(s, 0) or s in STATUSES[:3])]
        for (status, reason), n in self.reasons.most_common(12):
            out.append(f"  {status}: {reason} x{n} (e.g. {self.examples[(status, reason)]})")
        if len(self.reasons) > 12:
            out.append(f"  ... and {len(self.reasons) - 12} other reasons "
                       f"(see `sitrep articles --status failed`)")
        if self.no_published:
            out.append(f"  {self.no_published} extracted articles have no publication date"
                       f" ({self.unresolved} with relative dates): {NO_DATE_NOTE}")
        if self.date_changed:
            out.append(f"  {len(self.date_changed)} unchanged articles have another publication "
                       f"date in the input than in the database: run again with --replace to "
                       f"apply it")
        if self.records:
            out.append("stored: " + ", ".join(f"{n} {k}" for k, n in self.records.items()))
        out.append(f"{self.seconds:.1f} s, {_rate(self.articles_per_s)} records/s, "
                   f"{_rate(self.extracted_per_s)} extracted articles/s")
        return out

    def text(self) -> str:
        return "\n".join(self.lines())


def _rate(value: float) -> str:
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


_LINE = re.compile(r"^line \d+: ")
_PAREN = re.compile(r" \((?!detected language).*$")


def reason_kind(reason: str) -> str:
    """A reason without its line number and details, to count alike reasons together."""
    kind = _LINE.sub("", reason)
    kind = _PAREN.sub("", kind)
    kind = re.sub(r" at byte \d+.*", "", kind)
    kind = re.sub(r"^same text as .*", "same text as an earlier record", kind)
    return kind.split(";")[0].strip()


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_all(pipeline: Pipeline, articles: list[Article]) -> list[Extraction]:
    """Extractions for ``articles`` in order; an article whose extraction raises ends as failed
    (with the error) instead of stopping the others."""
    results: list[Extraction] = []
    try:
        results.extend(pipeline.process_many(articles))
    except Exception:
        for article in articles[len(results):]:
            try:
                results.append(pipeline.process(article))
            except Exception as exc:  # a bug in one extractor must not end the run
                article.status = "failed"
                article.reason = f"extraction error: {type(exc).__name__}: {exc}"[:500]
                results.append(Extraction(article=article))
    return results


class _InterruptFlag:
    """Ctrl-C during an ingest stops it even when the KeyboardInterrupt is lost: Python
    swallows one raised inside a finaliser (``__del__``, a garbage-collector or weakref
    callback; it prints "Exception ignored") and the run would go on to the end. The handler
    remembers the signal and raises as the default one does; ``check`` raises again between
    batches if it was lost. Only in the main thread (signal handlers can only be set there)."""

    def __init__(self) -> None:
        self.seen = False
        self.previous: Any = None
        if threading.current_thread() is threading.main_thread() \
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self.previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, signum: int, frame: Any) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def check(self) -> None:
        if self.seen:
            raise KeyboardInterrupt

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None


def ingest(paths: Iterable[str | Path], db: Database, options: ReadOptions | None = None, *,
           pipeline: Pipeline | None = None, batch_size: int = 32, replace: bool = False,
           progress: Callable[[Summary], None] | None = None,
           articles: Iterable[Article] | None = None, dedupe: bool = True,
           on_part: Callable[[Article, int, int], None] | None = None) -> Summary:
    """Read ``paths`` (or take ``articles``), extract what is new, store it batch by batch.
    With ``dedupe``, near-duplicate (syndicated) copies are linked to their original and not
    extracted (``sitrep.ingest.dedupe``). ``on_part(article, done, total)``: progress within an
    article long enough to be extracted in parts (``sitrep.parts``)."""
    options = options or ReadOptions()
    summary = Summary()
    started = time.perf_counter()
    source = articles if articles is not None else read_paths(paths, options)
    if dedupe:
        from sitrep.ingest.dedupe import Deduper

        source = Deduper(db).mark(source)
    seen: dict[str, str] = {}  # article id -> origin, within this run
    finished = False
    interrupted = _InterruptFlag()
    # what is alive now (the model, the gazetteer, the caches) outlives the run: the collector's
    # full passes during it skip those objects (they are moved back when the run ends); and the
    # young objects are collected in batches of RUN_GC_THRESHOLD allocations, not 700: the
    # tokens, spans and records an article makes went through 600 collections on 400 news-mix
    # articles (about 0.2 s), and through 24 at this threshold (a few MB more at the peak)
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], RUN_GC_THRESHOLD), *thresholds[1:])
    try:
        for chunk in _chunks(source, batch_size):
            _run_chunk(chunk, db, summary, seen, pipeline, replace, on_part)
            interrupted.check()
            summary.seconds = time.perf_counter() - started
            if progress is not None:
                progress(summary)
        finished = True
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
        raise DatabaseError(f"database {db.path} is read-only ({exc})",
                            "make it and its folder writable, or pass another --db") from None
    finally:
        interrupted.restore()
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        summary.seconds = time.perf_counter() - started
        if not finished:
            # close the readers (and the near-duplicate marking, which writes its signatures
            # when it ends) now, while the database is open, not when the garbage collector
            # finds them after it was closed (a second error after Ctrl-C); an error of theirs
            # must not hide the one that stopped the run
            close = getattr(source, "close", None)
            if close is not None:
                try:
                    close()
                except Exception:  # noqa: S110
                    pass
    return summary


def check_writable(path: str | Path) -> None:
    """Raise ``DatabaseError`` (one line, with a fix) when an ingest could not write the database
    at ``path``: a read-only file or folder (SQLite writes PATH-wal and PATH-shm beside it), a
    name too long, a folder that is a file."""
    if str(path) == ":memory:":
        return
    target = Path(path)
    folder = target.parent
    try:
        exists = target.exists()
        if not folder.is_dir():
            return  # open_db says that the folder does not exist
    except OSError as exc:
        hint = ("use a shorter path (at most 255 bytes per name)" if exc.strerror and
                "too long" in exc.strerror else "pass another file with --db or SITREP_DB")
        raise DatabaseError(f"cannot use {str(path)[:80]}{'...' if len(str(path)) > 80 else ''}"
                            f" as the database: {exc.strerror or exc}", hint) from None
    if exists and not target.is_dir() and not os.access(target, os.W_OK):
        raise DatabaseError(f"database {path} is read-only",
                            f"make it writable (chmod u+w {path}) or pass another --db; "
                            f"queries (sitrep events, ...) can still read it")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"the folder of database {path} is read-only (SQLite needs to "
                            f"write {target.name}-wal and {target.name}-shm beside it)",
                            "make the folder writable or pass a --db in a writable folder")


def _same_record(a: str, b: str) -> bool:
    """Whether two origins ("path" or "path:line") name the same input record."""

    def norm(origin: str) -> tuple[str, str]:
        path, sep, line = origin.rpartition(":")
        if not (sep and line.isdigit()):
            path, line = origin, ""
        return os.path.abspath(path), line

    return norm(a) == norm(b)


def _run_chunk(chunk: list[Article], db: Database, summary: Summary, seen: dict[str, str],
               pipeline: Pipeline | None, replace: bool,
               on_part: Callable[[Article, int, int], None] | None = None) -> None:
    stored = db.stored_of(a.id for a in chunk if a.id)
    stored_dates = stored_published(db.conn, [a.id for a in chunk
                                              if a.id in stored and a.published is not None])
    todo: list[Article] = []
    to_save: list[Extraction | ExtractionRows | Article] = []
    for article in chunk:
        if article.id in seen:
            article.status = "duplicate"
            article.reason = f"same text as {seen[article.id]}"
            summary.note(article)
            continue
        seen[article.id] = article.origin or article.id
        if article.status != "pending":  # skipped or failed by a reader
            to_save.append(article)
            continue
        status, origin = stored.get(article.id, (None, None))
        if status == "extracted" and not replace:
            if origin and article.origin and not _same_record(origin, article.origin):
                # the same text from another record (e.g. found first by another Dask shard)
                article.status = "duplicate"
                article.reason = f"same text as {origin}"
            else:
                article.status = "unchanged"  # this very record, ingested before
                _note_date_change(article, stored_dates, summary)
            summary.note(article)
            continue
        todo.append(article)
    if todo:
        if pipeline is None:
            from sitrep.pipeline import default_pipeline

            pipeline = default_pipeline()
            gc.freeze()  # the model just loaded outlives the run too (``ingest`` unfreezes)
        if on_part is not None:
            pipeline.on_part = on_part
        for ex in extract_all(pipeline, todo):
            _finish(ex, summary)
            to_save.append(ex)
    if to_save:
        db.save_many(to_save, replace=replace)
        for item in to_save:
            summary.note(item if isinstance(item, Article) else item.article)


def _note_date_change(article: Article, stored_dates: dict[str, str | None],
                      summary: Summary) -> None:
    """An unchanged article whose input gives another publication date than the stored one:
    said in its reason and in the summary (``--replace`` applies it)."""
    if article.published is None or article.id not in stored_dates:
        return
    stored, given = stored_dates[article.id], article.published.isoformat()
    if stored == given:
        return
    article.reason = (f"publication date changed (stored {stored or 'unknown'}, input {given}); "
                      f"run with --replace to apply it")
    summary.date_changed.append({"id": article.id, "origin": article.origin,
                                 "stored": stored, "given": given})


def _finish(ex: Extraction | ExtractionRows, summary: Summary) -> None:
    article = ex.article
    if article.status == "failed":
        return
    article.status = "extracted"
    summary.words += len(article.text.split())
    if article.published is None:
        summary.no_published += 1
        if ex.has_unresolved_dates() or ex.notes:
            summary.unresolved += 1
        if not any("publication date" in n for n in ex.notes):
            ex.notes.append(f"publication date unknown: {NO_DATE_NOTE}")
    notes = [article.reason] if article.reason else []
    notes.extend(ex.notes)
    article.reason = "; ".join(dict.fromkeys(notes)) or None
    summary.records.update(ex.record_counts())
