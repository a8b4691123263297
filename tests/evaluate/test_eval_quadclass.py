"""`sitrep eval quadclass`: the CAMEO QuadClass of a sentence's main event (evaluate/quadclass.py),
on made-up sentences of ours and, where ../shared/data is present, on the dev file's two parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from sitrep.cli import main_group, register
from sitrep.evaluate.quadclass import metrics, part_of, quad_class
from sitrep.records import Event, Evidence

MADE_UP = Path(__file__).resolve().parents[1] / "data" / "quadclass_made_up.tsv"
# announced acts (verbal: CAMEO's intents) and the same acts told as done
INTENTS = Path(__file__).resolve().parents[1] / "data" / "quadclass_intents_made_up.tsv"

register()


def _event(sentence: str, trigger: str, plover: str, mode: str | None = None,
           modes: list[str] | None = None) -> Event:
    t = sentence.index(trigger)
    return Event(Evidence(0, len(sentence), sentence), Evidence(t, t + len(trigger), trigger),
                 plover, mode, modes=modes or [])


@pytest.mark.parametrize("sentence,trigger,plover,mode,modes,expected", [
    ("Rebels shelled the town.", "shelled", "ASSAULT", "heavy-weapons", [], 4),
    ("No one was arrested.", "arrested", "COERCE", "arrest", ["negated"], 0),
    ("The ministers met in Geneva.", "met", "CONSULT", None, [], 1),
    ("Britain will not lift the ban.", "lift", "REJECT", None, ["negated"], 3),
    ("Japan sent rice to the province.", "sent", "AID", None, [], 2),
    ("The union demanded higher wages.", "demanded", "REQUEST", None, [], 3),
    ("The bishop called for calm.", "called for", "REQUEST", None, [], 0),
    ("The ministry denied the charges.", "denied", "REJECT", None, [], 0),
    ("The ministry rejected accusations that it lied.", "rejected", "REJECT", None, [], 0),
    ("Parliament rejected the budget.", "rejected", "REJECT", None, [], 3),
    ("The EU suspended aid to the junta.", "suspended", "SANCTION", "discontinue", [], 3),
    ("Prosecutors opened an investigation.", "investigation", "ACCUSE", "investigate", [], 3),
])
def test_each_plover_reading_has_its_documented_quad_class(sentence, trigger, plover, mode, modes,
                                                            expected) -> None:
    assert quad_class(_event(sentence, trigger, plover, mode, modes)) == expected


@pytest.mark.parametrize("sentence,trigger,plover,root,expected", [
    ("The ministers will meet in Geneva.", "meet", "CONSULT", "03", 1),
    ("Japan will send rice to the province.", "send", "AID", "03", 1),
    ("The army will deploy troops to the border.", "deploy", "MOBILIZE", "13", 3),
    ("The rebels said they would attack the town.", "attack", "ASSAULT", "13", 3),
    ("The army deployed troops to the border.", "deployed", "MOBILIZE", "15", 4),
    ("Japan sent rice to the province.", "sent", "AID", "07", 2),
])
def test_an_announced_act_is_classed_by_its_cameo_intent(sentence, trigger, plover, root,
                                                         expected) -> None:
    event = _event(sentence, trigger, plover, modes=["future"] if root in {"03", "13"} else [])
    event.cameo_root = root
    assert quad_class(event) == expected


@pytest.mark.slow
def test_eval_quadclass_reads_announced_acts_as_intents() -> None:
    result = CliRunner().invoke(main_group, ["eval", "quadclass", str(INTENTS), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["n"] == 6
    assert out["accuracy"] == 1.0, out["confusion"]


def test_no_event_is_class_zero() -> None:
    assert quad_class(None) == 0


def test_metrics_count_per_class_f1_and_the_confusion_matrix() -> None:
    m = metrics([0, 1, 1, 4], [0, 1, 4, 4])
    assert m["accuracy"] == 0.75
    assert m["per_class"]["1"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "n": 2}
    assert m["confusion"][1][4] == 1 and m["confusion"][4][4] == 1
    # classes with no gold sentence do not enter the macro average
    assert m["macro_f1"] == round((1.0 + 0.6667 + 0.6667) / 3, 4)


def test_the_split_into_parts_is_fixed_and_about_three_to_two() -> None:
    sentences = [f"Sentence number {i} about a clash." for i in range(1000)]
    parts = [part_of(s) for s in sentences]
    assert parts == [part_of(s) for s in sentences]
    assert 0.35 < parts.count("untouched") / len(parts) < 0.45


@pytest.mark.slow
def test_eval_quadclass_reads_the_main_event_of_each_sentence() -> None:
    result = CliRunner().invoke(main_group, ["eval", "quadclass", str(MADE_UP), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["n"] == 5
    assert out["accuracy"] == 1.0


@pytest.mark.slow
def test_quadclass_dev_parts_meet_the_targets_on_both_parts() -> None:
    path = shared_path("events", "cameo-quad-dev.tsv")
    for part in ("look", "untouched"):
        result = CliRunner().invoke(main_group, ["eval", "quadclass", str(path), "--part", part,
                                                 "--json"])
        out = json.loads(result.output)
        assert out["accuracy"] >= 0.74 and out["macro_f1"] >= 0.74, (part, out["accuracy"])


