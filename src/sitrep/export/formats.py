"""Which export writes what: ``unit_format`` picks the format (``--format`` or the file's
extension) and the unit (incidents, events, claims); ``export_unit`` writes incidents in any
format, and events or claims as GeoJSON or Parquet (CSV and JSON Lines of events are
``export.events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.store import Database


FORMATS = ("csv", "jsonl", "geojson", "parquet")
EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".geojson": "geojson",
              ".parquet": "parquet"}
UNITS = ("incidents", "events", "claims")


def unit_format(out: str, fmt: str | None, unit: str | None) -> tuple[str, str]:
    """(format, unit) of an export: ``fmt`` or the extension of ``out``; ``unit`` or events for
    CSV / JSON Lines (the per-mention export, as before) and incidents for maps and Parquet."""
    from pathlib import Path

    from sitrep.errors import ConfigError

    if fmt is None:
        fmt = EXTENSIONS.get(Path(out).suffix.lower()) if out != "-" else None
    if fmt is None:
        shown = "standard output" if out == "-" else Path(out).name
        raise ConfigError(f"cannot tell the export format of {shown}",
                          "pass --format csv, jsonl, geojson or parquet")
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    unit = unit or ("events" if fmt in ("csv", "jsonl") else "incidents")
    if unit not in UNITS or (unit == "claims" and fmt != "parquet"):
        raise ConfigError(f"--unit {unit} cannot be written as {fmt}",
                          "claims are exported as Parquet; use --unit incidents or events")
    return fmt, unit


def export_unit(db: Database, out: str, fmt: str, unit: str, *, force: bool = False,
                raw: bool = False, **filters: Any) -> int:
    """Incidents (any format), or events / claims as GeoJSON or Parquet, to ``out`` through
    ``safe_output``; returns the number of records written."""
    import sys

    from sitrep.export.files import safe_output

    with safe_output(out, force) as handle:
        if fmt == "parquet":
            from sitrep.export.parquet import write_parquet

            sink = sys.stdout.buffer if out == "-" else handle.buffer  # type: ignore[attr-defined]
            n = write_parquet(db, sink, unit=unit, **filters)
            sink.flush()
            return n
        if fmt == "geojson":
            from sitrep.export.geojson import write_geojson

            return write_geojson(db, handle, unit=unit, **filters)
        from sitrep.export.incidents import write_incidents

        return write_incidents(db, handle, fmt, raw=raw, **filters)
