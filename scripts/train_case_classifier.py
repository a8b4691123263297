"""Train, cross-validate and ship the CASE 2021 snippet classifier (rules + linear model).

One command (``make case-model`` runs the same), reproducible: the folds come from a hash of
each snippet id salted with ``--seed`` (default 0) and the solver is deterministic:

    python scripts/train_case_classifier.py ../shared/data/events/case2021-task2-dev.tsv \\
        --probe tests/data/case_probe.tsv --probe tests/data/case_probe2.tsv \\
        --probe tests/data/case_probe3.tsv --probe tests/data/case_probe5.tsv \\
        --out src/sitrep/resources/case_model.npz

(``tests/data/case_probe4_heldout.tsv`` and ``case_probe5b_heldout.tsv`` are never trained on: they
check that the rules and the model carry over.)

The dev set is split once by a hash of the snippet id (``evaluate.claims.part_of``): the
*look* part (3 in 5) is the only dev text the model is trained on; the *untouched* part (2 in 5)
is only scored, so ``sitrep eval case2021 --part untouched`` measures the shipped hybrid
honestly. Class weights are balanced, so the model does not learn one set's label mix. Prints,
next to the rules alone on the same snippets:

* ``cv_look``: grouped k-fold cross-validation on the look part (the fold of a snippet is a
  hash of its id, so a snippet and its id never straddle folds; the dev file has no source or
  URL column to group by); each fold's model is trained on the other look folds plus the probe
  sets, out-of-fold predictions pooled into one weighted F1;
* ``untouched``: the model trained on look + probes (the shipped one) on the untouched part;
* ``across_sources``: each source (dev look part, each probe file) held out in turn, the model
  trained on the other sources: does it carry over to text written by someone else?

Needs scikit-learn (the ``dev`` extra); the package itself only needs numpy to apply the model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from sitrep.evaluate.case2021 import Snippet, f1_scores, read_tsv
from sitrep.evaluate.claims import part_of
from sitrep.extract.events.case.model import DEFAULT_CONFIG, Featurizer, LinearModel, fingerprint
from sitrep.extract.events.case.rules import classify_rules

# snippet id -> the source it comes from, when sources are weighted equally (--source-weight)
SOURCE_OF: dict[str, str] = {}


def source_weights(train: list[Snippet]) -> list[float] | None:
    """Per-snippet weights that give every source (the dev look part, each probe file) the same
    total weight, so the largest source's label mix does not become the model's; None when
    sources are not weighted."""
    if not SOURCE_OF:
        return None
    counts = Counter(SOURCE_OF[s.id] for s in train)
    return [len(train) / (len(counts) * counts[SOURCE_OF[s.id]]) for s in train]


def fit(train: list[Snippet], config: dict, c: float, seed: int) -> LinearModel:
    texts = [s.text for s in train]
    featurizer = Featurizer(config=dict(config)).fit(texts)
    x = featurizer.matrix(texts)
    y = [s.label for s in train]
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=seed)
    clf.fit(x, y, sample_weight=source_weights(train))
    return LinearModel(featurizer, [str(k) for k in clf.classes_], clf.coef_, clf.intercept_)


def score(model: LinearModel | None, items: list[Snippet]) -> dict[str, float]:
    gold = [s.label for s in items]
    pred = [model.predict(s.text) if model else classify_rules(s.text) for s in items]
    return {k: v for k, v in f1_scores(gold, pred).items() if not k.startswith("f1.")}


def fold_of(snippet_id: str, folds: int, seed: int) -> int:
    """The cross-validation fold of a snippet: a hash of its id salted with the seed."""
    digest = hashlib.sha256(f"case-cv:{seed}:{snippet_id.strip()}".encode()).hexdigest()
    return int(digest, 16) % folds


def cross_validate(look: list[Snippet], probes: list[Snippet], config: dict, c: float,
                   folds: int, seed: int) -> dict[str, dict[str, float]]:
    """Pooled out-of-fold scores of the hybrid and of the rules alone on the look part."""
    fold = [fold_of(s.id, folds, seed) for s in look]
    pred: list[str] = [""] * len(look)
    for k in range(folds):
        model = fit([s for s, f in zip(look, fold, strict=True) if f != k] + probes,
                    config, c, seed)
        for i, f in enumerate(fold):
            if f == k:
                pred[i] = model.predict(look[i].text)
    gold = [s.label for s in look]
    hybrid = {k: v for k, v in f1_scores(gold, pred).items() if not k.startswith("f1.")}
    return {"hybrid": hybrid, "rules": score(None, look)}


def across_sources(sources: dict[str, list[Snippet]], config: dict, c: float,
                   seed: int) -> dict[str, dict]:
    """Each source held out once, the model trained on all the others."""
    out = {}
    for name, held in sources.items():
        train = [s for other, items in sources.items() if other != name for s in items]
        model = fit(train, config, c, seed)
        out[name] = {"n": len(held), "hybrid": score(model, held), "rules": score(None, held)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dev", help="CASE 2021 task 2 dev TSV (id, EventSnippet, SubType)")
    parser.add_argument("--probe", action="append", default=[],
                        help="extra labelled TSV for training (repeatable), also a source of "
                             "its own in the across-sources check")
    parser.add_argument("--out", help="write the model trained on look + probes here (.npz)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--C", dest="c", type=float, default=10.0)
    parser.add_argument("--config", default="{}",
                        help="JSON overrides of the feature configuration")
    parser.add_argument("--no-cv", action="store_true", help="skip the evaluations")
    parser.add_argument("--source-weight", action="store_true",
                        help="give every source the same total weight (on top of the balanced "
                             "class weights)")
    args = parser.parse_args(argv)

    config = {**DEFAULT_CONFIG, **json.loads(args.config)}
    dev = read_tsv(args.dev)
    look = [s for s in dev if part_of(s.id) == "look"]
    untouched = [s for s in dev if part_of(s.id) == "untouched"]
    probe_sets = {Path(p).name: read_tsv(p) for p in args.probe}
    probes = [s for items in probe_sets.values() for s in items]
    if args.source_weight:
        SOURCE_OF.update({s.id: "dev" for s in look})
        SOURCE_OF.update({s.id: name for name, items in probe_sets.items() for s in items})
        if len(SOURCE_OF) != len(look) + len(probes):
            parser.error("--source-weight needs snippet ids unique across the files")
    report: dict = {"config": config, "C": args.c, "seed": args.seed, "n_look": len(look),
                    "n_untouched": len(untouched), "n_probe": len(probes)}
    model = fit(look + probes, config, args.c, args.seed)
    if not args.no_cv:
        report["cv_look"] = cross_validate(look, probes, config, args.c, args.folds, args.seed)
        report["untouched"] = {"hybrid": score(model, untouched),
                               "rules": score(None, untouched)}
        sources = {f"{Path(args.dev).name}:look": look, **probe_sets}
        report["across_sources"] = across_sources(sources, config, args.c, args.seed)
    if args.out:
        trained = look + probes
        model.meta = {"trained_on": [f"{Path(args.dev).name}:look"] + list(probe_sets),
                      "n": len(trained), "C": args.c, "seed": args.seed,
                      "class_weight": "balanced",
                      "source_weight": "equal" if args.source_weight else "none",
                      "text_fingerprints": sorted({fingerprint(s.text) for s in trained})}
        model.save(args.out)
        report["model"] = {"out": args.out, "bytes": Path(args.out).stat().st_size,
                           "features": model.featurizer.size}
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
