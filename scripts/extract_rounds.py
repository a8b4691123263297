"""CPU seconds of each extractor stage (and the store) on the first N articles of a JSON Lines
file, parsed once and extracted ROUNDS times: a steadier measure of a change to an extractor than
``sitrep bench --stages`` on a shared machine (no parse, no wall clock; the same docs each round).

    PYTHONPATH=src python scripts/extract_rounds.py ../shared/data/bench/news-mix.jsonl \
        --limit 200 --rounds 4 >> before.jsonl

Each round starts from fresh docs (their ``user_data`` emptied, but the kept text) and an empty
per-text memo of the actor lexicon, with the per-word memos warm from the rounds before (the
state of a long run); the first round, which warms them, is not printed. One JSON object per
round. Compare two versions by alternating processes of each (``PYTHONPATH`` of each checkout)
and taking medians.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from pathlib import Path

from sitrep.extract import actors, claims, dates, events, link, places
from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.context import Context, Sentence
from sitrep.extract.events import corefer
from sitrep.ingest import ReadOptions, read_paths
from sitrep.nlp import select
from sitrep.nlp.model import one_blas_thread
from sitrep.nlp.scans import TEXT_KEY, keep_text
from sitrep.nlp.segment import one_line, split_sentences
from sitrep.parts import split_article
from sitrep.pipeline import Pipeline, parse_order
from sitrep.records import Article, Extraction
from sitrep.store import open_db

STAGES = (("dates", dates.extract), ("places", places.extract), ("actors", actors.extract),
          ("events", events.extract), ("claims", claims.extract))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    p = Pipeline()
    p.process(Article(text="Police arrested two men on Monday."))
    records = [a for a in itertools.islice(read_paths([Path(args.path)], ReadOptions()),
                                           args.limit) if a.status == "pending"]
    pieces = []
    for article in records:
        for _, piece in split_article(article, p.max_part_chars):
            segments = split_sentences(piece.text)
            sentences = [Sentence(i, g.start, g.end, g.text) for i, g in enumerate(segments)]
            keep = select.select(segments)
            pieces.append((piece, sentences, [s for s, k in zip(sentences, keep, strict=True)
                                              if k]))
    selected = [s for _, _, chosen in pieces for s in chosen]
    order = parse_order(selected)
    texts = [one_line(selected[i].text) for i in order]
    with one_blas_thread():
        for i, text, doc in zip(order, texts, p.nlp.pipe(texts, batch_size=128), strict=True):
            keep_text(doc, text)
            selected[i].doc = doc
    for r in range(args.rounds):
        for s in selected:
            kept = s.doc.user_data.get(TEXT_KEY)
            s.doc.user_data.clear()
            s.doc.user_data[TEXT_KEY] = kept
        get_matcher().forget_texts()
        seconds = dict.fromkeys([n for n, _ in STAGES] + ["link", "corefer", "store"], 0.0)
        done = []
        for piece, sentences, _ in pieces:
            result = Extraction(article=piece)
            ctx = Context(piece, sentences, p.gazetteer, result, dict(p.settings))
            for name, extract in STAGES:
                started = time.process_time()
                getattr(result, name).extend(extract(ctx))
                seconds[name] += time.process_time() - started
            for name, step in (("link", link.link), ("corefer", corefer.fuse)):
                started = time.process_time()
                step(ctx)
                seconds[name] += time.process_time() - started
            piece.status = "extracted"
            done.append(result)
        with tempfile.TemporaryDirectory() as tmp, open_db(Path(tmp) / "rounds.db") as db:
            for i in range(0, len(done), 64):
                started = time.process_time()
                db.save_many(done[i:i + 64])
                seconds["store"] += time.process_time() - started
        if r:
            print(json.dumps({k: round(v, 3) for k, v in seconds.items()}), flush=True)


if __name__ == "__main__":
    main()
