"""`sitrep eval timex`: durations of equal length compare equal; the fixed look/untouched split."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluate.timex import (
    duration_length,
    evaluate_timex,
    notation,
    read_tml,
    same_value,
    split_part,
)

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(("got", "gold"), [
    ("P1DE", "P10Y"), ("P12M", "P1Y"), ("P7D", "P1W"), ("PT60M", "PT1H"), ("P1CE", "P100Y"),
    ("P1Q", "P3M"), ("P18M", "P1Y6M"), ("PT90M", "PT1H30M"), ("P14D", "P2W"), ("PT3600S", "PT1H"),
    ("P1D", "PT24H"), ("P3D", "P3D"), ("PXY", "PXY"), ("2020-10-05", "2020-10-05"),
])
def test_durations_of_the_same_length_are_the_same_value(got, gold):
    assert same_value(got, gold)


@pytest.mark.parametrize(("got", "gold"), [
    ("P30D", "P1M"), ("P1Y", "P1M"), ("PT1M", "P1M"), ("PXY", "PXM"), ("P1Y", "1"),
    ("P1D", "2020-10-05"), (None, "P1Y"), ("P2W", "P15D"),
])
def test_different_lengths_and_unspecified_durations_differ(got, gold):
    assert not same_value(got, gold)


def test_vague_and_non_durations_have_no_length():
    assert duration_length("PXY") is None and duration_length("2020-W40") is None
    assert duration_length("PRESENT_REF") is None and duration_length("P") is None
    assert duration_length("P1Y6M") == (18, 0)


def test_equivalent_durations_score_as_correct_values_on_a_timeml_file():
    result = evaluate_timex([DATA / "timex_equivalent_durations.tml"])
    wrong = [e for e in result["errors"] if e["error"] == "value"]
    # only "thirty days" (P30D against a gold P1M) is wrong: a month has no fixed length
    assert [e["text"] for e in wrong] == ["thirty days"]
    assert result["metrics"]["value_accuracy"] == pytest.approx(5 / 6, abs=1e-3)


def test_split_is_fixed_and_about_three_to_two():
    names = [f"DOC{i:04d}.tml" for i in range(1000)]
    look = sum(split_part(n) == "look" for n in names)
    assert 550 < look < 650
    assert split_part("APW19980807.0261.tml") == split_part("APW19980807.0261.tml")


def test_parts_partition_the_documents():
    tml = DATA / "timex_equivalent_durations.tml"
    parts = [evaluate_timex([tml], part=p)["n"] for p in ("look", "untouched")]
    assert sorted(parts) == [0, 6]


def test_type_accuracy_counts_matched_expressions_of_the_gold_type():
    # made-up gold: "three weeks" is mistyped DATE on purpose; our grammar says DURATION
    result = evaluate_timex([DATA / "timex_types_and_empty.tml"])
    assert result["n"] == 4
    assert result["metrics"]["type_accuracy"] == pytest.approx(3 / 4, abs=1e-3)


def test_an_empty_timex_after_an_expression_covers_no_text_and_shifts_none():
    doc = read_tml(DATA / "timex_types_and_empty.tml")
    assert [t.text for t in doc.timexes] == ["daily", "three weeks", "Friday", "3 p.m."]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


@pytest.mark.parametrize(("got", "gold"), [
    ("198", "198X"), ("198X", "198"), ("19", "19XX"), ("2000-W02", "2000-W2"),
    ("2000-W2-WE", "2000-W02-WE"), ("199", "199"),
])
def test_decades_centuries_and_weeks_written_two_ways_are_the_same_value(got, gold):
    assert same_value(got, gold)


@pytest.mark.parametrize(("got", "gold"), [
    ("198", "199X"), ("1989", "198X"), ("19", "198X"), ("2000-W12", "2000-W2"),
    ("1989", "1989-XX"), ("2000-W20", "2000-W02"), ("P1DE", "198X"),
])
def test_other_periods_and_weeks_still_differ(got, gold):
    assert not same_value(got, gold)


def test_notation_leaves_other_values_alone():
    assert notation("1989-10-27") == "1989-10-27" and notation("PXY") == "PXY"
    assert notation("XXXX-Q4") == "XXXX-Q4" and notation("2000-W15") == "2000-W15"


def test_decades_and_weeks_in_either_notation_score_on_a_timeml_file():
    # made-up gold written the TimeBank way ("197X", "18XX", "2021-W2"); the grammar writes
    # "197", "18" and "2021-W02"
    result = evaluate_timex([DATA / "timex_notations.tml"])
    assert result["n"] == 4
    got = {e["text"]: e for e in result["errors"]}
    assert not [e for e in got.values() if e["error"] == "value"], got
    assert result["metrics"]["value_accuracy"] == pytest.approx(1.0, abs=1e-3)
