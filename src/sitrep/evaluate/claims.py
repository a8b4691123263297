"""Scoring casualty claims against annotated snippets.

Inputs: a TSV of snippets with ``id`` and ``EventSnippet`` columns (as
../shared/data/events/case2021-task2-dev.tsv) and a JSON Lines gold file of
``{"id", "claims": [...]}`` (as ../shared/data/claims/case2021-dev-claims.jsonl; snippets without
a gold line have no claims).

Every snippet of the TSV is run. Precision, recall and F1 are reported over the listed snippets
(those with a gold line) and, as ``precision_all`` / ``f1_all``, over all snippets: a claim found
in an unlisted snippet is spurious (``spurious_unlisted`` counts them). ``all_snippets`` makes the
per-snippet results include the unlisted snippets as well.

``part_of(id)`` is a fixed split of any snippet set by a hash of the id: 'look' (3 in 5), for
reading errors, and 'untouched' (2 in 5), only ever measured; ``evaluate(part=...)`` scores one.

Matching: a predicted claim matches a gold claim of the same snippet when the outcome, low and
high are equal; vague claims (no figure) match on outcome and vague words (case-insensitive).
Each gold claim matches at most one prediction, preferring the one whose evidence overlaps the
gold text. ``undisclosed`` predictions are not scored (the gold does not annotate them).
On matched claims: victims accuracy, side accuracy (countries compared as ISO3 codes, groups by
name ignoring case) and claimant accuracy (the spans overlap, or both are null).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.extract.claims.victims import country_of
from sitrep.records import Article, Claim


@dataclass
class SnippetResult:
    id: str
    text: str
    gold: list[dict[str, Any]]
    predicted: list[Claim]
    pairs: list[tuple[dict[str, Any], Claim]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[Claim] = field(default_factory=list)


def read_snippets(path: str | Path) -> dict[str, str]:
    path = Path(path)
    if not path.exists():
        raise InputError(f"snippet file not found: {path}",
                         "pass a TSV with `id` and `EventSnippet` columns")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not reader.fieldnames or "id" not in reader.fieldnames or (
                "EventSnippet" not in reader.fieldnames):
            raise InputError(f"{path}: missing `id` or `EventSnippet` column",
                             "the first line must be a header with `id` and `EventSnippet`")
        return {row["id"].strip(): row["EventSnippet"] for row in reader if row.get("id")}


def read_gold(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    path = Path(path)
    if not path.exists():
        raise InputError(f"gold file not found: {path}",
                         "pass a JSON Lines file of {\"id\", \"claims\": [...]}")
    gold: dict[str, list[dict[str, Any]]] = {}
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                gold[str(record["id"])] = list(record.get("claims") or [])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n}: not a gold line ({exc})",
                                 "each line must be a JSON object with `id` and `claims`") from exc
    return gold


def _norm_side(side: str | None) -> str | None:
    if not side:
        return None
    # groups by name, ignoring case and punctuation ("Al-Shabaab" = "Al Shabaab")
    return country_of(side) or re.sub(r"[\W_]+", "", side.lower())


def _spans(text: str, needle: str | None) -> list[tuple[int, int]]:
    if not needle:
        return []
    out, start = [], text.find(needle)
    while start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    if not out:
        low = text.lower().find(needle.lower())
        if low >= 0:
            out.append((low, low + len(needle)))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _same_figure(g: dict[str, Any], p: Claim) -> bool:
    if g.get("outcome") != p.outcome:
        return False
    if g.get("low") is None and g.get("high") is None and g.get("vague"):
        return (p.low is None and p.high is None and p.vague is not None
                and p.vague.strip().lower() == str(g["vague"]).strip().lower())
    return g.get("low") == p.low and g.get("high") == p.high


def match_snippet(result: SnippetResult) -> None:
    preds = [p for p in result.predicted if not p.undisclosed]
    free = list(range(len(preds)))
    for g in result.gold:
        spans = _spans(result.text, g.get("text"))
        options = [i for i in free if _same_figure(g, preds[i])]
        if not options:
            result.missed.append(g)
            continue
        options.sort(key=lambda i: not _overlaps(spans, preds[i].evidence.start,
                                                 preds[i].evidence.end))
        chosen = options[0]
        free.remove(chosen)
        result.pairs.append((g, preds[chosen]))
    result.spurious = [preds[i] for i in free]


def claimant_ok(text: str, g: dict[str, Any], p: Claim) -> bool:
    gold = g.get("claimant")
    if not gold or p.claimant is None:
        return not gold and p.claimant is None
    ev = p.claimant.evidence
    return _overlaps(_spans(text, gold), ev.start, ev.end)


def field_errors(result: SnippetResult, g: dict[str, Any],
                 p: Claim) -> list[tuple[str, str | None, str | None]]:
    """The fields of a matched claim that differ from the gold: (field, gold, ours) for victims,
    side and claimant."""
    out: list[tuple[str, str | None, str | None]] = []
    if g.get("victims") != p.victims:
        out.append(("victims", g.get("victims"), p.victims))
    if _norm_side(g.get("side")) != _norm_side(p.side):
        out.append(("side", g.get("side"), p.side))
    if not claimant_ok(result.text, g, p):
        out.append(("claimant", g.get("claimant"),
                    p.claimant.evidence.text if p.claimant is not None else None))
    return out


def part_of(snippet_id: str) -> str:
    """'look' (3 in 5) or 'untouched' (2 in 5), fixed by a hash of the snippet id: rules are
    written while reading errors of the look part and checked on the untouched one."""
    digest = hashlib.sha256(f"claims:{snippet_id.strip()}".encode()).hexdigest()
    return "untouched" if int(digest, 16) % 5 < 2 else "look"


def score(results: list[SnippetResult]) -> dict[str, float]:
    n_pred = sum(len([p for p in r.predicted if not p.undisclosed]) for r in results)
    n_gold = sum(len(r.gold) for r in results)
    pairs = [(r, g, p) for r in results for g, p in r.pairs]
    matched = len(pairs)
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def acc(ok: int) -> float:
        return ok / matched if matched else 0.0

    wrong = [field for r in results for g, p in r.pairs for field, _, _ in field_errors(r, g, p)]
    victims = matched - wrong.count("victims")
    side = matched - wrong.count("side")
    claimant = matched - wrong.count("claimant")
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "victims_acc": round(acc(victims), 4), "side_acc": round(acc(side), 4),
            "claimant_acc": round(acc(claimant), 4)}


def score_all(listed: list[SnippetResult], unlisted: list[SnippetResult]) -> dict[str, float]:
    """``score`` over the listed snippets, plus precision and F1 over all snippets (claims found
    in unlisted snippets are spurious)."""
    metrics = score(listed)
    extra = sum(len(r.spurious) for r in unlisted)
    n_pred = sum(len([p for p in r.predicted if not p.undisclosed]) for r in listed) + extra
    matched = sum(len(r.pairs) for r in listed)
    precision = matched / n_pred if n_pred else 0.0
    recall = metrics["recall"]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {**metrics, "precision_all": round(precision, 4), "f1_all": round(f1, 4),
            "spurious_unlisted": extra}


def evaluate(snippets_path: str | Path, gold_path: str | Path, *, pipeline: Any = None,
             all_snippets: bool = False, part: str = "all"
             ) -> tuple[dict[str, float], list[SnippetResult]]:
    """Run sitrep on every snippet and score it (``part``: all, look or untouched). Returns
    (metrics, per-snippet results: the listed snippets, or all when ``all_snippets``)."""
    snippets = read_snippets(snippets_path)
    gold = read_gold(gold_path)
    unknown = [i for i in gold if i not in snippets]
    if unknown:
        raise InputError(f"{len(unknown)} gold ids are not in {snippets_path} (e.g. {unknown[0]})",
                         "pass the snippet TSV the gold file was annotated on")
    if part not in ("all", "look", "untouched"):
        raise InputError(f"unknown part {part!r}", "pass all, look or untouched")
    ids = [i for i in snippets if part == "all" or part_of(i) == part]
    if pipeline is None:
        from sitrep.pipeline import default_pipeline

        pipeline = default_pipeline()
    articles = [Article(text=snippets[i], external_id=i, language="en") for i in ids]
    results = []
    for sid, extraction in zip(ids, pipeline.process_many(articles), strict=True):
        result = SnippetResult(sid, snippets[sid], gold.get(sid, []), extraction.claims)
        match_snippet(result)
        results.append(result)
    listed = [r for r in results if r.id in gold]
    unlisted = [r for r in results if r.id not in gold]
    return score_all(listed, unlisted), (results if all_snippets else listed)


def describe(claim: dict[str, Any] | Claim) -> str:
    if isinstance(claim, Claim):
        fig = claim.vague or f"{claim.low}..{claim.high}"
        return f"{claim.outcome} {fig} [{claim.evidence.text}]"
    fig = claim.get("vague") or f"{claim.get('low')}..{claim.get('high')}"
    return f"{claim.get('outcome')} {fig} [{claim.get('text')}]"
