"""One record with everything an analyst checks it against: an incident with its mentions across
articles (each sentence with its spans), its sources, the claims behind its figures and how
low / best / high were derived, and its review; an article with its text and every span.
Shared by the API (``api.py``) and the pages (``pages.py``)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sitrep.reconcile import corrections
from sitrep.store import read
from sitrep.store.incidents import for_article
from sitrep.web import queries
from sitrep.web.render import segments, spans

MAX_ARTICLES = 25  # an incident page shows the mentions of at most this many articles


def article_detail(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The article's metadata, text and every extracted span (kind, start, end, label), with
    the incidents its event mentions joined."""
    ex = read.extraction(conn, article_id)
    if ex is None:
        return None
    a = ex.article
    links = for_article(conn, a.id)
    return {"id": a.id, "external_id": a.external_id, "title": a.title, "source": a.source,
            "url": a.url, "published": a.published.isoformat() if a.published else None,
            "language": a.language, "status": a.status, "reason": a.reason, "text": a.text,
            "spans": spans(ex, links),
            "incidents": sorted({i for ids in links.values() for i in ids}),
            "counts": {"events": len(ex.events), "claims": len(ex.claims),
                       "places": len(ex.places), "actors": len(ex.actors),
                       "dates": len(ex.dates)}}


def _claims_of(conn: sqlite3.Connection, event_ids: list[int]) -> list[dict[str, Any]]:
    if not event_ids:
        return []
    marks = ",".join("?" * len(event_ids))
    cols = ("id", "article_id", "start", "end", "text", "outcome", "low", "high", "approx",
            "vague", "victims", "side", "period_kind", "period_start", "undisclosed",
            "background", "part_of", "event_id")
    cur = conn.cursor()
    cur.row_factory = None
    out = []
    for r in cur.execute(
            f"SELECT {', '.join('c.' + c for c in cols)}, ac.name FROM claims c LEFT JOIN actors "
            f"ac ON ac.id = c.claimant_id WHERE c.event_id IN ({marks}) ORDER BY c.article_id, "
            "c.idx", event_ids):
        rec = dict(zip(cols, r[:-1], strict=True))
        rec["claimant"] = r[-1]
        rec["evidence"] = {"article_id": rec["article_id"], "start": rec["start"],
                           "end": rec["end"]}
        out.append(rec)
    return out


def incident_detail(conn: sqlite3.Connection, incident_id: str, *,
                    with_segments: bool = False) -> dict[str, Any] | None:
    """The incident (corrections applied) with ``mentions`` (each: article, span, sentence
    text and the spans in it), ``articles`` (title, source, date, what each said: the figures
    and claimant of its unit), ``claims`` (the casualty claims of its mentions) and ``review``.
    ``with_segments``: also the sentence cut into marked segments, for the page."""
    inc = queries.incident(conn, incident_id)
    if inc is None:
        return None
    all_corrections = corrections.listing(conn)
    corrections.apply_incidents(conn, [inc], all_corrections)
    split_off = set((inc.get("review") or {}).get("split_off", []))
    units = queries.incident_units(conn, inc["id"])
    mentions = queries.incident_mentions(conn, inc["id"])
    article_ids = list(dict.fromkeys(u["article_id"] for u in units))
    meta = read.articles_by_id(conn, set(article_ids))
    articles = []
    for aid in article_ids:
        a = meta.get(aid)
        said = [u for u in units if u["article_id"] == aid]
        articles.append({
            "id": aid, "title": a.title if a else None, "source": a.source if a else None,
            "url": a.url if a else None,
            "published": a.published.isoformat() if a and a.published else None,
            "split_off": aid in split_off,
            "killed": [(u["killed_low"], u["killed_high"]) for u in said],
            "injured": [(u["injured_low"], u["injured_high"]) for u in said],
            "claimants": sorted({u["claimant"] for u in said if u["claimant"]}),
            "place": said[0]["place"] if said else None,
            "date": said[0]["date_first"] if said else None})
    shown_articles = set(article_ids[:MAX_ARTICLES])
    by_article: dict[str, dict[str, Any]] = {}
    out_mentions = []
    seen: dict[tuple[str, int, int], dict[str, Any]] = {}
    for m in mentions:
        if m["article_id"] not in shown_articles:
            continue
        span = (m["article_id"], m["start"], m["end"])
        if span in seen:  # two events of one sentence: one mention shown, both event ids
            seen[span]["event_ids"].append(m["event_id"])
            continue
        if m["article_id"] not in by_article:
            by_article[m["article_id"]] = article_detail(conn, m["article_id"]) or {}
        art = by_article[m["article_id"]]
        text = art.get("text", "")
        inside = [s for s in art.get("spans", []) if s["start"] >= m["start"]
                  and s["end"] <= m["end"] and s["kind"] != "event_sentence"]
        mention = {**m, "event_ids": [m["event_id"]], "text": text[m["start"]:m["end"]],
                   "spans": inside, "split_off": m["article_id"] in split_off}
        seen[span] = mention
        if with_segments:
            mention["segments"] = segments(text, inside, m["start"], m["end"])
        out_mentions.append(mention)
    claims = _claims_of(conn, [m["event_id"] for m in mentions])
    corrections.apply_records(conn, "claim", claims, all_corrections)
    inc.update({"mentions": out_mentions, "articles": articles, "claims": claims,
                "more_articles": max(0, len(article_ids) - MAX_ARTICLES),
                "derivation": _derivation(inc, articles)})
    return inc


def _derivation(inc: dict[str, Any], articles: list[dict[str, Any]]) -> list[str]:
    """How low / best / high were derived, in words, from each article's figure."""
    lines = []
    for what, key in (("killed", "fatalities"), ("injured", "injured")):
        figures = [(a["source"] or a["id"][:8], lo, hi) for a in articles
                   for lo, hi in a[what] if lo is not None or hi is not None]
        if not figures:
            continue
        said = "; ".join(f"{src}: {lo if lo == hi or hi is None else f'{lo}-{hi}'}"
                         for src, lo, hi in figures)
        lines.append(f"{what}: {said} -> low {inc[key + '_low']} (lowest), best "
                     f"{inc[key + '_best']} (median), high {inc[key + '_high']} (highest)")
    return lines


_TALLY_CACHE: dict[tuple[str, tuple[tuple[str, Any], ...]], tuple[tuple[Any, ...], list]] = {}


def tallies(db: Any, found: dict[str, Any]) -> list[dict[str, Any]]:
    """The tallies of the claims matching ``found`` (contested ones first), as dicts. They are
    built from every matching claim, so the result is kept until the claims change (another
    ingest): a few hundred ms on all of news-mix, then a dict lookup."""
    from sitrep.reconcile.tallies import tallies_from_db

    state = tuple(db.conn.execute(
        "SELECT (SELECT COUNT(*) FROM claims), (SELECT MAX(id) FROM claims), "
        "(SELECT MAX(ingested_at) FROM articles), (SELECT COUNT(*) FROM articles)").fetchone())
    key = (db.path, tuple(sorted(found.items())))
    hit = _TALLY_CACHE.get(key)
    if hit is not None and hit[0] == state:
        return hit[1]
    items = [t.to_dict() for t in tallies_from_db(db, **found)]
    items.sort(key=lambda t: not t["contested"])
    if len(_TALLY_CACHE) > 64:
        _TALLY_CACHE.clear()
    _TALLY_CACHE[key] = (state, items)
    return items
