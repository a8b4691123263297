"""CASE 2021 snippet typing and the `sitrep eval case2021` / `sitrep eval plover` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from sitrep.cli import main_group, register
from sitrep.evaluate.case2021 import Snippet, evaluate, f1_scores, read_tsv, training_overlap
from sitrep.evaluate.claims import part_of
from sitrep.evaluate.plover import evaluate as evaluate_plover
from sitrep.evaluate.plover import gold_type, read_json
from sitrep.extract.events.case.model import classify_snippet, fingerprint, shipped_model, stem
from sitrep.extract.events.case.rules import LABELS, acled_of_sentence, classify_rules

register()


@pytest.mark.parametrize("text,label", [
    ("A suicide bomber blew himself up at a market in Kabul, killing 12 people.", "SUIC_BOMB"),
    ("Warplanes bombed rebel-held villages east of the city on Tuesday.", "AIR_STRIKE"),
    ("Mortar shells fired by the militants hit a border town, wounding four.", "ART_MISS_ATTACK"),
    ("Police seized 20 rifles and 3,000 rounds of ammunition in a raid.", "DISR_WEAP"),
    ("Thousands of people marched peacefully through the capital to demand reforms.",
     "PEACE_PROTEST"),
    ("Police fired live rounds at protesters, killing three demonstrators.",
     "FORCE_AGAINST_PROTEST"),
    ("Government forces recaptured the town from the rebels after heavy fighting.",
     "GOV_REGAINS_TERIT"),
    ("Rebels seized the district centre on Saturday.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("A 6.1 magnitude earthquake struck the region, destroying hundreds of homes.",
     "NATURAL_DISASTER"),
    ("The group claimed responsibility for the bombing of the hotel.", "ATTRIB"),
    ("The government expelled two diplomats and imposed new sanctions.", "DIPLO"),
    ("Turkish forces set up a new observation post in the province.", "HQ_ESTABLISHED"),
])
def test_classify_snippet_follows_the_codebook(text, label):
    assert classify_rules(text) == label
    assert classify_snippet(text) == label


def test_classify_snippet_always_returns_one_of_the_30_labels():
    assert len(LABELS) == 30
    for text in ["", "The weather was nice.", "Clashes erupted.", "12345"]:
        assert classify_snippet(text) in LABELS
        assert classify_snippet(text, model=False) in LABELS


def test_shipped_model_is_compact_and_records_its_training_data():
    model = shipped_model()
    assert model is not None
    assert sorted(model.labels) == sorted(LABELS)
    assert model.coef.shape == (30, model.featurizer.size)
    # trained on the look part of the dev set and the probe sets, never on the untouched part
    assert "case2021-task2-dev.tsv:look" in model.meta["trained_on"]
    assert model.meta["class_weight"] == "balanced"
    assert 700 <= len(model.meta["text_fingerprints"]) < 1000
    # the held-out probes (case_probe4, written after the rules changed for case_probe3, and the
    # held-out half of case_probe5) stay out of training
    for name in ("case_probe4_heldout.tsv", "case_probe5b_heldout.tsv"):
        held_out = read_tsv(Path(__file__).resolve().parents[1] / "data" / name)
        assert not {fingerprint(s.text) for s in held_out} & set(model.meta["text_fingerprints"])
    assert fingerprint("A  Suicide bomber.") == fingerprint("a suicide bomber.")


def test_stem_merges_inflections():
    assert stem("killed") == stem("killing") == stem("kills") == "kill"
    assert stem("rallies") == "rally" and stem("stopped") == "stop"
    assert stem("shelling") == "shell" and stem("gas") == "gas" and stem("200") == "0"


def test_acled_of_sentence_maps_to_acled_names():
    assert acled_of_sentence("Two suicide bombers blew themselves up near the base.") == (
        "Explosions/Remote violence", "Suicide bomb")
    assert acled_of_sentence("The weather was nice.") is None


def test_f1_scores_weight_by_support():
    scores = f1_scores(["A", "A", "A", "B"], ["A", "A", "B", "B"])
    assert scores["accuracy"] == 0.75
    # A: p=1, r=2/3 -> 0.8; B: p=0.5, r=1 -> 0.6667; weighted = (3*0.8 + 0.6667) / 4
    assert scores["weighted_f1"] == pytest.approx(0.7667, abs=1e-3)
    assert scores["macro_f1"] == pytest.approx(0.7333, abs=1e-3)


def test_evaluate_rejects_unknown_gold_labels():
    from sitrep.errors import InputError

    with pytest.raises(InputError, match="unknown label"):
        evaluate([Snippet("1", "text", "NOT_A_LABEL")])


def test_cli_case2021_prints_json_metrics(tmp_path):
    path = tmp_path / "mini.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    "1\tA suicide bomber blew himself up in the market.\tSUIC_BOMB\n"
                    "3\tRebels seized the district centre on Saturday.\t"
                    "NON_STATE_ACTOR_OVERTAKES_TER\n", encoding="utf-8")
    result = CliRunner().invoke(main_group, ["eval", "case2021", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["n"] == 2
    assert set(data["metrics"]) == {"weighted_f1", "macro_f1", "accuracy"}
    assert data["metrics"]["accuracy"] == 1.0


def test_cli_case2021_missing_columns_is_a_one_line_error(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    result = CliRunner().invoke(main_group, ["eval", "case2021", str(path)])
    assert result.exit_code == 2
    assert "missing column" in result.output and "Traceback" not in result.output


def test_case2021_dev_set_weighted_f1():
    # the rules were written with the look part in view and the model is trained on it: only the
    # untouched part is held out (scripts/train_case_classifier.py prints the grouped CV on look)
    snippets = read_tsv(shared_path("events", "case2021-task2-dev.tsv"))
    assert evaluate(snippets, classify_rules)["metrics"]["weighted_f1"] >= 0.78
    result = evaluate(snippets, classify_snippet)
    assert result["n"] == 509
    assert result["metrics"]["weighted_f1"] >= 0.85
    untouched = [s for s in snippets if part_of(s.id) == "untouched"]
    assert training_overlap(untouched) == 0.0
    assert evaluate(untouched, classify_snippet)["metrics"]["weighted_f1"] >= 0.80
    assert evaluate(untouched)["metrics"]["weighted_f1"] >= 0.80  # the rules, the default


def test_cli_case2021_warns_only_when_scoring_the_models_training_data():
    path = shared_path("events", "case2021-task2-dev.tsv")
    look = CliRunner().invoke(main_group, ["eval", "case2021", str(path), "--json",
                                           "--part", "look", "--classifier", "hybrid"])
    assert look.exit_code == 0
    assert "warning: the model was trained on 100% of these snippets" in look.stderr
    untouched = CliRunner().invoke(main_group, ["eval", "case2021", str(path), "--json",
                                                "--part", "untouched", "--classifier", "hybrid"])
    assert untouched.exit_code == 0 and "warning" not in untouched.stderr
    rules = CliRunner().invoke(main_group, ["eval", "case2021", str(path), "--json",
                                            "--rules-only"])
    assert "warning" not in rules.stderr
    assert json.loads(rules.stdout)["metrics"]["weighted_f1"] >= 0.78


def test_cli_case2021_scores_the_rules_by_default():
    # the rules, which the pipeline uses, scored above the hybrid on the held-out sources
    # (session 26): the default figure is theirs, and the look part is no training data for them
    path = shared_path("events", "case2021-task2-dev.tsv")
    default = CliRunner().invoke(main_group, ["eval", "case2021", str(path), "--json",
                                              "--part", "look"])
    assert default.exit_code == 0 and "warning" not in default.stderr
    rules = CliRunner().invoke(main_group, ["eval", "case2021", str(path), "--json",
                                            "--part", "look", "--classifier", "rules"])
    hybrid = CliRunner().invoke(main_group, ["eval", "case2021", str(path), "--json",
                                             "--part", "look", "--classifier", "hybrid"])
    assert json.loads(default.stdout)["metrics"] == json.loads(rules.stdout)["metrics"]
    assert json.loads(hybrid.stdout)["metrics"]["weighted_f1"] == 1.0  # its training data
    assert json.loads(rules.stdout)["metrics"]["weighted_f1"] < 1.0


def test_plover_old_names_are_mapped():
    assert gold_type("DEMAND") == "REQUEST"
    assert gold_type("DISAPPROVE") == "ACCUSE"
    assert gold_type("INVESTIGATE") == "ACCUSE"
    assert gold_type("FIGHT") == "ASSAULT"
    assert gold_type("AGREE") == "AGREE"


def test_cli_plover_scores_type_and_actor_codes(tmp_path):
    records = [
        {"id": "1", "event": "DISAPPROVE", "text": "France condemned Russia on Monday.",
         "source": [{"actorText": "France", "code": "FRA"}],
         "target": [{"actorText": "Russia", "code": "RUS"}]},
        {"id": "2", "event": "DEMAND", "text": "Germany urged Iran to release the prisoners.",
         "source": [{"actorText": "Germany", "code": "DEU"}],
         "target": [{"actorText": "Iran", "code": "IRN"}]},
        {"id": "doc", "event": "DOCUMENT", "eventText": "header without text"},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = CliRunner().invoke(main_group, ["eval", "plover", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["n"] == 2
    assert data["metrics"]["type_accuracy"] == 1.0
    assert data["metrics"]["source_f1"] == 1.0
    assert data["metrics"]["target_f1"] == 1.0


def test_plover_gold_converted_from_cameo_reads_announced_acts_as_intents(tmp_path):
    # the gold follows CAMEO (03 "express intent", 13 "threaten"); sitrep keeps the act's type
    # with the future flag and its CAMEO root says the intent
    records = [
        {"id": "1", "event": "AGREE", "text": "The two foreign ministers will meet in Vienna.",
         "source": [], "target": []},
        {"id": "2", "event": "THREATEN", "text": "The rebels said they would attack the capital.",
         "source": [], "target": []},
        {"id": "3", "event": "CONSULT", "text": "The two foreign ministers met in Vienna.",
         "source": [], "target": []},
        {"id": "4", "event": "ASSAULT", "text": "The rebels attacked the capital on Monday.",
         "source": [], "target": []},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = CliRunner().invoke(main_group, ["eval", "plover", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["metrics"]["type_accuracy"] == 1.0, data["confusions"]


def test_plover_dev_set_type_accuracy(pipeline):
    records = read_json(shared_path("events", "plover-gsr-cameo.json"))
    result = evaluate_plover(records, pipeline)
    assert result["n"] == 322
    assert result["metrics"]["type_accuracy"] >= 0.75


PROBES = __import__("pathlib").Path(__file__).parents[1] / "data"


def test_case2021_probe_set_weighted_f1_stays_above_floor():
    # 150 snippets written from the ACLED/CASE codebook, 5 per label. First score (before any
    # cue was changed with it in view) 0.747; after tuning on it 0.979. The floor of 0.90 fails
    # when about eight snippets regress, without pinning the tuned figure.
    result = evaluate(read_tsv(PROBES / "case_probe.tsv"), classify_rules)
    assert result["n"] == 150
    assert result["metrics"]["weighted_f1"] >= 0.90
    # the hybrid model is trained on this set too: a floor, not a held-out figure
    assert evaluate(read_tsv(PROBES / "case_probe.tsv"),
                    classify_snippet)["metrics"]["weighted_f1"] >= 0.93


def test_case2021_second_probe_set_weighted_f1_stays_above_floor():
    # 60 further snippets (2 per label), scored once untouched at 0.521, then 0.66 after general
    # inflection fixes: our honest held-out estimate, far below the 0.80 target. Floor 0.60.
    result = evaluate(read_tsv(PROBES / "case_probe2.tsv"), classify_rules)
    assert result["n"] == 60
    assert result["metrics"]["weighted_f1"] >= 0.60
    # the shipped hybrid is trained on it (held out, the hybrid scored 0.796 against the rules 0.660; see the script)
    assert evaluate(read_tsv(PROBES / "case_probe2.tsv"),
                    classify_snippet)["metrics"]["weighted_f1"] >= 0.90
