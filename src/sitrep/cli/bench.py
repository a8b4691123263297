"""``sitrep bench``: throughput of the whole pipeline against plain spaCy on the same articles."""

from __future__ import annotations

import click

from sitrep.cli import main_group
from sitrep.cli.common import echo_json


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
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object for scripts.")
def bench_cmd(jsonl: str, limit: int | None, workers: int, no_select: bool, stages: bool,
              target: str | None, as_json: bool) -> None:
    """Articles/s and words/s of sitrep (read, select, parse, extract, store into a temporary
    database) and of spaCy's nlp.pipe over the full texts, on the same articles; their ratio;
    peak memory per process."""
    from sitrep.bench.throughput import run_bench

    result = run_bench(jsonl, limit=limit, workers=workers, select_sentences=not no_select,
                       stages=stages, db=target)
    if as_json:
        echo_json(result.to_dict())
    else:
        for line in result.lines():
            click.echo(line)
