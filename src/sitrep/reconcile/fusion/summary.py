"""An incident's fields from its units (what each article says, rows of ``incident_units``):
type and actors from the mentions, the most precise place, the first and last day, and
fatalities and injured as UCDP-style low / best / high over the articles' figures with the rules
of the tallies (``reconcile.tallies``). Fusion (``reconcile.incidents``) recomputes them whenever
a unit joins or leaves an incident."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

from sitrep.reconcile.tallies import build_tallies
from sitrep.records import Actor, Article, Claim, Evidence

FATALITIES_RULE = ("per article: its figure for the incident (distinct victims added: other "
                   "groups, victims told as more ('also', 'another', 'a second', 'two others'), "
                   "other sexes or names; the same victims told again not: the largest figure "
                   "per group, a definite phrase or pronoun, a repeated name, a sub-group of a "
                   "told total; cumulative, historical, withheld figures left out); "
                   "across articles: low = lowest, high = highest, best = median of the "
                   "articles' figures; contested when sources' ranges do not overlap")


def summarise(units: list[dict[str, Any]]) -> dict[str, Any]:
    """The incident's fields from its units (rows of ``incident_units``, in joining order)."""
    weight: Counter[tuple[str, str | None]] = Counter()
    for u in units:
        weight[(u["plover_type"], u["plover_mode"])] += u["n_mentions"]
    order = {key: i for i, key in reversed(list(enumerate(
        (u["plover_type"], u["plover_mode"]) for u in units)))}
    ptype, pmode = max(weight, key=lambda k: (weight[k], -order[k]))
    acled = Counter((u["acled_event_type"], u["acled_sub_event_type"]) for u in units
                    if u["acled_event_type"])
    acled_type = max(acled, key=lambda k: (acled[k], k)) if acled else (None, None)
    cameo = Counter(u["cameo_root"] for u in units if u["cameo_root"])
    place = min(units, key=lambda u: (u["geo_precision"] or 9, u["geonameid"] is None))
    days = [u for u in units if u["date_first"]]
    days = [u for u in days if u.get("dated", 1)] or days  # own days over days only told
    day_units = [u for u in days if u["date_precision"] == "day"] or days
    sources = sorted({u["source"] or u["article_id"][:8] for u in units})
    killed = _estimate(units, "killed")
    injured = _estimate(units, "injured")
    return {
        "plover_type": ptype, "plover_mode": pmode,
        "acled_event_type": acled_type[0], "acled_sub_event_type": acled_type[1],
        "cameo_root": max(cameo, key=lambda k: (cameo[k], k)) if cameo else None,
        "actors": _merge_actors(units, "actors"), "recipients": _merge_actors(units, "recipients"),
        "geonameid": place["geonameid"], "place": place["place"], "admin1": place["admin1"],
        "country": place["country"], "lat": place["lat"], "lon": place["lon"],
        "geo_precision": place["geo_precision"],
        "date_first": min(u["date_first"] for u in day_units) if day_units else None,
        "date_last": max(u["date_last"] or u["date_first"] for u in day_units)
        if day_units else None,
        "date_precision": day_units[0]["date_precision"] if day_units else None,
        "fatalities_low": killed[0], "fatalities_best": killed[1], "fatalities_high": killed[2],
        "injured_low": injured[0], "injured_best": injured[1], "injured_high": injured[2],
        "fatalities_rule": FATALITIES_RULE if killed[1] is not None or injured[1] is not None
        else None,
        "contested": int(killed[3] or injured[3]),
        "n_mentions": sum(u["n_mentions"] for u in units),
        "n_articles": len({u["article_id"] for u in units}),
        "n_sources": len(sources), "sources": json.dumps(sources),
        "notes": _note(units[0], len(units)),
    }


def _merge_actors(units: list[dict[str, Any]], key: str) -> str:
    seen: dict[str, dict[str, Any]] = {}
    for u in units:
        for a in json.loads(u[key]):
            seen.setdefault(a["name"].lower(), a)
    return json.dumps(list(seen.values())[:8])


def _estimate(units: list[dict[str, Any]], outcome: str
              ) -> tuple[int | None, int | None, int | None, bool]:
    """low, best, high, contested over the articles' figures (one per article: the largest of
    its units), by the tallies' rules."""
    per_article: dict[str, dict[str, Any]] = {}
    for u in units:
        low = u[f"{outcome}_low"]
        if low is None:
            continue
        old = per_article.get(u["article_id"])
        if old is None or old[f"{outcome}_low"] < low:
            per_article[u["article_id"]] = u
    if not per_article:
        return None, None, None, False
    items = []
    for aid, u in sorted(per_article.items()):
        claim = Claim(evidence=Evidence(u["start"], u["end"], u["text"], article_id=aid),
                      outcome=outcome, low=u[f"{outcome}_low"], high=u[f"{outcome}_high"],
                      victims="all", period_kind="day")
        if u["claimant"]:
            claim.claimant = Actor(u["claimant"], claim.evidence, u["claimant"])
        items.append((claim, Article(text="", id=aid, source=u["source"] or aid,
                                     published=_day(u["published"]))))
    tally = build_tallies(items)[0]
    return tally.low, tally.best, tally.high, tally.contested


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _note(first: dict[str, Any], n_units: int) -> str:
    text = " ".join(str(first["text"]).split())
    if len(text) > 240:
        text = text[:239].rsplit(" ", 1)[0] + "…"
    if n_units > 1:
        text += f" ({n_units} reports)"
    return text
