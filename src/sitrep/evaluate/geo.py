"""Geoparsing evaluation on gold toponyms given by character offsets.

Formats (detected from the XML):

- LGL / TR-News: ``<article><text>`` and ``<toponyms><toponym><start><end><phrase>`` with a
  ``<gaztag geonameid=...><lat><lon>``;
- GeoWebNews: ``<toponym><extractedName><start><end><geonamesID><latitude><longitude>``
  (toponyms without coordinates, such as common nouns "church", are not scored);
- GeoVirus: ``<article><source><text><locations><location><name><start><end><lat><lon>``.

Gold spans are checked first: where the text at a span is not the gold name (one-based or
drifting offsets), the span moves to the nearest occurrence of the name within a few characters
(``realigned``), else the toponym is left out (``skipped``); both counts are printed.

Resolution is scored on the gold toponyms (the gold spans are resolved by sitrep in the context
of the places it finds in the article): ``acc161`` share within 161 km or with the gold GeoNames
id (a region's point may lie far from the gold one; a toponym sitrep cannot resolve counts as a
miss), ``exact_id`` share with the gold GeoNames id among gold toponyms that
have one, ``mean_km`` / ``median_km`` over resolved toponyms, ``resolved`` share resolved.
Recognition is scored separately by span overlap: ``ner_precision``, ``ner_recall``, ``ner_f1``
(gold: every toponym in LGL and GeoVirus; toponyms with coordinates in GeoWebNews).
"""

from __future__ import annotations

import hashlib
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from sitrep.errors import InputError


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class GeoArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    url: str | None = None  # the source's web address, where the corpus gives it


def _float(node: Any, tag: str) -> float | None:
    value = node.findtext(tag)
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_geo_xml(path: str | Path) -> tuple[str, list[GeoArticle]]:
    """The format name ("lgl", "gwn", "geovirus") and the articles of a gold file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist", "give the path of an LGL, GeoWebNews or "
                         "GeoVirus XML file")
    try:
        root = etree.parse(str(path), etree.XMLParser(huge_tree=True)).getroot()
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path} is not well-formed XML: {exc}",
                         "check that the file is an LGL, GeoWebNews or GeoVirus XML") from exc
    articles: list[GeoArticle] = []
    if root.find(".//toponym/gaztag") is not None or root.find(".//toponym/phrase") is not None:
        fmt = "lgl"
        for i, art in enumerate(root.iter("article")):
            doc = GeoArticle(art.get("docid") or str(i), art.findtext("text") or "",
                             url=art.findtext("url"))
            for top in art.iter("toponym"):
                tag = top.find("gaztag")
                gold = GoldToponym(int(top.findtext("start")), int(top.findtext("end")),
                                   top.findtext("phrase") or "")
                if tag is not None:
                    gold.lat, gold.lon = _float(tag, "lat"), _float(tag, "lon")
                    gold.geonameid = _int(tag.get("geonameid"))
                doc.toponyms.append(gold)
            articles.append(doc)
    elif root.find(".//toponym/extractedName") is not None:
        fmt = "gwn"
        for i, art in enumerate(root.iter("article")):
            doc = GeoArticle(art.get("file") or str(i), art.findtext("text") or "",
                             url=art.findtext("link"))
            for top in art.iter("toponym"):
                lat, lon = _float(top, "latitude"), _float(top, "longitude")
                if lat is None or lon is None:
                    continue
                doc.toponyms.append(GoldToponym(
                    int(top.findtext("start")), int(top.findtext("end")),
                    top.findtext("extractedName") or "", lat, lon,
                    _int(top.findtext("geonamesID"))))
            articles.append(doc)
    elif root.find(".//location/name") is not None or root.find(".//locations") is not None:
        fmt = "geovirus"
        for i, art in enumerate(root.iter("article")):
            doc = GeoArticle(art.findtext("source") or str(i), art.findtext("text") or "",
                             url=art.findtext("source"))
            for loc in art.iter("location"):
                doc.toponyms.append(GoldToponym(
                    int(loc.findtext("start")), int(loc.findtext("end")),
                    loc.findtext("name") or "", _float(loc, "lat"), _float(loc, "lon")))
            articles.append(doc)
    else:
        raise InputError(f"{path}: no toponyms in a known format",
                         "expected LGL (<toponym><gaztag>), GeoWebNews (<extractedName>) or "
                         "GeoVirus (<locations><location>) XML")
    return fmt, articles


PARTS = ("all", "look", "untouched")
ALIGN_WINDOW = 20  # characters a gold span may be off (one-based or drifting offsets)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def align_toponyms(text: str, toponyms: list[GoldToponym],
                   window: int = ALIGN_WINDOW) -> tuple[list[GoldToponym], int, int]:
    """Check that the text at each gold span is the gold name; where it is not, move the span
    to the nearest occurrence of the name within ``window`` characters of where the article's
    previous spans say it should be (offsets may be one-based, or drift as the article goes on),
    or skip the toponym. The kept toponyms (spans corrected), how many were re-aligned and how
    many skipped. A toponym without a name is kept as it is."""
    kept: list[GoldToponym] = []
    realigned = skipped = 0
    shift = 0  # the drift of the last re-aligned span, carried to the next ones
    folded = text.casefold()
    for g in toponyms:
        name = g.name.strip()
        if not name or _same_name(text[g.start:g.end], name):
            kept.append(g)
            continue
        needle, best = name.casefold(), None
        for expected in dict.fromkeys((g.start + shift, g.start)):
            lo = max(0, expected - window)
            at = folded.find(needle, lo, expected + window + len(needle))
            while at != -1:
                if best is None or abs(at - expected) < abs(best - expected):
                    best = at
                at = folded.find(needle, at + 1, expected + window + len(needle))
            if best is not None:
                break
        if best is None:
            skipped += 1
            continue
        shift = best - g.start
        kept.append(GoldToponym(best, best + len(name), g.name, g.lat, g.lon, g.geonameid))
        realigned += 1
    return kept, realigned, skipped



def part_of(article_id: str) -> str:
    """A fixed split of the articles of a gold file: 'look' (3 in 5) for error analysis,
    'untouched' (2 in 5) only for checking, by a hash of the article id (LGL ``docid``,
    GeoWebNews ``file``, GeoVirus ``source``)."""
    digest = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16)
    return "untouched" if digest % 5 < 2 else "look"


def evaluate_geo(path: str | Path, limit: int | None = None,
                 select_sentences: bool = False, part: str = "all") -> dict[str, Any]:
    """Score sitrep's place recognition and resolution on a gold file. ``select_sentences``:
    parse only the sentences the pipeline's sentence selection keeps, as ingest does (the
    others contribute no mentions and no context; gold toponyms in them are still resolved).
    ``part``: all articles, or one part of the fixed split (``part_of``)."""
    from sitrep.extract.context import Sentence
    from sitrep.extract.places.extractor import find_mentions
    from sitrep.extract.places.mention import Mention, km
    from sitrep.extract.places.resolve import resolve
    from sitrep.extract.places.rules import home_country
    from sitrep.nlp import select
    from sitrep.nlp.model import get_nlp, one_blas_thread
    from sitrep.nlp.segment import split_sentences
    from sitrep.resources.gazetteer import get_gazetteer

    fmt, articles = read_geo_xml(path)
    if part != "all":
        articles = [a for a in articles if part_of(a.id) == part]
    if limit is not None:
        articles = articles[:limit]
    realigned = skipped = 0
    for art in articles:
        art.toponyms, moved, dropped = align_toponyms(art.text, art.toponyms)
        realigned, skipped = realigned + moved, skipped + dropped
    nlp, gaz = get_nlp(), get_gazetteer()
    distances: list[float] = []
    n_gold = hits161 = exact = with_id = 0
    sys_total = sys_matched = gold_total = gold_found = 0
    errors: list[dict[str, Any]] = []
    all_sentences = []
    per_article = []
    for art in articles:
        segs = split_sentences(art.text)
        sents = [Sentence(i, s.start, s.end, s.text) for i, s in enumerate(segs)]
        per_article.append(sents)
        keep = select.select(segs) if select_sentences else [True] * len(segs)
        all_sentences.extend(s for s, k in zip(sents, keep, strict=True) if k)
    with one_blas_thread():  # as the pipeline parses
        for sent, doc in zip(all_sentences,
                             nlp.pipe((s.text for s in all_sentences), batch_size=64),
                             strict=True):
            sent.doc = doc
    for art, sents in zip(articles, per_article, strict=True):
        found = find_mentions(sents, gaz)
        for s in sents:
            s.doc = None
        gold_ner = art.toponyms if fmt != "gwn" else [g for g in art.toponyms if g.lat is not None]
        sys_total += len(found)
        sys_matched += sum(1 for m in found if any(m.start < g.end and g.start < m.end
                                                   for g in gold_ner))
        gold_total += len(gold_ner)
        gold_found += sum(1 for g in gold_ner if any(m.start < g.end and g.start < m.end
                                                     for m in found))
        scored = [g for g in art.toponyms if g.lat is not None and g.lon is not None]
        gold_mentions = []
        for g in scored:
            same = [m for m in found if m.start == g.start and m.end == g.end]
            gold_mentions.append(same[0] if same else Mention(g.start, g.end,
                                                              art.text[g.start:g.end], "GOLD"))
        context = [m for m in found if not any(m.start < g.end and g.start < m.end
                                               for g in scored)]
        mentions = sorted({id(m): m for m in [*context, *gold_mentions]}.values(),
                          key=lambda m: m.start)
        # as the pipeline does: the source's country from its web address
        resolve(mentions, gaz, home=home_country(art.url), text=art.text, url=art.url)
        for g, m in zip(scored, gold_mentions, strict=True):
            n_gold += 1
            if g.geonameid is not None:
                with_id += 1
            if m.choice is None:
                errors.append({"article": art.id, "text": m.text, "error": "unresolved"})
                continue
            d = km(m.choice, (g.lat, g.lon))
            distances.append(d)
            same_id = g.geonameid is not None and m.choice.geonameid == g.geonameid
            if d <= 161 or same_id:
                # the same GeoNames record is a hit even where a region's point is far from
                # the gold one
                hits161 += 1
            elif len(errors) < 100000:
                errors.append({"article": art.id, "text": m.text, "km": round(d),
                               "got": f"{m.choice.name} ({m.choice.kind}, {m.choice.country})",
                               "got_id": m.choice.geonameid,
                               "gold_id": g.geonameid, "gold": [g.lat, g.lon]})
            if same_id:
                exact += 1
    precision = sys_matched / sys_total if sys_total else 0.0
    recall = gold_found / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metrics = {
        "acc161": round(hits161 / n_gold, 4) if n_gold else 0.0,
        "exact_id": round(exact / with_id, 4) if with_id else None,
        "mean_km": round(statistics.fmean(distances), 1) if distances else None,
        "median_km": round(statistics.median(distances), 1) if distances else None,
        "resolved": round(len(distances) / n_gold, 4) if n_gold else 0.0,
        "ner_precision": round(precision, 4),
        "ner_recall": round(recall, 4),
        "ner_f1": round(f1, 4),
        "realigned": realigned,
        "skipped": skipped,
    }
    return {"dataset": f"{fmt}:{Path(path).name}", "part": part, "n": n_gold, "metrics": metrics,
            "errors": errors}
