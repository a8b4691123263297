"""Which parsed sentences yield records, by why ``select`` kept them.

For the first N articles of a JSON Lines file: every sentence is given the reason it was parsed
(its cue families and cue lemmas, or the kind of neighbour, or the lead), the article is
extracted as ``sitrep`` does, and every evidence span on a stored event or claim (the event's
sentence, trigger, actors, recipients, places and date; the claim's evidence, claimant and place)
marks the sentence it lies in as yielding. A second, wider count also takes the article's place,
actor and date lists. Prints one table per breakdown (sentences, characters, share yielding).

    python scripts/selection_yield.py ../shared/data/bench/news-mix.jsonl --limit 1000
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections import Counter, defaultdict
from typing import Any

from dump_extractions import articles

from sitrep.nlp import select
from sitrep.nlp.segment import split_sentences
from sitrep.pipeline import Pipeline
from sitrep.records import Extraction
from sitrep.resources import read_tsv


def lemma_forms() -> tuple[dict[str, str], dict[str, str]]:
    """form -> lemma for the casualty cues and the trigger cues (single words)."""
    casualty: dict[str, str] = {}
    for row in read_tsv("casualty_outcomes.tsv"):
        for form in select.inflections(row.get("lemma") or ""):
            casualty.setdefault(form, row["lemma"])
    for row in read_tsv("select_cues.tsv"):
        for form in select.inflections(row.get("word") or ""):
            casualty.setdefault(form, row["word"])
    trigger: dict[str, str] = {}
    for row in read_tsv("event_triggers.tsv"):
        lemma = (row.get("trigger") or "").strip().lower()
        for form in select.inflections(lemma):
            trigger.setdefault(form, lemma)
    return casualty, trigger


def used_spans(ex: Extraction, wide: bool) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for e in ex.events:
        spans += [(e.evidence.start, e.evidence.end), (e.trigger.start, e.trigger.end)]
        spans += [(a.evidence.start, a.evidence.end) for a in (*e.actors, *e.recipients)]
        spans += [(p.evidence.start, p.evidence.end) for p in e.places]
        if e.when is not None:
            spans.append((e.when.evidence.start, e.when.evidence.end))
    for c in ex.claims:
        spans.append((c.evidence.start, c.evidence.end))
        for part in (c.claimant, c.place):
            if part is not None:
                spans.append((part.evidence.start, part.evidence.end))
    if wide:
        for kind in (ex.places, ex.actors, ex.dates):
            spans += [(r.evidence.start, r.evidence.end) for r in kind]
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--out", help="write one JSON line per parsed sentence here")
    args = parser.parse_args()
    casualty_of, trigger_of = lemma_forms()
    pipe = Pipeline()
    arts = list(articles(args.path, args.limit))
    rows: list[dict[str, Any]] = []
    for article, ex in zip(arts, pipe.process_many(arts), strict=True):
        segs = split_sentences(article.text)
        keep = select.select(segs)
        found = [select.kinds(s.text) for s in segs]
        starts = [s.start for s in segs]
        narrow: set[int] = set()
        wide: set[int] = set()
        for target, w in ((narrow, False), (wide, True)):
            for a, z in used_spans(ex, w):
                i = bisect.bisect_right(starts, a) - 1
                j = bisect.bisect_right(starts, max(a, z - 1)) - 1
                target.update(range(max(i, 0), max(j, 0) + 1))
        for i, seg in enumerate(segs):
            if not keep[i]:
                continue
            toks = select.tokens(seg.text)
            reasons = sorted(found[i]) or []
            if not reasons:
                near = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(segs)]
                if i == 0:
                    reasons = ["lead"]
                elif any("trigger" in k or "casualty" in k for k in near) and \
                        select.DATE_PATTERN.search(seg.text):
                    reasons = ["date-neighbour"]
                else:
                    reasons = ["reporting-neighbour"]
            rows.append({
                "article": article.id, "i": i, "chars": len(seg.text), "reasons": reasons,
                "casualty": sorted({casualty_of[t] for t in toks if t in casualty_of})
                if "casualty" in reasons else [],
                "trigger": sorted({trigger_of[t] for t in toks if t in trigger_of})
                if "trigger" in reasons else [],
                "yields": i in narrow, "yields_wide": i in wide, "lead": i == 0,
            })
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row) + "\n")
    report(rows)


def table(title: str, groups: dict[str, list[dict[str, Any]]], top: int = 0) -> None:
    print(f"\n## {title}\n")
    print("| reason | sentences | chars | yield (events/claims) | yield (any record) |")
    print("|---|---|---|---|---|")
    items = sorted(groups.items(), key=lambda kv: -sum(r["chars"] for r in kv[1]))
    for name, rs in items[:top or None]:
        n, chars = len(rs), sum(r["chars"] for r in rs)
        y = sum(r["yields"] for r in rs)
        yw = sum(r["yields_wide"] for r in rs)
        print(f"| {name} | {n} | {chars} | {y / n:.0%} | {yw / n:.0%} |")


def report(rows: list[dict[str, Any]]) -> None:
    by_family: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_family["+".join(r["reasons"])].append(r)
        by_family["ALL"].append(r)
    table("by cue family", by_family)
    only_trigger: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["reasons"] == ["trigger"] and len(r["trigger"]) == 1:
            only_trigger[r["trigger"][0]].append(r)
    table("sentences whose only cue is one trigger lemma (top 40 by chars)", only_trigger, 40)
    only_cas: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["reasons"] == ["casualty"] and len(r["casualty"]) == 1:
            only_cas[r["casualty"][0]].append(r)
    table("sentences whose only cue is one casualty word (top 30 by chars)", only_cas, 30)
    never = Counter()
    for name, rs in only_trigger.items():
        if len(rs) >= 5 and not any(r["yields"] for r in rs):
            never[name] = sum(r["chars"] for r in rs)
    print("\nsingle-trigger lemmas with >= 5 sentences that never yield:", never.most_common(40))


if __name__ == "__main__":
    main()
