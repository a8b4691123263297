"""CAMEO QuadClass of a sentence's main event, scored on sentences labelled with it (the
ConfliBERT ``cameo_class`` format: TSV ``sentence<TAB>label``, no header).

The classes: 0 no event or a neutral statement, 1 verbal cooperation, 2 material cooperation,
3 verbal conflict, 4 material conflict. A sentence's class is that of its main event (the event
whose trigger stands highest in the parse, ``events.extractor.main_event``), from its PLOVER type:

| PLOVER | class | CAMEO roots |
|---|---|---|
| REQUEST as an appeal ("called for", "urged", "asked") | 0 | 02 |
| REJECT as a denial or a refusal to comment ("denied the charges", "rejected accusations", "declined to comment") | 0 | 011, 016 |
| AGREE, CONSULT, SUPPORT | 1 | 03, 04, 05 |
| COOPERATE, AID, CONCEDE, RETREAT | 2 | 06, 07, 08 |
| REQUEST as a demand ("demanded", "insisted", "gave an ultimatum") | 3 | 10 |
| ACCUSE (disapprove, allege, investigate), any other REJECT, THREATEN | 3 | 09, 11, 12, 13 |
| SANCTION (reduce relations: suspend aid, expel, embargo, convict) | 3 | 16 |
| PROTEST, MOBILIZE, COERCE, ASSAULT | 4 | 14, 15, 17-20 |

Where the labelled sentences and GDELT's root-code ranges differ, the labels decide: appeals
(CAMEO 02) are, like public statements (01, which includes declining to comment and denying
responsibility), class 0; sanctions and cuts in relations (16) are verbal conflict, diplomatic
acts rather than force; opening an investigation (09) is verbal conflict, an accusation.

An act announced by "will", "plans to", "is set to" keeps its PLOVER type with the ``future``
flag (the event guidelines: "will meet" is CONSULT), and CAMEO codes it as the intent, which is
verbal: its CAMEO root (03 "express intent to cooperate", 13 "threaten", set by the extractor,
``modal_cues.intent_cameo_root``) gives the class, 1 for "will meet" or "will send aid" and 3 for
"will attack" or "will deploy troops".

A negated main event of a verbal or cooperative type is a refusal ("will not lift the ban",
"did not agree"): verbal conflict, 3. A negated act of force ("no one was arrested") is no
event, 0.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.records import Article, Event

CLASSES = (0, 1, 2, 3, 4)
PLOVER_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "REQUEST": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
FORCE = {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
# CAMEO roots of a stated intent: verbal cooperation (03) and verbal conflict (13)
INTENT_CLASS = {"03": 1, "13": 3}
# the words of demanding (CAMEO 10), matched as the start of the trigger so that every
# inflection counts ("demanded", "insisting"); any other REQUEST is an appeal (CAMEO 02)
DEMAND_WORDS = ("demand", "insist", "ultimatum", "order", "requir", "press")
# a rejection that is a denial or a refusal to comment (CAMEO 016 and 011): by its trigger, or
# by what it rejects (the accusation family)
DENIAL_WORDS = ("den", "declin")
ACCUSATION = re.compile(
    r"^\s+(?:(?:any|the|all|an?|these|those|such|repeated|strongly|its|their|his|her|us|u\.s\.)"
    r"\s+)*(?:accusations?|allegations?|charges?|claims?|reports?|suggestions?|rumou?rs?|"
    r"assertions?|that)\b", re.I)


def quad_class(event: Event | None) -> int:
    """The QuadClass of one event (0 for none or a negated one)."""
    if event is None:
        return 0
    if "negated" in event.modes:
        return 0 if event.plover_type in FORCE else 3
    if event.cameo_root in INTENT_CLASS:
        return INTENT_CLASS[event.cameo_root]
    trigger = event.trigger.text.lower()
    if event.plover_type == "REQUEST":
        return 3 if trigger.startswith(DEMAND_WORDS) else 0
    if event.plover_type == "REJECT":
        after = event.evidence.text[event.trigger.end - event.evidence.start:]
        if trigger.startswith(DENIAL_WORDS) or ACCUSATION.match(after):
            return 0
    return PLOVER_CLASS.get(event.plover_type, 0)


def read_tsv(path: str | Path) -> list[tuple[str, int]]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}",
                         "pass a TSV file of sentence<TAB>label lines") from None
    out = []
    for n, row in enumerate(rows, 1):
        if not row:
            continue
        try:
            sentence, label = row
            value = int(label)
            if value not in CLASSES:
                raise ValueError(label)
        except ValueError:
            raise InputError(f"{path}:{n}: not a sentence and a QuadClass label 0-4",
                             "each line is sentence<TAB>label, e.g. 'Troops shelled the town.\t4'"
                             ) from None
        out.append((sentence, value))
    return out


def part_of(sentence: str) -> str:
    """A fixed split of any sentence set: 'look' (3 in 5) or 'untouched' (2 in 5), by a hash of
    the sentence, so that rules are written while looking at one part and checked on the other."""
    return "untouched" if int(hashlib.sha256(sentence.encode("utf-8")).hexdigest(), 16) % 5 < 2 \
        else "look"


def metrics(gold: list[int], predicted: list[int]) -> dict[str, Any]:
    n = len(gold)
    per_class = {}
    f1s = []
    for c in CLASSES:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == c)
        n_pred = sum(1 for p in predicted if p == c)
        n_gold = sum(1 for g in gold if g == c)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class[str(c)] = {"precision": round(prec, 4), "recall": round(rec, 4),
                             "f1": round(f1, 4), "n": n_gold}
        if n_gold:
            f1s.append(f1)
    confusion = Counter(zip(gold, predicted, strict=True))
    return {
        "accuracy": round(sum(g == p for g, p in zip(gold, predicted, strict=True)) / n, 4)
        if n else None,
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
        "per_class": per_class,
        "confusion": [[confusion.get((g, p), 0) for p in CLASSES] for g in CLASSES],
    }


def evaluate(path: str | Path, process: Callable[[Iterable[Article]], Iterable[Any]],
             main_event: Callable[[list[Event]], Event | None], part: str = "all",
             ) -> dict[str, Any]:
    """Score the main event's QuadClass of every sentence (``part``: all, look or untouched)."""
    rows = read_tsv(path)
    if part != "all":
        rows = [r for r in rows if part_of(r[0]) == part]
    articles = [Article(text=s, language="en") for s, _ in rows]
    predicted = [quad_class(main_event(list(x.events))) for x in process(articles)]
    gold = [label for _, label in rows]
    result = metrics(gold, predicted)
    result["predictions"] = [{"sentence": s, "gold": g, "predicted": p}
                             for (s, g), p in zip(rows, predicted, strict=True)]
    return {"dataset": str(path), "part": part, "n": len(rows), **result}
