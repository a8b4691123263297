"""Article-level event scoring against gold files in the format of the event guidelines
(``../shared/data/events/GUIDELINES.md``): one JSON object per article with its text and its
gold events (happenings with every mention, trigger, participants, place, date and flags).

Matching, as the guidelines define it: a sitrep event matches a gold event when its evidence
overlaps one of the gold event's mentions and the PLOVER type is the same; where several gold
events of that type overlap it, the one whose trigger is nearest the sitrep event's trigger (a
gold event told again in a clause of the sentence, whose trigger the gold gives only for its
first mention, has its trigger in that clause: ``_anchor``).

- ``precision``: matched sitrep events / all sitrep events, where of several sitrep events
  matching one happening *in the same sentence* only one counts as matched (the others are
  duplicates, and wrong); a second match of a happening in a *different* sentence (another
  mention of it) counts as matched, and as a duplicate;
- ``recall``: gold happenings with a match / all gold happenings;
- ``duplicate_rate``: duplicates (both kinds) / all sitrep events;
- on the first match of each happening: ``mode_acc`` (where the gold gives a mode),
  ``flags_acc`` (future, hypothetical, negated and background all equal), ``actor_f1`` and
  ``recipient_f1`` (micro F1; a participant matches when the spans overlap, the texts contain
  one another as whole words, or country and sector are both given and equal), ``place_acc``
  (same GeoNames id or within 161 km; the same name only where either side has no point on
  the map; no place on both sides is right),
  ``date_acc`` (the same ISO value; no date on both sides is right).
Everything overall and per PLOVER type, with its ``n``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.records import Actor, Article, Event

FLAGS = ("future", "hypothetical", "negated", "background")
NEAR_KM = 161.0


@dataclass
class GoldEvent:
    happening: str
    plover: str
    mode: str | None
    flags: frozenset[str]
    mentions: list[tuple[int, int]]
    trigger: tuple[int, int] | None
    actors: list[dict[str, Any]]
    recipients: list[dict[str, Any]]
    place: dict[str, Any] | None
    date: str | None


@dataclass
class GoldArticle:
    id: str
    text: str
    published: dt.date | None
    title: str | None
    events: list[GoldEvent] = field(default_factory=list)


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return int(start), int(end)


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Gold articles of a JSON Lines file in the guidelines' format."""
    out: list[GoldArticle] = []
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}",
                         "pass a JSON Lines file in the format of events/GUIDELINES.md") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            published = row.get("published")
            article = GoldArticle(row["id"], row["text"],
                                  dt.date.fromisoformat(published[:10]) if published else None,
                                  row.get("title"))
            for e in row["events"]:
                flags = set(e.get("flags") or []) | ({"background"} if e.get("background") else set())
                article.events.append(GoldEvent(
                    e["happening"], e["plover"], e.get("mode") or None, frozenset(flags),
                    [_span(m) for m in e["mentions"]], _span(e.get("trigger")),
                    e.get("actors") or [], e.get("recipients") or [], e.get("place"),
                    e.get("date")))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not an article in the gold format ({exc})",
                             "see ../shared/data/events/GUIDELINES.md for the format") from None
        out.append(article)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _distance(a: tuple[int, int] | None, b: tuple[int, int]) -> int:
    if a is None:
        return 0
    return 0 if _overlap(a, b) else min(abs(a[0] - b[1]), abs(b[0] - a[1]))


def _anchor(g: GoldEvent, span: tuple[int, int], trigger: tuple[int, int]
            ) -> tuple[int, int] | None:
    """Where the gold event ``g`` is told in the sentence ``span`` of a sitrep event whose
    trigger is ``trigger``: its trigger when that lies in the sentence; else a mention of it
    that is a clause of the sentence with the sitrep trigger inside (the guidelines give a
    trigger for the first mention only: a happening told again in a clause of its own has its
    trigger there, "Fighters storm a post; a strike hits militants" of a headline); else its
    trigger."""
    if g.trigger is None or _overlap(g.trigger, span):
        return g.trigger
    clause = next((m for m in g.mentions if _overlap(m, trigger)
                   and not (m[0] <= span[0] and span[1] <= m[1])), None)
    return clause or g.trigger


def _flags(event: Event) -> frozenset[str]:
    return frozenset("background" if m == "historical" else m for m in event.modes)


def _fold(text: str | None) -> str:
    return " ".join(w for w in (text or "").lower().split() if w != "the")


def _contains(a: str, b: str) -> bool:
    """Whether the words of ``a`` stand together inside ``b`` (whole words: "UN" is not in
    "unknown gunmen", "US" not in "Russian forces")."""
    return f" {a} " in f" {b} "


def _participant_match(ours: Actor, gold: dict[str, Any], text: str,
                       window: tuple[int, int]) -> bool:
    gold_text = gold.get("text") or ""
    if gold_text:
        # the gold participant's occurrences in the article, nearest the event first
        start = text.find(gold_text)
        while start >= 0:
            if _overlap((start, start + len(gold_text)), (ours.evidence.start, ours.evidence.end)):
                return True
            start = text.find(gold_text, start + 1)
        a, b = _fold(ours.text), _fold(gold_text)
        if a and b and (_contains(a, b) or _contains(b, a)):
            return True
    country, sector = gold.get("country"), gold.get("sector")
    return bool(country and sector and ours.country == country and ours.sector == sector)


def _f1_counts(ours: list[Actor], gold: list[dict[str, Any]], text: str,
               window: tuple[int, int]) -> tuple[int, int, int]:
    """(true positives, our participants, gold participants), each gold matched once."""
    used: set[int] = set()
    tp = 0
    for actor in ours:
        for i, g in enumerate(gold):
            if i not in used and _participant_match(actor, g, text, window):
                used.add(i)
                tp += 1
                break
    return tp, len(ours), len(gold)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _place_right(event: Event, gold: dict[str, Any] | None,
                 coordinates: Callable[[int], tuple[float, float] | None]) -> bool:
    ours = event.places[0] if event.places else None
    if not gold or not (gold.get("text") or gold.get("geonameid")):
        return ours is None
    if ours is None:
        return False
    gid = gold.get("geonameid")
    if gid and ours.geonameid == gid:
        return True
    if gid and ours.lat is not None and ours.lon is not None:
        where = coordinates(int(gid))
        if where is not None:
            # both places known on the map: the distance decides, not the words (a name the
            # article wrote but sitrep placed elsewhere, "Geneva" read as Geneva, New York or
            # replaced by the article's main place, is the wrong place)
            return _km((ours.lat, ours.lon), where) <= NEAR_KM
    return bool(gold.get("text")) and _fold(gold["text"]) in (_fold(ours.name), _fold(ours.text))


def _place_name(event: Event) -> str | None:
    return event.places[0].name or event.places[0].text if event.places else None


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def _f1(tp: int, ours: int, gold: int) -> float | None:
    if not ours and not gold:
        return None
    p = tp / ours if ours else 0.0
    r = tp / gold if gold else 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


class _Tally:
    def __init__(self) -> None:
        self.c: dict[str, float] = defaultdict(float)

    def add(self, key: str, value: float = 1.0) -> None:
        self.c[key] += value

    def metrics(self) -> dict[str, Any]:
        c = self.c
        precision = _ratio(c["matched"], c["predicted"])
        recall = _ratio(c["found"], c["gold"])
        f1 = (round(2 * precision * recall / (precision + recall), 4)
              if precision and recall else 0.0)
        return {
            "n_gold": int(c["gold"]), "n_predicted": int(c["predicted"]),
            "precision": precision, "recall": recall, "f1": f1,
            "duplicate_rate": _ratio(c["duplicates"], c["predicted"]),
            "mode_acc": _ratio(c["mode_right"], c["mode_n"]),
            "flags_acc": _ratio(c["flags_right"], c["pairs"]),
            "actor_f1": _f1(int(c["actor_tp"]), int(c["actor_ours"]), int(c["actor_gold"])),
            "recipient_f1": _f1(int(c["recipient_tp"]), int(c["recipient_ours"]),
                                int(c["recipient_gold"])),
            "place_acc": _ratio(c["place_right"], c["pairs"]),
            "date_acc": _ratio(c["date_right"], c["pairs"]),
        }


def score(gold: list[GoldArticle], predicted: dict[str, list[Event]],
          coordinates: Callable[[int], tuple[float, float] | None] = lambda _: None,
          ) -> dict[str, Any]:
    """The guidelines' metrics, overall and per PLOVER type, and every decision (for --errors)."""
    overall = _Tally()
    per_type: dict[str, _Tally] = defaultdict(_Tally)
    decisions: list[dict[str, Any]] = []
    for article in gold:
        events = predicted.get(article.id, [])
        for g in article.events:
            for t in (overall, per_type[g.plover]):
                t.add("gold")
        first: dict[int, Event] = {}  # gold index -> first matching event
        sentences: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for index, event in enumerate(events):
            span = (event.evidence.start, event.evidence.end)
            trig = (event.trigger.start, event.trigger.end)
            cands = [(i, g) for i, g in enumerate(article.events) if g.plover == event.plover_type
                     and any(_overlap(span, m) for m in g.mentions)]
            for t in (overall, per_type[event.plover_type]):
                t.add("predicted")
            decision = {"article": article.id, "type": event.plover_type,
                        "trigger": event.trigger.text, "sentence": event.evidence.text,
                        "event": index, "confidence": event.confidence}
            if not cands:
                decisions.append({**decision, "verdict": "false positive"})
                continue
            i, g = min(cands, key=lambda c: (_distance(_anchor(c[1], span, trig), trig),
                                             _distance(c[1].trigger, trig)))
            tallies = (overall, per_type[g.plover])
            if span in sentences[i]:
                for t in tallies:
                    t.add("duplicates")
                decisions.append({**decision, "verdict": "duplicate (same sentence)",
                                  "happening": g.happening})
                continue
            sentences[i].add(span)
            for t in tallies:
                t.add("matched")
            if i in first:
                for t in tallies:
                    t.add("duplicates")
                decisions.append({**decision, "verdict": "duplicate (other sentence)",
                                  "happening": g.happening})
                continue
            first[i] = event
            for t in tallies:
                t.add("found")
                t.add("pairs")
            checks = _pair_checks(event, g, article, coordinates)
            for key, value in checks.items():
                for t in tallies:
                    t.add(key, value)
            decisions.append({**decision, "verdict": "match", "happening": g.happening,
                              "checks": checks, "place": _place_name(event),
                              "gold_place": (g.place or {}).get("text") or None,
                              "date": event.when.value if event.when else None,
                              "gold_date": g.date or None})
        for i, g in enumerate(article.events):
            if i not in first:
                s, e = g.mentions[0]
                decisions.append({"article": article.id, "type": g.plover,
                                  "verdict": "missed", "happening": g.happening,
                                  "sentence": article.text[s:e]})
    return {"metrics": overall.metrics(),
            "per_type": {k: v.metrics() for k, v in sorted(per_type.items())},
            "decisions": decisions}


RIGHT = {"match", "duplicate (other sentence)"}  # what counts as matched for precision
BINS = (0.3, 0.5, 0.7, 0.9)


def reliability(decisions: list[dict[str, Any]], bins: tuple[float, ...] = BINS
                ) -> dict[str, Any]:
    """How well ``confidence`` says how often an event is right ("right": it counts as matched
    for precision, a match or another sentence's mention of a matched happening): per bin of
    confidence (below 0.3, 0.3-0.5, ..., 0.9 and above) the count, the share right and the mean
    confidence; and the expected calibration error (the bins' gaps between share right and mean
    confidence, weighted by their counts)."""
    scored = [(float(d["confidence"]), d["verdict"] in RIGHT) for d in decisions
              if "confidence" in d]
    edges = (0.0, *bins, math.inf)
    rows: list[dict[str, Any]] = []
    gap = 0.0
    for low, high in zip(edges, edges[1:], strict=False):
        inside = [(c, r) for c, r in scored if low <= c < high]
        n = len(inside)
        right = _ratio(sum(r for _, r in inside), n)
        mean = _ratio(sum(c for c, _ in inside), n)
        if n:
            gap += n * abs(sum(r for _, r in inside) / n - sum(c for c, _ in inside) / n)
        label = (f"<{high:g}" if low == 0.0 else f">={low:g}" if high == math.inf
                 else f"{low:g}-{high:g}")
        rows.append({"bin": label, "n": n, "right": right, "mean_confidence": mean})
    return {"bins": rows, "n": len(scored), "ece": _ratio(gap, len(scored))}


def _pair_checks(event: Event, g: GoldEvent, article: GoldArticle,
                 coordinates: Callable[[int], tuple[float, float] | None]) -> dict[str, float]:
    window = (event.evidence.start, event.evidence.end)
    out: dict[str, float] = {}
    if g.mode:
        out["mode_n"] = 1
        out["mode_right"] = float(event.plover_mode == g.mode)
    out["flags_right"] = float(_flags(event) == g.flags)
    for role, ours, gold in (("actor", event.actors, g.actors),
                             ("recipient", event.recipients, g.recipients)):
        tp, n_ours, n_gold = _f1_counts(ours, gold, article.text, window)
        out[f"{role}_tp"], out[f"{role}_ours"], out[f"{role}_gold"] = tp, n_ours, n_gold
    out["place_right"] = float(_place_right(event, g.place, coordinates))
    value = event.when.value if event.when else None
    out["date_right"] = float((value or None) == (g.date or None))
    return out


def evaluate(path: str | Path, process: Callable[[Iterable[Article]], Iterable[Any]],
             coordinates: Callable[[int], tuple[float, float] | None] = lambda _: None,
             min_confidence: float | None = None) -> dict[str, Any]:
    """Run ``process`` (``Pipeline.process_many``) over the gold articles and score its events;
    with ``min_confidence`` only those at least that likely to be right (what
    ``sitrep events --min-confidence`` lists)."""
    gold = read_gold(path)
    articles = [Article(text=g.text, title=g.title, published=g.published, language="en")
                for g in gold]
    floor = -1.0 if min_confidence is None else min_confidence
    extractions = list(process(articles))
    predicted = {g.id: [e for e in x.events if e.confidence >= floor]
                 for g, x in zip(gold, extractions, strict=True)}
    # articles whose extraction failed (``run.local.extract_all`` isolates them): scored as
    # giving no events, and named so that the failure is seen
    failed = [{"article": g.id, "reason": x.article.reason} for g, x in
              zip(gold, extractions, strict=True) if x.article.status == "failed"]
    result = score(gold, predicted, coordinates)
    return {"dataset": str(path), "n": len(gold), "failed": failed, **result}


def as_events(article: GoldArticle) -> list[Event]:
    """A second annotation's events as sitrep would give them (one per happening, evidence its
    first mention), to score one annotation pass against another: the agreement between passes."""
    from sitrep.records import Evidence as Ev
    from sitrep.records import Place, When

    def span(s: int, e: int) -> Ev:
        return Ev(s, e, article.text[s:e])

    def actor(a: dict[str, Any], near: int) -> Actor:
        words = a.get("text") or ""
        start = article.text.find(words, max(0, near - 400)) if words else -1
        if start < 0:
            start = max(0, article.text.find(words)) if words else near
        return Actor(words, span(start, start + len(words)), words.lower(), a.get("country"),
                     a.get("sector"))

    out = []
    for g in article.events:
        s, e = g.mentions[0]
        trig = g.trigger or (s, e)
        place = None
        if g.place and (g.place.get("text") or g.place.get("geonameid")):
            place = Place(g.place.get("text") or "", span(s, s), g.place.get("text") or "",
                          g.place.get("geonameid"))
        modes = sorted("historical" if f == "background" else f for f in g.flags)
        out.append(Event(span(s, e), span(*trig), g.plover, g.mode,
                         actors=[actor(a, s) for a in g.actors],
                         recipients=[actor(a, s) for a in g.recipients],
                         places=[place] if place else [],
                         when=When(g.date, span(s, s), g.date) if g.date else None,
                         modes=modes))
    return out


def agreement(path_a: str | Path, path_b: str | Path) -> dict[str, Any]:
    """Pass B scored against pass A (as if B were sitrep's output): the inter-annotator figures."""
    gold, other = read_gold(path_a), {a.id: a for a in read_gold(path_b)}
    missing = [g.id for g in gold if g.id not in other]
    if missing:
        raise InputError(f"{path_b} lacks {len(missing)} of the articles of {path_a} "
                         f"(first: {missing[0]})", "annotate the same articles in both passes")
    result = score(gold, {g.id: as_events(other[g.id]) for g in gold})
    return {"dataset": f"{path_b} against {path_a}", "n": len(gold), **result}
