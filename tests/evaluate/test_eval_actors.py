"""`sitrep eval actors` on the NGEC dev cases and on bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from conftest import shared_path
from sitrep.cli import main_group, register
from sitrep.evaluate.actors import case_date, part_of

register()


def test_eval_actors_json_reaches_the_targets_on_the_dev_cases() -> None:
    path = shared_path("events", "actors-dev.jsonl")
    result = CliRunner().invoke(main_group, ["eval", "actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["dataset"] == str(path) and report["n"] == 150
    assert report["metrics"]["country_acc"] >= 0.85
    assert report["metrics"]["sector_acc"] >= 0.80


def test_eval_actors_counts_only_the_keys_present(tmp_path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "Pakistani Army", "country": "PAK", "sector": "MIL"}),
        json.dumps({"text": "soldiers", "country": "", "sector": "MIL"}),
        json.dumps({"text": "Vladimir Putin", "country": "FRA"}),
    ]) + "\n", "utf-8")
    result = CliRunner().invoke(main_group, ["eval", "actors", str(path), "--json"])
    metrics = json.loads(result.output)["metrics"]
    assert metrics["country_n"] == 3 and metrics["sector_n"] == 2
    assert metrics["country_acc"] == round(2 / 3, 4) and metrics["sector_acc"] == 1.0


def test_eval_actors_malformed_line_is_a_one_line_error(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "NATO"}\n{not json\n', "utf-8")
    result = CliRunner().invoke(main_group, ["eval", "actors", str(path)])
    assert result.exit_code == 2
    assert "bad.jsonl:2" in result.output and "Traceback" not in result.output


def test_eval_actors_missing_file_names_the_fix(tmp_path) -> None:
    result = CliRunner().invoke(main_group, ["eval", "actors", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "actors-dev.jsonl" in result.output


def test_eval_actors_judges_roles_on_the_date_of_each_case() -> None:
    path = Path(__file__).parent.parent / "data" / "actors_dated_made_up.jsonl"
    result = CliRunner().invoke(main_group, ["eval", "actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)["metrics"]
    assert metrics["sector_n"] == 5 and metrics["sector_acc"] == 1.0
    assert metrics["country_acc"] == 1.0


def test_case_date_reads_days_months_years_and_ignores_other_values() -> None:
    assert case_date({"date": "2019-03-04"}) == dt.date(2019, 3, 4)
    assert case_date({"query_date": "2019-03"}) == dt.date(2019, 3, 1)
    assert case_date({"published": 2019}) == dt.date(2019, 7, 1)
    assert case_date({"doc_date": "2019-02-30"}) == dt.date(2019, 7, 1)
    assert case_date({"date": ""}) is None and case_date({"text": "x"}) is None


def test_the_look_and_untouched_parts_split_the_dev_cases_about_three_to_two() -> None:
    path = shared_path("events", "actors-dev.jsonl")
    texts = [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    parts = [part_of(t) for t in texts]
    assert parts.count("look") == 95 and parts.count("untouched") == 55
    look = CliRunner().invoke(main_group, ["eval", "actors", str(path), "--part", "look",
                                           "--json"])
    assert json.loads(look.output)["n"] == 95 and json.loads(look.output)["part"] == "look"


def test_case_date_reads_dates_written_other_ways_and_more_keys() -> None:
    assert case_date({"date": "2019/03/04"}) == dt.date(2019, 3, 4)
    assert case_date({"date": "04/03/2019"}) == dt.date(2019, 7, 1)
    assert case_date({"pub_date": "1 December 2023"}) == dt.date(2023, 7, 1)
    assert case_date({"publication_date": "Dec. 1, 2023, 10:15"}) == dt.date(2023, 7, 1)
    assert case_date({"year": 2016}) == dt.date(2016, 7, 1)
    assert case_date({"date": "from 2019 to 2021"}) is None  # two years: which one?
    assert case_date({"date": "sometime"}) is None


def test_eval_actors_judges_roles_on_dates_written_other_ways(tmp_path) -> None:
    path = tmp_path / "cases.jsonl"
    cases = [{"text": "Angela Merkel", "sector": "GOV", "date": "03/05/2012"},
             {"text": "Angela Merkel", "sector": "ELI", "pub_date": "5 March 2023"},
             {"text": "Donald Trump", "sector": "ELI", "publication_date": "2023/01/10"},
             {"text": "Donald Trump", "sector": "GOV", "year": 2025}]
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n", "utf-8")
    result = CliRunner().invoke(main_group, ["eval", "actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)["metrics"]
    assert metrics["sector_n"] == 4 and metrics["sector_acc"] == 1.0


def test_eval_actors_a_gold_igo_accepts_the_finer_un_and_eu_codes(tmp_path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "the Food and Agriculture Organization", "country": "IGO"}),
        json.dumps({"text": "the European Parliament", "country": "IGO"}),
        json.dumps({"text": "the United Nations", "country": "UNO"}),
        json.dumps({"text": "the European Parliament", "country": "UNO"}),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main_group, ["eval", "actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    # the first three are right; a gold UNO still asks for UNO, not EUR
    assert json.loads(result.output)["metrics"]["country_acc"] == 0.75
