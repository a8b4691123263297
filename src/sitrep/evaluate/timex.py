"""Temporal expression evaluation on TimeML (``.tml``) files, as in TempEval-3.

The document creation time is the TIMEX3 with ``functionInDocument="CREATION_TIME"``; the
expressions scored are the TIMEX3 inside ``<TEXT>``. Metrics:

- ``span_precision`` / ``span_recall`` / ``span_f1``: relaxed match (the spans overlap);
- ``value_accuracy``: share of matched expressions whose normalised value equals the gold one;
- ``type_accuracy``: share of matched expressions whose TIMEX3 type (DATE, TIME, DURATION,
  SET) equals the gold one;
- ``value_f1``: TempEval-3's value F1 (a system expression counts when it overlaps a gold one
  and has its value; precision over system expressions, recall over gold ones).

Durations written with other units count as equal when they are the same length
(``same_value``: ``P1DE`` = ``P10Y``, ``P12M`` = ``P1Y``, ``P7D`` = ``P1W``, ``PT60M`` = ``PT1H``);
months and days are never converted into each other (a month has no fixed number of days).
A decade or century counts the same with or without its unknown digits (``198X`` = ``198``,
``19XX`` = ``19``), a week number with or without its leading zero (``2000-W2`` = ``2000-W02``).

``errors`` lists every gold expression missed (``missed``) or given another value (``value``,
with the grammar ``rule`` that matched) and every system expression that overlaps no gold one
(``spurious``), for ``sitrep eval timex --errors FILE``.

``split_part`` splits the documents once, by a hash of the file name, into a part to look at
(3 in 5) and a part left untouched (2 in 5): ``sitrep eval timex --part look|untouched``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    dct: dt.date | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def read_tml(path: Path) -> TimeMLDoc:
    raw = path.read_text("utf-8", errors="replace")
    dct = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            value = attrs.get("value", "")[:10]
            try:
                dct = dt.date.fromisoformat(value)
            except ValueError:
                dct = None
            break
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None:
        raise InputError(f"{path}: no <TEXT> element", "give TimeML .tml files")
    inner = body.group(1)
    out: list[str] = []
    length = 0
    pos = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    for m in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1), m.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            timexes.append(GoldTimex(start, length, "", attrs.get("type", ""),
                                     attrs.get("value", "")))
    out.append(html.unescape(inner[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    return TimeMLDoc(path.name, dct, text, timexes)


def tml_files(paths: list[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.tml")))
        elif p.exists():
            files.append(p)
        else:
            raise InputError(f"{p} does not exist", "give TimeML .tml files or folders of them")
    if not files:
        raise InputError("no .tml files found", "give TimeML .tml files or folders of them")
    return files


_DURATION = re.compile(r"P(?:(?P<date>(?:\d+(?:\.\d+)?(?:CE|DE|Y|Q|M|W|D))+))?"
                       r"(?:T(?P<time>(?:\d+(?:\.\d+)?[HMS])+))?")
_PART = re.compile(r"(\d+(?:\.\d+)?)(CE|DE|Y|Q|M|W|D|H|S)")
_MONTHS = {"CE": 1200, "DE": 120, "Y": 12, "Q": 3, "M": 1}
_SECONDS = {"W": 604800, "D": 86400, "H": 3600, "M": 60, "S": 1}


def duration_length(value: str) -> tuple[float, float] | None:
    """(months, seconds) of a TimeML duration value ("P1DE" -> (120, 0), "PT90M" -> (0, 5400)),
    or None when it is not a fully specified duration ("PXY", "P1Y_REF", a date)."""
    m = _DURATION.fullmatch(value)
    if m is None or not (m.group("date") or m.group("time")):
        return None
    months = seconds = 0.0
    for amount, unit in _PART.findall(m.group("date") or ""):
        if unit in _MONTHS:
            months += float(amount) * _MONTHS[unit]
        else:
            seconds += float(amount) * _SECONDS[unit]
    for amount, unit in _PART.findall(m.group("time") or ""):
        seconds += float(amount) * _SECONDS[unit]
    return months, seconds


# a decade or century written with its unknown digits ("198X", "19XX") or without them ("198",
# "19"): TimeBank's gold writes "the 1980s" both ways
_PERIOD_X = re.compile(r"(\d{2,3})X+")
# an ISO week number with or without its leading zero ("2000-W2", "2000-W02")
_WEEK = re.compile(r"(\d{4})-W(\d)(?!\d)")


def notation(value: str) -> str:
    """One notation for the values TimeML writes two ways: a decade or century without its
    unknown digits, a week number with two digits ("198X" -> "198", "2000-W2" -> "2000-W02")."""
    m = _PERIOD_X.fullmatch(value)
    if m is not None and len(value) == 4:
        return m.group(1)
    return _WEEK.sub(lambda w: f"{w.group(1)}-W0{w.group(2)}", value)


def same_value(got: str | None, gold: str) -> bool:
    """The system value equals the gold one, durations compared by their length, decades,
    centuries and week numbers by ``notation``."""
    got = got or ""
    if got == gold or (got and notation(got) == notation(gold)):
        return True
    a, b = duration_length(got), duration_length(gold)
    return a is not None and a == b


def split_part(name: str) -> str:
    """A fixed split of the documents by a hash of the file name: 'look' (3 in 5) is for
    error analysis, 'untouched' (2 in 5) only for checking that a change generalises."""
    digest = int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16)
    return "untouched" if digest % 5 < 2 else "look"


def evaluate_timex(paths: list[str | Path], limit: int | None = None,
                   part: str = "all") -> dict[str, Any]:
    """Score the dates grammar on TimeML files (``part``: all, or the look or untouched half
    of ``split_part``)."""
    from sitrep.extract.dates.timex import find_timexes

    files = tml_files(paths)
    if part != "all":
        files = [f for f in files if split_part(f.name) == part]
    if limit is not None:
        files = files[:limit]
    n_sys = n_gold = sys_hit = gold_hit = matched = value_ok = type_ok = 0
    errors: list[dict[str, Any]] = []
    for path in files:
        doc = read_tml(path)
        system = find_timexes(doc.text, doc.dct)
        n_sys += len(system)
        n_gold += len(doc.timexes)
        for s in system:
            if any(s.start < g.end and g.start < s.end for g in doc.timexes):
                sys_hit += 1
            else:
                errors.append({"doc": doc.name, "text": s.text, "gold": None, "got": s.value,
                               "error": "spurious", "rule": s.kind})
        used: set[int] = set()
        for g in doc.timexes:
            overlapping = [s for s in system if s.start < g.end and g.start < s.end
                           and id(s) not in used]
            if not overlapping:
                errors.append({"doc": doc.name, "text": g.text, "gold": g.value,
                               "error": "missed"})
                continue
            gold_hit += 1
            best = max(overlapping, key=lambda s: min(s.end, g.end) - max(s.start, g.start))
            used.add(id(best))
            matched += 1
            type_ok += best.type == g.type
            if same_value(best.value, g.value):
                value_ok += 1
            else:
                errors.append({"doc": doc.name, "text": g.text, "gold": g.value,
                               "got": best.value, "sys_text": best.text, "error": "value",
                               "rule": best.kind})
    sp = sys_hit / n_sys if n_sys else 0.0
    sr = gold_hit / n_gold if n_gold else 0.0
    vp = value_ok / n_sys if n_sys else 0.0
    vr = value_ok / n_gold if n_gold else 0.0
    metrics = {
        "span_precision": round(sp, 4),
        "span_recall": round(sr, 4),
        "span_f1": round(2 * sp * sr / (sp + sr), 4) if sp + sr else 0.0,
        "value_accuracy": round(value_ok / matched, 4) if matched else 0.0,
        "type_accuracy": round(type_ok / matched, 4) if matched else 0.0,
        "value_f1": round(2 * vp * vr / (vp + vr), 4) if vp + vr else 0.0,
    }
    name = ",".join(Path(p).name for p in paths) + ("" if part == "all" else f"[{part}]")
    return {"dataset": f"timeml:{name}", "n": n_gold, "metrics": metrics, "errors": errors}
