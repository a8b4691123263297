"""`sitrep eval case2021`, `sitrep eval plover` and `sitrep eval events`: score event typing,
actor coding and whole-article events."""

from __future__ import annotations

from typing import Any

import click

from sitrep.cli import eval_group
from sitrep.cli.common import echo_json, echo_table, terminal_safe


def _report(result: dict[str, Any], as_json: bool, show_errors: bool) -> None:
    if as_json:
        echo_json({"dataset": result["dataset"], **({"part": result["part"]} if "part" in result
                                                     else {}),
                   "n": result["n"], "metrics": result["metrics"],
                   "confusions": result["confusions"]})
        return
    part = f", part {result['part']}" if "part" in result else ""
    echo_table(["metric", "value"], [[k, v] for k, v in result["metrics"].items()],
               title=f"{result['dataset']} ({result['n']} items{part})")
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
@click.option("--classifier", type=click.Choice(["rules", "hybrid"]), default="rules",
              show_default=True,
              help="'rules': the hand-written rules, which the pipeline uses; 'hybrid': the "
                   "rules plus the trained linear model (scored lower than the rules on "
                   "held-out sources; see scripts/train_case_classifier.py).")
@click.option("--rules-only", is_flag=True, hidden=True,
              help="The same as --classifier rules (the default).")
@click.option("--part", type=click.Choice(["all", "look", "untouched"]), default="all",
              show_default=True,
              help="A fixed split by a hash of each snippet id: 'look' (3 in 5) is for error "
                   "analysis, 'untouched' (2 in 5) only for measuring.")
def eval_case2021(tsv: str, as_json: bool, show_errors: bool, classifier: str,
                  rules_only: bool, part: str) -> None:
    """Fine-grained event typing on CASE 2021 task 2 snippets (TSV: id, EventSnippet, SubType):
    weighted F1, macro F1 and accuracy over the 30 labels, of the rules (default) or the
    hybrid."""
    from sitrep.evaluate.case2021 import evaluate, read_tsv, select_part, training_overlap
    from sitrep.extract.events.case.model import classify_snippet
    from sitrep.extract.events.case.rules import classify_rules

    rules_only = rules_only or classifier == "rules"
    snippets = read_tsv(tsv)
    overlap = 0.0 if rules_only else training_overlap(select_part(snippets, part))
    if overlap >= 0.2:
        click.echo(f"warning: the model was trained on {overlap:.0%} of these snippets; this is "
                   "not a held-out score (see scripts/train_case_classifier.py for CV)", err=True)
    classify = classify_rules if rules_only else classify_snippet
    _report(evaluate(snippets, classify, dataset=tsv, part=part), as_json, show_errors)


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
              help="List every false positive, duplicate and missed event, and every matched "
                   "event in the wrong place or with the wrong date.")
@click.option("--against", "other", type=click.Path(dir_okay=False), default=None,
              help="Score this second annotation of the same articles instead of sitrep: the "
                   "agreement between two annotation passes.")
@click.option("--calibration", is_flag=True,
              help="Also print how well the events' confidence says how often they are right: "
                   "per bin of confidence the count, share right and mean confidence, and the "
                   "expected calibration error (ece).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Score only the events at least this likely to be right, as `sitrep events "
                   "--min-confidence` lists them: the precision and recall of that view.")
def eval_events(jsonl: str, as_json: bool, show_errors: bool, other: str | None,
                calibration: bool, min_confidence: float | None) -> None:
    """Events of whole articles against gold annotated under events/GUIDELINES.md (JSON Lines):
    precision, recall, f1, duplicate_rate, mode_acc, flags_acc, actor_f1, recipient_f1,
    place_acc, date_acc, overall and per PLOVER type."""
    from sitrep.evaluate.events import agreement, evaluate, reliability

    if other:
        result = agreement(jsonl, other)
    else:
        from sitrep.pipeline import default_pipeline

        pipeline = default_pipeline()

        def coordinates(geonameid: int) -> tuple[float, float] | None:
            found = pipeline.gazetteer.get(geonameid)
            return (found.lat, found.lon) if found is not None else None

        from sitrep.run.local import extract_all

        result = evaluate(jsonl, lambda articles: extract_all(pipeline, list(articles)),
                          coordinates, min_confidence)
        for failure in result["failed"]:  # scored as giving no events; a bug to report
            click.echo(terminal_safe(
                f"Warning: extraction failed on article {failure['article']}: "
                f"{failure['reason']} (scored as giving no events)"), err=True)
    table = reliability(result["decisions"]) if calibration else None
    if as_json:
        echo_json({"dataset": result["dataset"], "n": result["n"],
                   **({"failed": result["failed"]} if result.get("failed") else {}),
                   "metrics": result["metrics"],
                   "per_type": result["per_type"],
                   **({"calibration": table} if table is not None else {})})
        return
    echo_table(["metric", "value"], [[k, v] for k, v in result["metrics"].items()],
               title=f"{result['dataset']} ({result['n']} articles)")
    keys = ["n_gold", "n_predicted", "precision", "recall", "f1", "duplicate_rate"]
    echo_table(["type", *keys], [[t, *[m[k] for k in keys]] for t, m in result["per_type"].items()],
               title="per PLOVER type")
    if table is not None:
        echo_table(["confidence", "n", "right", "mean_confidence"],
                   [[b["bin"], b["n"], b["right"], b["mean_confidence"]] for b in table["bins"]],
                   title=f"calibration ({table['n']} events, ece {table['ece']})")
    if show_errors:
        rows = [[d["article"], d["verdict"], d["type"], d.get("trigger", ""),
                 " ".join(d["sentence"].split())[:160]]
                for d in result["decisions"] if d["verdict"] != "match"]
        # matched events in the wrong place: ours, then the gold's
        rows += [[d["article"], f"wrong place: {d.get('place')} (gold {d.get('gold_place')})",
                  d["type"], d.get("trigger", ""), " ".join(d["sentence"].split())[:160]]
                 for d in result["decisions"] if d["verdict"] == "match"
                 and not d["checks"].get("place_right", 1.0)]
        # matched events with the wrong date: ours, then the gold's (null where none)
        rows += [[d["article"], f"wrong date: {d.get('date')} (gold {d.get('gold_date')})",
                  d["type"], d.get("trigger", ""), " ".join(d["sentence"].split())[:160]]
                 for d in result["decisions"] if d["verdict"] == "match"
                 and not d["checks"].get("date_right", 1.0)]
        echo_table(["article", "verdict", "type", "trigger", "sentence"], rows, title="errors")


@eval_group.command("quadclass")
@click.argument("tsv", type=click.Path(dir_okay=False))
@click.option("--part", type=click.Choice(["all", "look", "untouched"]), default="all",
              show_default=True,
              help="A fixed split by a hash of each sentence: 'look' (3 in 5) is for error "
                   "analysis, 'untouched' (2 in 5) only for checking.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every misclassified sentence.")
def eval_quadclass(tsv: str, part: str, as_json: bool, show_errors: bool) -> None:
    """CAMEO QuadClass (0 none, 1 verbal and 2 material cooperation, 3 verbal and 4 material
    conflict) of each sentence's main event, on sentence<TAB>label lines: accuracy, macro F1,
    per-class F1 and the confusion matrix (rows gold, columns predicted)."""
    from sitrep.evaluate.quadclass import evaluate
    from sitrep.extract.events.extractor import main_event
    from sitrep.pipeline import default_pipeline

    result = evaluate(tsv, default_pipeline().process_many, main_event, part)
    if as_json:
        echo_json({k: result[k] for k in ("dataset", "part", "n", "accuracy", "macro_f1",
                                          "per_class", "confusion")})
        return
    echo_table(["metric", "value"], [["accuracy", result["accuracy"]],
                                     ["macro_f1", result["macro_f1"]]],
               title=f"{result['dataset']} ({result['part']}: {result['n']} sentences)")
    echo_table(["class", "precision", "recall", "f1", "n"],
               [[c, m["precision"], m["recall"], m["f1"], m["n"]]
                for c, m in result["per_class"].items()], title="per class")
    echo_table(["gold \\ predicted", "0", "1", "2", "3", "4"],
               [[g, *row] for g, row in enumerate(result["confusion"])], title="confusion")
    if show_errors:
        echo_table(["gold", "predicted", "sentence"],
                   [[p["gold"], p["predicted"], p["sentence"]] for p in result["predictions"]
                    if p["gold"] != p["predicted"]], title="errors")


@eval_group.command("gvdb")
@click.argument("tsv", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--errors", "show_errors", is_flag=True,
              help="List every article of the look part whose main incident misses a field, "
                   "and the look part's missed and wrong article pairs of fusion with both "
                   "articles' main incidents (the untouched part is only measured).")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
def eval_gvdb(tsv: str, as_json: bool, show_errors: bool, limit: int | None) -> None:
    """Incidents on Gun Violence Database articles (TSV: Article id, Article url, Article title,
    Full text, Json, Worker): killed_em, injured_em, city_acc, state_acc, date_acc of each
    article's main incident (each article stored alone), and fusion_p / fusion_r / fusion_f1 of
    article pairs sharing an incident (all articles in one database) against "same date, state
    and city"; for the whole file and for its look / untouched parts (fixed hash of the id)."""
    from sitrep.evaluate.gvdb import errors, evaluate, pair_errors

    result = evaluate(tsv, limit=limit)
    if as_json:
        echo_json({"dataset": result["dataset"], "n": result["n"], "metrics": result["metrics"]})
    else:
        m = result["metrics"]
        keys = [k for k in m if not isinstance(m[k], dict)]
        echo_table(["metric", "all", "look", "untouched"],
                   [[k, m[k], m["look"].get(k), m["untouched"].get(k)] for k in keys],
                   title=f"{result['dataset']} ({result['n']} articles)")
    if show_errors:
        cols = ["id", "part", "gold_killed", "killed", "gold_injured", "injured", "gold_city",
                "place", "gold_state", "admin1", "gold_date", "date", "incident"]
        echo_table(cols, [[r[c] for c in cols] for r in errors(result)], title="errors")
        sides = ["id", "gold", "incident", "type", "place", "days", "killed", "injured",
                 "actors", "articles", "notes"]
        echo_table(["pair", "error", *sides],
                   [[n, pair["error"], *[side[c] for c in sides]]
                    for n, pair in enumerate(pair_errors(result), 1)
                    for side in pair["articles"]],
                   title="fusion errors (look part: pairs missed and wrongly joined)")
