"""`sitrep eval geo` and `sitrep eval timex`: geoparsing and temporal normalisation scores."""

from __future__ import annotations

import json

import click

from sitrep.cli import eval_group
from sitrep.cli.common import echo_json, echo_table


def _write_errors(path: str | None, errors: list) -> None:
    """Every miss as JSON Lines to ``path`` (a regular file, replaced; ``-``: standard output)."""
    from sitrep.export.files import safe_output

    if path:
        with safe_output(path, force=True) as handle:
            for e in errors:
                handle.write(json.dumps(e, ensure_ascii=False) + "\n")


def _check_errors_path(path: str | None) -> None:
    """Refuse a device, a pipe or a folder before the evaluation runs, not after."""
    from sitrep.export.files import check_target

    if path and path != "-":
        check_target(path, force=True)


@eval_group.command("geo")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), default=None,
              help="Write every miss to this JSON Lines file (replaced if it exists).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--select", "select_sentences", is_flag=True,
              help="Parse only the sentences ingest's sentence selection keeps.")
@click.option("--part", type=click.Choice(["all", "look", "untouched"]), default="all",
              show_default=True,
              help="A fixed split by a hash of each article id: 'look' (3 in 5) is for error "
                   "analysis, 'untouched' (2 in 5) only for checking.")
def eval_geo(path: str, limit: int | None, errors_path: str | None, as_json: bool,
             select_sentences: bool, part: str) -> None:
    """Toponym resolution (acc161, exact_id, km) and recognition (ner_*) on an LGL/TR-News,
    GeoWebNews or GeoVirus XML file. Every sentence is parsed unless --select."""
    from sitrep.evaluate.geo import evaluate_geo

    _check_errors_path(errors_path)
    result = evaluate_geo(path, limit=limit, select_sentences=select_sentences, part=part)
    _write_errors(errors_path, result["errors"])
    if as_json:
        echo_json({"dataset": result["dataset"], "n": result["n"], "metrics": result["metrics"]})
        return
    echo_table(["metric", "value"], [[k, v] for k, v in result["metrics"].items()],
               title=f"geo: {result['dataset']} ({result['part']}: {result['n']} gold toponyms)")


@eval_group.command("timex")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--limit", type=int, default=None, help="Score only the first N files.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), default=None,
              help="Write every miss to this JSON Lines file (replaced if it exists).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--part", type=click.Choice(["all", "look", "untouched"]), default="all",
              show_default=True,
              help="A fixed split by a hash of each file name: 'look' (3 in 5) is for error "
                   "analysis, 'untouched' (2 in 5) only for checking.")
def eval_timex(paths: tuple[str, ...], limit: int | None, errors_path: str | None,
               as_json: bool, part: str) -> None:
    """Temporal expressions on TimeML .tml files (folders or files): span and value F1."""
    from sitrep.evaluate.timex import evaluate_timex

    _check_errors_path(errors_path)
    result = evaluate_timex(list(paths), limit=limit, part=part)
    _write_errors(errors_path, result["errors"])
    if as_json:
        echo_json({"dataset": result["dataset"], "n": result["n"], "metrics": result["metrics"]})
        return
    echo_table(["metric", "value"], [[k, v] for k, v in result["metrics"].items()],
               title=f"timex: {result['dataset']} ({result['n']} gold expressions)")
