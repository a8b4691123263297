"""An extraction as the rows of its tables: what the store inserts, and what a Dask worker sends
back instead of the records (tuples of plain values pickle and unpickle many times faster than
the records' objects, so the process that writes the database has little left to do).

Row ids are local to the article: 1, 2, ... in each table. The store shifts them, and the ids
that point at them, to the ids SQLite would give when it inserts the rows (``store.write``).

    rows = to_rows(extraction)
    rows.rows[("events", ("id", "article_id", ...))]  # [(1, "3f2a...", ...), (2, ...)]
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sitrep.records import Actor, Article, Claim, Event, Extraction, Place, When

# columns holding the id of another row, and the table of that row
ID_COLUMNS = {"date_id": "dates", "actor_id": "actors", "claimant_id": "actors",
              "place_id": "places", "event_id": "events"}

RowKey = tuple[str, tuple[str, ...]]  # (table, columns)


@dataclass
class ExtractionRows:
    """One article's extraction as rows (see the module's docstring)."""

    article: Article
    notes: list[str] = field(default_factory=list)
    rows: dict[RowKey, list[tuple[Any, ...]]] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # rows with an id, per table
    counts: dict[str, int] = field(default_factory=dict)  # listed records of each kind
    unresolved_dates: bool = False  # some relative date has no value

    def add(self, table: str, values: dict[str, Any]) -> None:
        self.rows.setdefault((table, tuple(values)), []).append(tuple(values.values()))

    def record_counts(self) -> dict[str, int]:
        return self.counts

    def has_unresolved_dates(self) -> bool:
        return self.unresolved_dates


def to_rows(item: Extraction | ExtractionRows | Article) -> ExtractionRows:
    """The rows of an extraction (an article alone has none)."""
    if isinstance(item, ExtractionRows):
        return item
    article = item if isinstance(item, Article) else item.article
    if not article.id:
        from sitrep.pipeline import article_id

        article.id = article_id(article.text)
    if isinstance(item, Article):
        return ExtractionRows(article=item)
    out = ExtractionRows(article=article, notes=item.notes, counts=item.record_counts(),
                         unresolved_dates=item.has_unresolved_dates())
    _Writer(out, item).write()
    return out


class _Writer:
    """Turns the records of one extraction into rows, keeping one row for an object shared
    between records (an actor that is also an event's actor is one row)."""

    def __init__(self, rows: ExtractionRows, ex: Extraction) -> None:
        self.out = rows
        self.ex = ex
        self.aid = ex.article.id
        self.rows: dict[tuple[str, int], int] = {}  # (table, id(obj)) -> rowid
        self.spans: dict[str, dict[tuple[int, int, str], list[int]]] = {}  # table -> span -> idx

    def write(self) -> None:
        ex = self.ex
        for i, actor in enumerate(ex.actors):
            self._row("actors", actor, i)
        for i, place in enumerate(ex.places):
            self._row("places", place, i)
        for i, when in enumerate(ex.dates):
            self._row("dates", when, i)
        event_ids = [self._event(i, event) for i, event in enumerate(ex.events)]
        for i, claim in enumerate(ex.claims):
            self._claim(i, claim, event_ids)

    # -- shared records ---------------------------------------------------------------------------
    def _row(self, table: str, obj: Any, idx: int | None = None) -> int:
        key = (table, id(obj))
        if key in self.rows:
            return self.rows[key]
        if idx is None:  # not listed: an equal listed record is the same row
            listed = {"actors": self.ex.actors, "places": self.ex.places, "dates": self.ex.dates}
            for i in self._same_span(table, listed[table], obj):
                other = listed[table][i]
                if other == obj:
                    rowid = self._row(table, other, i)
                    self.rows[key] = rowid
                    return rowid
        insert = {"actors": self._insert_actor, "places": self._insert_place,
                  "dates": self._insert_date}[table]
        rowid = insert(obj, idx)
        self.rows[key] = rowid
        return rowid

    def _same_span(self, table: str, listed: list[Any], obj: Any) -> list[int]:
        """Indexes of the listed records with ``obj``'s evidence span and text, in order (equal
        records have equal spans: an index by span keeps the search linear in the article)."""
        index = self.spans.get(table)
        if index is None:
            index = self.spans[table] = {}
            for i, other in enumerate(listed):
                ev = other.evidence
                index.setdefault((ev.start, ev.end, other.text), []).append(i)
        ev = obj.evidence
        return index.get((ev.start, ev.end, obj.text), [])

    def _mention(self, record: Actor | Place | When, idx: int | None) -> dict[str, Any]:
        """The columns every actor, place and date row has: where it was read."""
        ev = record.evidence
        return dict(article_id=self.aid, idx=idx, listed=int(idx is not None), start=ev.start,
                    end=ev.end, text=record.text)

    def _insert_actor(self, a: Actor, idx: int | None) -> int:
        return self._insert("actors", dict(
            self._mention(a, idx), name=a.name, country=a.country, sector=a.sector,
            office=a.office, kind=a.kind, extractor=a.extractor))

    def _insert_place(self, p: Place, idx: int | None) -> int:
        return self._insert("places", dict(
            self._mention(p, idx), name=p.name, geonameid=p.geonameid, country=p.country,
            admin1=p.admin1, lat=p.lat, lon=p.lon, feature_class=p.feature_class, kind=p.kind,
            precision=p.precision, extractor=p.extractor))

    def _insert_date(self, w: When, idx: int | None) -> int:
        return self._insert("dates", dict(
            self._mention(w, idx), value=w.value, precision=w.precision, span_start=w.start,
            span_end=w.end, relative=int(bool(w.relative)),
            unresolved_reason=w.unresolved_reason, extractor=w.extractor,
            kind=getattr(w, "kind", None) or "date"))

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        rowid = self.out.ids.get(table, 0) + 1
        self.out.ids[table] = rowid
        self.out.add(table, {"id": rowid, **values})
        return rowid

    # -- events and claims ------------------------------------------------------------------------
    def _event(self, idx: int, e: Event) -> int:
        date_id = self._row("dates", e.when) if e.when is not None else None
        when = e.when
        modes = list(e.modes or [])
        rowid = self._insert(
            "events",
            dict(article_id=self.aid, idx=idx, start=e.evidence.start, end=e.evidence.end,
                 text=e.evidence.text, trigger_start=e.trigger.start if e.trigger else None,
                 trigger_end=e.trigger.end if e.trigger else None,
                 trigger_text=e.trigger.text if e.trigger else None,
                 plover_type=e.plover_type, plover_mode=e.plover_mode,
                 acled_event_type=e.acled_event_type,
                 acled_sub_event_type=e.acled_sub_event_type, cameo_root=e.cameo_root,
                 date_id=date_id, date_value=when.value if when else None,
                 date_start=(when.start or when.value) if when else None,
                 date_end=(when.end or when.start or when.value) if when else None,
                 modes=json.dumps(modes), historical=int("historical" in modes),
                 location_rule=e.location_rule, confidence=e.confidence,
                 extractor=e.extractor))
        for role, actors in (("actor", e.actors), ("recipient", e.recipients)):
            for pos, actor in enumerate(actors):
                self.out.add("event_actors", {"event_id": rowid, "role": role, "position": pos,
                                              "actor_id": self._row("actors", actor)})
        for pos, place in enumerate(e.places):
            self.out.add("event_places", {"event_id": rowid, "position": pos,
                                          "place_id": self._row("places", place)})
        return rowid

    def _claim(self, idx: int, c: Claim, event_ids: list[int]) -> int:
        event_id = None
        if c.event is not None and 0 <= c.event < len(event_ids):
            event_id = event_ids[c.event]
        return self._insert(
            "claims",
            dict(article_id=self.aid, idx=idx, start=c.evidence.start, end=c.evidence.end,
                 text=c.evidence.text, outcome=c.outcome, low=c.low, high=c.high,
                 approx=int(bool(c.approx)), vague=c.vague, vague_low=c.vague_low,
                 victims=c.victims, side=c.side, period_kind=c.period_kind,
                 period_start=c.period_start, period_end=c.period_end,
                 place_id=self._row("places", c.place) if c.place is not None else None,
                 claimant_id=self._row("actors", c.claimant) if c.claimant is not None else None,
                 undisclosed=int(bool(c.undisclosed)), background=int(bool(c.background)),
                 part_of=c.part_of, event_idx=c.event, event_id=event_id,
                 extractor=c.extractor))
