"""Reading inputs into ``Article`` records.

A reader is a function ``read(path, options) -> Iterator[Article]`` registered for a format name
and its file extensions (``register_reader``). Every input record becomes one Article: a
``pending`` one ready for the pipeline, or one already ``skipped``/``failed`` with a reason.
Nothing is dropped silently. Later readers (feeds, WARC, gzip) plug in with ``register_reader``.

    for article in read_paths(["news/"], ReadOptions(published=date(2020, 10, 5))):
        ...
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.checks import DEFAULT_MAX_BYTES, RecordProblem
from sitrep.records import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadOptions",
    "Reader",
    "RecordProblem",
    "failed_article",
    "read_paths",
    "reader_for",
    "register_reader",
]


@dataclass
class ReadOptions:
    """Settings for the readers. Metadata given here is the default for records that lack it."""

    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True
    format: str | None = None  # force a format instead of guessing it from the extension
    fields: dict[str, str] = field(default_factory=dict)  # JSON field names: {"text": "body"}
    follow_links: bool = False  # follow symbolic links out of an ingested folder

    def field_name(self, name: str) -> str:
        return self.fields.get(name, name)


Reader = Callable[[Path, ReadOptions], Iterator[Article]]

_READERS: dict[str, Reader] = {}
_EXTENSIONS: dict[str, str] = {}


def register_reader(fmt: str, extensions: Iterable[str], reader: Reader) -> None:
    """Register ``reader`` for format ``fmt`` and file extensions such as ``".jsonl"``."""
    _READERS[fmt] = reader
    for ext in extensions:
        _EXTENSIONS[ext.lower()] = fmt


def reader_name(reader: Reader) -> str | None:
    """The format a registered reader reads ("jsonl", "html", ...), or None."""
    return next((name for name, r in _READERS.items() if r is reader), None)


def formats() -> list[str]:
    _load_builtin()
    return sorted(_READERS)


def reader_for(path: Path, fmt: str | None = None) -> Reader | None:
    """The reader for ``path`` (by ``fmt`` or by its extension), or None when none is known."""
    _load_builtin()
    if fmt:
        if fmt not in _READERS:
            raise InputError(f"unknown input format {fmt!r}",
                             f"use one of: {', '.join(sorted(_READERS))}")
        return _READERS[fmt]
    suffixes = [s.lower() for s in path.suffixes]
    for n in range(len(suffixes), 0, -1):  # longest match first: ".jsonl.gz" before ".gz"
        name = _EXTENSIONS.get("".join(suffixes[-n:]))
        if name:
            return _READERS[name]
    return None


_LOADED: list[bool] = []


def _load_builtin() -> None:
    """Import the reader modules of this package once; each registers its readers."""
    if _LOADED:
        return
    _LOADED.append(True)
    import importlib
    import pkgutil

    importlib.import_module(f"{__name__}.readers")
    for info in pkgutil.iter_modules(__path__):
        if info.name not in ("readers", "checks"):
            try:
                importlib.import_module(f"{__name__}.{info.name}")
            except ImportError:  # a reader whose optional dependency is missing
                continue


def origin_id(origin: str) -> str:
    """An id for a record that has no usable text: a hash of where it came from."""
    return "x" + hashlib.sha256(origin.encode("utf-8")).hexdigest()[:15]


def failed_article(origin: str, status: str, reason: str, **meta: object) -> Article:
    article = Article(text="", origin=origin, status=status, reason=reason)
    for key, value in meta.items():
        setattr(article, key, value)
    article.id = origin_id(origin)
    return article


def _is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(".meta.json")


def _kind(mode: int) -> str | None:
    """The kind of a file that is not a regular file or a folder, else None."""
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "not a regular file"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(directory: Path, follow_links: bool) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for every regular file under ``directory`` (sorted, hidden names left out),
    and (entry, reason) for every entry that is not read: a symbolic link that leads out of the
    folder (unless ``follow_links``), a broken link or a link loop, a device, a FIFO, a socket.
    A link that stays inside the folder is followed: it shows nothing the folder does not hold
    (a file read twice that way is reported as a duplicate of its first record). Nothing is
    opened here, so a FIFO cannot block the run."""
    root = os.path.realpath(directory)
    visited = {root}
    stack = [Path(directory)]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield folder, f"cannot list the folder: {exc.strerror or exc}"
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                mode = os.stat(path).st_mode  # through a link: what would be read
            except OSError as exc:
                if entry.is_symlink():
                    why = ("a symbolic link loop" if exc.errno == errno.ELOOP
                           else f"a broken symbolic link (to {os.readlink(path)})")
                    yield path, f"{why}; not read"
                else:
                    yield path, f"cannot read: {exc.strerror or exc}"
                continue
            if entry.is_symlink():
                target = os.path.realpath(path)
                if not follow_links and not _inside(target, root):
                    yield path, (f"a symbolic link to {target}, outside the folder: not followed "
                                 f"(pass --follow-links to read it)")
                    continue
                if stat.S_ISDIR(mode) and target in visited:
                    yield path, f"a symbolic link to a folder already read ({target}); not read"
                    continue
            kind = _kind(mode)
            if kind is not None:
                yield path, f"{kind}, not a regular file; not read"
            elif stat.S_ISDIR(mode):
                visited.add(os.path.realpath(path))
                subfolders.append(path)
            else:
                yield path, None
        stack.extend(reversed(subfolders))


def read_paths(paths: Iterable[str | Path], options: ReadOptions | None = None
               ) -> Iterator[Article]:
    """Articles from files and directories (recursive, in sorted order).

    A path that does not exist is a user mistake (``InputError``); everything wrong *inside* the
    inputs becomes a skipped or failed Article instead (a folder entry that is not read, such as
    a symbolic link out of the folder or a FIFO, is a skipped record with its reason)."""
    options = options or ReadOptions()
    _load_builtin()
    for path, named, problem in input_files(paths, follow_links=options.follow_links):
        if problem is not None:
            yield failed_article(str(path), "skipped", problem)
            continue
        if named:
            # an explicitly named file with an unknown extension is read as plain text
            reader = reader_for(path, options.format) or _READERS["text"]
            yield from _safe(reader, path, options)
            continue
        reader = reader_for(path, options.format)
        if reader is None:
            yield failed_article(
                str(path), "skipped",
                f"unsupported file type {path.suffix or '(no extension)'!r}; "
                f"readable: {', '.join(sorted(_EXTENSIONS))}")
            continue
        yield from _safe(reader, path, options)


def input_files(paths: Iterable[str | Path], follow_links: bool = False
                ) -> Iterator[tuple[Path, bool, str | None]]:
    """(file, named explicitly, why it is not read or None) for files and directories
    (recursive, sorted, without hidden files and metadata sidecars), in the order they are
    read. A path named on the command line is read even when it is a symbolic link (the user
    named it); inside a folder, see ``_walk``. A missing path is an ``InputError`` raised
    before anything is read."""
    resolved = [Path(p) for p in paths]
    for path in resolved:
        if not path.exists():
            raise InputError(f"input not found: {path}", "check the path, or quote it if it has spaces")
    for path in resolved:
        if path.is_dir():
            for member, problem in _walk(path, follow_links):
                if not _is_sidecar(member):
                    yield member, False, problem
        else:
            yield path, True, None


def _safe(reader: Reader, path: Path, options: ReadOptions) -> Iterator[Article]:
    """Run a reader; an unexpected error fails the file instead of the run."""
    count = 0
    try:
        for article in reader(path, options):
            count += 1
            yield article
    except RecordProblem as exc:
        yield failed_article(str(path), exc.status, exc.reason)
    except OSError as exc:
        yield failed_article(str(path), "failed", f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug must not end the run
        where = f" after record {count}" if count else ""
        yield failed_article(str(path), "failed",
                             f"reader error{where}: {type(exc).__name__}: {exc}")
