"""The two databases sitrep stores into, and the little that differs between them.

``--db`` (or ``SITREP_DB``) is a file path for SQLite, the default, or a URL
``postgresql://user:password@host:port/dbname`` for PostgreSQL (``store.postgres``). Both
connections offer the same small interface, that of ``sqlite3.Connection`` (``execute``,
``executemany``, ``cursor``, rows read by index or by column name) plus what a dialect must
answer for itself:

- ``begin_write()``: start a write transaction that no other writer runs beside. SQLite's
  ``BEGIN IMMEDIATE`` takes its one writer lock; PostgreSQL takes a transaction-level advisory
  lock, so that ids allocated as one more than the largest (``store.write``) and the fusion of
  incidents across articles see every earlier write. The expensive work (parsing) stays parallel.
- ``pipeline()``: a block in which writes are sent to a server without waiting for each answer
  (PostgreSQL's pipeline mode; a read waits for what came before it); nothing for SQLite.
- ``tables()``: the names of the tables.
- ``column_types``: how the column types of the shared migrations are spelt in this dialect.

The shared SQL keeps to what both understand: ``INSERT ... ON CONFLICT``, ``RETURNING``, the
column ``"end"`` quoted (a reserved word in PostgreSQL; ``names`` quotes it in column lists),
``LOWER(x) LIKE LOWER(?)`` for a case-insensitive match, ``CAST(? AS INTEGER)`` where a function
wants an integer, aliased subqueries, every selected column grouped or aggregated, and ``?``
placeholders (turned into PostgreSQL's ``$n`` by its connection, in one place). Orders are
spelt out: SQLite sorts NULL first in ascending order and PostgreSQL last (``COALESCE`` the
column where NULLs may come), and a ``GROUP BY`` orders nothing on PostgreSQL (add an ``ORDER BY``
wherever the order is shown).
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(target: Any) -> bool:
    """Whether ``--db`` names a PostgreSQL database rather than a SQLite file."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def shown_target(target: Any) -> str:
    """The database for a message: a URL without its password."""
    text = str(target)
    if not is_url(text):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    host = parts.netloc.rsplit("@", 1)[-1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


class Connection(Protocol):
    """What the store's modules use of a connection (``sqlite3.Connection``'s names)."""

    dialect: str

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...

    def cursor(self) -> Any: ...

    def close(self) -> None: ...

    def begin_write(self) -> None: ...

    def pipeline(self) -> contextlib.AbstractContextManager[Any]: ...

    def tables(self) -> set[str]: ...

    @property
    def in_transaction(self) -> bool: ...


class SqliteConnection(sqlite3.Connection):
    """``sqlite3.Connection`` with the dialect's answers (pass as ``factory=``)."""

    dialect = "sqlite"
    column_types: dict[str, str] = {}

    def begin_write(self) -> None:
        self.execute("BEGIN IMMEDIATE")

    def pipeline(self) -> contextlib.AbstractContextManager[Any]:
        return contextlib.nullcontext()  # SQLite runs in this process: nothing to wait for

    def tables(self) -> set[str]:
        return {r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def has_table(conn: Connection, name: str) -> bool:
    return name in conn.tables()


RESERVED = frozenset({"end"})  # column names that PostgreSQL reserves (quoted in all SQL)


def names(columns: Any) -> str:
    """Column names joined for a statement, reserved ones quoted (``start, "end", text``)."""
    return ", ".join(f'"{c}"' if c in RESERVED else c for c in columns)
