"""Helpers shared by the commands: output as a table or JSON (terminal-safe: see below), opening
the database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from sitrep.errors import InputError

# -- terminal-safe text ---------------------------------------------------------------------------
# Text from articles made safe to print: control characters shown as escapes, not obeyed.
#
# An article's title or text is untrusted: ``ESC ] 52 ; c ; ... BEL`` written to a terminal sets
# the clipboard, ``ESC ] 0 ; ... BEL`` the window title, ``ESC [ ... m`` the colours, a carriage
# return overwrites what was printed, and the bidi overrides (U+202A-U+202E, U+2066-U+2069) make
# text read in another order than it is stored. Every C0 and C1 control character (and DEL) and
# every bidi override or isolate is printed as a visible escape (``\x1b``, ``\x9b``,
# ``\u202e``), so the rest of a sequence is harmless printable text and the reader sees that
# something was there. Newlines and tabs are kept in running text (``show``) and become spaces in
# table cells.
#
# JSON output keeps the text exact: ``json_safe`` writes the same characters as JSON escapes
# (``\u001b``), which ``json.loads`` turns back into the original text.

CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _escape(cp: int) -> str:
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"


_TEXT = {cp: _escape(cp) for cp in (*CONTROLS, *BIDI) if cp not in (0x09, 0x0A)}
_CELL = {**_TEXT, 0x09: " ", 0x0A: " "}
# json.dumps escapes U+0000-U+001F itself; these it writes raw (with ensure_ascii=False)
_JSON = {cp: f"\\u{cp:04x}" for cp in (0x7F, *range(0x80, 0xA0), *BIDI)}


def terminal_safe(text: str, *, newlines: bool = False) -> str:
    """``text`` with its control characters and bidi controls escaped; newlines and tabs are
    kept when ``newlines`` (running text), else they become spaces (one line, a table cell)."""
    return text.translate(_TEXT if newlines else _CELL)


def json_safe(dumped: str) -> str:
    """A JSON document (from ``json.dumps(..., ensure_ascii=False)``) with DEL, the C1 controls
    and the bidi controls written as ``\\uXXXX`` escapes: they can only occur inside strings,
    where the escape means the same character."""
    return dumped.translate(_JSON)


def echo_json(obj: Any) -> None:
    """One JSON document on a line: the text exact, every control character escaped."""
    click.echo(json_safe(json.dumps(obj, ensure_ascii=False, indent=None, default=str)))


def echo_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> None:
    """A rich table on a terminal; tab-separated text otherwise. Cells are ``terminal_safe`` and
    never read as rich markup."""
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(title=Text(terminal_safe(title)) if title else None)
        for col in columns:
            table.add_column(Text(terminal_safe(col)), overflow="fold")
        for row in rows:
            table.add_row(*[Text("" if v is None else terminal_safe(str(v))) for v in row])
        Console().print(table)
        return
    if title:
        click.echo(f"# {terminal_safe(title)}")
    click.echo("\t".join(terminal_safe(c) for c in columns))
    for row in rows:
        click.echo("\t".join("" if v is None else terminal_safe(str(v)) for v in row))


def open_database(ctx: click.Context) -> Any:
    from sitrep.store import open_db

    return open_db(ctx.obj["db"])

def existing_db(ctx: click.Context) -> Any:
    """The database for read-only commands: it must exist already, and is opened read-only
    (the library says what is wrong with a missing, empty or foreign file)."""
    from sitrep.store import open_db

    return open_db(ctx.obj["db"], read_only=True)

def date_option(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name} {value!r} is not a date", "use YYYY-MM-DD, e.g. 2020-10-05"
                         ) from None

def filters(func: Callable) -> Callable:
    """The filters shared by the query commands."""
    options = [
        click.option("--country", help="ISO3 country of an actor, place or side (e.g. AZE)."),
        click.option("--type", "type_", help="PLOVER or ACLED type (events), outcome (claims)."),
        click.option("--since", help="On or after this date (YYYY-MM-DD)."),
        click.option("--until", help="On or before this date (YYYY-MM-DD)."),
        click.option("--place", help="Place name or GeoNames id."),
        click.option("--article", help="Article id (or a unique prefix)."),
        click.option("--limit", type=int, default=None, help="At most this many rows."),
        click.option("--json", "as_json", is_flag=True, help="JSON Lines output for scripts."),
    ]
    for option in reversed(options):
        func = option(func)
    return func

def query_filters(country: str | None, type_: str | None, since: str | None, until: str | None,
             place: str | None, article: str | None, limit: int | None) -> dict[str, Any]:
    found = dict(country=country, type=type_, since=since, until=until, place=place,
                 article=article, limit=limit)
    return {k: v for k, v in found.items() if v is not None}
