"""`sitrep eval claims`: score casualty-claim extraction on annotated snippets."""

from __future__ import annotations

import click

from sitrep.cli import eval_group
from sitrep.cli.common import echo_json, echo_table


@eval_group.command("claims")
@click.option("--snippets", "snippets", required=True, type=click.Path(dir_okay=False),
              help="TSV with `id` and `EventSnippet` columns.")
@click.option("--gold", "gold", required=True, type=click.Path(dir_okay=False),
              help="JSON Lines {\"id\", \"claims\": [...]}; snippets without a line have none.")
@click.option("--all-snippets", is_flag=True,
              help="Also list the errors in snippets without a gold line (they have no claims; "
                   "precision_all always counts them).")
@click.option("--part", type=click.Choice(["all", "look", "untouched"]), default="all",
              help="A fixed split by a hash of each snippet id: 'look' (3 in 5) is for error "
                   "analysis, 'untouched' (2 in 5) only for measuring.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
def eval_claims(snippets: str, gold: str, all_snippets: bool, part: str, as_json: bool) -> None:
    """Precision, recall and F1 of casualty claims; victims, side and claimant accuracy.

    Precision and F1 over the listed snippets and (``precision_all``, ``f1_all``) over all."""
    from sitrep.evaluate.claims import describe, evaluate, field_errors

    metrics, results = evaluate(snippets, gold, all_snippets=all_snippets, part=part)
    if as_json:
        echo_json({"dataset": gold, "part": part, "n": len(results), "metrics": metrics})
        return
    echo_table(["metric", "value"], [[k, v] for k, v in metrics.items()],
               title=f"claims: {gold}, part {part} ({len(results)} snippets)")
    rows = []
    for r in results:
        for g in r.missed:
            rows.append([r.id, "missed", describe(g)])
        for p in r.spurious:
            rows.append([r.id, "spurious", describe(p)])
    if rows:
        echo_table(["id", "kind", "claim"], rows, title="misses")
    fields = [[r.id, name, str(gold), str(ours), describe(p)] for r in results
              for g, p in r.pairs for name, gold, ours in field_errors(r, g, p)]
    if fields:
        echo_table(["id", "field", "gold", "ours", "claim"], fields,
                   title="wrong fields of matched claims")
