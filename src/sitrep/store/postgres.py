"""PostgreSQL, through psycopg 3, behind the interface the store uses of ``sqlite3``.

    db = sitrep.open_db("postgresql://sitrep@localhost:5432/sitrep")

``PgConnection`` answers what ``store.backend.Connection`` asks, so that the store's queries run
unchanged on both databases. What it does differently, in this one place:

- ``?`` and ``?N`` placeholders become PostgreSQL's ``$n`` (outside string literals, quoted
  names and comments); statements run with psycopg's ``RawCursor``, bound on the server.
- Python ints are sent as ``bigint`` (never ``smallint``: ``?1 + ?15`` must not overflow) and
  booleans as integers (the schema keeps SQLite's 0/1 columns); ``numeric`` results (``SUM`` of
  integers) come back as int, or float when they have a fraction, as SQLite gives them.
- The connection is in autocommit mode: ``BEGIN`` ... ``COMMIT`` are the store's own, as with
  ``sqlite3``'s ``isolation_level=None``. ``begin_write`` also takes a transaction-level advisory
  lock (see ``store.backend``).
- A read-only connection (``open_db(..., read_only=True)``) makes every transaction of its
  session read-only: queries cannot write, as with SQLite's ``mode=ro``.
- Lost or refused connections are ``DatabaseError``s that say what to check.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from sitrep.errors import DatabaseError
from sitrep.store.backend import shown_target

WRITE_LOCK = 0x5157_5245_5001  # pg_advisory_xact_lock key of sitrep's writers ("SITREP" + 1)
COLUMN_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA"}
CONNECT_HINT = ("check that the server runs and the URL is right "
                "(postgresql://user:password@host:port/dbname); see docs/postgresql.md")


@functools.lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """``sql`` with ``?`` and ``?N`` placeholders as ``$n``; quoted text is left alone."""
    out: list[str] = []
    i, n, count = 0, len(sql), 0
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            j = i + 1
            while j < n:
                if sql[j] == ch:
                    if j + 1 < n and sql[j + 1] == ch:  # '' inside a literal
                        j += 2
                        continue
                    break
                j += 1
            out.append(sql[i:j + 1])
            i = j + 1
        elif ch == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            out.append(sql[i:j])
            i = j
        elif ch == "?":
            j = i + 1
            while j < n and sql[j].isdigit():
                j += 1
            if j > i + 1:
                out.append("$" + sql[i + 1:j])
            else:
                count += 1
                out.append(f"${count}")
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def column_types(sql: str) -> str:
    """A shared migration with its column types spelt for PostgreSQL (``COLUMN_TYPES``): ids,
    offsets and figures as ``BIGINT`` (a claimed figure may pass 2^31), floats in double
    precision, bytes as ``BYTEA``."""
    return re.sub(r"\b(INTEGER|REAL|BLOB)\b", lambda m: COLUMN_TYPES[m.group(1)], sql)


class Row:
    """A result row read by index or by column name, as ``sqlite3.Row``."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str | slice) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        return tuple(self._values) == (tuple(other) if isinstance(other, Row) else other)

    def __hash__(self) -> int:
        return hash(tuple(self._values))

    def keys(self) -> list[str]:
        return list(self._index)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"


def _row_factory(cursor: Any) -> Any:
    names = [d.name for d in cursor.description or ()]
    index = {name: i for i, name in enumerate(names)}

    def make(values: Sequence[Any]) -> Row:
        return Row(values, index)

    return make


class Cursor:
    """A psycopg cursor that takes ``?`` placeholders and ``row_factory = None`` (tuples)."""

    def __init__(self, raw: Any, named: bool = True, conn: PgConnection | None = None) -> None:
        self._raw = raw
        self._conn = conn  # whose trace callback sees each statement
        self.row_factory = _row_factory if named else None

    @property
    def row_factory(self) -> Any:
        return self._factory

    @row_factory.setter
    def row_factory(self, factory: Any) -> None:
        from psycopg.rows import tuple_row

        self._factory = factory
        self._raw.row_factory = _row_factory if factory is not None else tuple_row

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Cursor:
        self._traced(sql)
        with _errors():
            self._raw.execute(translate(sql), tuple(parameters) or None)
        return self

    def executemany(self, sql: str, rows: Any) -> Cursor:
        self._traced(sql)
        rows = [tuple(r) for r in rows]
        with _errors():
            if len(rows) > 2:  # a pipeline of statements: one round trip for all the rows
                self._raw.executemany(translate(sql), rows)
            else:  # setting up the pipeline costs more than a row or two
                for row in rows:
                    self._raw.execute(translate(sql), row)
        return self

    def _traced(self, sql: str) -> None:
        if self._conn is not None and self._conn.trace_callback is not None:
            self._conn.trace_callback(sql)

    def fetchone(self) -> Any:
        return self._fetch(lambda raw: raw.fetchone(), None)

    def fetchall(self) -> list[Any]:
        return self._fetch(lambda raw: raw.fetchall(), [])

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._fetch(lambda raw: raw.fetchmany(size), [])

    def _fetch(self, how: Any, nothing: Any) -> Any:
        """Rows of the last statement (in pipeline mode its answer may still be on its way:
        psycopg waits for it); ``nothing`` for a statement without rows, as sqlite3 gives."""
        import psycopg

        try:
            with _errors():
                return how(self._raw)
        except psycopg.ProgrammingError as exc:
            if "didn't produce records" in str(exc):  # psycopg's words for it
                return nothing
            raise

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    @property
    def rowcount(self) -> int:
        return int(self._raw.rowcount)

    @property
    def description(self) -> Any:
        return self._raw.description

    def close(self) -> None:
        self._raw.close()


class PgConnection:
    """A PostgreSQL connection with the store's interface (``store.backend.Connection``)."""

    dialect = "postgresql"
    column_types = COLUMN_TYPES

    def __init__(self, raw: Any, url: str) -> None:
        self._raw = raw
        self.url = url
        self.row_factory: Any = None  # accepted for sqlite3's sake; rows are always named
        self.trace_callback: Any = None

    def set_trace_callback(self, callback: Any) -> None:
        """As ``sqlite3.Connection.set_trace_callback``: ``callback(sql)`` before each statement
        (the store's SQL, with ``?`` placeholders), None to stop."""
        self.trace_callback = callback

    def cursor(self) -> Cursor:
        return Cursor(self._raw.cursor(), conn=self)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, rows: Any) -> Cursor:
        return self.cursor().executemany(sql, rows)

    def begin_write(self) -> None:
        self.execute("BEGIN")
        self.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    def pipeline(self) -> Any:
        """psycopg's pipeline mode: statements go out without waiting for their answers; a
        fetch waits for everything before it, and errors surface there or at the end."""
        return self._raw.pipeline()

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self._raw.info.transaction_status != TransactionStatus.IDLE)

    def tables(self) -> set[str]:
        return {r[0] for r in self.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE'")}

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _errors:
    """Turns a lost connection into a DatabaseError that says so (a bug stays a bug)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> bool:
        if exc is None:
            return False
        import psycopg

        if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
            raise DatabaseError("this PostgreSQL session is read-only (queries never write)",
                                "use a command that writes, such as ingest or serve") from None
        if isinstance(exc, psycopg.OperationalError):
            raise DatabaseError(f"PostgreSQL: {str(exc).strip().splitlines()[0]}",
                                CONNECT_HINT) from None
        return False


def _adapt(raw: Any) -> None:
    from psycopg.adapt import Dumper
    from psycopg.types.numeric import Int8Dumper, NumericLoader

    class BoolAsInt(Dumper):
        oid = raw.adapters.types["int8"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    class NumberLoader(NumericLoader):
        def load(self, data: Any) -> Any:
            value = super().load(data)
            if isinstance(value, Decimal):
                return int(value) if value == value.to_integral_value() else float(value)
            return value

    raw.adapters.register_dumper(int, Int8Dumper)
    raw.adapters.register_dumper(bool, BoolAsInt)
    raw.adapters.register_loader("numeric", NumberLoader)


def connect(url: str, *, read_only: bool = False) -> PgConnection:
    """A connection to the PostgreSQL database at ``url`` (a DatabaseError when impossible)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        raise DatabaseError("PostgreSQL needs psycopg", "pip install 'psycopg[binary]'") from None
    try:
        raw = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.RawCursor,
                              connect_timeout=10, application_name="sitrep")
        if read_only:
            raw.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        missing = re.search(r'database "([^"]+)" does not exist', reason)
        hint = (f"create it first (createdb {missing.group(1)}), or fix the URL" if missing
                else CONNECT_HINT)
        raise DatabaseError(f"cannot connect to PostgreSQL at {shown_target(url)}: {reason}",
                            hint) from None
    _adapt(raw)
    return PgConnection(raw, url)
