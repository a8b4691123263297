"""Event confidence: the features an event has when it is consolidated, the fitted logistic
regression that turns them into a confidence (``sitrep.extract.events.confidence``), and its
fit (``sitrep.evaluate.calibrate``). Sentences are made up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.errors import ConfigError
from sitrep.evaluate import calibrate
from sitrep.extract.events import confidence
from sitrep.records import Article

GOLD = Path(__file__).resolve().parents[2] / "data" / "events_gold_made_up.jsonl"


def _noted(pipeline, text: str) -> list[tuple]:
    article = Article(text=text, published=dt.date(2021, 3, 2), language="en")
    with confidence.recording() as noted:
        pipeline.process(article)
    return noted


def _features_of(pipeline, text: str, trigger: str) -> dict[str, float]:
    found = [values for event, values in _noted(pipeline, text)
             if trigger in event.trigger.text]
    assert found, f"no event with the trigger {trigger!r} in {text!r}"
    return found[0]


REPORTED = [
    ("Officials said that rebels attacked the convoy near the border.", "attacked", True),
    ("The ministry stated that the militia had shelled two villages.", "shelled", True),
    ("Witnesses told reporters that soldiers beat the protesters.", "beat", True),
    ("The governor announced that police had arrested four suspects.", "arrested", True),
    ("Residents reported that gunmen abducted a teacher overnight.", "abducted", True),
    ("The spokesman added that the troops withdrew from the town.", "withdrew", True),
    # near neighbours: the article states the act itself
    ("Rebels attacked the convoy near the border on Monday.", "attacked", False),
    ("The militia shelled two villages in the north.", "shelled", False),
    ("Soldiers beat the protesters outside the parliament.", "beat", False),
    ("Police arrested four suspects after the robbery.", "arrested", False),
    ("Gunmen abducted a teacher from the school overnight.", "abducted", False),
    ("The troops withdrew from the town at dawn.", "withdrew", False),
]

QUOTED = [
    ('The commander said: "We will attack the base before the rains."', "attack", True),
    ('"They shelled our homes all night," a farmer told the radio.', "shelled", True),
    ('"Police arrested my brother for nothing," his sister said.', "arrested", True),
    ('A witness said: "Soldiers beat the students with sticks."', "beat", True),
    ('"The rebels kidnapped two nurses," the mayor said on Tuesday.', "kidnapped", True),
    # near neighbours: quotation marks elsewhere, or none
    ('The so-called "peace committee" met the rebels in the capital.', "met", False),
    ('Police arrested the man known as "the doctor" on Friday.', "arrested", False),
    ("The commander said the army would attack the base before the rains.", "attack", False),
    ("A farmer said the militia shelled the homes all night.", "shelled", False),
    ("The mayor said the rebels kidnapped two nurses on Tuesday.", "kidnapped", False),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), REPORTED,
                         ids=[f"{t}-{e}" for _, t, e in REPORTED])
def test_an_act_in_a_clause_of_a_reporting_verb_is_marked_reported(pipeline, text, trigger,
                                                                   expected) -> None:
    assert _features_of(pipeline, text, trigger)["reported"] == float(expected)


@pytest.mark.parametrize(("text", "trigger", "expected"), QUOTED,
                         ids=[f"{t}-{e}" for _, t, e in QUOTED])
def test_an_act_inside_quotation_marks_is_marked_quoted(pipeline, text, trigger,
                                                        expected) -> None:
    assert _features_of(pipeline, text, trigger)["quoted"] == float(expected)


def test_every_event_is_scored_by_the_fitted_model_from_its_features(pipeline) -> None:
    text = ("Rebels attacked a police post in the north on Monday, officials said. "
            "Police arrested two men in the capital. The minister condemned the government.")
    noted = _noted(pipeline, text)
    assert noted and all(set(values) == set(confidence.FEATURES) for _, values in noted)
    article = Article(text=text, published=dt.date(2021, 3, 2), language="en")
    events = pipeline.process(article).events  # not recording: the shipped model
    expected = {(e.trigger.start, e.plover_type): confidence.probability(v) for e, v in noted}
    assert len(events) == len(noted) == 3  # no fusion across sentences (it keeps the maximum)
    for event in events:
        assert event.confidence == expected[(event.trigger.start, event.plover_type)]
        assert confidence.LOWEST <= event.confidence <= confidence.HIGHEST


def test_confidence_stays_between_0_05_and_0_95() -> None:
    ones = dict.fromkeys(confidence.FEATURES, 1.0)
    sure = confidence.Model(10.0, dict.fromkeys(confidence.FEATURES, 10.0))
    never = confidence.Model(-10.0, dict.fromkeys(confidence.FEATURES, -10.0))
    assert confidence.probability(ones, sure) == 0.95
    assert confidence.probability(ones, never) == 0.05
    assert confidence.probability(ones, confidence.NEUTRAL) == 0.5


def test_the_shipped_model_is_of_the_features_of_the_code() -> None:
    data = json.loads((Path(confidence.__file__).parents[2] / "resources" /
                       confidence.RESOURCE).read_text("utf-8"))
    assert data["features_version"] == confidence.FEATURES_VERSION
    assert set(data["weights"]) == set(confidence.FEATURES)
    assert confidence.model() == confidence.read_model(data)


def test_a_model_fitted_on_other_features_is_refused_with_the_refit_command() -> None:
    with pytest.raises(ConfigError) as err:
        confidence.read_model({"features_version": "sitrep.event_confidence.features.v0",
                               "intercept": 0.0, "weights": {}})
    assert "python -m sitrep.evaluate.calibrate" in str(err.value)
    with pytest.raises(ConfigError):
        confidence.read_model({"features_version": confidence.FEATURES_VERSION})


def _synthetic() -> tuple[list[dict[str, float]], list[bool]]:
    """Events with an actor are right 9 times in 10, the others 2 times in 10."""
    rows, labels = [], []
    for i in range(100):
        values = dict.fromkeys(confidence.FEATURES, 0.0)
        values["actor"] = float(i < 50)
        values["headline"] = float((i // 10) % 2)  # says nothing
        rows.append(values)
        labels.append(i % 10 < 9 if i < 50 else i % 10 < 2)
    return rows, labels


def test_the_fit_finds_the_feature_that_tells_right_from_wrong() -> None:
    rows, labels = _synthetic()
    intercept, weights = calibrate.fit(rows, labels, l2=1.0, prior={})
    fitted = confidence.Model(intercept, weights)
    with_actor = confidence.probability(rows[0], fitted)
    without = confidence.probability(rows[99], fitted)
    assert 0.75 <= with_actor <= 0.9 and 0.2 <= without <= 0.3
    assert abs(weights["headline"]) < 0.2
    assert calibrate.fit(rows, labels, l2=1.0, prior={}) == (intercept, weights)  # deterministic


def test_a_strong_penalty_keeps_the_weights_at_the_prior() -> None:
    rows, labels = _synthetic()
    _, weights = calibrate.fit(rows, labels, l2=1e6, prior={"actor": -0.5})
    assert weights["actor"] == pytest.approx(-0.5, abs=0.01)
    assert weights["headline"] == pytest.approx(0.0, abs=0.01)


def test_the_penalty_is_chosen_from_the_grid_by_cross_validation() -> None:
    rows, labels = _synthetic()
    l2, loss = calibrate.choose_l2(rows, labels)
    assert l2 in calibrate.L2_GRID
    assert loss == pytest.approx(calibrate.cross_validated(rows, labels, l2))


@pytest.mark.slow
def test_calibrate_writes_a_model_the_extractor_reads(pipeline, tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    calibrate.main([str(GOLD), "--out", str(out), "--l2", "4"])
    data = json.loads(out.read_text("utf-8"))
    assert data["n"] >= 3 and 0 <= data["right"] <= data["n"]
    assert data["fitted_on"] == [GOLD.name]
    fitted = confidence.read_model(data)
    assert 0.05 <= confidence.probability(dict.fromkeys(confidence.FEATURES, 1.0), fitted) <= 0.95
