"""Event confidence that means something: about the share of events like this one that are right.

``merge.consolidate`` describes every surviving event of a sentence by what it has at that
point (``features``: an actor, a recipient, a verbal trigger, a specific lexicon row, a date,
place or casualty figure of its own, merged evidence, an abstract noun, its modes, the
sentence's position, a headline, quoted or reported speech) and ``probability`` turns these into
a confidence with a logistic regression whose coefficients are a resource
(``resources/event_confidence.json``), fitted on the look part of our events dev set by
``python -m sitrep.evaluate.calibrate`` (its docstring says how to refit, e.g. after the
extractor changed what it outputs). "Right" there is the eval's own matching
(``evaluate.events.score``); the untouched part is only used to report calibration
(``sitrep eval events FILE --calibration``).

The resource names the version of the features it was fitted on (``FEATURES_VERSION``): a
resource of another version is refused with the command that refits it. Confidence stays in
[0.05, 0.95].
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from sitrep.errors import ConfigError
from sitrep.extract.events.tokens import doc_words
from sitrep.nlp.scans import text_indices
from sitrep.records import Event

FEATURES_VERSION = "sitrep.event_confidence.features.v1"
RESOURCE = "event_confidence.json"
LOWEST, HIGHEST = 0.05, 0.95
FEATURES = (
    "actor",  # a participant who did it
    "recipient",  # a participant it was done to
    "verb",  # the trigger is a verb (not a noun naming the act)
    "specific",  # the lexicon row needed a neighbour ("reach an agreement")
    "own_detail",  # a date, place or casualty figure inside the trigger's own phrase
    "subject",  # the trigger noun is the subject of a clause ("the attack killed ...")
    "merged",  # other mentions in the sentence were folded into it
    "abstract",  # an abstract noun ("violence", "war")
    "unreal",  # negated or hypothetical
    "future",
    "historical",
    "headline",  # the article's first line or a title-case line
    "lead",  # one of the first three sentences of the article
    "quoted",  # inside quotation marks
    "reported",  # in the clause a reporting verb governs ("X said that ...")
)
VERBS = {"VERB", "AUX"}
QUOTES = frozenset({'"', "“", "”", "«", "»"})
REPORTED_DEPS = {"ccomp"}  # the complement clause of a verb of saying


_RECORDING: ContextVar[list[tuple[Event, dict[str, float]]] | None] = ContextVar(
    "sitrep_event_features", default=None)


@dataclass(frozen=True)
class Model:
    intercept: float
    weights: dict[str, float]


NEUTRAL = Model(0.0, dict.fromkeys(FEATURES, 0.0))  # while recording for a fit: 0.5 for all


def _quoted(token: Token) -> bool:
    """An odd number of quotation marks before the trigger in its sentence, and one after it
    (none where no word of the sentence is one, ``tokens.doc_words``: a mark has no case)."""
    if doc_words(token.doc)[0].isdisjoint(QUOTES):
        return False
    quotes = text_indices(token.doc, QUOTES)
    before = sum(1 for i in quotes if i < token.i)
    after = any(i > token.i for i in quotes)
    return before % 2 == 1 and after


def _reported(token: Token) -> bool:
    """The trigger sits in a complement clause of another verb ("officials said [that rebels
    attacked ...]"), found by walking up the parse to the root."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in REPORTED_DEPS:
            return True
        node = node.head
    return False


def features(token: Token, event: Event, *, specific: bool, support: set[str], merged: int,
             abstract: bool, headline: bool, sentence: int) -> dict[str, float]:
    """What an event of one sentence has when it is consolidated, as 0/1 values (``FEATURES``).
    ``sentence`` is the index of the sentence in the article."""
    modes = set(event.modes)
    values = {
        "actor": bool(event.actors),
        "recipient": bool(event.recipients),
        "verb": token.pos_ in VERBS,
        "specific": specific,
        "own_detail": bool(support & {"date", "place", "casualties"}),
        "subject": "subject" in support,
        "merged": merged > 0,
        "abstract": abstract,
        "unreal": bool(modes & {"negated", "hypothetical"}),
        "future": "future" in modes,
        "historical": "historical" in modes,
        "headline": headline,
        "lead": sentence < 3 and not headline,
        "quoted": _quoted(token),
        "reported": _reported(token),
    }
    return {name: float(values[name]) for name in FEATURES}


REFIT = ("refit it: python -m sitrep.evaluate.calibrate tests/data/events-dev-look.pass1.jsonl "
         "--out src/sitrep/resources/" + RESOURCE)


def read_model(data: dict[str, Any]) -> Model:
    """The model of a resource object (``as_resource``); one fitted on features of another
    version is refused."""
    if data.get("features_version") != FEATURES_VERSION:
        raise ConfigError(f"the event confidence model {RESOURCE} was fitted on features "
                          f"{data.get('features_version')!r}, the code has {FEATURES_VERSION!r}",
                          REFIT)
    try:
        weights = {name: float(data["weights"].get(name, 0.0)) for name in FEATURES}
        return Model(float(data["intercept"]), weights)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"the event confidence model {RESOURCE} is malformed ({exc!r})",
                          REFIT) from None


@lru_cache(maxsize=1)
def model() -> Model:
    """The fitted coefficients of ``resources/event_confidence.json``."""
    try:
        data = json.loads(resources.files("sitrep.resources").joinpath(RESOURCE)
                          .read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"the event confidence model {RESOURCE} cannot be read ({exc})",
                          REFIT) from None
    return read_model(data)


def probability(values: dict[str, float], fitted: Model | None = None) -> float:
    """The confidence of an event with these ``features``: the logistic regression's estimate
    that it is right, rounded to two decimals and kept in [0.05, 0.95]."""
    m = fitted or (NEUTRAL if _RECORDING.get() is not None else model())
    z = m.intercept + sum(m.weights[name] * values.get(name, 0.0) for name in FEATURES)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return round(min(HIGHEST, max(LOWEST, p)), 2)


@contextmanager
def recording() -> Iterator[list[tuple[Event, dict[str, float]]]]:
    """Collect (event, features) for every event scored inside the block: what
    ``evaluate.calibrate`` fits the model on."""
    found: list[tuple[Event, dict[str, float]]] = []
    token = _RECORDING.set(found)
    try:
        yield found
    finally:
        _RECORDING.reset(token)


def note(event: Event, values: dict[str, float]) -> None:
    """Remember the features of ``event`` when inside ``recording()``."""
    found = _RECORDING.get()
    if found is not None:
        found.append((event, values))


def as_resource(intercept: float, weights: dict[str, float], **about: Any) -> dict[str, Any]:
    """The JSON object ``model`` reads: the version of the features, the coefficients, and
    what they were fitted on (``about``)."""
    return {"features_version": FEATURES_VERSION, "intercept": round(intercept, 4),
            "weights": {name: round(weights[name], 4) for name in FEATURES}, **about}
