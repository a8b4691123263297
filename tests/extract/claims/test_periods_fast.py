"""The periods' fallback dates skip the month and weekday patterns only where they cannot match."""

from __future__ import annotations

import datetime as dt
import re

from conftest import news_texts
from sitrep.extract.claims.outcomes import periods
from sitrep.extract.context import Sentence


def test_the_long_s_is_the_only_other_form_of_the_prefilter_letters() -> None:
    letters = set("".join(periods._MONTH_STARTS) + "day")
    pattern = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    others = [chr(c) for c in range(128, 0x110000) if pattern.fullmatch(chr(c))]
    assert others == ["\u017f"]


def test_fallback_dates_equal_those_of_every_pattern_tried(monkeypatch) -> None:
    texts = ["Fighting resumed on Monday, March 3, 2021 and in September 2019.",
             "The decision on Sept. 12th was made last year; in may 2020 they met.",
             "No dates here at all, only a market and a memorial."]
    texts += [s for t in news_texts(20) for s in t.split(". ")]
    sentences = [Sentence(0, 0, len(t), t) for t in texts]
    published = dt.date(2021, 6, 8)
    fast = [periods._fallback_dates(s, p) for s in sentences for p in (published, None)]
    skipped = sum(not periods._may_name_month(t, t.lower()) for t in texts)
    monkeypatch.setattr(periods, "_may_name_month", lambda text, lower: True)
    monkeypatch.setattr(periods, "_may_name_weekday", lambda lower: True)
    plain = [periods._fallback_dates(s, p) for s in sentences for p in (published, None)]
    assert fast == plain
    assert sum(len(d) for d in plain) > 200
    assert skipped > len(texts) // 10
