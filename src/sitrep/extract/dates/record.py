"""The record every rule of the dates grammar (``timex``) produces: one temporal expression with
its character offsets, TimeML type and value, precision and the days it covers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    precision: str | None = None  # day | week | month | quarter | season | year | decade
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    relative: bool = False
    unresolved_reason: str | None = None
    kind: str = ""  # the grammar rule that matched
