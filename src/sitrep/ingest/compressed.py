"""Gzip-compressed inputs of any format: ``news.jsonl.gz``, ``article.txt.gz``, ``page.html.gz``,
``feed.rss.gz``. The file is decompressed to a temporary file with the inner name and read by the
reader of the inner format; the records keep the compressed file as their origin. (``.warc.gz``
is read directly by the WARC reader, which handles gzip itself.)"""

from __future__ import annotations

import gzip
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from sitrep.ingest import ReadOptions, reader_for, register_reader
from sitrep.ingest.checks import RecordProblem
from sitrep.records import Article

# a decompressed stream may be much larger than the file; more than this is surely not news
MAX_RATIO = 200


def read_gzip(path: Path, options: ReadOptions) -> Iterator[Article]:
    inner_name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name + ".txt"
    inner_hint = Path(inner_name)
    reader = reader_for(inner_hint, options.format if options.format != "gzip" else None)
    if reader is None or reader is read_gzip:
        reader = reader_for(Path("x.txt"))
    assert reader is not None
    limit = max(options.max_bytes * MAX_RATIO, 1 << 30) if options.max_bytes else 0
    with tempfile.TemporaryDirectory(prefix="sitrep-gz-") as tmp:
        inner = Path(tmp) / inner_name
        try:
            with gzip.open(path, "rb") as src, inner.open("wb") as dst:
                _copy(src, dst, limit)
        except (OSError, EOFError, zlib.error) as exc:
            raise RecordProblem("failed", f"not a valid gzip file ({exc})") from None
        prefix = str(inner)
        for article in reader(inner, options):
            if article.origin and article.origin.startswith(prefix):
                article.origin = str(path) + article.origin[len(prefix):]
            yield article


def _copy(src: gzip.GzipFile, dst: object, limit: int) -> None:
    total = 0
    while True:
        chunk = src.read(1 << 20)
        if not chunk:
            return
        total += len(chunk)
        if limit and total > limit:
            raise RecordProblem("skipped", f"decompresses to over {limit:,} bytes")
        dst.write(chunk)  # type: ignore[attr-defined]



register_reader("gzip", (".gz", ".gzip"), read_gzip)
