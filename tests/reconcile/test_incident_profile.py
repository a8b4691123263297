"""Two reports of one shooting that name neither the victim nor the address, one or both with no
day: they join by the town, a victim's age, the toll and the day of the week all told alike
(``reconcile.fusion.profile``); another weekday, no weekday, another age or another town keeps
them apart. Made-up reports (no text from any data set) through the real pipeline into real
SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fusion_cases import Case, assault_incidents

from sitrep.reconcile.clues import Clue
from sitrep.reconcile.fusion.profile import clock_times, only_profile, own_weekdays, weekdays

JOIN: list[Case] = [
    ("both undated, one weekday",
     ("ERIE, Pa. — A 27-year-old man was shot and wounded Saturday night outside a bar on the "
      "city's east side, police said.", None),
     ("ERIE, Pa. — Police are looking for the gunman who shot and wounded a 27-year-old man on "
      "Saturday night. No arrests have been made.", None)),
    ("dated and undated, the weekday of the day",
     ("FLINT, Mich. — A 19-year-old woman was shot and killed Friday night at a gas station, "
      "police said.", "2019-04-06"),
     ("FLINT, Mich. — Detectives are asking for tips after a 19-year-old woman was fatally shot "
      "at a gas station Friday night.", None)),
    ("both undated, one clock time",
     ("SAGINAW, Mich. — A man was shot and wounded around 9:40 p.m. Sunday outside a "
      "corner store, police said.", None),
     ("SAGINAW, Mich. — Officers were called at 9:40 p.m. Sunday after a man was shot and "
      "wounded outside a store. He is expected to survive.", None)),
]

APART: list[Case] = [
    ("other weekdays",
     ("ERIE, Pa. — A 27-year-old man was shot and wounded Saturday night outside a bar on the "
      "city's east side, police said.", None),
     ("ERIE, Pa. — A 27-year-old man was shot and wounded Tuesday night outside a bar on the "
      "city's east side, police said.", None)),
    ("no weekday told",
     ("ERIE, Pa. — A 27-year-old man was shot and wounded outside a bar on the city's east "
      "side, police said.", None),
     ("ERIE, Pa. — Police are looking for the gunman who shot and wounded a 27-year-old man "
      "outside a bar. No arrests have been made.", None)),
    ("other ages",
     ("ERIE, Pa. — A 27-year-old man was shot and wounded Saturday night outside a bar on the "
      "city's east side, police said.", None),
     ("ERIE, Pa. — A 45-year-old man was shot and wounded Saturday night outside a bar on the "
      "city's east side, police said.", None)),
    ("other clock times",
     ("SAGINAW, Mich. — A man was shot and wounded around 9:40 p.m. Sunday outside a "
      "corner store, police said.", None),
     ("SAGINAW, Mich. — Officers were called at 1:15 a.m. Sunday after a man was shot and "
      "wounded outside a store. He is expected to survive.", None)),
    ("other towns",
     ("ERIE, Pa. — A 27-year-old man was shot and wounded Saturday night outside a bar, police "
      "said.", None),
     ("SCRANTON, Pa. — A 27-year-old man was shot and wounded Saturday night outside a bar, "
      "police said.", None)),
]


@pytest.mark.parametrize("case", JOIN, ids=[c[0] for c in JOIN])
def test_one_profile_on_one_weekday_joins(pipeline, tmp_path: Path, case: Case) -> None:
    first, second = assault_incidents(pipeline, str(tmp_path / "join.db"), case)
    assert len(first) == 1 and first == second


@pytest.mark.parametrize("case", APART, ids=[c[0] for c in APART])
def test_a_profile_without_its_weekday_stays_apart(pipeline, tmp_path: Path, case: Case
                                                   ) -> None:
    first, second = assault_incidents(pipeline, str(tmp_path / "apart.db"), case)
    assert len(first) == 1 and len(second) == 1 and not first & second


def test_weekdays_are_the_unresolved_ones() -> None:
    found = weekdays([(0, "Saturday night", None), (20, "Tuesday", "2019-04-02"),
                      (40, "last week", None)])
    assert [c.key for c in found] == ["5"]
    assert own_weekdays("2019-04-05", True, []) == {"4"}
    assert own_weekdays("2019-04-05", False, found) == {"5"}
    assert only_profile({"harm:1|27|0|1"}) and not only_profile({"harm:1|27|0|1", "person:a b"})
    assert not only_profile(set()) and Clue("harm", "1|27|0|1", 0).strong


def test_clock_times_are_to_the_minute() -> None:
    found = clock_times("Around 5:50 p.m. police said; at 12:05 a.m.; about 2 a.m.; 10:25 PM")
    assert [c.key for c in found] == ["17:50", "00:05", "22:25"]
