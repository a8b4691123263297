"""`sitrep eval gvdb`: incidents on Gun Violence Database articles (local US news about
shootings, each annotated with its incident: city, state, date, victims).

Each article is extracted once. For the per-article metrics it is stored alone in a fresh
database (no publication date is given; the URL's date is used where it has one), and its main
incident (a violent one; of those the one the headline or the lead tells, then the one with people
killed or hurt, then the most mentioned, then the first) is compared with the annotation:

- ``killed_em``: the incident's best killed figure equals the number of victims marked killed
  (0 when none); ``injured_em``: likewise for victims injured or hospitalised and not killed;
- ``city_acc`` (articles with an annotated city): the incident's place is that town (same name,
  the gazetteer record of that name however spelt, "ST. LOUIS COUNTY" for Saint Louis County,
  within 15 km of a US town of that name, a part of a large town as far as GeoNames tells
  (``reconcile.agree.town_part``: Rogers Park, 18 km from Chicago's point), or a town of the annotated county: GeoNames' county of the town) in that
  state; a side of a town the gazetteer does not know ("West Philadelphia") is that town;
  ``state_acc`` (articles with an annotated state): admin1 equals the state;
- ``date_acc`` (articles whose URL carries a full date): the incident's first day equals the
  annotated date.

For fusion, every article is stored in one database in file order and the pairs of articles
whose main incidents are one incident are scored against the gold grouping "same annotated date, state and
city" (articles without an annotated city or state are in no gold pair): ``fusion_p``,
``fusion_r``, ``fusion_f1``. A predicted pair the annotation cannot judge (the fields both
articles have agree and one lacks another, such as the state) is left out of the precision and
counted as ``unjudged_pairs``. ``pairs`` lists the look part's missed and wrong pairs with both
articles' main incidents (``fusion_errors``).

The file is a development set: ``part`` splits it once, by a fixed hash of the article id, into
a ``look`` part (about 3/5, the one examined while building) and an ``untouched`` part.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.extract.places.names import COMPASS
from sitrep.ingest.checks import decode_references
from sitrep.ingest.urldate import url_date
from sitrep.reconcile.agree import town_part
from sitrep.records import Article, Evidence, Extraction, Place


@dataclass
class GvdbArticle:
    id: str
    url: str
    title: str
    text: str
    city: str
    state: str
    date: str
    killed: int
    injured: int
    part: str
    extra: dict[str, Any] = field(default_factory=dict)


def part_of(article_id: str) -> str:
    """``look`` (about 3/5) or ``untouched``, fixed by a hash of the id."""
    return "look" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 < 3 else "untouched"


def _state(value: str) -> str:
    value = (value or "").strip()
    if " - " in value:
        value = value.split(" - ", 1)[1]
    if value.casefold() in ("unclear", ""):
        return ""
    return state_name(value)


def state_name(value: str) -> str:
    """A US state as the gazetteer names it: some annotations give the abbreviation ("La.",
    "Calif", "VA", "Wis.") where the others write "Louisiana"; anything else as written."""
    import pycountry

    from sitrep.extract.places.mention import admin_abbreviations

    known = admin_abbreviations()
    for key in (value, value + ".", value.upper(), value.rstrip(".").upper()):
        us = [code for country, code in known.get(key, []) if country == "US" and code]
        if us:
            found = pycountry.subdivisions.get(code=f"US-{us[0]}")
            if found is not None:
                return str(found.name)
    return value


def _iso(value: str) -> str:
    """"2015-8-23" -> "2015-08-23" (some annotations leave out the zeros)."""
    parts = str(value or "").strip().split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[0]):04d}-{int(parts[1]):02d}-{int(parts[2]):02d}"
    return str(value or "").strip()


def city_name(value: str) -> str:
    """The annotated city as a name: spans copied with the punctuation after them ("Valley
    Glen,", "Sparta.") lose it."""
    return " ".join((value or "").split()).strip(" ,.;:")


def read_tsv(path: str | Path) -> list[GvdbArticle]:
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"{path} not found", "pass the path of gvdb-dev.tsv")
    csv.field_size_limit(sys.maxsize)
    out = []
    with file.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            ann = json.loads(row["Json"])
            when = ann.get("date-and-time", {})
            killed = injured = 0
            for victim in ann.get("victim-section", []):
                was = [str(v).lower() for v in victim.get("victim-was") or []]
                if any("killed" in v for v in was):
                    killed += 1
                elif any("injured" in v or "hospitalized" in v for v in was):
                    injured += 1
            out.append(GvdbArticle(
                row["Article id"], row["Article url"], row["Article title"], row["Full text"],
                city_name((when.get("city") or {}).get("value", "")), _state(when.get("state", "")),
                _iso(when.get("date") or ""), killed, injured, part_of(row["Article id"])))
    return out


def article_text(item: GvdbArticle) -> str:
    """The article as published: the file's "Full text" is the title and the body run together
    with nothing between ("...west sideDETROIT (WXYZ) - Police ..."), which glues the headline
    to the first sentence and its dateline to the title's last word; a paragraph break goes back
    between them."""
    title, text = item.title.strip(), item.text
    if title and text.startswith(title) and text[len(title):len(title) + 1].strip():
        return f"{title}\n\n{text[len(title):]}"
    return text


def to_article(item: GvdbArticle) -> Article:
    from sitrep.pipeline import article_id

    dated = url_date(item.url)
    host = item.url.split("://", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")
    text = decode_references(article_text(item))  # as `sitrep ingest` reads a plain-text record
    return Article(text=text, id=article_id(text), title=item.title, source=host,
                   url=item.url, published=dated.date if dated else None, language="en",
                   origin=f"gvdb:{item.id}", external_id=item.id)


LEAD_SENTENCES = 2  # the lead: the headline and the first sentences of the story


def lead_end(text: str, title: str | None) -> int:
    """Where the article's lead ends: after its headline (when the text starts with it) and the
    first ``LEAD_SENTENCES`` sentences of the story."""
    from sitrep.nlp.segment import split_sentences

    title = (title or "").strip()
    head = len(title) if title and text.startswith(title) else 0
    body = [s for s in split_sentences(text) if s.start >= head]
    return body[LEAD_SENTENCES - 1].end if len(body) >= LEAD_SENTENCES else len(text)


def main_incident(incidents: list[dict[str, Any]], article_id: str,
                  mentions: dict[str, int], firsts: dict[str, int] | None = None,
                  lead: int | None = None) -> dict[str, Any] | None:
    """The article's main incident, as an analyst reads the story: a violent one first; of
    those, the one the headline or the lead tells (its first mention starts before ``lead``;
    ``firsts``: where each incident is first mentioned in the article), then the one with
    people killed or hurt, then the most mentioned, then the first told."""
    if not incidents:
        return None
    order = {inc["id"]: i for i, inc in enumerate(incidents)}
    firsts = firsts or {}

    def in_lead(inc: dict[str, Any]) -> bool:
        return lead is None or firsts.get(inc["id"], 0) < lead

    return min(incidents, key=lambda inc: (
        inc["family"] != "ASSAULT", not in_lead(inc),
        inc["fatalities_best"] is None and inc["injured_best"] is None,
        -mentions.get(inc["id"], 0), order[inc["id"]]))


def _article_incidents(db: Any, article_id: str
                       ) -> tuple[list[dict[str, Any]], dict[str, int], dict[str, int]]:
    """The incidents an article reports, in the order of their first mention; how many of its
    mentions each has, and where the first starts."""
    from sitrep.store.incidents import query

    found = query(db.conn, article=article_id)
    counts: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for iid, start in db.conn.execute(
            "SELECT incident_id, start FROM incident_mentions WHERE article_id=?",
            (article_id,)):
        counts[iid] = counts.get(iid, 0) + 1
        if start is not None:
            firsts[iid] = min(start, firsts.get(iid, start))
    found.sort(key=lambda inc: firsts.get(inc["id"], 0))
    return found, counts, firsts


def _near(lat: float | None, lon: float | None, lat2: float, lon2: float, km: float) -> bool:
    if lat is None or lon is None:
        return False
    dy = (lat - lat2) * 111.0
    dx = (lon - lon2) * 111.0 * math.cos(math.radians(lat2))
    return math.hypot(dx, dy) <= km


def county_named(city: str) -> bool:
    """Whether the annotation names a county ("Harris County", "ST. LOUIS COUNTY"), not a town
    that is also one of a county's other names ("Los Angeles")."""
    from sitrep.extract.places.rules import DIVISION_WORDS

    return bool(set(city.casefold().replace(".", " ").split()) & DIVISION_WORDS)


def city_matches(inc: dict[str, Any], city: str, state: str) -> bool:
    if not inc or (inc.get("admin1") or "").casefold() != state.casefold():
        return False
    name = (inc.get("place") or "").casefold()
    wanted = city.casefold().removesuffix(" city").strip()
    if name and (name == city.casefold() or name.removesuffix(" city").strip() == wanted):
        return True
    from sitrep.resources.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    own = gaz.get(int(inc["geonameid"])) if inc.get("geonameid") is not None else None
    records = gaz.lookup(city, kinds={"city", "admin2"}, country="USA")
    town = town_of_part(city)
    if town is not None and not any(state_name(r.admin1 or "").casefold() == state.casefold()
                                    for r in records):
        return city_matches(inc, town, state)  # "West Philadelphia": a part of Philadelphia
    for record in records:
        if inc.get("geonameid") is not None and record.geonameid == inc.get("geonameid"):
            return True  # the very record, spelt otherwise ("ST. LOUIS COUNTY": Saint Louis County)
        if record.kind == "admin2" and own is not None and own.admin2 == record.id and (
                county_named(city)):
            return True  # a town of the annotated county (Cypress in "Harris County")
        if record.kind == "city" and _near(inc.get("lat"), inc.get("lon"), record.lat,
                                           record.lon, 15.0):
            return True  # a place inside the town (the incident's state is checked above)
        if record.kind == "city" and own is not None and own.population < record.population and (
                town_part(_place(own), _place(record))):
            return True  # a part of a large town, in its county (Rogers Park in Chicago)
    return False


def town_of_part(city: str) -> str | None:
    """The town a part of it is named after ("West Philadelphia", "North St. Louis": a side of
    the town, which the gazetteer has no record of), or None."""
    words = city.split()
    if len(words) > 1 and words[0].casefold() in COMPASS:
        return " ".join(words[1:])
    return None


def _place(record: Any) -> Place:
    return Place(text=record.name, evidence=Evidence(0, 0, ""), name=record.name,
                 geonameid=record.geonameid, lat=record.lat, lon=record.lon)


def _score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def rate(key: str) -> float | None:
        vals = [r[key] for r in rows if r[key] is not None]
        return round(sum(vals) / len(vals), 3) if vals else None

    return {"n": len(rows), "killed_em": rate("killed_ok"), "injured_em": rate("injured_ok"),
            "city_acc": rate("city_ok"), "n_city": sum(r["city_ok"] is not None for r in rows),
            "state_acc": rate("state_ok"),
            "n_state": sum(r["state_ok"] is not None for r in rows),
            "date_acc": rate("date_ok"), "n_date": sum(r["date_ok"] is not None for r in rows)}


def fusion_scores(items: list[GvdbArticle], groups: dict[str, set[str]]) -> dict[str, Any]:
    gold = {frozenset((a.id, b.id)) for a, b in combinations(items, 2)
            if _gold_key(a) is not None and _gold_key(a) == _gold_key(b)}
    by_id = {it.id: it for it in items}
    predicted = {frozenset((a, b)) for a, b in combinations(sorted(by_id), 2)
                 if groups.get(a, set()) & groups.get(b, set())}
    # a predicted pair the annotation cannot judge: the fields both articles have agree, and
    # one lacks another (no state, say); it is neither right nor wrong, and left out
    unjudged = {pair for pair in predicted - gold if not unequal(*(by_id[i] for i in pair))}
    judged = predicted - unjudged
    tp = len(gold & judged)
    p = tp / len(judged) if judged else 1.0
    r = tp / len(gold) if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"fusion_p": round(p, 3), "fusion_r": round(r, 3), "fusion_f1": round(f1, 3),
            "gold_pairs": len(gold), "predicted_pairs": len(judged), "true_pairs": tp,
            "unjudged_pairs": len(unjudged)}


def unequal(a: GvdbArticle, b: GvdbArticle) -> bool:
    """Whether the annotation tells two articles apart: a date, state or city both have differs
    (articles lacking a field can still be told apart by the others)."""
    def city(it: GvdbArticle) -> str:
        return it.city.casefold().removesuffix(" city").strip()

    return any(x and y and x != y for x, y in (
        (a.date, b.date), (a.state.casefold(), b.state.casefold()), (city(a), city(b))))


def evaluate(path: str | Path, *, pipeline: Any = None, limit: int | None = None
             ) -> dict[str, Any]:
    from sitrep.pipeline import default_pipeline
    from sitrep.run.local import extract_all
    from sitrep.store import open_db

    items = read_tsv(path)[:limit]
    pipeline = pipeline or default_pipeline()
    extractions: list[Extraction] = extract_all(pipeline, [to_article(it) for it in items])
    rows: list[dict[str, Any]] = []
    for it, ex in zip(items, extractions, strict=True):
        with open_db(":memory:") as db:
            db.save(ex)
            incidents, counts, firsts = _article_incidents(db, ex.article.id)
        inc = main_incident(incidents, ex.article.id, counts, firsts,
                            lead_end(ex.article.text, ex.article.title))
        best_k = (inc or {}).get("fatalities_best") or 0
        best_i = (inc or {}).get("injured_best") or 0
        has_date = url_date(it.url) is not None
        rows.append({
            "id": it.id, "part": it.part, "gold_killed": it.killed, "killed": best_k,
            "gold_injured": it.injured, "injured": best_i,
            "killed_ok": best_k == it.killed, "injured_ok": best_i == it.injured,
            "gold_city": it.city, "gold_state": it.state, "gold_date": it.date,
            "place": (inc or {}).get("place"), "admin1": (inc or {}).get("admin1"),
            "date": (inc or {}).get("date_first"),
            "city_ok": (city_matches(inc or {}, it.city, it.state)
                        if it.city and it.state else None),
            "state_ok": ((inc or {}).get("admin1") or "").casefold() == it.state.casefold()
            if it.state else None,
            "date_ok": ((inc or {}).get("date_first") == it.date) if has_date and it.date
            else None,
            "incident": (inc or {}).get("notes")})
    groups: dict[str, set[str]] = {}
    mains: dict[str, dict[str, Any] | None] = {}
    with open_db(":memory:") as db:
        db.save_many(extractions)
        for it, ex in zip(items, extractions, strict=True):
            incidents, counts, firsts = _article_incidents(db, ex.article.id)
            main = main_incident(incidents, ex.article.id, counts, firsts,
                                 lead_end(ex.article.text, ex.article.title))
            groups[it.id] = {main["id"]} if main else set()
            mains[it.id] = main
    metrics: dict[str, Any] = {}
    for name, subset in (("all", items), ("look", [i for i in items if i.part == "look"]),
                         ("untouched", [i for i in items if i.part == "untouched"])):
        wanted = {i.id for i in subset}
        part = _score([r for r in rows if r["id"] in wanted])
        part.update(fusion_scores(subset, groups))
        metrics[name] = part
    flat = dict(metrics["all"])
    flat["look"] = metrics["look"]
    flat["untouched"] = metrics["untouched"]
    look = [i for i in items if i.part == "look"]
    return {"dataset": str(path), "n": len(items), "metrics": flat, "predictions": rows,
            "pairs": fusion_errors(look, groups, mains)}


def fusion_errors(items: list[GvdbArticle], groups: dict[str, set[str]],
                  mains: dict[str, dict[str, Any] | None]) -> list[dict[str, Any]]:
    """The article pairs fusion got wrong among ``items`` (the look part): ``missed`` (the gold
    grouping pairs them, their main incidents differ) and ``wrong`` (one main incident, and
    the annotation tells them apart), each with both articles' annotation and main incident
    (type, place, days, killed / injured, actors), in file order."""
    out = []
    for a, b in combinations(items, 2):
        key_a, key_b = _gold_key(a), _gold_key(b)
        gold = key_a is not None and key_a == key_b
        joined = bool(groups.get(a.id, set()) & groups.get(b.id, set()))
        if gold == joined or (joined and not unequal(a, b)):
            continue
        out.append({"error": "missed" if gold else "wrong",
                    "articles": [_pair_side(it, mains.get(it.id)) for it in (a, b)]})
    return out


def _pair_side(it: GvdbArticle, inc: dict[str, Any] | None) -> dict[str, Any]:
    inc = inc or {}
    days = inc.get("date_first")
    if days and inc.get("date_last") and inc["date_last"] != days:
        days = f"{days}..{inc['date_last']}"
    return {"id": it.id, "gold": f"{it.date or '?'} {it.city or '?'}, {it.state or '?'}",
            "incident": inc.get("id"),
            "type": "/".join(str(x) for x in (inc.get("plover_type"), inc.get("plover_mode"))
                             if x) or None,
            "place": ", ".join(str(x) for x in (inc.get("place"), inc.get("admin1")) if x)
            or None, "days": days, "killed": inc.get("fatalities_best"),
            "injured": inc.get("injured_best"),
            "actors": ", ".join(a["name"] for a in (inc.get("actors") or [])[:4]) or None,
            "articles": inc.get("n_articles"), "notes": inc.get("notes")}


def _gold_key(it: GvdbArticle) -> tuple[str, str, str] | None:
    if not (it.city and it.state and it.date):
        return None
    return (it.date, it.state.casefold(), it.city.casefold().removesuffix(" city").strip())


def pair_errors(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The look part's missed and wrong article pairs of fusion (``fusion_errors``)."""
    return list(result.get("pairs", []))


def errors(result: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """The articles of the ``look`` part whose main incident misses a field; the ``untouched``
    part is for its figures only, its articles are never listed."""
    for r in result["predictions"]:
        if r["part"] != "look":
            continue
        if not (r["killed_ok"] and r["injured_ok"] and r["city_ok"] is not False
                and r["state_ok"] is not False and r["date_ok"] is not False):
            yield r
