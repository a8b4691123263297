"""Tallies across articles: what the casualty claims of many reports add up to.

A tally groups the claims that measure the same quantity: the same outcome, victim group, side,
place and period. ``build_tallies`` works over plain ``(Claim, Article)`` pairs (the article gives
the publication date and source); ``tallies_from_db`` reads them from a sitrep database.

Rules (documented in ``Tally.rule`` and in the CLI help):
- claims left out: history (``background``), parts of a total (``part_of``: a subset, counted
  with their total), and withheld figures (``undisclosed``: listed in ``withheld``, never zero);
- the period is the claim's own (``since`` a date = cumulative; a day, month or year); claims
  without one are grouped as "reported" figures of their place and group;
- supersession: among cumulative figures (``since`` or no period) from the same claimant, only the
  newest report counts (by publication date, then position); older ones stay listed, marked
  ``superseded``. Unattributed figures are one claimant per source;
- estimates in UCDP's sense: ``low`` is the lowest reliable figure (the smallest lower bound
  among the current claims; a vague quantity counts as its conventional lower bound, e.g.
  dozens = 12), ``high`` the highest reliable figure (the largest upper bound; None when every
  claim is open-ended), ``best`` the most likely: the median of the claims' point estimates
  (exact figure, or the middle of a range, or the bound that is given), rounded down;
- ``contested``: two claimants give figures whose ranges do not overlap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitrep.records import Article, Claim
from sitrep.store import filters as checks

RULE = ("low = lowest reliable lower bound; high = highest reliable upper bound; best = median "
        "of point estimates; newer cumulative figures supersede older ones from the same "
        "claimant; contested when claimants' ranges do not overlap")


@dataclass
class TallyKey:
    outcome: str
    victims: str
    side: str | None
    place: str | None  # GeoNames id or place name
    period_kind: str  # since | day | month | year | range | reported
    period_start: str | None

    def as_tuple(self) -> tuple:
        return (self.outcome, self.victims, self.side, self.place, self.period_kind,
                self.period_start)


@dataclass
class TallyClaim:
    claim: Claim
    article_id: str | None
    published: str | None
    source: str | None
    claimant: str | None
    claimant_country: str | None
    low: int | None  # the claim's lower bound (vague quantities: conventional lower bound)
    high: int | None
    superseded: bool = False

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {"article": self.article_id, "published": self.published, "source": self.source,
                "claimant": self.claimant, "claimant_country": self.claimant_country,
                "low": c.low, "high": c.high, "approx": c.approx, "vague": c.vague,
                "text": c.evidence.text, "start": c.evidence.start, "end": c.evidence.end,
                "superseded": self.superseded}


@dataclass
class Tally:
    key: TallyKey
    low: int | None
    best: int | None
    high: int | None
    contested: bool
    claims: list[TallyClaim]
    withheld: list[TallyClaim] = field(default_factory=list)
    rule: str = RULE

    @property
    def claimants(self) -> list[str]:
        seen: dict[str, str] = {}
        for tc in self.claims:
            seen.setdefault(_claimant_key(tc), tc.claimant or _claimant_key(tc))
        return list(seen.values())

    def to_dict(self) -> dict[str, Any]:
        k = self.key
        return {"outcome": k.outcome, "victims": k.victims, "side": k.side, "place": k.place,
                "period_kind": k.period_kind, "period_start": k.period_start,
                "low": self.low, "best": self.best, "high": self.high,
                "contested": self.contested, "claimants": self.claimants,
                "claims": [c.to_dict() for c in self.claims],
                "withheld": [c.to_dict() for c in self.withheld], "rule": self.rule}


def _place_key(claim: Claim) -> str | None:
    if claim.place is None:
        return None
    if claim.place.geonameid is not None:
        return str(claim.place.geonameid)
    return claim.place.name or claim.place.text


def key_of(claim: Claim) -> TallyKey:
    kind = claim.period_kind or "reported"
    return TallyKey(claim.outcome, claim.victims, claim.side, _place_key(claim), kind,
                    claim.period_start)


def _bounds(claim: Claim) -> tuple[int | None, int | None]:
    low, high = claim.low, claim.high
    if low is None and high is None and claim.vague_low is not None:
        return claim.vague_low, None
    return low, high


def _point(tc: TallyClaim) -> float | None:
    if tc.low is not None and tc.high is not None:
        return (tc.low + tc.high) / 2
    return tc.low if tc.low is not None else tc.high


def _claimant_key(tc: TallyClaim) -> str:
    if tc.claimant:
        return tc.claimant.lower().removeprefix("the ").strip()
    return f"(unattributed: {tc.source or tc.article_id})"


def _date(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _entry(claim: Claim, article: Article | None) -> TallyClaim:
    low, high = _bounds(claim)
    cl = claim.claimant
    return TallyClaim(claim, article.id if article else getattr(claim.evidence, "article_id", None),
                      _date(article.published) if article else None,
                      article.source if article else None,
                      cl.text if cl else None, cl.country if cl else None, low, high)


def _summarise(key: TallyKey, entries: list[TallyClaim], withheld: list[TallyClaim]) -> Tally:
    entries.sort(key=lambda tc: (tc.published or "", tc.claim.evidence.start))
    if key.period_kind in ("since", "reported"):
        newest: dict[str, TallyClaim] = {}
        for tc in entries:
            newest[_claimant_key(tc)] = tc
        for tc in entries:
            tc.superseded = newest[_claimant_key(tc)] is not tc
    current = [tc for tc in entries if not tc.superseded]
    lows = [tc.low for tc in current if tc.low is not None]
    highs = [tc.high if tc.high is not None else tc.low for tc in current]
    low = min(lows) if lows else None
    open_ended = any(tc.high is None and tc.low is not None for tc in current)
    known_highs = [h for h in highs if h is not None]
    high = max(known_highs) if known_highs else None
    if open_ended and high is not None and lows and max(lows) > high:
        high = None
    points = sorted(p for p in (_point(tc) for tc in current) if p is not None)
    best = None
    if points:
        mid = len(points) // 2
        best = int(points[mid] if len(points) % 2 else (points[mid - 1] + points[mid]) / 2)
    by_claimant: dict[str, tuple[float, float]] = {}
    for tc in current:
        lo = tc.low if tc.low is not None else 0
        hi = tc.high if tc.high is not None else float("inf")
        ck = _claimant_key(tc)
        a, b = by_claimant.get(ck, (lo, hi))
        by_claimant[ck] = (max(a, lo), min(b, hi))
    ranges = list(by_claimant.values())
    contested = len(ranges) > 1 and max(r[0] for r in ranges) > min(r[1] for r in ranges)
    return Tally(key, low, best, high, contested, entries, withheld)


def build_tallies(items: Iterable[tuple[Claim, Article | None]]) -> list[Tally]:
    """Group claims measuring the same quantity and estimate low / best / high for each."""
    groups: dict[tuple, tuple[TallyKey, list[TallyClaim], list[TallyClaim]]] = {}
    for claim, article in items:
        if claim.background or claim.part_of is not None:
            continue
        key = key_of(claim)
        slot = groups.setdefault(key.as_tuple(), (key, [], []))
        (slot[2] if claim.undisclosed else slot[1]).append(_entry(claim, article))
    tallies = [_summarise(key, entries, withheld) for key, entries, withheld in groups.values()
               if entries or withheld]
    tallies.sort(key=_order)
    return tallies


def _order(tally: Tally) -> tuple:
    """Outcome, largest best estimate first, then victims and side; a missing value (no side, no
    estimate) sorts after every present one instead of being compared with it."""
    k = tally.key
    return (_text(k.outcome), tally.best is None, -(tally.best or 0), _text(k.victims),
            _text(k.side), _text(k.place), _text(k.period_kind), _text(k.period_start))


def _text(value: str | None) -> tuple[bool, str]:
    return (value is None, value or "")


def tallies_from_db(db: Any, *, limit: int | None = None, **filters: Any) -> list[Tally]:
    """Tallies over the claims of a sitrep database (filters as for ``Database.claims``; ``limit``
    applies to the tallies, not to the claims they are built from)."""
    top = checks.limit(limit)
    claims = db.claims(**filters)
    ids = {getattr(c.evidence, "article_id", None) for c in claims} - {None}
    articles = db.articles_by_id(ids) if ids else {}
    tallies = build_tallies((c, articles.get(getattr(c.evidence, "article_id", None)))
                            for c in claims)
    return tallies if top is None else tallies[:top]
