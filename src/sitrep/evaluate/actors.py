"""Actor-coding evaluation on NGEC-style cases.

Input: JSON Lines ``{"text", "context", "country"?, "sector"?}``, one actor phrase per line. A
missing key is not checked; "" means "none expected". Each phrase is coded in isolation with
``sitrep.extract.actors.code.code_actor`` (the same lexicons and rules as the extractor).

Metrics: ``country_acc`` (share of cases with a ``country`` key coded exactly), ``sector_acc``
(the same for ``sector``), with the number of cases behind each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError


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
        return None if self.gold_country is None else self.country == self.gold_country

    @property
    def sector_ok(self) -> bool | None:
        return None if self.gold_sector is None else self.sector == self.gold_sector


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


def evaluate(path: str | Path) -> tuple[dict[str, float | int], list[CaseResult]]:
    from sitrep.extract.actors.code import code_actor

    results = []
    for case in read_cases(path):
        context = case.get("context") or ""
        country, sector = code_actor(case["text"], context)
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
