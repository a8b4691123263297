"""Helpers shared by the commands: output as a table or JSON, opening the database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from sitrep.errors import InputError


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=None, default=str))


def echo_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> None:
    """A rich table on a terminal; tab-separated text otherwise."""
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title)
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        Console().print(table)
        return
    if title:
        click.echo(f"# {title}")
    click.echo("\t".join(columns))
    for row in rows:
        click.echo("\t".join("" if v is None else str(v).replace("\t", " ").replace("\n", " ")
                             for v in row))


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
