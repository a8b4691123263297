"""``sitrep bench``: the JSON shape and sane figures (no timing assertions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.bench.throughput import run_bench
from sitrep.cli import main_group, register

pytestmark = pytest.mark.slow  # loads the model, runs ingests or starts Dask

TEXTS = [
    "Gunmen killed five villagers in an attack on a market in the north on Monday, police said. "
    "The market is popular with tourists from the coast.",
    "Protesters marched to parliament on Tuesday and twelve of them were arrested. "
    "The weather was mild.",
    "The city council approved a new budget for parks and libraries on Wednesday evening.",
    "Troops shelled rebel positions near the border, wounding three fighters, the army said.",
]


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "mix.jsonl"
    lines = [json.dumps({"id": str(i), "text": t}) for i, t in enumerate(TEXTS)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_bench_json_has_the_documented_shape_and_sane_figures(tmp_path: Path, pipeline) -> None:
    register()
    path = _jsonl(tmp_path)
    result = CliRunner().invoke(main_group, ["bench", str(path), "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["dataset"] == str(path) and out["n"] == 3
    metrics = out["metrics"]
    assert set(metrics) == {"articles_per_s", "words_per_s", "baseline_articles_per_s", "ratio",
                            "peak_rss_mb", "workers"}
    assert metrics["workers"] == 1
    assert metrics["articles_per_s"] > 0 and metrics["baseline_articles_per_s"] > 0
    assert metrics["words_per_s"] > metrics["articles_per_s"]  # articles have many words
    expected = metrics["articles_per_s"] / metrics["baseline_articles_per_s"]
    assert abs(metrics["ratio"] - expected) < 0.01 * expected + 0.002
    assert 50 < metrics["peak_rss_mb"] < 4000
    assert out["details"]["statuses"]["extracted"] == 3


def test_selection_parses_less_text_than_everything(tmp_path: Path, pipeline) -> None:
    path = _jsonl(tmp_path)
    selected = run_bench(path, select_sentences=True)
    everything = run_bench(path, select_sentences=False)
    assert everything.select_fraction == 1.0
    assert selected.select_fraction is not None and selected.select_fraction < 0.9
    assert selected.n == everything.n == 4


def test_bench_of_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    register()
    result = CliRunner().invoke(main_group, ["bench", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "not found" in result.output


def test_stage_timer_times_the_events_coreference_apart_from_other_work(pipeline) -> None:
    """``--stages``: the fusion of an article's event mentions (``corefer.fuse``) is a stage of
    its own ("corefer"), not part of the "other" remainder, and the wrappers go afterwards."""
    from sitrep.bench.stages import StageTimer, instrument
    from sitrep.extract.events import corefer
    from sitrep.ingest.dedupe import Deduper
    from sitrep.records import Article
    from sitrep.store import open_db

    timer = StageTimer()
    fuse = corefer.fuse
    with open_db(":memory:") as db, instrument(pipeline, db, Deduper(db), timer):
        pipeline.process(Article(text=TEXTS[0]))
    assert {"corefer", "events", "claims", "parse"} <= set(timer.seconds)
    assert corefer.fuse is fuse


def test_cpu_clock_counts_cpu_seconds_of_both_sides_and_every_stage(tmp_path: Path,
                                                                    pipeline) -> None:
    """``--cpu``: both sides and the stages in CPU seconds of the process (said in the JSON and
    the lines); no more CPU than the process spent in the run, and a wall-clock result says
    "wall"."""
    import resource

    def used() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    path = _jsonl(tmp_path)
    before = used()
    result = run_bench(path, stages=True, cpu=True)
    spent = used() - before
    assert result.clock == "cpu" and result.to_dict()["details"]["clock"] == "cpu"
    assert 0 < result.seconds and 0 < result.baseline_seconds
    assert result.seconds + result.baseline_seconds + result.load_seconds <= spent + 0.5
    assert result.stages is not None and result.stages.get("parse", 0) > 0
    assert any("CPU s" in line for line in result.lines())
    assert run_bench(path, limit=1).clock == "wall"


def test_cpu_clock_refuses_several_workers(tmp_path: Path) -> None:
    register()
    result = CliRunner().invoke(main_group, ["bench", str(_jsonl(tmp_path)), "--cpu",
                                             "--workers", "2"])
    assert result.exit_code == 2 and "--cpu" in result.output
