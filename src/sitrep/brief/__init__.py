"""The situation brief: a report of one period generated from records only, every sentence
cited (build.py: the structure as plain data; sentences.py: each sentence from fields with its
citations; casualties.py: tallies said with their claimants; render_html.py, render_md.py;
svg.py: map and timeline).

    import sitrep
    html = sitrep.brief("sitrep.db", format="html", countries="ARM,AZE")
    data = sitrep.brief(db)                        # the JSON form, as a dict

``sitrep.brief`` is this package and can be called (the package's module object is callable), so
that ``sitrep.brief(...)`` works whether or not ``sitrep.brief.build`` was imported first.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

FORMATS = ("html", "md", "json")

# DEL, the C1 controls and the bidi controls written as \uXXXX escapes (docs/security.md): they
# can only occur inside JSON strings, where the escape means the same character
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F),
                                             *range(0x2066, 0x206A))}

__all__ = ["brief", "brief_html", "FORMATS", "render"]


def render(data: dict[str, Any], format: str) -> str:
    """The brief's data as ``html``, ``md`` (Markdown) or ``json`` text."""
    if format == "html":
        from sitrep.brief.render_html import render_html

        return render_html(data)
    if format == "md":
        from sitrep.brief.render_md import render_md

        return render_md(data)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES) + "\n"
    from sitrep.errors import ConfigError

    raise ConfigError(f"unknown brief format {format!r}", "use html, md or json")


def brief(db: Any, *, countries: Any = None, place: str | None = None, since: Any = None,
          until: Any = None, format: str | None = None) -> Any:
    """The brief of a period of a database (a ``Database`` or a path, opened read-only): the
    data (a dict, the JSON form's structure) when ``format`` is None, else its text in that
    format. Defaults: the last 7 days of publication dates in the database, all countries."""
    from sitrep.brief.build import build
    from sitrep.store import open_db

    if isinstance(db, (str, Path)):
        with open_db(db, read_only=True) as handle:
            data = build(handle, countries=countries, place=place, since=since, until=until)
    else:
        data = build(db, countries=countries, place=place, since=since, until=until)
    return data if format is None else render(data, format)


def brief_html(db: Any, **filters: Any) -> str:
    """The HTML brief (for the web layer's ``/brief`` page): filters as for ``brief``."""
    return str(brief(db, format="html", **filters))


class _CallableModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return brief(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
