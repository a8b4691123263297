"""Dump every record extracted from the first N articles of a JSON Lines file, one JSON object
per article with sorted keys: two dumps of the same input compare byte for byte, so a refactor
that must not change the output is checked with ``cmp`` of a dump made before and one after.

    python scripts/dump_extractions.py ../shared/data/bench/news-mix.jsonl --limit 300 > after.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from itertools import islice

from sitrep.pipeline import Pipeline, extractor_versions
from sitrep.records import Article, to_dict


def articles(path: str, limit: int) -> Iterator[Article]:
    with open(path, encoding="utf-8") as handle:
        for line in islice(handle, limit):
            row = json.loads(line)
            published = row.get("published")
            yield Article(text=row["text"], title=row.get("title"), source=row.get("source"),
                          url=row.get("url"), language="en",
                          published=dt.date.fromisoformat(published[:10]) if published else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    out = sys.stdout
    out.write(json.dumps({"versions": extractor_versions()}, sort_keys=True) + "\n")
    for extraction in Pipeline().process_many(articles(args.path, args.limit)):
        record = to_dict(extraction)
        record["article"].pop("ingested_at", None)
        out.write(json.dumps(record, sort_keys=True, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
