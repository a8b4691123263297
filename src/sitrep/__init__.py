"""sitrep: a sourced event database from conflict and political news.

Public API::

    import sitrep
    result = sitrep.process_text(text, published="2020-10-05")
    db = sitrep.open_db("sitrep.db")
    html = sitrep.brief("sitrep.db", format="html")   # the situation brief (sitrep.brief)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Pipeline", "process_text", "open_db", "brief", "__version__"]

if TYPE_CHECKING:
    from sitrep import brief
    from sitrep.pipeline import Pipeline, process_text
    from sitrep.store import open_db


def __getattr__(name: str) -> Any:  # lazy: importing sitrep must not load spaCy
    if name in ("Pipeline", "process_text"):
        from sitrep import pipeline

        return getattr(pipeline, name)
    if name == "open_db":
        from sitrep.store import open_db

        return open_db
    if name == "brief":  # the package sitrep.brief, callable: sitrep.brief(db, format="html")
        import importlib

        return importlib.import_module("sitrep.brief")
    raise AttributeError(name)
