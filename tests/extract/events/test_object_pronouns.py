"""Made-up probes (not copied from any data set): an object pronoun of a verb that shares its
subject with an earlier verb stands for that earlier verb's object ("Smith approached Jones in
the alley and stabbed him": Jones is stabbed), never for the shared subject. Neighbours: a
pronoun whose verb has a subject of its own ("the man attacked his wife and she stabbed him")
and a subject pronoun ("Smith said he shot the intruder") keep their reading. Real model, real
pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _assault(pipeline: Pipeline, text: str) -> tuple[list[str], list[str]]:
    ex = pipeline.process(Article(id="probe", text=text, published=dt.date(2021, 3, 10),
                                  language="en"))
    events = [e for e in ex.events if e.plover_type == "ASSAULT"]
    assert events
    return [a.text for a in events[-1].actors], [a.text for a in events[-1].recipients]


DONE_TO = [
    ("John Smith approached Tom Jones in the alley and stabbed him in the back.", "Tom Jones"),
    ("Police say Mark Bassett approached Kevin Beedle in the alley and stabbed him.",
     "Kevin Beedle"),
    ("The gunman followed the woman home and shot her.", "woman"),
    ("The soldiers stopped the farmers at the checkpoint and beat them.", "farmers"),
    ("Michael Brown confronted David Lee outside the bar and punched him.", "David Lee"),
    ("The man grabbed the cashier and hit her with a bottle.", "cashier"),
    ("Rebels captured the two aid workers and killed them.", "aid workers"),
    ("The officer chased the teenager down the street and shot him.", "teenager"),
    ("The guards caught the prisoners near the fence and beat them.", "prisoners"),
    ("Two men robbed the shopkeeper and stabbed him.", "shopkeeper"),
    ("The mob surrounded the policemen and attacked them.", "policemen"),
]

KEPT = [
    ("John Smith said he shot the intruder.", ["John Smith"], ["intruder"]),
    ("The man told police he stabbed his neighbour.", ["man"], ["his neighbour"]),
    ("Gunmen stopped the bus and shot the driver.", ["Gunmen"], ["driver"]),
]


@pytest.mark.parametrize(("text", "victim"), DONE_TO)
def test_an_object_pronoun_is_the_earlier_object(pipeline, text, victim):
    actors, recipients = _assault(pipeline, text)
    assert victim in recipients
    assert not set(actors) & set(recipients)


@pytest.mark.parametrize(("text", "actors", "recipients"), KEPT)
def test_other_pronouns_keep_their_reading(pipeline, text, actors, recipients):
    assert _assault(pipeline, text) == (actors, recipients)


def test_a_pronoun_with_a_subject_of_its_own_is_not_the_earlier_object(pipeline):
    _, recipients = _assault(pipeline, "The man attacked his wife and she stabbed him.")
    assert "wife" not in recipients and "his wife" not in recipients
