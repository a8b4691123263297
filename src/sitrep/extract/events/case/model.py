"""The trained half of the CASE 2021 snippet classifier: a linear model over the rule cues.

Features of a snippet (:func:`features`), all computed here, in training and at run time alike:

* the cue score of each of the 30 labels (``case_types.scores``, scaled) and a one-hot of the
  label the rules choose (``case_types.classify_rules``), so the model starts from the rules
  and learns when to overrule them;
* TF-IDF of lower-cased, lightly stemmed word unigrams and bigrams (sublinear tf, L2-normalised),
  and optionally of character n-grams inside words, over a vocabulary fixed at training time.

The weights (``resources/case_model.npz``) come from ``scripts/train_case_classifier.py``
(multinomial logistic regression, scikit-learn, at training time only); inference is a numpy dot
product. The model file records what it was trained on, so an evaluation can warn when it is
asked to score the model on its own training data.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from sitrep.extract.events.case.rules import (
    LABELS,
    TERRITORY,
    classify_rules,
    scores,
    territory_side,
)

MODEL_FILE = "case_model.npz"
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
DEFAULT_CONFIG: dict[str, Any] = {
    "word_ngrams": 2, "char_ngrams": [0, 0], "min_df": 2,
    "cue_scale": 0.1, "rule_onehot": 0.2, "word_weight": 1.0, "char_weight": 1.0,
    "territory": 1.0,
}


def stem(word: str) -> str:
    """A light suffix stripper: kills/killed/killing -> kill, strikes -> strike, rallies -> rally."""
    if word.isdigit():
        return "0"
    if len(word) <= 4:
        return word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "e"),
                         ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith("ss"):
                return word
            base = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] \
                    and base[-1] not in "lsz":
                base = base[:-1]  # stopped -> stop, shelling stays shell
            return base
    return word


def words(text: str) -> list[str]:
    return [stem(w) for w in WORD.findall(text.lower())]


def word_terms(text: str, n: int = 2) -> list[str]:
    toks = words(text)
    terms = list(toks)
    for k in range(2, n + 1):
        terms += [" ".join(toks[i:i + k]) for i in range(len(toks) - k + 1)]
    return terms


def char_terms(text: str, lo: int, hi: int) -> list[str]:
    if lo <= 0:
        return []
    out = []
    for w in WORD.findall(text.lower()):
        padded = f" {w} "
        for k in range(lo, hi + 1):
            out += ["#" + padded[i:i + k] for i in range(max(1, len(padded) - k + 1))]
    return out


def fingerprint(text: str) -> str:
    """A short hash of a snippet's words, to recognise training snippets (whitespace, case)."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:12]


def _tfidf(terms: list[str], vocab: dict[str, int], idf: np.ndarray) -> np.ndarray:
    vec = np.zeros(len(vocab), dtype=np.float64)
    for term, count in Counter(terms).items():
        j = vocab.get(term)
        if j is not None:
            vec[j] = (1.0 + math.log(count)) * idf[j]
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else vec


@dataclass
class Featurizer:
    """Turns snippets into feature vectors; fitted on training texts (vocabulary and idf)."""

    config: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_CONFIG))
    word_vocab: dict[str, int] = field(default_factory=dict)
    word_idf: np.ndarray = field(default_factory=lambda: np.zeros(0))
    char_vocab: dict[str, int] = field(default_factory=dict)
    char_idf: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def _word(self, text: str) -> list[str]:
        return word_terms(text, int(self.config["word_ngrams"]))

    def _char(self, text: str) -> list[str]:
        lo, hi = self.config["char_ngrams"]
        return char_terms(text, int(lo), int(hi))

    def fit(self, texts: list[str]) -> Featurizer:
        self.word_vocab, self.word_idf = _vocab([self._word(t) for t in texts],
                                                int(self.config["min_df"]))
        self.char_vocab, self.char_idf = _vocab([self._char(t) for t in texts],
                                                int(self.config["min_df"]))
        return self

    @property
    def size(self) -> int:
        return 63 + len(self.word_vocab) + len(self.char_vocab)

    def transform(self, text: str) -> np.ndarray:
        cues, rule, territory = _rule_features(text)
        parts = [
            cues * float(self.config["cue_scale"]),
            rule * float(self.config["rule_onehot"]),
            territory * float(self.config.get("territory", 0.0)),
            _tfidf(self._word(text), self.word_vocab, self.word_idf)
            * float(self.config["word_weight"]),
        ]
        if self.char_vocab:
            parts.append(_tfidf(self._char(text), self.char_vocab, self.char_idf)
                         * float(self.config["char_weight"]))
        return np.concatenate(parts)

    def matrix(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self.transform(t) for t in texts]) if texts else np.zeros((0, self.size))


@lru_cache(maxsize=2048)
def _rule_features(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cue scores of the 30 labels, a one-hot of the rules' label and of the rules' reading of
    who gains territory (government, non-state actor, nobody by force)."""
    cues = scores(text)
    rule = classify_rules(text)
    side = territory_side(text, cues)
    return (np.array([cues[k] for k in LABELS]),
            np.array([1.0 if k == rule else 0.0 for k in LABELS]),
            np.array([1.0 if k == side else 0.0 for k in TERRITORY]))


def _vocab(docs: list[list[str]], min_df: int) -> tuple[dict[str, int], np.ndarray]:
    df: Counter[str] = Counter()
    for terms in docs:
        df.update(set(terms))
    kept = sorted(t for t, c in df.items() if c >= min_df)
    n = len(docs)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept])
    return {t: i for i, t in enumerate(kept)}, idf


@dataclass
class LinearModel:
    """Multinomial logistic regression weights over :class:`Featurizer` vectors."""

    featurizer: Featurizer
    labels: list[str]
    coef: np.ndarray  # (n_labels, n_features)
    intercept: np.ndarray  # (n_labels,)
    meta: dict[str, Any] = field(default_factory=dict)

    def decision(self, text: str) -> np.ndarray:
        return self.coef @ self.featurizer.transform(text) + self.intercept

    def predict(self, text: str) -> str:
        return self.labels[int(np.argmax(self.decision(text)))]

    def save(self, path: str) -> None:
        f = self.featurizer
        np.savez_compressed(
            path,
            config=np.array(json.dumps(f.config)),
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
            labels=np.array(self.labels),
            word_terms=np.array(sorted(f.word_vocab, key=f.word_vocab.__getitem__)),
            word_idf=f.word_idf.astype(np.float32),
            char_terms=np.array(sorted(f.char_vocab, key=f.char_vocab.__getitem__)),
            char_idf=f.char_idf.astype(np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
        )

    @classmethod
    def load(cls, source: Any) -> LinearModel:
        with np.load(source, allow_pickle=False) as data:
            featurizer = Featurizer(
                config=json.loads(str(data["config"])),
                word_vocab={str(t): i for i, t in enumerate(data["word_terms"])},
                word_idf=data["word_idf"].astype(np.float64),
                char_vocab={str(t): i for i, t in enumerate(data["char_terms"])},
                char_idf=data["char_idf"].astype(np.float64),
            )
            return cls(featurizer, [str(x) for x in data["labels"]],
                       data["coef"].astype(np.float64), data["intercept"].astype(np.float64),
                       json.loads(str(data["meta"])))


@lru_cache(maxsize=1)
def shipped_model() -> LinearModel | None:
    """The model in ``sitrep/resources``, or None when none was trained."""
    path = resources.files("sitrep.resources").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return LinearModel.load(handle)


def classify_snippet(text: str, model: bool = True) -> str:
    """One of the 30 CASE 2021 labels for a news snippet: the trained hybrid (rule cues plus
    word n-grams, ``case.model``) when ``model`` and a model is shipped, else the rules alone."""
    if model:
        hybrid = shipped_model()
        if hybrid is not None:
            return hybrid.predict(text)
    return classify_rules(text)
