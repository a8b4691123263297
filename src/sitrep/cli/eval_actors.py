"""`sitrep eval actors`: score actor coding (country and sector) on NGEC-style cases."""

from __future__ import annotations

import click

from sitrep.cli import eval_group
from sitrep.cli.common import echo_json, echo_table


@eval_group.command("actors")
@click.argument("cases", type=click.Path(dir_okay=False))
@click.option("--part", type=click.Choice(["all", "look", "untouched"]), default="all",
              show_default=True, help="Only the cases of this fixed part of the set (split by a "
              "hash of the phrase: look 3 in 5, untouched 2 in 5).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--errors/--no-errors", default=True, show_default=True,
              help="List the cases coded wrongly (table output only).")
def eval_actors(cases: str, part: str, as_json: bool, errors: bool) -> None:
    """Country and sector accuracy of actor coding on JSON Lines cases
    {"text", "context", "country"?, "sector"?, "date"?} (roles judged on the case's date)."""
    from sitrep.evaluate.actors import evaluate

    metrics, results = evaluate(cases, part)
    if as_json:
        echo_json({"dataset": cases, "part": part, "n": len(results), "metrics": metrics})
        return
    echo_table(["metric", "value"], [[k, v] for k, v in metrics.items()],
               title=f"actors: {cases} ({part}: {len(results)} cases)")
    if errors:
        rows = [[r.line, r.text, r.country, r.gold_country, r.sector, r.gold_sector]
                for r in results if r.country_ok is False or r.sector_ok is False]
        if rows:
            echo_table(["line", "text", "country", "expected", "sector", "expected"], rows,
                       title="wrong")
