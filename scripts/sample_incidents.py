"""Draw incidents at random from a sitrep database for a hand check, and summarise the verdicts.

The check of issue 16: ingest a slice of news-mix, draw 100 incidents with a fixed seed, judge
each one ``real`` (a happening of the stated type, really reported by the article), ``type``
(a happening, but of another type), ``not`` (no happening: a topic, a figure of speech, a
generic or historical mention, a charge) or ``dup`` (the same happening as another incident of
the sample or of its article), and count::

    sed -n 1001,1300p ../shared/data/bench/news-mix.jsonl > /tmp/nm300.jsonl
    sitrep --db /tmp/hc.db ingest /tmp/nm300.jsonl
    python scripts/sample_incidents.py /tmp/hc.db --n 100 --seed 16 > /tmp/hc.tsv
    # fill the `verdict` column by hand, then:
    python scripts/sample_incidents.py /tmp/hc.db --summarise /tmp/hc.tsv

The TSV lists, per incident, its type, mode, place, days, fatalities and the sentence of each
mention, so that it can be judged without opening the database.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter

from sitrep.store import open_db

VERDICTS = ("real", "type", "not", "dup")


def _clean(text: str) -> str:
    return " ".join(text.split())


def draw(db_path: str, n: int, seed: int) -> list[dict[str, str]]:
    """``n`` incidents drawn with ``seed`` from every incident of the database, by id order."""
    db = open_db(db_path, read_only=True)
    incidents = sorted(db.incidents(with_mentions=True), key=lambda row: row["id"])
    rng = random.Random(seed)
    sample = rng.sample(incidents, min(n, len(incidents)))
    rows = []
    for inc in sample:
        sentences = []
        for mention in inc["mentions"]:
            extraction = db.article(mention["article_id"])
            text = extraction.article.text if extraction is not None else ""
            sentences.append(_clean(text[mention["start"]:mention["end"]]))
        rows.append({
            "id": inc["id"], "verdict": "",
            "type": f"{inc['plover_type']}/{inc['plover_mode'] or ''}",
            "acled": inc["acled_sub_event_type"] or "",
            "place": inc["place"] or "", "days": f"{inc['date_first']}..{inc['date_last']}",
            "killed": "" if inc["fatalities_best"] is None else str(inc["fatalities_best"]),
            "evidence": " || ".join(sentences),
        })
    return rows


def summarise(path: str) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        verdicts = Counter(row["verdict"].strip() for row in csv.DictReader(handle, delimiter="\t"))
    unknown = set(verdicts) - set(VERDICTS)
    if unknown:
        raise SystemExit(f"unknown verdicts {sorted(unknown)}: use one of {', '.join(VERDICTS)}")
    total = sum(verdicts.values())
    return "\n".join(f"{v:5} {verdicts[v]:4d}  {verdicts[v] / total:.0%}" for v in VERDICTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("db")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--summarise", metavar="TSV", help="Count the verdicts of a judged TSV.")
    args = parser.parse_args()
    if args.summarise:
        print(summarise(args.summarise))
        return
    rows = draw(args.db, args.n, args.seed)
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"],
                            delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main()
