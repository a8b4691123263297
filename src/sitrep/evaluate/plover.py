"""PLOVER gold-standard evaluation: event type and source/target actor codes per sentence.

Reads the openeventdata PLOVER gold-standard records (a JSON array of ``{"id", "event",
"text", "source": [{"actorText", "code", ...}], "target": [...]}``), runs the whole pipeline
on every ``text`` and compares the sentence's main event (``events.main_event``: the trigger
highest in the parse) with the gold record:

- ``type_accuracy``: the PLOVER type matches, the gold's PLOVER 0.5 names mapped to 2.0 ones
  (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT);
- ``source_f1`` / ``target_f1``: micro F1 over the sets of actor codes (ISO3 country, or IGO /
  NGO for international and non-governmental organisations) of the main event's actors /
  recipients against the gold source / target codes. A few legacy CAMEO country codes of the
  gold (JAP, ITL, VTN) are read as their ISO3 equivalents; codes that are not countries nor
  IGO/NGO (IMG, ISM: militant groups) stay as they are and cannot be matched.

- the gold was converted from CAMEO codes (``cameo2plover-2021.txt``: 03 "express intent to
  ..." is AGREE, 13 THREATEN), so an act sitrep codes by the event guidelines as its own type
  with the ``future`` flag ("will meet": CONSULT) is read by its CAMEO root where that is an
  intent (03: AGREE, 13: THREATEN; ``modal_cues.intent_cameo_root``).

Records without text (the DOCUMENT header) are skipped.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.extract.events.extractor import main_event
from sitrep.records import Actor, Article, Event

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
# the PLOVER type of a CAMEO intent root under the conversion the gold was coded with
INTENT_TYPES = {"03": "AGREE", "13": "THREATEN"}
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UK": "GBR"}
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                "ASSAULT"}


@dataclass
class GoldRecord:
    id: str
    text: str
    type: str
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)


def gold_type(name: str) -> str:
    name = (name or "").strip().upper()
    return OLD_NAMES.get(name, name)


def _codes(value: Any) -> set[str]:
    if not isinstance(value, list):
        return set()
    out = set()
    for item in value:
        code = item.get("code", "") if isinstance(item, dict) else str(item)
        code = (code or "").strip().upper()
        if code:
            out.add(LEGACY_CODES.get(code, code))
    return out


def read_json(path: str | Path) -> list[GoldRecord]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file",
                         "pass the PLOVER gold-standard JSON file (a JSON array of records)")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not valid JSON ({exc})",
                         "pass the PLOVER gold-standard JSON file (a JSON array)") from exc
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a JSON array of records",
                         "pass the PLOVER gold-standard JSON file")
    records = []
    for n, item in enumerate(data):
        if not isinstance(item, dict) or not item.get("text") or not item.get("event"):
            continue
        kind = gold_type(item["event"])
        if kind not in PLOVER_TYPES:
            continue
        records.append(GoldRecord(str(item.get("id") or n), item["text"], kind,
                                  _codes(item.get("source")), _codes(item.get("target"))))
    if not records:
        raise InputError(f"{path}: no records with text and a PLOVER event type",
                         "each record needs `text` and `event`")
    return records


def actor_code(actor: Actor) -> str | None:
    """The PLOVER actor code: IGO/NGO for organisations, else the ISO3 country."""
    if actor.sector in {"IGO", "NGO"} or actor.country in {"IGO", "NGO"}:
        return actor.sector if actor.sector in {"IGO", "NGO"} else actor.country
    return actor.country or None


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


def score(records: list[GoldRecord], predicted: list[Event | None],
          dataset: str = "plover") -> dict[str, Any]:
    correct = 0
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}  # tp, predicted, gold
    confusions: Counter[tuple[str, str]] = Counter()
    rows = []
    for record, event in zip(records, predicted, strict=True):
        kind = "NONE" if event is None else INTENT_TYPES.get(event.cameo_root or "",
                                                           event.plover_type)
        if kind == record.type:
            correct += 1
        else:
            confusions[(record.type, kind)] += 1
        sources = {c for c in map(actor_code, event.actors if event else []) if c}
        targets = {c for c in map(actor_code, event.recipients if event else []) if c}
        for name, pred, gold in (("source", sources, record.sources),
                                 ("target", targets, record.targets)):
            counts[name][0] += len(pred & gold)
            counts[name][1] += len(pred)
            counts[name][2] += len(gold)
        rows.append({"id": record.id, "gold": record.type, "predicted": kind,
                     "trigger": event.trigger.text if event else None,
                     "sources": sorted(sources), "gold_sources": sorted(record.sources),
                     "targets": sorted(targets), "gold_targets": sorted(record.targets)})
    n = len(records)
    return {
        "dataset": dataset,
        "n": n,
        "metrics": {
            "type_accuracy": round(correct / n, 4) if n else 0.0,
            "source_f1": _f1(*counts["source"]),
            "target_f1": _f1(*counts["target"]),
        },
        "confusions": [{"gold": g, "predicted": p, "count": c}
                       for (g, p), c in confusions.most_common(15)],
        "predictions": rows,
    }


def evaluate(records: Iterable[GoldRecord], pipeline: Any = None,
             dataset: str = "plover") -> dict[str, Any]:
    """Run the pipeline on every record's text and score its main event."""
    if pipeline is None:
        from sitrep.pipeline import default_pipeline

        pipeline = default_pipeline()
    items = list(records)
    articles = [Article(text=r.text, language="en", external_id=r.id) for r in items]
    predicted = [main_event(result.events) for result in pipeline.process_many(articles)]
    return score(items, predicted, dataset)
