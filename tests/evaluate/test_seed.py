"""The acceptance check: the founding article against ../shared/data/seed/expected.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from conftest import EXAMPLES, shared_path
from sitrep.cli import eval_group, register
from sitrep.evaluate.seed import evaluate, run_seed
from sitrep.records import Article

ARTICLE = EXAMPLES / "minsk-group-2020-10-05.txt"


def test_seed_article_passes_every_expected_entry(pipeline) -> None:
    report = run_seed(shared_path("seed", "expected.yaml"), ARTICLE, pipeline)
    failures = [r.line() for r in report.results if not r.passed]
    assert report.failed == 0, "\n".join(failures)


def test_seed_evaluation_checks_every_entry_of_the_file(pipeline) -> None:
    path = shared_path("seed", "expected.yaml")
    expected = yaml.safe_load(path.read_text("utf-8"))
    n = sum(len(expected.get(k) or []) for k in
            ("claims", "undisclosed", "events", "actors", "places", "dates", "must_not",
             "incidents"))
    n += 1 if expected.get("incidents_max") else 0
    report = run_seed(path, ARTICLE, pipeline)
    assert len(report.results) == n
    assert report.lines()[-1] == f"{report.passed} passed, {report.failed} failed"


def test_a_wrong_expectation_fails_with_the_reason(pipeline) -> None:
    text = ARTICLE.read_text("utf-8")
    extraction = pipeline.process(Article(text=text, published=None, language="en"))
    expected = {"claims": [{"outcome": "killed", "low": 123456, "text_contains": "219"}],
                "dates": [{"text": "no such words here", "value": "2020-01-01"}],
                "must_not": [{"kind": "claim", "outcome": "killed", "low": 123456}]}
    report = evaluate(expected, text, extraction, [])
    by_section = {r.section: r for r in report.results}
    assert not by_section["claims"].passed
    assert not by_section["dates"].passed and "not extracted" in by_section["dates"].why
    assert by_section["must_not"].passed
    assert report.failed == 2


def test_cli_json_output_has_the_shared_shape(tmp_path: Path) -> None:
    path = shared_path("seed", "expected.yaml")
    register()
    result = CliRunner().invoke(eval_group, ["seed", "--expected", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"dataset", "n", "metrics", "failures"}
    assert data["metrics"]["passed"] + data["metrics"]["failed"] == data["n"]
    assert len(data["failures"]) == data["metrics"]["failed"]


def test_missing_expected_file_is_a_one_line_error(tmp_path: Path) -> None:
    register()
    result = CliRunner().invoke(eval_group, ["seed", "--expected", str(tmp_path / "no.yaml")])
    assert result.exit_code == 2 and "not found" in result.output
