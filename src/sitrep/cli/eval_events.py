"""`sitrep eval case2021`, `sitrep eval plover` and `sitrep eval events`: score event typing,
actor coding and whole-article events."""

from __future__ import annotations

from typing import Any

import click

from sitrep.cli import eval_group
from sitrep.cli.common import echo_json, echo_table


def _report(result: dict[str, Any], as_json: bool, show_errors: bool) -> None:
    if as_json:
        echo_json({"dataset": result["dataset"], "n": result["n"], "metrics": result["metrics"],
                   "confusions": result["confusions"]})
        return
    echo_table(["metric", "value"], [[k, v] for k, v in result["metrics"].items()],
               title=f"{result['dataset']} ({result['n']} items)")
    echo_table(["gold", "predicted", "count"],
               [[c["gold"], c["predicted"], c["count"]] for c in result["confusions"]],
               title="most frequent confusions")
    if show_errors:
        rows = [[p["id"], p["gold"], p["predicted"]] for p in result["predictions"]
                if p["gold"] != p["predicted"]]
        echo_table(["id", "gold", "predicted"], rows, title="errors")


@eval_group.command("case2021")
@click.argument("tsv", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every misclassified snippet.")
@click.option("--rules-only", is_flag=True, help="Score the hand-written rules without the model.")
def eval_case2021(tsv: str, as_json: bool, show_errors: bool, rules_only: bool) -> None:
    """Fine-grained event typing on CASE 2021 task 2 snippets (TSV: id, EventSnippet, SubType):
    weighted F1, macro F1 and accuracy over the 30 labels."""
    from sitrep.evaluate.case2021 import evaluate, read_tsv, training_overlap
    from sitrep.extract.events.case_model import classify_snippet
    from sitrep.extract.events.case_types import classify_rules

    snippets = read_tsv(tsv)
    overlap = 0.0 if rules_only else training_overlap(snippets)
    if overlap >= 0.2:
        click.echo(f"warning: the model was trained on {overlap:.0%} of these snippets; this is "
                   "not a held-out score (see scripts/train_case_classifier.py for CV)", err=True)
    classify = classify_rules if rules_only else classify_snippet
    _report(evaluate(snippets, classify, dataset=tsv), as_json, show_errors)


@eval_group.command("plover")
@click.argument("json_file", metavar="JSON", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every mistyped sentence.")
def eval_plover(json_file: str, as_json: bool, show_errors: bool) -> None:
    """PLOVER event type and source/target actor codes on the PLOVER gold-standard records:
    type_accuracy, source_f1, target_f1."""
    from sitrep.evaluate.plover import evaluate, read_json

    _report(evaluate(read_json(json_file), dataset=json_file), as_json, show_errors)


@eval_group.command("events")
@click.argument("jsonl", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--errors", "show_errors", is_flag=True,
              help="List every false positive, duplicate and missed event.")
def eval_events(jsonl: str, as_json: bool, show_errors: bool) -> None:
    """Events of whole articles against gold annotated under events/GUIDELINES.md (JSON Lines):
    precision, recall, f1, duplicate_rate, mode_acc, flags_acc, actor_f1, recipient_f1,
    place_acc, date_acc, overall and per PLOVER type."""
    from sitrep.evaluate.events import evaluate
    from sitrep.pipeline import default_pipeline

    pipeline = default_pipeline()

    def coordinates(geonameid: int) -> tuple[float, float] | None:
        found = pipeline.gazetteer.get(geonameid)
        return (found.lat, found.lon) if found is not None else None

    result = evaluate(jsonl, pipeline.process_many, coordinates)
    if as_json:
        echo_json({"dataset": result["dataset"], "n": result["n"], "metrics": result["metrics"],
                   "per_type": result["per_type"]})
        return
    echo_table(["metric", "value"], [[k, v] for k, v in result["metrics"].items()],
               title=f"{result['dataset']} ({result['n']} articles)")
    keys = ["n_gold", "n_predicted", "precision", "recall", "f1", "duplicate_rate"]
    echo_table(["type", *keys], [[t, *[m[k] for k in keys]] for t, m in result["per_type"].items()],
               title="per PLOVER type")
    if show_errors:
        rows = [[d["article"], d["verdict"], d["type"], d.get("trigger", ""),
                 " ".join(d["sentence"].split())[:160]]
                for d in result["decisions"] if d["verdict"] != "match"]
        echo_table(["article", "verdict", "type", "trigger", "sentence"], rows, title="errors")
