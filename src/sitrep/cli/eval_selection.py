"""``sitrep eval selection``: what sentence selection costs, on whole articles."""

from __future__ import annotations

import click

from sitrep.cli import eval_group
from sitrep.cli.common import echo_json, echo_table
from sitrep.errors import ConfigError


@eval_group.command("selection")
@click.argument("jsonl", type=click.Path(dir_okay=False))
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--missed", "show_missed", is_flag=True,
              help="List the events the full parse finds and the selected parse misses.")
def eval_selection(jsonl: str, limit: int | None, as_json: bool, show_missed: bool) -> None:
    """Extract the articles of JSONL (`text`, optional `published`) twice, parsing every
    sentence and only the selected ones; print the share of events, claims, places, dates and
    actors that selection keeps (recall against the full parse) and the CPU time of each."""
    from sitrep.evaluate.selection import evaluate, read_articles

    if limit is not None and limit <= 0:
        raise ConfigError(f"--limit {limit} must be positive", "e.g. --limit 200")
    result = evaluate(read_articles(jsonl, limit), dataset=jsonl)
    if as_json:
        echo_json({k: result[k] for k in ("dataset", "n", "metrics")})
    else:
        echo_table(["metric", "value"], [[k, v] for k, v in result["metrics"].items()],
                   title=f"{jsonl} ({result['n']} articles): selection on vs off")
    if show_missed:
        echo_table(["article", "type", "trigger", "sentence"],
                   [[m["article"], m["type"], m["trigger"], m["sentence"][:100]]
                    for m in result["missed_events"]], title="events lost to selection")
