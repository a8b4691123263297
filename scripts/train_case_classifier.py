"""Train, cross-validate and ship the CASE 2021 snippet classifier (rules + linear model).

    python scripts/train_case_classifier.py ../shared/data/events/case2021-task2-dev.tsv \\
        --probe tests/data/case_probe.tsv --probe tests/data/case_probe2.tsv \\
        --out src/sitrep/resources/case_model.npz

Prints, before training the shipped model on everything:

* 5-fold stratified cross-validation on the dev set: each fold's model is trained on the other
  four dev folds plus the probe sets and scored on the held-out fold (out-of-fold predictions
  pooled into one weighted F1), next to the rules alone on the same snippets;
* the last probe set held out: a model trained on the dev set and the other probe sets, scored
  on it.

Needs scikit-learn (the ``dev`` extra); the package itself only needs numpy to apply the model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from sitrep.evaluate.case2021 import Snippet, f1_scores, read_tsv
from sitrep.extract.events.case_model import DEFAULT_CONFIG, Featurizer, LinearModel, fingerprint
from sitrep.extract.events.case_types import classify_rules


def fit(train: list[Snippet], config: dict, c: float) -> LinearModel:
    texts = [s.text for s in train]
    featurizer = Featurizer(config=dict(config)).fit(texts)
    x = featurizer.matrix(texts)
    y = [s.label for s in train]
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    clf.fit(x, y)
    return LinearModel(featurizer, [str(k) for k in clf.classes_], clf.coef_, clf.intercept_)


def score(model: LinearModel | None, items: list[Snippet]) -> dict[str, float]:
    gold = [s.label for s in items]
    pred = [model.predict(s.text) if model else classify_rules(s.text) for s in items]
    return {k: v for k, v in f1_scores(gold, pred).items() if not k.startswith("f1.")}


def cross_validate(dev: list[Snippet], probes: list[Snippet], config: dict, c: float,
                   folds: int, seed: int) -> dict[str, dict[str, float]]:
    """Pooled out-of-fold scores of the hybrid and of the rules alone on the dev set."""
    labels = [s.label for s in dev]
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    pred: list[str] = [""] * len(dev)
    per_fold = []
    for train_idx, test_idx in skf.split(np.zeros(len(dev)), labels):
        model = fit([dev[i] for i in train_idx] + probes, config, c)
        fold_gold, fold_pred = [], []
        for i in test_idx:
            pred[i] = model.predict(dev[i].text)
            fold_gold.append(dev[i].label)
            fold_pred.append(pred[i])
        per_fold.append(f1_scores(fold_gold, fold_pred)["weighted_f1"])
    hybrid = {k: v for k, v in f1_scores(labels, pred).items() if not k.startswith("f1.")}
    hybrid["fold_weighted_f1"] = per_fold  # type: ignore[assignment]
    return {"hybrid": hybrid, "rules": score(None, dev)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dev", help="CASE 2021 task 2 dev TSV (id, EventSnippet, SubType)")
    parser.add_argument("--probe", action="append", default=[],
                        help="extra labelled TSV for training (repeatable); the last one is "
                             "also held out once")
    parser.add_argument("--out", help="write the model trained on everything here (.npz)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--C", dest="c", type=float, default=10.0)
    parser.add_argument("--config", default="{}",
                        help="JSON overrides of the feature configuration")
    parser.add_argument("--no-cv", action="store_true", help="skip the evaluations")
    args = parser.parse_args(argv)

    config = {**DEFAULT_CONFIG, **json.loads(args.config)}
    dev = read_tsv(args.dev)
    probe_sets = [read_tsv(p) for p in args.probe]
    probes = [s for items in probe_sets for s in items]
    report: dict = {"config": config, "C": args.c, "n_dev": len(dev), "n_probe": len(probes)}
    if not args.no_cv:
        report["cv_dev"] = cross_validate(dev, probes, config, args.c, args.folds, args.seed)
        if probe_sets:
            held = probe_sets[-1]
            others = [s for items in probe_sets[:-1] for s in items]
            model = fit(dev + others, config, args.c)
            report["held_out_probe"] = {"file": args.probe[-1], "hybrid": score(model, held),
                                        "rules": score(None, held)}
    if args.out:
        everything = dev + probes
        model = fit(everything, config, args.c)
        model.meta = {"trained_on": [Path(args.dev).name] + [Path(p).name for p in args.probe],
                      "n": len(everything), "C": args.c,
                      "text_fingerprints": sorted({fingerprint(s.text) for s in everything})}
        model.save(args.out)
        report["model"] = {"out": args.out, "bytes": Path(args.out).stat().st_size,
                           "features": model.featurizer.size}
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
