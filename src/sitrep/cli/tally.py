"""`sitrep tally`: what the casualty claims in the database add up to, per quantity."""

from __future__ import annotations

import click

from sitrep.cli import main_group
from sitrep.cli.common import echo_json, echo_table, existing_db, filters, query_filters


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
