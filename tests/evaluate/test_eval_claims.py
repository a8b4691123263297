"""`sitrep eval claims`: scoring on small files written here, and on the dev set."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import shared_path
from sitrep.cli import main_group, register
from sitrep.evaluate.claims import evaluate

SNIPPETS = (
    "id\tEventSnippet\tSubType\n"
    "1\tSix people were killed and 23 others injured in the attack, police said.\tATTACK\n"
    "2\tGunmen killed 11 people at a bar.\tATTACK\n"
    "3\tProtesters marched in the capital on Sunday.\tPEACE_PROTEST\n"
)
GOLD = [
    {"id": 1, "claims": [
        {"outcome": "killed", "low": 6, "high": 6, "victims": "unknown", "side": None,
         "claimant": "police", "text": "Six people were killed"},
        {"outcome": "injured", "low": 23, "high": 23, "victims": "unknown", "side": None,
         "claimant": "police", "text": "23 others injured"}]},
    {"id": 2, "claims": [
        {"outcome": "killed", "low": 12, "high": 12, "victims": "civilian", "side": None,
         "claimant": None, "text": "killed 11"}]},
]


def _files(tmp_path):
    snippets = tmp_path / "snippets.tsv"
    snippets.write_text(SNIPPETS, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    return snippets, gold


def test_scores_matches_misses_and_attributes(pipeline, tmp_path):
    snippets, gold = _files(tmp_path)
    metrics, results = evaluate(snippets, gold, pipeline=pipeline)
    # 3 predictions, 2 match (the gold "12" for "11" is a deliberate miss)
    assert metrics["precision"] == round(2 / 3, 4)
    assert metrics["recall"] == round(2 / 3, 4)
    assert metrics["claimant_acc"] == 1.0 and metrics["victims_acc"] == 1.0
    assert [r.id for r in results] == ["1", "2"]
    assert len(results[1].missed) == 1 and len(results[1].spurious) == 1


def test_cli_json_output(tmp_path):
    snippets, gold = _files(tmp_path)
    register()
    result = CliRunner().invoke(main_group, ["eval", "claims", "--snippets", str(snippets),
                                             "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["n"] == 2 and set(out["metrics"]) == {
        "precision", "recall", "f1", "victims_acc", "side_acc", "claimant_acc"}


def test_cli_names_a_missing_file(tmp_path):
    register()
    result = CliRunner().invoke(main_group, ["eval", "claims", "--snippets",
                                             str(tmp_path / "none.tsv"), "--gold",
                                             str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "snippet file not found" in result.output


def test_dev_set_meets_targets(pipeline):
    snippets = shared_path("events", "case2021-task2-dev.tsv")
    gold = shared_path("claims", "case2021-dev-claims.jsonl")
    metrics, _ = evaluate(snippets, gold, pipeline=pipeline)
    assert metrics["f1"] >= 0.90
    assert metrics["victims_acc"] >= 0.85
    assert metrics["claimant_acc"] >= 0.85
