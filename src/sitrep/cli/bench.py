"""Commands for whoever runs sitrep: ``sitrep bench`` (throughput of the whole pipeline against
plain spaCy on the same articles) and ``sitrep db`` (copy a whole database between SQLite and
PostgreSQL, per-table checksums)."""

from __future__ import annotations

from typing import Any

import click

from sitrep.cli import main_group
from sitrep.cli.common import echo_json, echo_table


@main_group.command("bench")
@click.argument("jsonl", type=click.Path(dir_okay=False))
@click.option("--limit", type=int, default=None, help="Only the first N records.")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Worker processes (more than 1 runs both sides on a local Dask cluster).")
@click.option("--no-select", is_flag=True, help="Parse every sentence (no sentence selection).")
@click.option("--stages", is_flag=True,
              help="Also report the seconds spent in each stage (one worker only).")
@click.option("--store", "target", default=None, metavar="PATH|URL",
              help="Store into this empty database (a SQLite path or postgresql:// URL) "
                   "instead of a temporary SQLite file.")
@click.option("--cpu", is_flag=True,
              help="Count CPU seconds of the process instead of wall seconds (one worker): "
                   "steadier where other jobs share the machine.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
def bench_cmd(jsonl: str, limit: int | None, workers: int, no_select: bool, stages: bool,
              target: str | None, cpu: bool, as_json: bool) -> None:
    """Articles/s and words/s of sitrep (read, select, parse, extract, store into a temporary
    database) and of spaCy's nlp.pipe over the full texts, on the same articles; their ratio;
    peak memory per process."""
    from sitrep.bench.throughput import run_bench

    result = run_bench(jsonl, limit=limit, workers=workers, select_sentences=not no_select,
                       stages=stages, db=target, cpu=cpu)
    if as_json:
        echo_json(result.to_dict())
    else:
        for line in result.lines():
            click.echo(line)


@main_group.group("db")
def db_group() -> None:
    """Whole databases: copy one between SQLite and PostgreSQL (either way), checksum one."""


def _short(checksum: str) -> str:
    return checksum[:16]


@db_group.command("copy")
@click.option("--from", "source", required=True, metavar="DB",
              help="Source: a SQLite file or a postgresql:// URL (opened read-only).")
@click.option("--to", "target", required=True, metavar="DB",
              help="Target: a new or empty SQLite file or PostgreSQL database (created and "
                   "migrated as needed).")
@click.option("--force", is_flag=True,
              help="Replace the rows of a target that has some (in the copy's transaction).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
def db_copy_cmd(source: str, target: str, force: bool, as_json: bool) -> None:
    """Copy every record of a sitrep database into another one, in one transaction: tables
    parents first, rows in their insertion order, then every table read back and compared by
    row count and checksum before the commit. The target must hold no rows (or pass --force);
    on any failure or difference nothing is written to it. The schema versions must match and
    `migrations` is not copied (both sides are migrated by this sitrep)."""
    from sitrep.store.copy import CopyMismatch, copy_database

    try:
        report = copy_database(source, target, replace=force)
    except CopyMismatch as exc:
        _copy_report(exc.report, as_json)
        raise
    _copy_report(report, as_json)


def _copy_report(report: Any, as_json: bool) -> None:
    if as_json:
        echo_json(report.to_dict())
        return
    rows = [[t.table, t.rows, t.target_rows, _short(t.source_checksum),
             _short(t.target_checksum), "yes" if t.matches else "NO"] for t in report.tables]
    echo_table(["table", "rows", "target rows", "source checksum", "target checksum", "same"],
               rows, title=f"{report.source} -> {report.target}")
    verb = "copied" if report.committed else "NOT copied"
    replaced = f", {report.replaced:,} rows of the target replaced" if report.replaced else ""
    click.echo(f"{verb}: {report.rows:,} rows in {len(report.tables)} tables, schema version "
               f"{report.schema_version}, {report.seconds:.1f} s{replaced}", err=True)


@db_group.command("checksum")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per table.")
@click.pass_context
def db_checksum_cmd(ctx: click.Context, as_json: bool) -> None:
    """Rows and checksum of every table of the database (--db), read-only: the same on SQLite
    and PostgreSQL for the same records, whatever their order, so two copies can be compared
    (`migrations` is left out; the schema version is printed)."""
    from sitrep.store import open_db
    from sitrep.store.copy import table_checksums

    with open_db(ctx.obj["db"], read_only=True) as db:
        sums = table_checksums(db)
        version = db.schema_version
    if as_json:
        for s in sums:
            echo_json({"table": s.table, "rows": s.rows, "checksum": s.checksum,
                       "schema_version": version})
        return
    echo_table(["table", "rows", "checksum"], [[s.table, s.rows, s.checksum] for s in sums],
               title=f"schema version {version}")
