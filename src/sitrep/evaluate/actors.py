"""Actor-coding evaluation on NGEC-style cases.

Input: JSON Lines ``{"text", "context", "country"?, "sector"?, "date"?}``, one actor phrase per
line. A missing key is not checked; "" means "none expected". Each phrase is coded in isolation
with ``sitrep.extract.actors.code.code_actor`` (the same lexicons and rules as the extractor). When
a case carries the document's date (``DATE_KEYS``: ``date``, ``query_date``, ``published``,
``doc_date``, ...: an ISO date, a year, or a date written another way with one four-digit year in
it: "12/01/2019", "1 December 2019"), roles are judged on that date (who was in office then);
otherwise as of the coder's fixed ``REFERENCE_YEAR`` (``sitrep.extract.actors.code``).

``part_of(text)`` splits any case set once and for all, by a hash of the phrase, into a part
rules are written while looking at ("look", 3 in 5) and a part that is only measured
("untouched", 2 in 5): a change that lifts one and not the other is overfitting.

Metrics: ``country_acc`` (share of cases with a ``country`` key coded exactly; a gold "IGO" is
the generic code of an intergovernmental body, so the coder's finer IGO codes ``UNO`` (the UN
system) and ``EUR`` (the EU) also match it, while a gold "UNO" or "EUR" asks for that code),
``sector_acc``
(the same for ``sector``), with the number of cases behind each.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError

# the coder's codes for intergovernmental bodies: the generic one and the finer UN and EU ones
IGO_CODES = frozenset({"IGO", "UNO", "EUR"})


@dataclass
class CaseResult:
    line: int
    text: str
    context: str
    country: str
    sector: str
    gold_country: str | None
    gold_sector: str | None

    @property
    def country_ok(self) -> bool | None:
        if self.gold_country is None:
            return None
        if self.gold_country == "IGO" and self.country in IGO_CODES:
            return True
        return self.country == self.gold_country

    @property
    def sector_ok(self) -> bool | None:
        return None if self.gold_sector is None else self.sector == self.gold_sector


DATE_KEYS = ("date", "query_date", "published", "doc_date", "pub_date", "publication_date",
             "article_date", "year")
PARTS = ("all", "look", "untouched")


def part_of(text: str) -> str:
    """'look' (3 in 5) or 'untouched' (2 in 5), fixed by a hash of the phrase."""
    digest = int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)
    return "untouched" if digest % 5 < 2 else "look"


def case_date(case: dict) -> dt.date | None:
    """The document date of a case, if it has one: "2019-03-01", "2019-03", "2019"."""
    for key in DATE_KEYS:
        value = case.get(key)
        if isinstance(value, int) and 1800 <= value <= 2200:
            return dt.date(value, 7, 1)
        if not isinstance(value, str) or not value.strip():
            continue
        match = re.match(r"\s*(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?", value)
        if match:
            year, month, day = (int(g) if g else None for g in match.groups())
            try:
                return dt.date(year, month or 7, day or 1)
            except ValueError:
                return dt.date(year, 7, 1)
        # "12/01/2019", "1 December 2019", "Dec. 1, 2019": roles are judged by the year
        years = re.findall(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)", value)
        if len(years) == 1:
            return dt.date(int(years[0]), 7, 1)
    return None


def read_cases(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"actor cases not found: {path}",
                         "pass a JSON Lines file such as ../shared/data/events/actors-dev.jsonl")
    cases = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})",
                             "fix or remove that line") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{path}:{number}: a case needs a string `text`",
                             'write {"text": ..., "country": ..., "sector": ...}')
        record["_line"] = number
        cases.append(record)
    return cases


def evaluate(path: str | Path, part: str = "all"
             ) -> tuple[dict[str, float | int], list[CaseResult]]:
    """Code every case (``part``: all, look or untouched; see ``part_of``) and score it."""
    from sitrep.extract.actors.code import code_actor

    if part not in PARTS:
        raise InputError(f"unknown part {part!r}", "use one of: " + ", ".join(PARTS))
    results = []
    for case in read_cases(path):
        if part != "all" and part_of(case["text"]) != part:
            continue
        context = case.get("context") or ""
        country, sector = code_actor(case["text"], context, date=case_date(case))
        results.append(CaseResult(case["_line"], case["text"], context, country, sector,
                                  case.get("country"), case.get("sector")))
    countries = [r.country_ok for r in results if r.country_ok is not None]
    sectors = [r.sector_ok for r in results if r.sector_ok is not None]
    metrics: dict[str, float | int] = {
        "country_acc": round(sum(countries) / len(countries), 4) if countries else 0.0,
        "sector_acc": round(sum(sectors) / len(sectors), 4) if sectors else 0.0,
        "country_n": len(countries),
        "sector_n": len(sectors),
    }
    return metrics, results
