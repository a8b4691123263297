"""`sitrep tally`, `sitrep incidents` and `sitrep brief`: what the records of many articles add up
to (casualty tallies per quantity; incidents, one row per happening; the situation brief);
`sitrep serve`: the same records (and their review) in a local web app and JSON API
(``sitrep.web``)."""

from __future__ import annotations

import click

from sitrep.cli import main_group
from sitrep.cli.common import (
    echo_json,
    echo_table,
    existing_db,
    filters,
    query_filters,
    terminal_safe,
)


@main_group.command("tally")
@filters
@click.pass_context
def tally_cmd(ctx: click.Context, country: str | None, type_: str | None, since: str | None,
              until: str | None, place: str | None, article: str | None, limit: int | None,
              as_json: bool) -> None:
    """Tallies across articles: claims grouped by outcome, victims, side, place and period,
    with low / best / high in UCDP's sense (lowest reliable, most likely = median of the
    claims, highest reliable), the claimants behind them, newer cumulative figures superseding
    older ones from the same claimant, and a contested flag where claimants' figures do not
    overlap. History and parts of totals are left out; withheld figures are listed."""
    from sitrep.reconcile.tallies import tallies_from_db

    found = query_filters(country, type_, since, until, place, article, None)
    with existing_db(ctx) as db:
        tallies = tallies_from_db(db, limit=limit, **found)
    if as_json:
        for tally in tallies:
            echo_json(tally.to_dict())
        return
    rows = []
    for t in tallies:
        k = t.key
        period = k.period_kind if k.period_start is None else f"{k.period_kind} {k.period_start}"
        names = [tc.claim.place.name for tc in (*t.claims, *t.withheld)
                 if tc.claim.place is not None]
        withheld = "; ".join(f"{tc.claimant or 'unattributed'} withholds" for tc in t.withheld)
        rows.append([k.outcome, k.victims, k.side, names[0] if names else k.place, period,
                     t.low, t.best, t.high, "yes" if t.contested else "", len(t.claims),
                     "; ".join(x for x in ("; ".join(t.claimants), withheld) if x)])
    echo_table(["outcome", "victims", "side", "place", "period", "low", "best", "high",
                "contested", "claims", "claimants"], rows, title="tallies")


@main_group.command("incidents")
@filters
@click.option("--min-sources", type=click.IntRange(1), default=None,
              help="Only incidents reported by at least this many distinct sources.")
@click.option("--with-fatalities", is_flag=True, help="Only incidents with people killed.")
@click.pass_context
def incidents_cmd(ctx: click.Context, country: str | None, type_: str | None, since: str | None,
                  until: str | None, place: str | None, article: str | None, limit: int | None,
                  as_json: bool, min_sources: int | None, with_fatalities: bool) -> None:
    """Incidents: one row per happening (ACLED's unit: type family, actor pair, location, day),
    fused from event mentions within and across articles, with killed and injured as low / best
    / high, `contested` where sources disagree, and the numbers of mentions, articles and
    sources. With --json each incident lists its mentions (event id, article, evidence span)."""
    from sitrep.store.incidents import query

    found = query_filters(country, type_, since, until, place, article, limit)
    with existing_db(ctx) as db:
        incidents = query(db.conn, min_sources=min_sources, with_fatalities=with_fatalities,
                          with_mentions=as_json, **found)
    if as_json:
        for inc in incidents:
            echo_json(inc)
        return

    def figure(low: int | None, best: int | None, high: int | None) -> str:
        if best is None:
            return ""
        return str(best) if low == best == high else f"{best} ({low}-{high if high else '?'})"

    def names(actors: list[dict]) -> str:
        return ", ".join(a["name"] + (f" [{a['country']}]" if a.get("country") else "")
                         for a in actors[:3])

    rows = [[inc["id"][4:12], inc["date_first"] or "", inc["plover_type"]
             + (f"/{inc['plover_mode']}" if inc["plover_mode"] else ""),
             inc["acled_event_type"] or "", names(inc["actors"]), names(inc["recipients"]),
             inc["place"] or "", figure(inc["fatalities_low"], inc["fatalities_best"],
                                        inc["fatalities_high"]),
             figure(inc["injured_low"], inc["injured_best"], inc["injured_high"]),
             "yes" if inc["contested"] else "", inc["n_articles"], inc["n_sources"],
             inc["notes"] or ""] for inc in incidents]
    echo_table(["incident", "date", "plover", "acled", "actors", "recipients", "place",
                "killed", "injured", "contested", "articles", "sources", "notes"], rows,
               title="incidents")


@main_group.command("brief")
@click.option("--country", "countries", metavar="ISO3,...",
              help="Only these countries (ISO3 codes, comma-separated) [default: all].")
@click.option("--place", help="Only this place (a GeoNames id or a place name).")
@click.option("--since", metavar="YYYY-MM-DD",
              help="First day [default: 6 days before --until, or the 7 days up to the last "
                   "publication date in the database].")
@click.option("--until", metavar="YYYY-MM-DD", help="Last day [default: 6 days after --since, "
                                                      "or the last publication date].")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "json"]), default=None,
              help="html: one self-contained file; md: Markdown with footnotes; json: the same "
                   "structure for other tools [default: from --out's suffix, else html].")
@click.option("--out", default="-", show_default=True,
              help="Output file (a regular file, or a link to one), or - for standard output.")
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
@click.pass_context
def brief_cmd(ctx: click.Context, countries: str | None, place: str | None, since: str | None,
              until: str | None, fmt: str | None, out: str, force: bool) -> None:
    """The situation brief of a period, generated from records only: headline figures,
    key incidents, casualty figures with who claims them (contested ones flagged, cumulative
    ones never summed), political and diplomatic moves by actor, a map and a timeline,
    background the sources recall (kept apart), coverage and caveats. Every sentence cites
    the article sentences it came from. The file appears only once it is complete; an
    existing file is kept unless --force."""
    from pathlib import Path

    from sitrep.brief import brief, render
    from sitrep.export.files import check_target, safe_output

    if fmt is None:
        suffix = Path(out).suffix.lower().lstrip(".") if out != "-" else ""
        fmt = {"htm": "html", "html": "html", "md": "md", "markdown": "md",
               "json": "json"}.get(suffix, "html")
    if out != "-":
        check_target(out, force)  # user errors before the database is read
    with existing_db(ctx) as db:
        data = brief(db, countries=countries, place=place, since=since, until=until)
    text = render(data, fmt)
    with safe_output(out, force) as handle:
        handle.write(text)
    if out != "-":
        where = Path(out).resolve()
        p = data["period"]
        click.echo(terminal_safe(
            f"brief of {p['since']} to {p['until']} written to {where} "
            f"({data['headline']['incidents']} incidents, {len(data['citations'])} citations)"))


@main_group.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but the loopback prints a warning, and then "
                   "reads need the token too.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="SITREP_TOKEN", default=None,
              help="Token for writes (corrections); or set SITREP_TOKEN. Default: a new random "
                   "token, printed at start.")
@click.option("--author", default="analyst", show_default=True,
              help="Name recorded with corrections that do not give one.")
@click.pass_context
def serve_cmd(ctx: click.Context, host: str, port: int, token: str | None, author: str) -> None:
    """A local web app and JSON API over the database: a map and timeline of incidents, lists of
    incidents, events and claims with the filters, incident, article and tallies pages with
    every span marked, and review (corrections that survive re-extraction). The API is under
    /api/v1 (documented at /api). Ctrl-C stops it."""
    from pathlib import Path

    from sitrep.errors import InputError
    from sitrep.store.backend import has_table, is_url, shown_target
    from sitrep.web import create_app
    from sitrep.web.app import is_loopback

    db_path = ctx.obj["db"]
    if is_url(db_path):  # a server's database: it must already be a sitrep database
        from sitrep.store.postgres import connect

        with connect(db_path) as conn:
            found = has_table(conn, "migrations")
        if not found:
            raise InputError(f"no sitrep database at {shown_target(db_path)}",
                             "build one first: sitrep --db URL ingest FILES, or pass --db")
    elif not Path(db_path).exists():
        raise InputError(f"no database at {db_path}",
                         "build one first: sitrep --db PATH ingest FILES, or pass --db")
    app = create_app(db_path, token=token, host=host, author=author)
    if not is_loopback(host):
        click.echo(f"Warning: listening on {terminal_safe(host)}, beyond this machine: anyone "
                   "who can reach it needs the token to read or write.", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"sitrep serve: http://{shown}:{port}/ over {terminal_safe(shown_target(db_path))}")
    click.echo(f"token for corrections (X-Sitrep-Token): {app.state.settings.token}")
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
