"""Parquet export (pyarrow): incidents, events or claims as one table per file, with typed
columns, for pandas, polars, DuckDB and Spark.

    with sitrep.open_db("sitrep.db", read_only=True) as db:
        n = write_parquet(db, "incidents.parquet", unit="incidents")
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sitrep.errors import ConfigError

if TYPE_CHECKING:
    from sitrep.store import Database

UNITS = ("incidents", "events", "claims")
NUMERIC = {"fatalities", "fatalities_low", "fatalities_best", "fatalities_high", "injured_low",
           "injured_best", "injured_high", "inter1", "inter2", "geo_precision", "geonameid",
           "time_precision", "low", "high", "vague_low", "event_idx", "n_mentions"}


def _records(db: Database, unit: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
    active = {k: v for k, v in filters.items() if v is not None}
    if unit == "incidents":
        from sitrep.export.incidents import acled_row, incidents_of

        out = []
        for inc in incidents_of(db, **active):
            row = acled_row(inc)
            row["actors"] = json.dumps(inc["actors"], ensure_ascii=False)
            row["recipients"] = json.dumps(inc["recipients"], ensure_ascii=False)
            row["sources"] = list(inc["sources"])
            out.append(row)
        return out
    if unit == "events":
        from sitrep.export.events import acled_row as event_row
        from sitrep.store import bulk

        return [event_row(ex.article, ex, idx, ev) for ex, idx, ev in
                bulk.event_rows(db.conn, {k: v for k, v in active.items()
                                          if k not in ("min_sources", "with_fatalities")})]
    if unit == "claims":
        claims = db.claims(**{k: v for k, v in active.items()
                              if k in ("country", "type", "since", "until", "place", "article")})
        return [{"article_id": c.evidence.article_id, "start": c.evidence.start,
                 "end": c.evidence.end, "text": c.evidence.text, "outcome": c.outcome,
                 "low": c.low, "high": c.high, "approx": c.approx, "vague": c.vague,
                 "vague_low": c.vague_low, "victims": c.victims, "side": c.side,
                 "period_kind": c.period_kind, "period_start": c.period_start,
                 "period_end": c.period_end,
                 "place": c.place.name if c.place else None,
                 "geonameid": c.place.geonameid if c.place else None,
                 "claimant": c.claimant.text if c.claimant else None,
                 "claimant_country": c.claimant.country if c.claimant else None,
                 "undisclosed": c.undisclosed, "background": c.background,
                 "event_idx": c.event, "extractor": c.extractor} for c in claims]
    raise ConfigError(f"unknown export unit {unit!r}", f"use one of: {', '.join(UNITS)}")


def _clean(value: Any) -> Any:
    return None if value == "" else value


def write_parquet(db: Database, sink: str | Path | BinaryIO, *, unit: str = "incidents",
                  **filters: Any) -> int:
    """Write the ``unit`` table to ``sink`` (a path, or the binary file under ``safe_output``'s
    stream); returns the number of rows. Empty text cells are nulls, so numeric columns get numeric types."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _records(db, unit, filters)
    if not rows:
        table = pa.table({"empty": pa.array([], pa.null())})
    else:
        columns = list(rows[0])
        arrays = {}
        for c in columns:
            array = pa.array([_clean(r.get(c)) for r in rows])
            if pa.types.is_null(array.type):  # every cell empty: still a typed column
                kind = (pa.float64() if c in ("latitude", "longitude") else pa.int64()
                        if c in NUMERIC else pa.string())
                array = pa.array([None] * len(rows), kind)
            arrays[c] = array
        table = pa.table(arrays)
    pq.write_table(table, sink if not isinstance(sink, str | Path) else str(sink))
    return len(rows)
