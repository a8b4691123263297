"""Where the time goes: wall time per stage of the pipeline (read, dedupe, select, parse, each
extractor, link, the events' coreference, store) measured by wrapping the stage functions for
the duration of a block (``sitrep bench --stages``). The wrappers are removed afterwards;
nothing else changes. "other" is the rest: the pipeline's own work between the stages."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class StageTimer:
    """Seconds per stage, by ``clock`` (wall seconds; ``time.process_time``: CPU seconds)."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.clock = clock

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = self.clock()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[name] += self.clock() - started

        return timed

    def wrap_iter(self, name: str, func: Callable[..., Iterator[Any]]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            started = self.clock()
            iterator = iter(func(*args, **kwargs))
            self.seconds[name] += self.clock() - started
            while True:
                started = self.clock()
                try:
                    item = next(iterator)
                except StopIteration:
                    self.seconds[name] += self.clock() - started
                    return
                self.seconds[name] += self.clock() - started
                yield item

        return timed

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 2) for k, v in sorted(self.seconds.items(), key=lambda kv: -kv[1])}


class _TimedNLP:
    """Stands in for the spaCy ``Language`` of a pipeline; times ``pipe``."""

    def __init__(self, nlp: Any, timer: StageTimer) -> None:
        self._nlp = nlp
        self.pipe = timer.wrap_iter("parse", nlp.pipe)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


@contextmanager
def instrument(pipeline: Any, db: Any, deduper: Any, timer: StageTimer) -> Iterator[None]:
    """Time the stages of ``pipeline`` (and the store and dedupe) inside the ``with`` block."""
    from sitrep import pipeline as pipeline_module
    from sitrep.extract import link
    from sitrep.extract.events import corefer

    saved: list[tuple[Any, str, Any]] = []

    def patch(obj: Any, attr: str, new: Any) -> None:
        saved.append((obj, attr, getattr(obj, attr)))
        setattr(obj, attr, new)

    for module in pipeline_module.EXTRACTORS:
        name = module.__name__.rsplit(".", 1)[-1]
        patch(module, "extract", timer.wrap(name, module.extract))
    patch(link, "link", timer.wrap("link", link.link))
    # one event per happening, after linking (``pipeline._extract``): most of what was "other"
    patch(corefer, "fuse", timer.wrap("corefer", corefer.fuse))
    patch(pipeline_module.select, "select", timer.wrap("select", pipeline_module.select.select))
    patch(pipeline_module, "split_sentences",
          timer.wrap("segment", pipeline_module.split_sentences))
    patch(pipeline, "nlp", _TimedNLP(pipeline.nlp, timer))
    patch(db, "save_many", timer.wrap("store", db.save_many))
    patch(deduper, "check", timer.wrap("dedupe", deduper.check))
    try:
        yield
    finally:
        for obj, attr, old in reversed(saved):
            setattr(obj, attr, old)
