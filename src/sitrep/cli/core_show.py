"""``sitrep show`` (an article with every extracted span marked and labelled) and ``sitrep report``
(what ``make run`` prints: events, claims with claimants, places, dates)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

import click

from sitrep.cli import main_group
from sitrep.cli.common import echo_json, echo_table, existing_db, terminal_safe
from sitrep.cli.core import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    claim_figure,
    claim_row,
    event_row,
)
from sitrep.errors import InputError
from sitrep.records import Extraction, to_dict


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    label: str
    kind: str  # actor | place | date | event | claim


STYLES = {"actor": "bold cyan", "place": "bold green", "date": "bold magenta",
          "event": "bold red", "claim": "bold yellow"}


def marks(ex: Extraction, incidents: dict[int, list[str]] | None = None) -> list[Mark]:
    """Every extracted span of an article with a short label; ``incidents`` (event index ->
    incident ids) marks which incident each event mention joined ("no incident" for history,
    topics and cumulative tolls)."""
    found: list[Mark] = []
    for a in ex.actors:
        label = "/".join(x for x in (a.country, a.sector) if x) or a.kind
        found.append(Mark(a.evidence.start, a.evidence.end, f"ACTOR {label}", "actor"))
    for p in ex.places:
        label = " ".join(str(x) for x in (p.geonameid, p.country) if x) or p.kind
        found.append(Mark(p.evidence.start, p.evidence.end, f"PLACE {label}", "place"))
    for d in ex.dates:
        found.append(Mark(d.evidence.start, d.evidence.end, f"DATE {d.value or '?'}", "date"))
    for e in ex.events:
        label = e.plover_type + (f"/{e.plover_mode}" if e.plover_mode else "")
        if e.historical:
            label += " historical"
        if incidents is not None:
            joined = incidents.get(ex.events.index(e), [])
            label += (" -> " + ", ".join(i[4:12] for i in joined)) if joined else " no incident"
        found.append(Mark(e.trigger.start, e.trigger.end, f"EVENT {label}", "event"))
    for c in ex.claims:
        found.append(Mark(c.evidence.start, c.evidence.end,
                          f"CLAIM {c.outcome} {claim_figure(c)}", "claim"))
    return sorted(set(found), key=lambda m: (m.start, -m.end, m.kind))


def marked_text(text: str, spans: list[Mark]) -> str:
    """The text with ``[span]{LABEL}`` around every mark (nested where spans nest)."""
    inserts: list[tuple[int, int, str]] = []  # (offset, order, string)
    for i, m in enumerate(spans):
        inserts.append((m.start, 1 + i, "["))
        inserts.append((m.end, -(len(spans) - i), "]{" + m.label + "}"))
    out, pos = [], 0
    for offset, _, piece in sorted(inserts, key=lambda t: (t[0], t[1])):
        out.append(text[pos:offset])
        out.append(piece)
        pos = offset
    out.append(text[pos:])
    return "".join(out)


def rich_text(text: str, spans: list[Mark]) -> Any:
    from rich.text import Text

    rendered = Text()
    pos = 0
    ends: dict[int, list[Mark]] = {}
    for m in spans:
        ends.setdefault(m.end, []).append(m)
    boundaries = sorted({0, len(text), *[m.start for m in spans], *ends})
    for a, b in zip(boundaries, boundaries[1:], strict=False):
        active = [m for m in spans if m.start <= a and m.end >= b]
        style = STYLES[active[-1].kind] if active else ""
        rendered.append(terminal_safe(text[a:b], newlines=True), style=style)
        for m in ends.get(b, []):
            rendered.append(f"⟨{terminal_safe(m.label)}⟩",
                            style=f"dim {STYLES[m.kind].split()[-1]}")
        pos = b
    rendered.append(terminal_safe(text[pos:], newlines=True))
    return rendered


@main_group.command("show")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Every record of the article as JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, article: str, as_json: bool) -> None:
    """An article's text with each extracted span marked and labelled."""
    with existing_db(ctx) as db:
        ex = db.article(db.resolve_article_id(article))  # an unknown id: the library's error
        if ex is None:
            raise InputError(f"no article {article!r} in the database",
                             "list them with `sitrep articles`")
        joined = db.incident_links(ex.article.id)
    a = ex.article
    if as_json:
        out = to_dict(ex)
        for i, event in enumerate(out["events"]):
            event["incidents"] = joined.get(i, [])
        echo_json(out)
        return
    spans = marks(ex, joined)
    head = f"{a.id}  {a.status}  published {a.published or 'unknown'}  {a.title or ''}".rstrip()
    click.echo(terminal_safe(head))
    if a.reason:
        click.echo(f"note: {terminal_safe(a.reason)}")
    if sys.stdout.isatty():
        from rich.console import Console

        Console().print(rich_text(a.text, spans))
    else:
        click.echo(terminal_safe(marked_text(a.text, spans), newlines=True))
    click.echo(f"\n{len(ex.events)} events, {len(ex.claims)} claims, {len(ex.actors)} actors, "
               f"{len(ex.places)} places, {len(ex.dates)} dates")


@main_group.command("report")
@click.option("--article", help="Only this article (id or unique prefix).")
@click.option("--limit", type=int, default=100, show_default=True,
              help="At most this many rows per table (the counts are always complete).")
@click.option("--json", "as_json", is_flag=True, help="Counts and records as one JSON object.")
@click.pass_context
def report_cmd(ctx: click.Context, article: str | None, limit: int, as_json: bool) -> None:
    """What the database (or one article) holds: counts, events per type and claims per outcome,
    then the first events, claims with claimants, places by mentions, and dates. Counts and
    places are aggregated in SQL, so the report of a large database is quick; `sitrep events`,
    `claims`, `places` and `export` give every record."""
    with existing_db(ctx) as db:
        counts = db.counts()
        total = db.summary(article)
        events = db.events(article=article, limit=limit)
        claims = db.claims(article=article, limit=limit)
        dates = db.dates(article=article, limit=limit)
        if as_json:
            places = db.places(article=article, limit=limit)
        else:
            mentions = db.place_mentions(article=article, limit=limit)
    if as_json:
        echo_json({"counts": counts, "events": [to_dict(e) for e in events],
                   "claims": [to_dict(c) for c in claims],
                   "places": [to_dict(p) for p in places], "dates": [to_dict(d) for d in dates]})
        return
    statuses = ", ".join(f"{v} {k.split('_', 1)[1]}" for k, v in counts.items()
                         if k.startswith("articles_"))
    click.echo(f"articles: {terminal_safe(statuses) or 'none'}")
    for name, found in (("events by type", total["event_types"]),
                        ("claims by outcome", total["outcomes"])):
        if found:
            click.echo(terminal_safe(f"{name}: " + ", ".join(f"{k} {v}" for k, v in found.items())))
    echo_table(EVENT_COLUMNS, [event_row(e) for e in events],
               title=_title(len(events), total["events"], "events"))
    echo_table(CLAIM_COLUMNS, [claim_row(c) for c in claims],
               title=_title(len(claims), total["claims"], "claims"))
    echo_table(["place", "geonameid", "country", "kind", "precision", "mentions"], mentions,
               title=_title(len(mentions), total["distinct_places"], "places"))
    echo_table(["text", "value", "precision", "offset", "note"],
               [[d.text, d.value or "unresolved", d.precision, d.evidence.start,
                 d.unresolved_reason or ""] for d in dates],
               title=_title(len(dates), total["dates"], "dates"))


def _title(shown: int, total: int, noun: str) -> str:
    if shown >= total:
        return f"{total} {noun}"
    every = f", `sitrep {noun}` all" if noun in ("events", "claims", "places") else ""
    return f"{total} {noun} (the first {shown}: --limit shows more{every})"
