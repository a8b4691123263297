"""The core commands: ingest, articles, events, claims, places, show, export, report."""

from __future__ import annotations

import sys
from typing import Any

import click

from sitrep.cli import main_group
from sitrep.cli.common import (
    date_option,
    echo_json,
    echo_table,
    existing_db,
    filters,
    open_database,
    query_filters,
    terminal_safe,
)
from sitrep.errors import ConfigError
from sitrep.records import Claim, Event, to_dict

# -- ingest -----------------------------------------------------------------------------------------

@main_group.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for records that give none.")
@click.option("--title", help="Title for records that give none.")
@click.option("--source", help="Source (outlet) for records that give none.")
@click.option("--url", help="URL for records that give none.")
@click.option("--max-bytes", type=int, default=None,
              help="Skip files (or JSON Lines lines) larger than this [default: 5000000].")
@click.option("--format", "fmt", help="Read every input as this format (text, jsonl, json, html).")
@click.option("--text-field", default="text", show_default=True, help="JSON field with the text.")
@click.option("--id-field", default="id", show_default=True)
@click.option("--title-field", default="title", show_default=True)
@click.option("--published-field", default="published", show_default=True)
@click.option("--url-field", default="url", show_default=True)
@click.option("--source-field", default="source", show_default=True)
@click.option("--no-language-check", is_flag=True, help="Do not skip non-English text.")
@click.option("--replace", is_flag=True, help="Extract again articles already in the database.")
@click.option("--batch-size", type=int, default=32, show_default=True,
              help="Articles per database transaction.")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Worker processes: more than 1 runs on a local Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on an existing Dask cluster (e.g. tcp://10.0.0.5:8786).")
@click.option("--shard-size", type=int, default=50, show_default=True,
              help="JSON Lines records per shard of a distributed run.")
@click.option("--no-dedupe", is_flag=True, help="Do not look for near-duplicate (syndicated) copies.")
@click.option("--all-sentences", is_flag=True,
              help="Parse every sentence, not only those that can carry an event or a casualty "
                   "claim: every place and actor of an article is stored (slower: about 1.4x "
                   "the parsing).")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links that lead out of an ingested folder (by default they "
                   "are skipped with their reason; a path named here is always read).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def ingest_cmd(ctx: click.Context, paths: tuple[str, ...], published: str | None,
               title: str | None, source: str | None, url: str | None, max_bytes: int | None,
               fmt: str | None, text_field: str, id_field: str, title_field: str,
               published_field: str, url_field: str, source_field: str,
               no_language_check: bool, replace: bool, batch_size: int, workers: int,
               scheduler: str | None, shard_size: int, no_dedupe: bool, all_sentences: bool,
               follow_links: bool, as_json: bool) -> None:
    """Read articles from files or folders (text, JSON Lines, JSON, HTML, RSS/Atom feeds, WARC,
    and gzip of any of them), extract and store.

    \b
    Exit codes:
      0    every record was extracted, skipped (with a reason), a duplicate or unchanged
      2    user error (bad option, missing input, unusable database); nothing was read
      3    the run finished but some records failed (sitrep articles --status failed)
      130  interrupted (Ctrl-C): finished articles are kept; run again to resume
    """
    from sitrep.ingest import DEFAULT_MAX_BYTES, ReadOptions
    from sitrep.ingest.checks import future_date_warning
    from sitrep.run.local import check_writable, ingest

    if max_bytes is not None and max_bytes <= 0:
        raise ConfigError(f"--max-bytes {max_bytes} must be positive", "e.g. --max-bytes 20000000")
    if batch_size <= 0:
        raise ConfigError("--batch-size must be positive", "e.g. --batch-size 32")
    fields = {"text": text_field, "id": id_field, "title": title_field,
              "published": published_field, "url": url_field, "source": source_field}
    options = ReadOptions(
        published=date_option(published, "--published"), title=title, source=source, url=url,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES, check_language=not no_language_check,
        format=fmt, fields={k: v for k, v in fields.items() if k != v},
        follow_links=follow_links)
    if workers < 1 or shard_size < 1:
        raise ConfigError("--workers and --shard-size must be at least 1", "e.g. --workers 2")
    warning = future_date_warning(options.published, "--published")
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    check_writable(ctx.obj["db"])
    from sitrep.run.progress import IngestProgress, count_records

    show = sys.stderr.isatty() and not as_json
    with open_database(ctx) as db, IngestProgress(count_records(paths) if show else None,
                                        enabled=show) as bar:
        if workers > 1 or scheduler:
            from sitrep.run.distributed import ingest_distributed

            summary = ingest_distributed(paths, db, options, workers=workers,
                                         scheduler=scheduler, shard_size=shard_size,
                                         dedupe=not no_dedupe, replace=replace,
                                         select_sentences=not all_sentences,
                                         progress=bar.update)
        else:
            from sitrep.pipeline import Pipeline

            pipeline = Pipeline(select_sentences=False) if all_sentences else None  # else lazy
            summary = ingest(paths, db, options, batch_size=batch_size, replace=replace,
                             progress=bar.update, dedupe=not no_dedupe, pipeline=pipeline,
                             on_part=bar.part if show else None)
    if as_json:
        echo_json(summary.to_dict())
    else:
        click.echo(terminal_safe(summary.text(), newlines=True))
    ctx.exit(summary.exit_code)


# -- queries ----------------------------------------------------------------------------------------

@main_group.command("articles")
@click.option("--status", type=click.Choice(["extracted", "skipped", "failed", "duplicate"]))
@click.option("--since", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", help="Published on or before (YYYY-MM-DD).")
@click.option("--article", help="Article id (or a unique prefix).")
@click.option("--limit", type=int, default=None)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines output for scripts.")
@click.pass_context
def articles_cmd(ctx: click.Context, status: str | None, since: str | None, until: str | None,
                 article: str | None, limit: int | None, as_json: bool) -> None:
    """Articles with their status (extracted / skipped / failed) and reason."""
    with existing_db(ctx) as db:
        found = db.articles(status=status, since=since, until=until, article=article,
                            limit=limit)
        if as_json:
            for a in found:
                d = to_dict(a)
                d.pop("text", None)
                echo_json(d)
            return
        echo_table(["id", "status", "published", "title", "origin", "reason"],
                   [[a.id, a.status, a.published, _cut(a.title, 50), a.origin,
                     _cut(a.reason, 80)] for a in found], title=f"{len(found)} articles")


def _cut(text: str | None, n: int) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _actors(actors: list) -> str:
    return ", ".join(f"{a.name or a.text}" + (f" [{a.country}]" if a.country else "")
                     for a in actors)


def event_row(e: Event) -> list[Any]:
    acled = " / ".join(x for x in (e.acled_event_type, e.acled_sub_event_type) if x)
    return [(e.evidence.article_id or "")[:8], e.when.value if e.when else "",
            e.plover_type + (f"/{e.plover_mode}" if e.plover_mode else ""), acled,
            _actors(e.actors), _actors(e.recipients),
            ", ".join(p.name or p.text for p in e.places), ",".join(e.modes),
            _cut(e.evidence.text, 90)]


EVENT_COLUMNS = ["article", "date", "plover", "acled", "actors", "recipients", "places",
                 "modes", "text"]


@main_group.command("events")
@filters
@click.option("--historical/--no-historical", default=None,
              help="Only background events, or only current ones.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only events at least this likely to be right (0-1: about the share of "
                   "such events that were right on our dev set).")
@click.pass_context
def events_cmd(ctx: click.Context, country: str | None, type_: str | None, since: str | None,
               until: str | None, place: str | None, article: str | None, limit: int | None,
               as_json: bool, historical: bool | None, min_confidence: float | None) -> None:
    """Events: who did what to whom, where, when."""
    with existing_db(ctx) as db:
        found = db.events(historical=historical, min_confidence=min_confidence,
                          **query_filters(country, type_, since, until, place, article, limit))
        if as_json:
            for e in found:
                echo_json(to_dict(e))
            return
        echo_table(EVENT_COLUMNS, [event_row(e) for e in found], title=f"{len(found)} events")


def claim_figure(c: Claim) -> str:
    if c.undisclosed:
        return "undisclosed"
    if c.low is None:
        return c.vague or "?"
    figure = str(c.low) if c.high in (None, c.low) else f"{c.low}-{c.high}"
    return ("~" if c.approx else "") + figure


def claim_row(c: Claim) -> list[Any]:
    period = ""
    if c.period_kind:
        period = f"{c.period_kind} {c.period_start or ''}" + (
            f"..{c.period_end}" if c.period_end and c.period_end != c.period_start else "")
    return [(c.evidence.article_id or "")[:8], c.outcome, claim_figure(c), c.victims,
            c.side or "", period, c.claimant.text if c.claimant else "",
            (c.place.name or c.place.text) if c.place else "",
            "background" if c.background else "", _cut(c.evidence.text, 70)]


CLAIM_COLUMNS = ["article", "outcome", "figure", "victims", "side", "period", "claimant",
                 "place", "flags", "text"]


@main_group.command("claims")
@filters
@click.pass_context
def claims_cmd(ctx: click.Context, country: str | None, type_: str | None, since: str | None,
               until: str | None, place: str | None, article: str | None, limit: int | None,
               as_json: bool) -> None:
    """Casualty claims: how many killed, injured, displaced..., according to whom."""
    with existing_db(ctx) as db:
        found = db.claims(**query_filters(country, type_, since, until, place, article, limit))
        if as_json:
            for c in found:
                echo_json(to_dict(c))
            return
        echo_table(CLAIM_COLUMNS, [claim_row(c) for c in found], title=f"{len(found)} claims")


@main_group.command("places")
@click.option("--country", help="ISO3 country of the place (e.g. AZE).")
@click.option("--kind", "--type", "kind", help="city, region or country.")
@click.option("--feature-class", help="GeoNames feature class: A (country, region), P (town), "
              "L (area), H, R, S, T, U, V.")
@click.option("--precision", help="ACLED geo-precision: 1 town, 2 near a town or part of a "
              "region, 3 region, 4 country.")
@click.option("--name", help="Place name or text as written (literal, any case), or GeoNames id.")
@click.option("--since", help="Article published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Article published on or before this date (YYYY-MM-DD).")
@click.option("--article", help="Article id (or a unique prefix).")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines output for scripts.")
@click.pass_context
def places_cmd(ctx: click.Context, country: str | None, kind: str | None,
               feature_class: str | None, precision: str | None, name: str | None,
               since: str | None, until: str | None, article: str | None, limit: int | None,
               as_json: bool) -> None:
    """Places mentioned, resolved to GeoNames."""
    with existing_db(ctx) as db:
        found = db.places(country=country, kind=kind, feature_class=feature_class,
                          precision=precision, name=name, since=since, until=until,
                          article=article, limit=limit)
        if as_json:
            for p in found:
                echo_json(to_dict(p))
            return
        echo_table(["article", "text", "name", "geonameid", "country", "admin1", "kind",
                    "precision", "lat", "lon"],
                   [[(p.evidence.article_id or "")[:8], p.text, p.name, p.geonameid, p.country,
                     p.admin1, p.kind, p.precision, p.lat, p.lon] for p in found],
                   title=f"{len(found)} places")


# -- export -----------------------------------------------------------------------------------------

@main_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "parquet"]),
              default=None, help="csv: ACLED-style columns; jsonl: PLOVER-style objects; geojson: "
              "points for maps; parquet: a typed table [default: from --out].")
@click.option("--unit", type=click.Choice(["incidents", "events", "claims"]), default=None,
              help="One row per incident, per event mention, or per claim (Parquet) [default: "
                   "events for csv and jsonl, incidents for geojson and parquet].")
@click.option("--min-sources", type=click.IntRange(1), default=None,
              help="Incidents reported by at least this many distinct sources.")
@click.option("--out", required=True,
              help="Output file (a regular file, or a link to one), or - for standard output.")
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
@click.option("--raw", is_flag=True,
              help="CSV: write text cells exactly; by default a cell that begins with = + - @ "
                   "TAB or CR gets a leading ' so that spreadsheets do not run it as a formula.")
@click.option("--country")
@click.option("--type", "type_")
@click.option("--since")
@click.option("--until")
@click.option("--place")
@click.option("--article")
@click.option("--historical/--no-historical", default=None)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only events at least this likely to be right (0-1).")
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str | None, unit: str | None, min_sources: int | None,
               out: str, force: bool, raw: bool,
               country: str | None, type_: str | None, since: str | None, until: str | None,
               place: str | None, article: str | None, historical: bool | None,
               min_confidence: float | None) -> None:
    """Export events (with their claims) as ACLED-style CSV or PLOVER-style JSON Lines, or
    incidents (--unit incidents: one row per happening, ACLED columns) as CSV, JSON Lines,
    GeoJSON points or Parquet; events and claims also as GeoJSON / Parquet.

    The file appears only once it is complete; an existing file is kept unless --force."""
    from sitrep.export.events import export, export_format
    from sitrep.export.files import check_target
    from sitrep.export.formats import export_unit, unit_format

    if fmt is None and out != "-" and not out.lower().endswith((".geojson", ".parquet")):
        export_format(out, fmt)  # user errors before the database is read
    fmt, unit = unit_format(out, fmt, unit)
    if out != "-":
        check_target(out, force)
    found = query_filters(country, type_, since, until, place, article, None)
    with existing_db(ctx) as db:
        try:
            if unit == "events" and fmt in ("csv", "jsonl"):
                n = export(db, out, fmt, force=force, raw=raw, historical=historical,
                           min_confidence=min_confidence, **found)
            elif unit == "incidents":
                n = export_unit(db, out, fmt, unit, force=force, raw=raw,
                                min_sources=min_sources, **found)
            else:
                n = export_unit(db, out, fmt, unit, force=force, raw=raw, historical=historical,
                                min_confidence=min_confidence, **found)
        except BrokenPipeError:  # `sitrep export --out - | head`: the reader has had enough
            sys.exit(141)
    click.echo(f"{n} {unit} written to {'standard output' if out == '-' else out}",
               err=out == "-")
