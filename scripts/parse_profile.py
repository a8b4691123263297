"""Where the parse stage's time goes: CPU seconds of the tokenizer and of each component of the
pipeline over the sentences ``select`` keeps from the first N articles of a JSON Lines file, and
the share of all of it that is matrix products (thinc's ``gemm``: the networks' arithmetic,
which no Python work can remove).

    python scripts/parse_profile.py ../shared/data/bench/news-mix.jsonl --limit 300

Each component runs over all the sentences before the next (as ``nlp.pipe`` does batch by
batch), in the pipeline's batches, with BLAS on one thread; the first round warms the caches
and the second is reported.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from itertools import islice
from typing import Any

from sitrep.nlp import select
from sitrep.nlp.model import one_blas_thread
from sitrep.nlp.segment import one_line, split_sentences
from sitrep.pipeline import PARSE_BATCH, Pipeline


def selected_sentences(path: str, limit: int) -> list[str]:
    texts: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in islice(handle, limit):
            segments = split_sentences(json.loads(line)["text"])
            keep = select.select(segments)
            texts += [one_line(s.text) for s, k in zip(segments, keep, strict=True) if k]
    return sorted(texts, key=len)  # as ``parse_order`` gives them to the model


def by_component(nlp: Any, texts: list[str]) -> dict[str, float]:
    seconds: dict[str, float] = {}
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    seconds["tokenizer"] = time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=PARSE_BATCH))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.process_time() - started
    return seconds


def count_gemm(nlp: Any) -> list[float]:
    """Wrap the ``gemm`` of every ops object of the pipeline's models; the returned list holds
    the CPU seconds spent in them."""
    spent = [0.0]
    ops_seen: dict[int, Any] = {}
    for _name, component in nlp.pipeline:
        for inner in (component, getattr(component, "parser", None), getattr(component, "ner", None)):
            model = getattr(inner, "model", None)
            if model is not None:
                for node in model.walk():
                    ops_seen[id(node.ops)] = node.ops

    def timed(gemm: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return gemm(*args, **kwargs)
            finally:
                spent[0] += time.process_time() - started
        return run

    for ops in ops_seen.values():
        ops.gemm = timed(ops.gemm)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    pipeline = Pipeline()
    nlp = pipeline.nlp
    texts = selected_sentences(args.path, args.limit)
    with one_blas_thread():
        by_component(nlp, texts[:500])  # warm-up
        seconds = by_component(nlp, texts)
        spent = count_gemm(nlp)
        started = time.process_time()
        list(nlp.pipe(texts, batch_size=PARSE_BATCH))
        total = time.process_time() - started
    print(json.dumps({
        "articles": args.limit, "sentences": len(texts), "characters": sum(map(len, texts)),
        "components": {k: round(v, 3) for k, v in seconds.items()},
        "pipe_seconds": round(total, 3), "gemm_seconds": round(spent[0], 3),
        "gemm_share": round(spent[0] / total, 3) if total else None,
    }, indent=1))


if __name__ == "__main__":
    main()
