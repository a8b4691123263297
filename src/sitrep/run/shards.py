"""Shards of a distributed run: a JSON Lines file is cut into ranges of lines, any other input
file is one shard. A shard's id is a hash of its path, its range and the file's size and
modification time, so a resumed run recognises the shards it finished (and a changed file is
processed again)."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.ingest import ReadOptions, failed_article, input_files, read_paths, reader_for
from sitrep.records import Article

LINE_FORMATS = ("jsonl",)


@dataclass(frozen=True)
class Shard:
    id: str
    path: str  # as given (or as found in a folder): it is the articles' origin
    first: int = 0  # first line (1-based) of a line range; 0 for a whole file
    last: int = 0
    start: int = 0  # byte offsets of the range
    end: int = 0

    @property
    def whole(self) -> bool:
        return self.first == 0

    def size(self) -> int:
        return Path(self.path).stat().st_size if self.whole else self.end - self.start

    def read_bytes(self) -> bytes:
        with open(self.path, "rb") as fh:
            if self.whole:
                return fh.read()
            fh.seek(self.start)
            return fh.read(self.end - self.start)


def _shard_id(path: Path, first: int, last: int) -> str:
    st = path.stat()
    key = f"{path.resolve()}|{first}|{last}|{st.st_size}|{st.st_mtime_ns}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _format(path: Path, options: ReadOptions) -> str | None:
    from sitrep.ingest import reader_name

    return reader_name(reader_for(path, options.format))


# the lines of the last TAIL_SHARDS shards of a run (when it ends with a JSON Lines file) are cut
# into quarter shards: the workers then finish within a quarter shard of each other (with whole
# shards, one worker idled for about half a shard at the end, 1-2% of a run on two workers)
TAIL_SHARDS = 4
TAIL_MIN_SIZE = 16  # smaller shards are not cut


def plan_shards(paths: Iterable[str | Path], options: ReadOptions, shard_size: int
                ) -> tuple[list[Shard], list[Article]]:
    """The shards of ``paths``, and the records of files no reader can read (skipped)."""
    load_readers()
    shards: list[Shard] = []
    problems: list[Article] = []
    files = list(input_files(paths, follow_links=options.follow_links))
    for i, (path, named, problem) in enumerate(files):
        if problem is not None:  # a folder entry that is not read (a link out, a FIFO, ...)
            problems.append(failed_article(str(path), "skipped", problem))
            continue
        fmt = _format(path, options)
        if fmt is None and not named:
            problems.append(failed_article(
                str(path), "skipped", f"unsupported file type {path.suffix or '(no extension)'!r}"))
            continue
        if fmt in LINE_FORMATS:
            shards.extend(_line_shards(path, shard_size, tail=i == len(files) - 1))
        else:
            shards.append(Shard(_shard_id(path, 0, 0), str(path)))
    return shards, problems


def line_ranges(n: int, size: int, tail: bool = False) -> list[tuple[int, int]]:
    """(first, last) line ranges of ``size`` lines over ``n`` lines; with ``tail``, the lines of
    the last ``TAIL_SHARDS`` ranges are cut into ranges of a quarter of ``size``."""
    fine = n + 1  # the first line of the fine ranges
    if tail and size >= TAIL_MIN_SIZE:
        fine = max(1, n - TAIL_SHARDS * size + 1)
    ranges = [(first, min(fine - 1, first + size - 1)) for first in range(1, fine, size)]
    piece = max(1, size // 4)
    ranges += [(first, min(n, first + piece - 1)) for first in range(fine, n + 1, piece)]
    return ranges


def _line_shards(path: Path, size: int, tail: bool = False) -> Iterator[Shard]:
    offsets = [0]
    with path.open("rb") as fh:
        for line in fh:
            offsets.append(offsets[-1] + len(line))
    for first, last in line_ranges(len(offsets) - 1, size, tail):
        yield Shard(_shard_id(path, first, last), str(path), first, last,
                    offsets[first - 1], offsets[last])


def load_readers() -> None:
    """Register every reader (the built-in ones and the feed, WARC and gzip readers)."""
    from sitrep.ingest import compressed, feeds, formats, warc  # noqa: F401

    formats()


def read_shard(shard: Shard, options: ReadOptions, data: bytes | None = None
               ) -> Iterator[Article]:
    """The records of a shard, exactly as a single-process run reads them (same origins, same
    reasons). ``data`` are the shard's bytes when the worker cannot see the file."""
    load_readers()
    path = Path(shard.path)
    if data is None and path.exists():
        if shard.whole:
            yield from read_paths([path], options)
        else:
            with path.open("rb") as fh:
                fh.seek(shard.start)
                yield from _jsonl_lines(fh.read(shard.end - shard.start), shard, options)
        return
    if data is None:
        yield failed_article(shard.path, "failed", "input not found on the worker "
                             "(use a shared file system or let the client ship the data)")
        return
    if not shard.whole:
        yield from _jsonl_lines(data, shard, options)
        return
    with tempfile.TemporaryDirectory(prefix="sitrep-shard-") as tmp:
        copy = Path(tmp) / path.name
        copy.write_bytes(data)
        for article in read_paths([copy], options):
            if article.origin and article.origin.startswith(str(copy)):
                article.origin = shard.path + article.origin[len(str(copy)):]
            yield article


def _jsonl_lines(data: bytes, shard: Shard, options: ReadOptions) -> Iterator[Article]:
    """The records of a range of JSON Lines, as ``read_jsonl`` reads them."""
    from sitrep.ingest.readers import jsonl_records

    lines = enumerate(data.splitlines(keepends=True), start=shard.first)
    yield from jsonl_records(lines, shard.path, options)
