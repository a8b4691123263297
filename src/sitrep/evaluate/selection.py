"""What sentence selection costs: the same articles extracted with selection and without.

Every record the full parse finds (selection off) is looked for among the records found with
selection on, by its kind and the characters it comes from:

- events by trigger offsets and PLOVER type (``events_recall``), and among those, the share that
  also keep the same place, date and actors (``events_same``: linking looks at the whole article,
  so a dropped sentence can change an event's place or date without losing the event);
- casualty claims by evidence offsets, outcome and figures (``claims_recall``);
- places by offsets and GeoNames id, dates by offsets and value, actors by offsets and code.

``extra`` counts records found only with selection on (expected 0: a sentence is parsed on its
own either way). The snippet evaluations (claims, CASE, PLOVER, actors) cannot show the cost:
a one-sentence snippet is its own lead, and the lead is always parsed. This one can, on any
corpus of whole articles (JSON Lines with ``text`` and optional ``published``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import time
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.records import Actor, Article, Claim, Event, Extraction, Place, When


def _place(p: Place | None) -> Hashable:
    return None if p is None else (p.geonameid, p.name)


def _actor(a: Actor) -> Hashable:
    return (a.evidence.start, a.evidence.end, a.country, a.sector)


def _event_key(e: Event) -> Hashable:
    return (e.trigger.start, e.trigger.end, e.plover_type)


def _event_full(e: Event) -> Hashable:
    return (_event_key(e), frozenset(map(_place, e.places)), e.when.value if e.when else None,
            frozenset(map(_actor, e.actors)), frozenset(map(_actor, e.recipients)))


def _claim_key(c: Claim) -> Hashable:
    return (c.evidence.start, c.evidence.end, c.outcome, c.low, c.high, c.victims)


def _place_key(p: Place) -> Hashable:
    return (p.evidence.start, p.evidence.end, p.geonameid)


def _date_key(w: When) -> Hashable:
    return (w.evidence.start, w.evidence.end, w.value)


KINDS: dict[str, Callable[[Extraction], Iterable[Hashable]]] = {
    "events": lambda x: map(_event_key, x.events),
    "events_same": lambda x: map(_event_full, x.events),
    "claims": lambda x: map(_claim_key, x.claims),
    "places": lambda x: map(_place_key, x.places),
    "dates": lambda x: map(_date_key, x.dates),
    "actors": lambda x: map(_actor, x.actors),
}


def read_articles(path: str | Path, limit: int | None = None) -> list[Article]:
    path = Path(path)
    if not path.exists():
        raise InputError(f"articles file not found: {path}",
                         "pass a JSON Lines file with a `text` field per line")
    articles = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(itertools.islice(fh, limit), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
            except (json.JSONDecodeError, KeyError, TypeError):
                raise InputError(f"{path}:{n}: not a JSON object with a `text` field",
                                 "each line must be {\"text\": ..., \"published\"?: ...}") from None
            published = record.get("published")
            try:
                day = dt.date.fromisoformat(published[:10]) if published else None
            except ValueError:
                day = None
            articles.append(Article(text=text, published=day, language="en",
                                    external_id=str(record.get("id", n))))
    return articles


def _copy(articles: list[Article]) -> list[Article]:
    return [Article(text=a.text, published=a.published, language=a.language,
                    external_id=a.external_id) for a in articles]


def evaluate(articles: list[Article], model: str | None = None,
             dataset: str = "") -> dict[str, Any]:
    """Extract ``articles`` with selection off and on; recall of each kind of record."""
    from sitrep.nlp import select
    from sitrep.nlp.segment import split_sentences
    from sitrep.pipeline import Pipeline

    full, selected = Pipeline(model, select_sentences=False), Pipeline(model)
    seconds = {}
    outputs = {}
    for name, pipeline in (("full", full), ("selected", selected)):
        started = time.process_time()
        outputs[name] = list(pipeline.process_many(_copy(articles)))
        seconds[name] = time.process_time() - started
    kept = chars = 0
    for article in articles:
        segments = split_sentences(article.text)
        a, b = select.stats(segments, select.select(segments))
        kept, chars = kept + a, chars + b
    metrics: dict[str, Any] = {}
    missed: list[dict[str, Any]] = []
    for kind, keys in KINDS.items():
        found = total = extra = 0
        for a, b in zip(outputs["full"], outputs["selected"], strict=True):
            want, got = list(keys(a)), set(keys(b))
            total += len(want)
            hit = [k for k in want if k in got]
            found += len(hit)
            extra += len(got - set(want))
            if kind == "events":
                missed.extend({"article": a.article.external_id, "trigger": e.trigger.text,
                               "type": e.plover_type, "sentence": e.evidence.text}
                              for e in a.events if _event_key(e) not in got)
        metrics[f"{kind}_recall"] = round(found / total, 4) if total else None
        metrics[f"{kind}_full"] = total
        metrics[f"{kind}_extra"] = extra
    metrics["selected_char_fraction"] = round(kept / chars, 4) if chars else None
    metrics["cpu_seconds_full"] = round(seconds["full"], 2)
    metrics["cpu_seconds_selected"] = round(seconds["selected"], 2)
    return {"dataset": dataset, "n": len(articles), "metrics": metrics, "missed_events": missed}
