"""The brief as Markdown with footnote citations (``[^3]``), for wikis, tickets and mail.

Text from articles is escaped for Markdown: ``<``, ``>`` and ``&`` become entities (a Markdown
viewer would otherwise render raw HTML from an article) and the characters that start
Markdown syntax are backslash-escaped.
"""

from __future__ import annotations

import re
from typing import Any

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def md_text(text: str) -> str:
    """Record text safe to place in Markdown: HTML entities, escaped syntax, one line."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"\s+", " ", text).strip()


def sentence(s: dict[str, Any]) -> str:
    words = "".join(md_text(p["text"]) if (p.get("cite") or p.get("ref")) else p["text"]
                    for p in s["parts"])
    return words + "".join(f"[^{n}]" for n in s["citations"])


def _more(section: dict[str, Any], what: str) -> list[str]:
    return [f"*…and {section['more']} more {what} not shown.*", ""] if section.get("more") else []


def render_md(brief: dict[str, Any]) -> str:
    """The Markdown text of a brief (the data of ``sitrep.brief.build.build``)."""
    out = [f"# {brief['title']}", "", f"*{sentence(brief['period_sentence'])}*", ""]
    out += ["## Headline figures", ""] + [f"- {sentence(s)}" for s in
                                          brief["headline"]["sentences"]] + [""]
    out += ["## Key incidents", ""]
    for i in brief["incidents"]["items"]:
        out.append(f"- {'**contested** ' if i['contested'] else ''}{sentence(i['sentence'])}")
    if not brief["incidents"]["items"]:
        out.append("No incident of violence is recorded for the period.")
    out += [""] + _more(brief["incidents"], "incidents of violence")
    out += ["## Casualty figures", "",
            "Each figure is given with who claims it. Cumulative figures (counted since a date) "
            "are never added to others; a contested figure says why.", ""]
    for t in brief["casualties"]["items"]:
        flags = list(t["flags"]) + (["cumulative"] if t["cumulative"] else [])
        marks = "".join(f"**{f}** " for f in flags)
        out.append(f"- {marks}" + " ".join(sentence(s) for s in t["sentences"]))
    out += [""] + _more(brief["casualties"], "casualty figures")
    out += ["## Political and diplomatic moves", ""]
    for g in brief["moves"]["groups"]:
        out += [f"### {md_text(g['actor'])}", ""]
        out += [f"- {sentence(i['sentence'])}" for i in g["items"]] + [""]
    out += _more(brief["moves"], "moves")
    out += ["## Background", "", f"*{brief['background']['label']}*", ""]
    out += [f"- {sentence(i['sentence'])}" for i in brief["background"]["items"]] + [""]
    out += _more(brief["background"], "recalled events")
    out += ["## Coverage and caveats", ""]
    out += [f"- {sentence(s)}" for s in brief["coverage"]["sentences"]] + [""]
    out += ["## Sources", ""]
    for c in brief["citations"]:
        head = md_text(c.get("source") or "source not stated")
        if c.get("published_text"):
            head += f", {c['published_text']}"
        if c.get("title"):
            head += f", “{md_text(c['title'])}”"
        out.append(f"[^{c['n']}]: {head}: “{md_text(c.get('quote') or c['evidence'])}” "
                   f"(article {c['article_id']}, characters {c['start']}–{c['end']})")
    return "\n".join(out) + "\n"
