"""The brief as one self-contained HTML file: inline CSS (with a print stylesheet for A4 pages)
and inline SVG, no script and no external resource, so it can be mailed, opened offline and
printed to PDF from a browser.

Everything that came from articles is untrusted (docs/security.md): the template is rendered
with Jinja2's autoescape on, the SVG is built with every text escaped, and a source URL becomes
a link only when it is ``http(s)``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.brief.svg import map_svg, timeline_svg


@lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=False,
                      keep_trailing_newline=True)
    text = resources.files("sitrep.brief").joinpath("brief.html").read_text("utf-8")
    return env.from_string(text)


def version() -> str:
    """sitrep's installed version (the package itself is not imported: no import cycle)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("sitrep")
    except PackageNotFoundError:
        return "(not installed)"


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) address without spaces or controls, else None."""
    if not url:
        return None
    lowered = url.strip().lower()
    if not lowered.startswith(("http://", "https://")):
        return None
    if any(ord(c) < 33 or ord(c) == 127 for c in url.strip()):
        return None
    return url.strip()


def _citations(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for c in items:
        quote, a = c.get("quote") or c.get("evidence") or "", c.get("quote_start", c["start"])
        i, j = max(0, c["start"] - a), max(0, c["end"] - a)
        out.append({**c, "before": quote[:i], "span": quote[i:j], "after": quote[j:],
                    "safe_url": safe_url(c.get("url"))})
    return out


def render_html(brief: dict[str, Any]) -> str:
    """The HTML text of a brief (the data of ``sitrep.brief.build.build``)."""
    from markupsafe import Markup

    listed = {i["id"] for i in brief["incidents"]["items"]} | {
        i["id"] for g in brief["moves"]["groups"] for i in g["items"]}
    period = brief["period"]
    data = {**brief, "citations": _citations(brief["citations"])}
    return _template().render(
        b=data, version=version(),
        map_svg=Markup(map_svg(brief["map"]["points"], listed)),  # noqa: S704 (escaped in svg.py)
        timeline_svg=Markup(timeline_svg(period["since"], period["until"],  # noqa: S704
                                         brief["timeline"]["points"], listed)))
