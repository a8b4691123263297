"""`sitrep eval events --calibration`: the reliability table of the events' confidence (per bin
the count, the share right and the mean confidence; the expected calibration error), on the
made-up gold file of ours (tests/data/events_gold_made_up.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from samples import event_in, gold_sentences
from sitrep.cli import main_group, register
from sitrep.evaluate.events import read_gold, reliability, score

GOLD = Path(__file__).resolve().parents[1] / "data" / "events_gold_made_up.jsonl"

register()




def _scored() -> dict:
    gold = read_gold(GOLD)
    text = gold[0].text
    first, second, third = gold_sentences(text)
    predicted = [
        event_in(text, first, "attacked", "ASSAULT", confidence=0.92),  # match
        event_in(text, first, "killing", "ASSAULT", confidence=0.95),  # same sentence: wrong
        event_in(text, second, "attack", "ASSAULT", confidence=0.6),  # another mention: right
        event_in(text, third, "arrested", "COERCE", confidence=0.75),  # match
        event_in(text, third, "arrested", "PROTEST", confidence=0.2),  # false positive
    ]
    return score(gold, {gold[0].id: predicted})


def test_each_bin_counts_its_events_and_the_share_that_are_right() -> None:
    table = reliability(_scored()["decisions"])
    bins = {b["bin"]: b for b in table["bins"]}
    assert list(bins) == ["<0.3", "0.3-0.5", "0.5-0.7", "0.7-0.9", ">=0.9"]
    assert table["n"] == 5  # the missed gold event has no confidence: not counted
    assert (bins["<0.3"]["n"], bins["<0.3"]["right"]) == (1, 0.0)
    assert (bins["0.3-0.5"]["n"], bins["0.3-0.5"]["right"]) == (0, None)
    assert (bins["0.5-0.7"]["n"], bins["0.5-0.7"]["right"]) == (1, 1.0)  # a duplicate elsewhere
    assert (bins["0.7-0.9"]["n"], bins["0.7-0.9"]["right"]) == (1, 1.0)
    assert (bins[">=0.9"]["n"], bins[">=0.9"]["right"]) == (2, 0.5)
    assert bins[">=0.9"]["mean_confidence"] == pytest.approx(0.935)


def test_the_calibration_error_weighs_each_bins_gap_by_its_count() -> None:
    table = reliability(_scored()["decisions"])
    gaps = [1 * 0.2, 1 * 0.4, 1 * 0.25, 2 * abs(0.5 - 0.935)]
    assert table["ece"] == pytest.approx(sum(gaps) / 5, abs=1e-4)


def test_a_confidence_that_says_how_often_events_are_right_has_no_calibration_error() -> None:
    decisions = ([{"confidence": 0.8, "verdict": "match"}] * 4
                 + [{"confidence": 0.8, "verdict": "false positive"}]
                 + [{"confidence": 0.25, "verdict": "duplicate (same sentence)"}] * 3
                 + [{"confidence": 0.25, "verdict": "duplicate (other sentence)"}])
    table = reliability(decisions)
    assert table["ece"] == 0.0


@pytest.mark.slow
def test_eval_events_calibration_is_in_the_json_and_counts_every_event() -> None:
    result = CliRunner().invoke(main_group, ["eval", "events", str(GOLD), "--json",
                                             "--calibration"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    table = out["calibration"]
    assert table["n"] == out["metrics"]["n_predicted"]
    assert sum(b["n"] for b in table["bins"]) == table["n"]
    assert 0.0 <= table["ece"] <= 1.0
