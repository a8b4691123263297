"""List the matched events whose place is wrong under ``sitrep eval events`` scoring, with
the sentence, the gold place, ours and the rule that chose ours (``Event.location_rule``).
Only for a *look* part: of an untouched part it prints the summary figures alone, as the
held-out rule asks.

    python scripts/event_place_errors.py tests/data/events-dev-look.pass1.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sitrep.evaluate.events import read_gold, score
from sitrep.pipeline import default_pipeline
from sitrep.records import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", help="gold articles in the format of events/GUIDELINES.md")
    args = parser.parse_args()
    name = Path(args.jsonl).name
    details = "look" in name and "untouched" not in name
    gold = read_gold(args.jsonl)
    pipeline = default_pipeline()

    def coordinates(geonameid: int) -> tuple[float, float] | None:
        found = pipeline.gazetteer.get(geonameid)
        return (found.lat, found.lon) if found is not None else None

    articles = [Article(text=g.text, title=g.title, published=g.published, language="en")
                for g in gold]
    predicted = {g.id: list(x.events)
                 for g, x in zip(gold, pipeline.process_many(articles), strict=True)}
    result = score(gold, predicted, coordinates)
    print(json.dumps(result["metrics"]))
    if not details:
        return
    by_id = {g.id: g for g in gold}
    pairs = wrong = 0
    for d in result["decisions"]:
        if d["verdict"] != "match":
            continue
        pairs += 1
        if d["checks"]["place_right"]:
            continue
        wrong += 1
        event = predicted[d["article"]][d["event"]]
        happening = next(g for g in by_id[d["article"]].events if g.happening == d["happening"])
        print("=" * 80)
        print(f"{d['article']} {d['type']} {d['trigger']!r} rule={event.location_rule}")
        print("  sentence:", " ".join(event.evidence.text.split())[:400])
        print("  gold:", happening.place)
        print("  ours:", [(p.text, p.name, p.kind, p.country) for p in event.places])
    print(f"{wrong} of {pairs} matched events with a wrong place")


if __name__ == "__main__":
    main()
