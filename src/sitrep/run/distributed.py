"""Scale-out on Dask (``dask.distributed``): a local cluster of N worker processes, or any
existing scheduler.

Work is sharded by input: a JSON Lines file is cut into ranges of ``shard_size`` lines, any other
file (text, HTML, feed, WARC, gzip) is one shard. Every worker loads the model and the gazetteer
once (a per-process cache) and returns, for each shard, the extractions of its articles as table
rows (``store.rows``: plain tuples, cheap to send and to insert) and the skipped or failed
records, with their reasons. The client alone writes to SQLite, shard
by shard in input order, through the same ingest run as a single process (exact duplicates,
already stored articles, near-duplicates) and records each finished shard in the ``shards``
table in the same step. A run that is killed part-way is resumed by running the same command
again: finished shards are not sent again, and an article that was stored before the kill is
never stored twice.

    with open_db("events.db") as db:
        summary = ingest_distributed(["news/"], db, workers=4)
        summary = ingest_distributed(["news/"], db, scheduler="tcp://10.0.0.5:8786")

Workers read the inputs from the same paths when they can (a shared file system); otherwise the
client ships the bytes of each shard with the task.
"""

from __future__ import annotations

import datetime as dt
import logging
import resource
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sitrep.errors import ConfigError
from sitrep.ingest import ReadOptions
from sitrep.records import Article, Extraction
from sitrep.run.local import Summary, ingest
from sitrep.run.shards import Shard, plan_shards, read_shard
from sitrep.store.rows import ExtractionRows, to_rows

if TYPE_CHECKING:
    from sitrep.pipeline import Pipeline
    from sitrep.store import Database

__all__ = ["ShardResult", "ingest_distributed", "merge_summaries", "plan_shards", "run_shard"]

DEFAULT_SHARD_SIZE = 50  # about 20 s of work per shard: short tails, cheap resumes
# Settings of the local cluster (measured on this 2-core machine):
# - dask's nannies set MALLOC_TRIM_THRESHOLD_=65536 in the workers, which makes glibc give memory
#   back after nearly every free; spaCy's many small arrays then cost 5x the system time of a
#   plain process (2.9 s instead of 0.6 s per 150 articles, +12% CPU). glibc's default is used.
# - the statistical profiler samples the task thread's (deep) stack every 10 ms under the GIL.
# - every server (scheduler, nannies, workers) ticks every 20 ms and polls psutil every 500 ms:
#   an idle 2-worker cluster used 1.0 s of CPU per 10 s (a tenth of a core) with those, 0.13 s
#   with a 500 ms tick and a 2 s monitor; the worker's ticks also take the GIL from the task.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
}
SHIP_MAX_BYTES = 64 << 20  # larger whole-file shards are read by the worker from the path

_PIPELINES: dict[tuple[str | None, bool], Pipeline] = {}


def worker_pipeline(model: str | None = None, select_sentences: bool = True) -> Pipeline:
    """The pipeline of this process, loaded on first use (once per worker)."""
    key = (model, select_sentences)
    if key not in _PIPELINES:
        from sitrep.pipeline import Pipeline

        _PIPELINES[key] = Pipeline(model, select_sentences=select_sentences)
    return _PIPELINES[key]


def _release_freed_memory() -> None:
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB (since ``reset_peak_rss`` where it works)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> bool:
    """Start measuring the peak memory afresh (Linux); False where that is not possible. Memory
    that was freed but kept by the allocator (after the benchmark's baseline parsed whole
    articles in the same process) is first given back, so that it does not count as the next
    peak."""
    _release_freed_memory()
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def warm_up(model: str | None = None, select_sentences: bool = True) -> float:
    """Load the pipeline, the readers and the near-duplicate hashing on a worker (run once on
    every worker before the work starts, so that the first shard does not pay for the imports)."""
    from sitrep.ingest.dedupe import signature_bytes
    from sitrep.run.shards import load_readers

    load_readers()
    text = "Police arrested two men."
    worker_pipeline(model, select_sentences).process(Article(text=text))
    signature_bytes(text)
    return peak_rss_mb()


@dataclass
class ShardResult:
    shard: Shard
    items: list[ExtractionRows | Article] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0
    peak_rss_mb: float = 0.0
    # MinHash signatures of the extracted articles by id (None: too short to compare), made on
    # the worker so that the client only looks them up
    signatures: dict[str, bytes | None] | None = None


class _Precomputed:
    """Stands in for the pipeline in the client's ingest run: hands back the extractions the
    workers made, by article id, instead of extracting again."""

    def __init__(self, items: Iterable[ExtractionRows | Article]) -> None:
        # the same text twice in a shard (e.g. with two publication dates) has two extractions:
        # the n-th article asked for with an id gets the n-th extraction of that id
        self.by_id: dict[str, deque[ExtractionRows]] = {}
        for item in items:
            if isinstance(item, ExtractionRows):
                self.by_id.setdefault(item.article.id, deque()).append(item)

    def process_many(self, articles: Iterable[Article]) -> Iterator[ExtractionRows | Extraction]:
        for article in articles:
            yield self.process(article)

    def process(self, article: Article) -> ExtractionRows | Extraction:
        queue = self.by_id.get(article.id)
        found = queue.popleft() if queue else None
        if found is None:  # not extracted on the worker (cannot happen unless ids changed)
            article.status = "failed"
            article.reason = "extraction result missing from the worker"
            return Extraction(article=article)
        found.article = article
        return found


def run_shard(shard: Shard, options: ReadOptions, model: str | None = None,
              select_sentences: bool = True, data: bytes | None = None,
              signatures: bool = True) -> ShardResult:
    """Read and extract one shard on a worker (and, with ``signatures``, compute the
    near-duplicate signatures of its articles). Never raises for a bad record: those come back
    as skipped or failed articles."""
    from sitrep.run.local import extract_all

    started = time.perf_counter()
    articles = list(read_shard(shard, options, data))
    pending = [a for a in articles if a.status == "pending"]
    # a text that comes again in the shard is a duplicate of its first record (the client's
    # ingest run says so): it is not extracted twice
    ids: set[str] = set()
    todo: list[Article] = []
    for article in pending:
        if article.id and article.id in ids:
            continue
        ids.add(article.id or "")
        todo.append(article)
    extracted: dict[int, ExtractionRows] = {}
    if todo:
        pipeline = worker_pipeline(model, select_sentences)
        for article, ex in zip(todo, extract_all(pipeline, todo), strict=True):
            extracted[id(article)] = to_rows(ex)
    items: list[ExtractionRows | Article] = [extracted.get(id(a), a) for a in articles]
    words = sum(len(a.text.split()) for a in todo)
    sigs = None
    if signatures:
        from sitrep.ingest.dedupe import signature_bytes

        sigs = {a.id: signature_bytes(a.text) for a in todo if a.id and a.text}
    return ShardResult(shard, items, time.perf_counter() - started, words, peak_rss_mb(), sigs)


@dataclass
class DistributedSummary(Summary):
    shards: int = 0
    shards_resumed: int = 0  # finished by an earlier run, not sent again
    worker_peak_rss_mb: float = 0.0
    work_seconds: float = 0.0  # after the cluster started and every worker loaded the model

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.update(shards=self.shards, shards_resumed=self.shards_resumed,
                   worker_peak_rss_mb=round(self.worker_peak_rss_mb, 1))
        return out

    def lines(self) -> list[str]:
        extra = f"{self.shards} shards ({self.shards_resumed} finished by an earlier run)"
        return [*super().lines(), extra]


def merge_summaries(total: Summary, part: Summary) -> None:
    total.counts.update(part.counts)
    total.reasons.update(part.reasons)
    for key, origin in part.examples.items():
        total.examples.setdefault(key, origin)
    total.records.update(part.records)
    total.no_published += part.no_published
    total.unresolved += part.unresolved
    total.words += part.words


def done_shards(db: Database) -> set[str]:
    return {row[0] for row in db.conn.execute("SELECT id FROM shards")}


def _mark_done(db: Database, shard: Shard, records: int) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    db.conn.execute("INSERT INTO shards (id, path, first, last, records, finished_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "records = excluded.records, finished_at = excluded.finished_at",
                    (shard.id, shard.path, shard.first, shard.last, records, now))


def write_shard(db: Database, result: ShardResult, summary: Summary, *,
                deduper: Any = None, replace: bool = False) -> Summary:
    """Store the results of one shard through the ingest run (duplicates, already stored
    articles, near-duplicates) and record the shard as done."""
    articles = [i.article if isinstance(i, ExtractionRows) else i for i in result.items]
    for item in result.items:
        if isinstance(item, ExtractionRows) and item.article.status == "extracted":
            item.article.status = "pending"  # the client's run decides what becomes of it
    source: Iterable[Article] = articles
    if deduper is not None:
        source = deduper.mark(articles, result.signatures)
    part = ingest([], db, articles=source, pipeline=_Precomputed(result.items),  # type: ignore[arg-type]
                  batch_size=max(1, len(articles)), replace=replace, dedupe=False)
    _mark_done(db, result.shard, len(articles))
    merge_summaries(summary, part)
    return part


def local_client(workers: int, scheduler: str | None = None, processes: bool = True) -> Any:
    """A Dask client on a new local cluster (closed with the client) or on ``scheduler``."""
    client, cluster = _cluster(workers, scheduler, processes)
    if cluster is not None:
        client._sitrep_cluster = cluster  # closed by close_client
    return client


def close_client(client: Any, cluster: Any = None) -> None:
    cluster = cluster or getattr(client, "_sitrep_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def scratch_dir() -> str:
    """Where the workers of a local cluster keep their scratch files: under the sitrep cache
    folder (``$SITREP_CACHE/dask-scratch``), not in Dask's default folder of the system's
    temporary directory, which other users of the machine can see."""
    from sitrep.resources.gazetteer import cache_dir

    path = cache_dir() / "dask-scratch"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the Dask scratch folder {path} ({exc.strerror})",
                          "set SITREP_CACHE to a writable folder") from None
    return str(path)


def _cluster(workers: int, scheduler: str | None, processes: bool) -> tuple[Any, Any]:
    import dask
    from dask.distributed import Client, LocalCluster

    if scheduler:
        # the connect timeout is Dask's setting (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)
        timeout = dask.config.get("distributed.comm.timeouts.connect")
        try:
            return Client(scheduler, timeout=timeout), None
        except (OSError, ValueError, TypeError) as exc:  # refused, timed out, bad address
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} within {timeout} "
                              f"({type(exc).__name__}: {exc})",
                              "start it with `dask scheduler`, check --scheduler, or run on "
                              "this machine with --workers 1") from None
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        try:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                   processes=processes, dashboard_address=":0",
                                   silence_logs=logging.ERROR, memory_limit=0,
                                   local_directory=scratch_dir())
            return Client(cluster), cluster
        except ConfigError:
            raise
        except Exception as exc:  # no loopback interface, no free port, workers that die
            raise ConfigError(f"the local Dask cluster did not start ({type(exc).__name__}: "
                              f"{exc})",
                              "run with --workers 1 (no Dask), or check that the loopback "
                              "interface 127.0.0.1 is up") from None


def ingest_distributed(paths: Iterable[str], db: Database, options: ReadOptions | None = None,
                       *, workers: int = 2, scheduler: str | None = None,
                       shard_size: int = DEFAULT_SHARD_SIZE, model: str | None = None,
                       select_sentences: bool = True, dedupe: bool = True,
                       replace: bool = False, processes: bool = True,
                       ship_data: bool | None = None,
                       progress: Callable[[Summary], None] | None = None,
                       on_shard: Callable[[ShardResult], None] | None = None,
                       client: Any = None) -> DistributedSummary:
    """Ingest ``paths`` on a Dask cluster; resumable (finished shards are recorded).

    ``client``: an existing ``dask.distributed.Client`` to use (left open); otherwise a local
    cluster of ``workers`` processes is started (or ``scheduler`` is connected to) and closed."""
    if workers < 1:
        raise ConfigError(f"--workers {workers} must be at least 1", "e.g. --workers 2")
    options = options or ReadOptions()
    started = time.perf_counter()
    summary = DistributedSummary()
    # the cluster starts and loads the model while this process plans the shards and loads the
    # near-duplicate index (about 1.5 s of the 4 s it takes before the first shard is sent)
    own = client is None
    booting = _boot(workers, scheduler, processes, model, select_sentences) if own else None
    cluster = deduper = None
    try:
        shards, problems = plan_shards(paths, options, shard_size)
        if problems:  # inputs no reader can read: reported, never sent to a worker
            merge_summaries(summary, ingest([], db, articles=problems, replace=replace,
                                            dedupe=False))
        finished = done_shards(db)
        todo = [s for s in shards if s.id not in finished]
        summary.shards, summary.shards_resumed = len(shards), len(shards) - len(todo)
        if not todo:
            return summary
        if dedupe:
            from sitrep.ingest.dedupe import Deduper

            deduper = Deduper(db)
        ship = bool(scheduler) if ship_data is None else ship_data
        if booting is not None:
            client, cluster = booting.result()
            booting = None
        else:
            client.run(warm_up, model, select_sentences)
        work_started = time.perf_counter()
        n_workers = max(1, len(client.nthreads()) or workers)
        for result in _results(client, todo, options, model, select_sentences, ship,
                               in_flight=2 * n_workers, signatures=deduper is not None):
            write_shard(db, result, summary, deduper=deduper, replace=replace)
            summary.worker_peak_rss_mb = max(summary.worker_peak_rss_mb, result.peak_rss_mb)
            if on_shard is not None:
                on_shard(result)
            summary.seconds = time.perf_counter() - started
            summary.work_seconds = time.perf_counter() - work_started
            if progress is not None:
                progress(summary)
    finally:
        if deduper is not None:
            deduper.flush()
        if booting is not None:  # nothing to do, or planning failed: the cluster is not used
            try:
                client, cluster = booting.result()
            except Exception:  # its own error does not matter then
                client = None
        if own and client is not None:
            close_client(client, cluster)
        summary.seconds = time.perf_counter() - started
    return summary


def _boot(workers: int, scheduler: str | None, processes: bool, model: str | None,
          select_sentences: bool) -> Future[tuple[Any, Any]]:
    """Start (or connect to) the cluster and warm its workers up, in a background thread."""

    def start() -> tuple[Any, Any]:
        client, cluster = _cluster(workers, scheduler, processes)
        try:
            client.run(warm_up, model, select_sentences)
        except BaseException:
            close_client(client, cluster)
            raise
        return client, cluster

    pool = ThreadPoolExecutor(1, thread_name_prefix="sitrep-boot")
    booting = pool.submit(start)
    pool.shutdown(wait=False)  # the thread ends when the start does
    return booting


def _results(client: Any, shards: list[Shard], options: ReadOptions, model: str | None,
             select_sentences: bool, ship: bool, in_flight: int, signatures: bool = True
             ) -> Iterator[ShardResult]:
    """Shard results in input order, with at most ``in_flight`` shards submitted at a time."""
    from dask.distributed import as_completed

    def submit(index: int) -> Any:
        shard = shards[index]
        data = shard.read_bytes() if ship and shard.size() <= SHIP_MAX_BYTES else None
        return client.submit(run_shard, shard, options, model, select_sentences, data,
                             signatures, key=f"sitrep-shard-{shard.id}-{index}", pure=False)

    futures: dict[Any, int] = {}
    queue = as_completed()
    submitted = 0
    while submitted < min(in_flight, len(shards)):
        future = submit(submitted)
        futures[future] = submitted
        queue.add(future)
        submitted += 1
    ready: dict[int, ShardResult] = {}
    next_index = 0
    for future in queue:
        index = futures.pop(future)
        ready[index] = future.result()
        future.release()
        if submitted < len(shards):
            new = submit(submitted)
            futures[new] = submitted
            queue.add(new)
            submitted += 1
        while next_index in ready:
            yield ready.pop(next_index)
            next_index += 1
