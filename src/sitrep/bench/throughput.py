"""Throughput benchmark: the whole pipeline against plain spaCy, on the same articles, in one run.

``sitrep bench news.jsonl`` measures

- **sitrep**: reading the records (with the language check), near-duplicate detection, sentence
  selection, parsing, every extractor and the SQLite writes into a temporary database;
- **baseline**: ``nlp.pipe`` of the same spaCy model, as installed (thinc's default BLIS, and
  without the faster rule components sitrep swaps in: see ``sitrep.nlp.model``), over the full texts
  of the same articles, with no extraction;

and reports articles/s and words/s of both, the ratio (sitrep over baseline; above 1 means
sitrep is faster than merely parsing the articles) and the peak resident memory per process.
Loading the model is left out of both timings (it happens once per process). With one worker
both sides run in this process, interleaved block by block so that other load on the machine
affects both alike; with N workers both sides run on the same local Dask cluster of N processes.
With one worker, ``cpu=True`` (``sitrep bench --cpu``) counts the CPU seconds of this process
instead of wall seconds, for both sides and every stage: on a machine shared with other work
(two cores, several jobs) wall times stretch with the others' load, CPU times much less.
"""

from __future__ import annotations

import functools
import itertools
import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError, InputError
from sitrep.ingest import ReadOptions, read_paths
from sitrep.nlp.model import blas_backend, load_model
from sitrep.records import Article
from sitrep.run.distributed import peak_rss_mb, reset_peak_rss

BLOCK = 100  # articles per interleaved block (one worker)


@dataclass
class BenchResult:
    dataset: str
    n: int  # input records read
    workers: int
    words: int = 0  # words of the articles parsed
    parsed: int = 0  # articles given to the pipeline (English, not empty)
    seconds: float = 0.0
    baseline_seconds: float = 0.0
    baseline_n: int = 0
    peak_rss_mb: float = 0.0  # sitrep's side: the most any one process used
    baseline_peak_rss_mb: float = 0.0
    load_seconds: float = 0.0
    select_fraction: float | None = None  # share of characters parsed after selection
    statuses: dict[str, int] = field(default_factory=dict)
    stages: dict[str, float] | None = None  # seconds per stage (--stages)
    clock: str = "wall"  # "cpu": the seconds are CPU seconds of this process (--cpu)

    @property
    def articles_per_s(self) -> float:
        return self.n / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def baseline_articles_per_s(self) -> float:
        return self.baseline_n / self.baseline_seconds if self.baseline_seconds else 0.0

    @property
    def baseline_words_per_s(self) -> float:
        return self.words / self.baseline_seconds if self.baseline_seconds else 0.0

    @property
    def ratio(self) -> float:
        base = self.baseline_articles_per_s
        return self.articles_per_s / base if base else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "n": self.n,
            "metrics": {
                "articles_per_s": round(self.articles_per_s, 2),
                "words_per_s": round(self.words_per_s, 1),
                "baseline_articles_per_s": round(self.baseline_articles_per_s, 2),
                "ratio": round(self.ratio, 3),
                "peak_rss_mb": round(self.peak_rss_mb, 1),
                "workers": self.workers,
            },
            "details": {
                "seconds": round(self.seconds, 2),
                "baseline_seconds": round(self.baseline_seconds, 2),
                "baseline_words_per_s": round(self.baseline_words_per_s, 1),
                "baseline_peak_rss_mb": round(self.baseline_peak_rss_mb, 1),
                "words": self.words,
                "articles_parsed": self.parsed,
                "load_seconds": round(self.load_seconds, 2),
                "blas": {"sitrep": blas_backend(), "baseline": "blis"},
                "selected_char_fraction": None if self.select_fraction is None
                else round(self.select_fraction, 3),
                "statuses": self.statuses,
                "clock": self.clock,
                **({"stages_seconds": self.stages} if self.stages else {}),
            },
        }

    def lines(self) -> list[str]:
        unit = "s" if self.clock == "wall" else "CPU s"
        return [
            f"{self.dataset}: {self.n} records ({self.parsed} articles, {self.words:,} words), "
            f"{self.workers} worker(s)",
            f"  sitrep   {self.articles_per_s:8.1f} articles/s {self.words_per_s:10.0f} words/s"
            f"  ({self.seconds:.1f} {unit}: read, dedupe, select, parse, extract, store)",
            f"  baseline {self.baseline_articles_per_s:8.1f} articles/s "
            f"{self.baseline_words_per_s:10.0f} words/s  ({self.baseline_seconds:.1f} {unit}: "
            f"spaCy nlp.pipe over the full texts)",
            f"  ratio {self.ratio:.2f}x   peak RSS {self.peak_rss_mb:.0f} MB per process"
            f" (baseline {self.baseline_peak_rss_mb:.0f} MB)"
            + (f"   parsed {self.select_fraction:.0%} of the text"
               if self.select_fraction is not None else ""),
            *([(f"  stages ({unit}): " + ", ".join(f"{k} {v:.1f}" for k, v in self.stages.items()))]
              if self.stages else []),
        ]


def _check(path: Path, limit: int | None, workers: int, cpu: bool = False) -> None:
    if not path.exists():
        raise InputError(f"benchmark input not found: {path}", "pass a JSON Lines file")
    if limit is not None and limit <= 0:
        raise ConfigError(f"--limit {limit} must be positive", "e.g. --limit 200")
    if workers < 1:
        raise ConfigError(f"--workers {workers} must be at least 1", "e.g. --workers 2")
    if cpu and workers > 1:
        raise ConfigError("--cpu counts the CPU time of one process",
                          "drop --workers (or --cpu: several workers are timed by the wall clock)")


def _check_articles(path: Path, limit: int | None, options: ReadOptions) -> None:
    """Refuse an input with no article to extract (speeds of nothing mean nothing); cheap:
    reading is a small part of the benchmark and happens before the model loads."""
    records = list(itertools.islice(read_paths([path], options), limit))
    if any(a.status == "pending" for a in records):
        return
    why = f"; e.g. {records[0].status}: {records[0].reason}" if records else ""
    raise InputError(f"no article to benchmark in {path} ({len(records)} records{why})",
                     "pass a JSON Lines file with one article (a `text` field) per line")


def run_bench(path: str | Path, *, limit: int | None = None, workers: int = 1,
              model: str | None = None, select_sentences: bool = True,
              options: ReadOptions | None = None, stages: bool = False,
              db: str | None = None, cpu: bool = False) -> BenchResult:
    """Benchmark sitrep against the spaCy baseline on the first ``limit`` records of ``path``.

    ``db``: store into this database (a path or a PostgreSQL URL; it must hold no articles)
    instead of a temporary SQLite file, to compare the stores on the same articles. ``cpu``:
    CPU seconds of this process instead of wall seconds (one worker)."""
    path = Path(path)
    _check(path, limit, workers, cpu)
    options = options or ReadOptions()
    _check_articles(path, limit, options)
    if db is not None:
        _check_empty(db)
    if workers == 1:
        return _bench_local(path, limit, model, select_sentences, options, stages, db,
                            time.process_time if cpu else time.perf_counter)
    return _bench_dask(path, limit, workers, model, select_sentences, options, db)


def _check_empty(target: str) -> None:
    from sitrep.store import open_db

    with open_db(target) as db:
        if db.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]:
            raise ConfigError(f"bench --store {db.path} already holds articles",
                              "give an empty database (a new file, or a new PostgreSQL "
                              "database: createdb NAME)")


def _selected_fraction(pipeline: Any, articles: list[Article]) -> float | None:
    from sitrep.nlp import select
    from sitrep.nlp.segment import split_sentences

    if not pipeline.select_sentences:
        return 1.0
    kept = total = 0
    for article in articles:
        segments = split_sentences(article.text)
        a, b = select.stats(segments, select.select(segments))
        kept, total = kept + a, total + b
    return kept / total if total else None


def _bench_local(path: Path, limit: int | None, model: str | None, select_sentences: bool,
                 options: ReadOptions, stages: bool = False, target: str | None = None,
                 clock: Callable[[], float] = time.perf_counter) -> BenchResult:
    from contextlib import nullcontext

    from sitrep.bench.stages import StageTimer, instrument
    from sitrep.ingest.dedupe import Deduper
    from sitrep.pipeline import Pipeline
    from sitrep.store import open_db

    result = BenchResult(str(path), 0, 1, clock="wall" if clock is time.perf_counter else "cpu")
    started = clock()
    pipeline = Pipeline(model, select_sentences=select_sentences)
    pipeline.process(Article(text="Police arrested two men on Monday."))  # warm-up
    nlp = load_model(model)  # the baseline: the model as installed, no sitrep changes
    list(nlp.pipe(["Police arrested two men on Monday."]))
    result.load_seconds = clock() - started

    started = clock()
    records = list(itertools.islice(read_paths([path], options), limit))
    read_seconds = clock() - started
    result.n = len(records)
    pending = [a for a in records if a.status == "pending"]
    result.parsed = len(pending)
    result.words = sum(len(a.text.split()) for a in pending)
    result.select_fraction = _selected_fraction(pipeline, pending)
    timer = StageTimer(clock)
    timer.seconds["read"] = read_seconds

    sitrep_seconds = read_seconds
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp, \
            open_db(target or Path(tmp) / "bench.db") as db:
        deduper = Deduper(db)
        watch = instrument(pipeline, db, deduper, timer) if stages else nullcontext()
        with watch:
            _blocks(records, pipeline, nlp, db, deduper, result, clock)
        sitrep_seconds += result.seconds
    result.seconds = sitrep_seconds
    if stages:
        timer.seconds["other"] = max(0.0, result.seconds - sum(timer.seconds.values()))
        result.stages = timer.as_dict()
    return result


def _blocks(records: list[Article], pipeline: Any, nlp: Any, db: Any, deduper: Any,
            result: BenchResult, clock: Callable[[], float] = time.perf_counter) -> None:
    """Baseline (``nlp.pipe``) and sitrep, block by block; adds the times to ``result``."""
    from sitrep.run.local import ingest

    for i in range(0, len(records), BLOCK):
        block = records[i:i + BLOCK]
        base_texts = [a.text for a in block if a.text]
        reset_peak_rss()
        t0 = clock()
        for _ in nlp.pipe(base_texts, batch_size=64):
            pass
        result.baseline_seconds += clock() - t0
        result.baseline_peak_rss_mb = max(result.baseline_peak_rss_mb, peak_rss_mb())
        reset_peak_rss()
        t1 = clock()
        summary = ingest([], db, articles=deduper.mark(block), pipeline=pipeline,
                         batch_size=64, dedupe=False)
        result.seconds += clock() - t1
        result.peak_rss_mb = max(result.peak_rss_mb, peak_rss_mb())
        result.baseline_n += len(block)
        for status, n in summary.counts.items():
            result.statuses[status] = result.statuses.get(status, 0) + n


@functools.lru_cache(maxsize=2)
def _stock_model(model: str | None) -> Any:
    """The baseline's model on a worker: as installed, loaded once per process."""
    return load_model(model)


def _baseline_shard(texts: list[str], model: str | None) -> tuple[float, float]:
    nlp = _stock_model(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started, peak_rss_mb()


def _bench_dask(path: Path, limit: int | None, workers: int, model: str | None,
                select_sentences: bool, options: ReadOptions, target: str | None = None
                ) -> BenchResult:
    from sitrep.run.distributed import close_client, ingest_distributed, local_client, warm_up
    from sitrep.store import open_db

    result = BenchResult(str(path), 0, workers)
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        source = Path(tmp) / path.name
        with path.open("rb") as src, source.open("wb") as dst:
            for line in itertools.islice(src, limit):
                dst.write(line)
        # the baseline's texts: the same records, read as sitrep reads them
        records = list(read_paths([source], options))
        texts = [a.text for a in records if a.text]
        pending = [a.text for a in records if a.status == "pending"]
        result.n, result.parsed = len(records), len(pending)
        result.words = sum(len(t.split()) for t in pending)
        started = time.perf_counter()
        client = local_client(workers)
        try:
            client.run(warm_up, model, select_sentences)
            result.load_seconds = time.perf_counter() - started
            size = max(1, -(-len(texts) // (workers * 4)))
            chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
            t0 = time.perf_counter()
            futures = client.map(_baseline_shard, chunks, model=model, pure=False)
            base = client.gather(futures)
            result.baseline_seconds = time.perf_counter() - t0
            result.baseline_n = len(records)
            result.baseline_peak_rss_mb = max(rss for _, rss in base)
            client.run(reset_peak_rss)  # the workers' peak from here on is sitrep's
            # about 16 shards per worker (at least 10 records each; the last ones are cut into
            # quarters, so that the workers finish together); a task costs a few ms
            shard_size = max(10, -(-len(records) // (workers * 16)))
            with open_db(target or Path(tmp) / "bench.db") as db:
                summary = ingest_distributed(
                    [str(source)], db, options, workers=workers, model=model,
                    select_sentences=select_sentences, client=client,
                    shard_size=shard_size)
            result.seconds = summary.work_seconds
            result.statuses = {k: v for k, v in summary.counts.items() if v}
            result.peak_rss_mb = summary.worker_peak_rss_mb
        finally:
            close_client(client)
    return result


def to_json(result: BenchResult) -> str:
    return json.dumps(result.to_dict())
