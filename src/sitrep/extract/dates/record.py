"""The record every rule of the dates grammar (``timex``) produces: one temporal expression with
its character offsets, TimeML type and value, precision and the days it covers; and the last pass
that gives a part of a day its TimeML type: a value with a time part is a TIME, a named part of
the day too ("Friday night" ``2020-10-02TNI``, "late Tuesday" ``TNI``, "at dawn" ``TMO``). The
grammar keeps such values DATE while it reads the text (a day named with its part sets the
story's day for the clock times after it)."""

from __future__ import annotations

import datetime as dt
import re
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

_PART_VALUE = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


def is_part_of_day(value: str | None) -> bool:
    """A value naming a part of a day ("2020-10-02TNI", "XXXX-XX-XXTMO")."""
    return value is not None and _PART_VALUE.search(value) is not None


def parts_of_day_as_times(found: list[Timex]) -> list[Timex]:
    """Every DATE whose value names a part of a day becomes a TIME (sets stay sets)."""
    for t in found:
        if t.type == "DATE" and is_part_of_day(t.value):
            t.type = "TIME"
    return found
