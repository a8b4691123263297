"""Opening the database file: checks on the path, read-only connections for queries, and the
errors that say what is wrong with a file (missing, empty, not SQLite, another program's, a newer
or older sitrep's, read-only) and how to fix it.

Queries never write: ``connect_read_only`` opens the file with SQLite's ``mode=ro`` (and
``query_only``), so a query neither creates nor migrates nor changes a database. A WAL database
needs its ``-shm`` and ``-wal`` companions to be read; SQLite creates them (empty) next to the
file when the folder is writable, as any reader does. In a folder that cannot be written the
file is opened ``immutable`` instead: nobody can be writing it there.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from sitrep.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
OTHER_FILE = "pass a sitrep database with --db or SITREP_DB"


def shown_path(path: str | Path, width: int = 80) -> str:
    """The path for a message, its middle cut out when it is very long."""
    text = str(path)
    if len(text) <= width:
        return text
    half = (width - 1) // 2
    return f"{text[:half]}…{text[-half:]} ({len(text):,} characters)"


def path_error(path: str | Path, exc: OSError) -> DatabaseError:
    """A one-line error for a database path the operating system refuses."""
    hints = {errno.ENAMETOOLONG: "use a shorter --db path (at most 255 characters per name)",
             errno.ENOTDIR: "a part of the --db path is a file, not a folder",
             errno.EACCES: "check the permissions of the file and its folders",
             errno.ELOOP: "the --db path has a symbolic link loop"}
    reason = exc.strerror or str(exc)
    return DatabaseError(f"cannot use database path {shown_path(path)}: {reason}",
                         hints.get(exc.errno or 0, "pass another --db path"))


def read_only_error(path: str | Path) -> DatabaseError:
    """The error for a write to a database that cannot be written (raise it from any writer)."""
    return DatabaseError(f"database {shown_path(path)} is read-only (the file or its folder "
                         "cannot be written)", "make both writable, or copy the database to a "
                         "writable folder and pass the copy with --db")


def file_status(path: str | Path) -> os.stat_result | None:
    """``os.stat`` of the path, None when nothing is there; a DatabaseError for a path the
    system refuses (too long, under a file, no permission)."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise path_error(path, exc) from None


def writable(path: str | Path) -> bool:
    """Whether the database file (if any) and its folder can be written (``access`` also sees a
    read-only file system, even for root)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.exists() and not os.access(target, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def check_file(path: str | Path) -> None:
    """A DatabaseError unless ``path`` is a regular, non-empty file that starts as SQLite does."""
    shown = shown_path(path)
    info = file_status(path)
    if info is None:
        raise DatabaseError(f"database {shown} does not exist",
                            "ingest articles first (sitrep ingest PATH) or pass --db / SITREP_DB")
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseError(f"{shown} is a directory", "pass a database file with --db")
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(f"{shown} is not a regular file (a device, FIFO or socket)",
                            OTHER_FILE)
    if info.st_size == 0:
        raise DatabaseError(f"{shown} is an empty file, not a sitrep database",
                            f"ingest into it to create one (sitrep --db {shown} ingest PATH) "
                            "or " + OTHER_FILE)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise path_error(path, exc) from None
    if head != SQLITE_HEADER:
        raise DatabaseError(f"{shown} is not a SQLite database", OTHER_FILE)


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to an existing SQLite file (see the module docstring)."""
    check_file(path)
    uri = Path(path).resolve().as_uri()
    conn = _open(uri + "?mode=ro")
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if writable(path):
            raise
        conn = _open(uri + "?mode=ro&immutable=1")
    conn.execute("PRAGMA query_only=ON")
    return conn


def _open(uri: str) -> sqlite3.Connection:
    from sitrep.store.backend import SqliteConnection

    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0,
                           check_same_thread=False, factory=SqliteConnection)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def schema_version(conn: sqlite3.Connection, path: str | Path) -> int:
    """The schema version of a sitrep database; a DatabaseError for another program's file."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "migrations" not in tables:
        detail = "" if tables else " (it has no tables)"
        raise DatabaseError(f"{shown_path(path)} is a SQLite database but not a sitrep "
                            f"database{detail}", OTHER_FILE)
    version = conn.execute("SELECT MAX(version) FROM migrations").fetchone()[0]
    if version is None:
        raise DatabaseError(f"{shown_path(path)} has no sitrep schema version", OTHER_FILE)
    return int(version)


def check_version(version: int, current: int, path: str | Path) -> None:
    """A DatabaseError when a read-only query meets a schema it cannot read."""
    if version > current:
        raise DatabaseError(f"the database has schema version {version}, newer than this "
                            f"sitrep ({current})", "upgrade sitrep or use another --db file")
    if version < current:
        raise DatabaseError(
            f"the database has schema version {version}, older than this sitrep ({current}); "
            "queries do not upgrade it", f"upgrade it by ingesting into it once (sitrep --db "
            f"{shown_path(path)} ingest PATH), or use the sitrep that made it")
