"""The brief's casualty section: tallies (``sitrep.reconcile.tallies``) of the period's claims,
each said in sentences that name who claims what.

- One item per tally (outcome, victim group, side, place, period). Each claimant's figure is
  its own sentence ("According to official reports, 19 Armenian people have been killed since
  27 September 2020"); a tally with several claimants adds the estimate (best, low–high).
- Cumulative figures ("since" a date) are never added to anything: each stays its own item, and
  its parts ("including 5 since Sunday", claims marked ``part_of``) are said inside it.
- Flags: ``contested`` when claimants' figures do not overlap (the tally's rule) or when the only
  figure is one party's claim about the other side's losses (``partisan``); ``one-sided`` when
  the other side withholds its own figure of the same kind; a withheld figure with no
  counterpart is an item of its own ("Azerbaijan does not disclose ...").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sitrep.brief.sentences import (
    OUTCOME_NOUNS,
    OUTCOMES,
    VICTIMS,
    Citations,
    Sentence,
    adjective,
    country,
    date_text,
    figure,
)
from sitrep.reconcile.tallies import Tally, TallyClaim, build_tallies
from sitrep.records import Article, Claim

ORDER = ("killed", "casualties", "injured", "missing", "abducted", "displaced", "arrested")
VICTIM_ONE = {"civilian": "civilian", "military": "soldier", "police": "police officer",
              "militant": "militant", "protester": "protester", "journalist": "journalist",
              "aid_worker": "aid worker", "mixed": "person", "unknown": "person"}


def _span(claim: Claim) -> tuple[str, int, int]:
    return (claim.evidence.article_id or "", claim.evidence.start, claim.evidence.end)


def _cite(cites: Citations, claim: Claim) -> int:
    return cites.cite(*_span(claim), claim.evidence.text)


def _is_party(code: str | None) -> bool:
    return bool(code) and re.fullmatch(r"[A-Z]{3}", code or "") is not None


def _claimant_words(s: Sentence, tc: TallyClaim, n: int) -> None:
    if not tc.claimant:
        s.say("Without attribution, ")
        return
    name = tc.claimant.strip()
    if name.lower().startswith("the "):
        name = name[4:]
        s.say("According to the ")
    else:
        s.say("According to ")
    s.value(name, n)
    cc = tc.claimant_country
    if _is_party(cc) and country(cc).lower() not in name.lower() and (
            adjective(cc) or "").lower() not in name.lower():
        s.say(" (").value(country(cc), n).say(")")
    s.say(", ")


def _victims(s: Sentence, claim: Claim, n: int) -> None:
    adj = adjective(claim.side) if _is_party(claim.side) else None
    if adj:
        s.value(adj, n).say(" ")
    one = claim.low == 1 and claim.high in (1, None) and not claim.vague
    s.say(VICTIM_ONE.get(claim.victims, "person") if one else VICTIMS.get(claim.victims, "people"))
    if claim.side and not adj:
        s.say(" of ").value(country(claim.side), n)


def _period(s: Sentence, claim: Claim, n: int) -> None:
    kind, start, end = claim.period_kind, claim.period_start, claim.period_end
    if kind == "since" and start:
        s.say(" since ").value(date_text(start), n)
    elif kind == "day" and start:
        s.say(" on ").value(date_text(start), n)
    elif kind in ("month", "year") and start:
        s.say(" in ").value(date_text(start), n)
    elif kind == "range" and start:
        s.say(" from ").value(date_text(start), n)
        if end:
            s.say(" to ").value(date_text(end), n)


def _claim_sentence(tc: TallyClaim, parts: list[Claim], cites: Citations) -> Sentence:
    c = tc.claim
    n = _cite(cites, c)
    s = Sentence()
    _claimant_words(s, tc, n)
    s.value(figure(c.low, c.high, approx=c.approx, vague=c.vague), n).say(" ")
    _victims(s, c, n)
    reported, cumulative = OUTCOMES.get(c.outcome, ("were affected", "have been affected"))
    verb = cumulative if c.period_kind == "since" else reported
    if c.low == 1 and c.high in (1, None) and not c.vague:
        verb = verb.replace("were ", "was ").replace("have ", "has ").replace("are ", "is ")
    s.say(" " + verb)
    if c.place is not None and (c.place.name or c.place.text):
        s.say(" in ").value(c.place.text or c.place.name, n)
    _period(s, c, n)
    for i, part in enumerate(parts):
        m = _cite(cites, part)
        s.say(", including " if i == 0 else " and ")
        s.value(figure(part.low, part.high, approx=part.approx, vague=part.vague), m)
        _period(s, part, m)
    return s.say(".")


def _withheld_sentence(tc: TallyClaim, cites: Citations) -> Sentence:
    c = tc.claim
    n = _cite(cites, c)
    s = Sentence()
    who = tc.claimant or (country(c.side) if c.side else "")
    if who:
        s.value(who, n).say(" does not disclose the number of ")
    else:
        s.say("The number of ")
    _victims(s, c, n)
    s.say(" " + OUTCOME_NOUNS.get(c.outcome, c.outcome))
    return s.say("." if who else " is not disclosed.")


def _estimate_sentence(t: Tally, refs: list[int]) -> Sentence:
    s = Sentence().say("Estimate across claimants: best ")
    s.value(figure(t.best, t.best), refs).say(" (low" + "\u2013" + "high ")
    s.value(figure(t.low, t.high), refs)
    return s.say(").")


def _flag_sentence(t: Tally, kind: str, cites: Citations, other: TallyClaim | None) -> Sentence:
    current = [tc for tc in t.claims if not tc.superseded]
    s = Sentence()
    if kind == "contested":
        names = []
        for tc in current:
            names.append((tc.claimant or "an unattributed report", _cite(cites, tc.claim)))
        s.say("Contested: ")
        for i, (name, n) in enumerate(dict(names).items()):
            s.say(", " if 0 < i < len(names) - 1 else (" and " if i else ""))
            s.value(name, n)
        return s.say(" give figures that do not overlap.")
    if kind == "partisan":
        tc = current[0]
        n = _cite(cites, tc.claim)
        s.say("Contested: a claim by ").value(country(tc.claimant_country), n)
        s.say(" about the losses of ").value(country(t.key.side), n)
        return s.say(", its adversary; no other source confirms it.")
    assert other is not None
    n = _cite(cites, other.claim)
    s.say("One-sided: ").value(other.claimant or country(other.claim.side), n)
    s.say(" does not disclose how many of its own " + VICTIMS.get(other.claim.victims, "people")
          + " were " + OUTCOME_NOUNS.get(other.claim.outcome, "affected") + ".")
    return s


def _articles(claims: Sequence[Claim], meta: dict[str, dict[str, Any]]) -> dict[str, Article]:
    out = {}
    for aid in {c.evidence.article_id for c in claims} - {None}:
        m = meta.get(aid or "", {})
        pub = m.get("published")
        out[aid or ""] = Article(text="", id=aid or "", source=m.get("source"),
                                 published=dt.date.fromisoformat(pub) if pub else None)
    return out


def section(claims: Sequence[tuple[int, Claim]], meta: dict[str, dict[str, Any]],
            cites: Citations, cap: int) -> dict[str, Any]:
    """The casualty tallies of the period's claims (history left out: it is background)."""
    current = [(i, c) for i, c in claims if not c.background]
    by_index = {(c.evidence.article_id, i): c for i, c in current}
    parts_of: dict[tuple[str, int, int], list[Claim]] = {}
    for _, c in current:
        total = by_index.get((c.evidence.article_id, c.part_of)) if c.part_of is not None \
            else None
        if total is not None:
            parts_of.setdefault(_span(total), []).append(c)
    articles = _articles([c for _, c in current], meta)
    tallies = build_tallies((c, articles.get(c.evidence.article_id or "")) for _, c in current)
    tallies.sort(key=lambda t: ORDER.index(t.key.outcome) if t.key.outcome in ORDER else 99)
    withheld_all = [(t, w) for t in tallies for w in t.withheld]
    used_withheld: set[int] = set()
    items: list[dict[str, Any]] = []
    for t in tallies:
        if not t.claims:
            continue
        live = [tc for tc in t.claims if not tc.superseded]
        sentences = [_claim_sentence(tc, parts_of.get(_span(tc.claim), []), cites)
                     for tc in live]
        claimants = {(tc.claimant or f"#{tc.source}").lower() for tc in live}
        refs = sorted({n for s in sentences for n in s.citations})
        if len(claimants) > 1:
            sentences.append(_estimate_sentence(t, refs))
        flags: list[str] = []
        if t.contested:
            flags.append("contested")
            sentences.append(_flag_sentence(t, "contested", cites, None))
        elif all(_is_party(tc.claimant_country) and _is_party(t.key.side)
                 and tc.claimant_country != t.key.side for tc in live):
            flags.append("contested")
            flags.append("partisan")
            sentences.append(_flag_sentence(t, "partisan", cites, None))
        for j, (wt, w) in enumerate([] if "partisan" in flags else withheld_all):
            k = wt.key
            if (k.outcome, k.victims) == (t.key.outcome, t.key.victims) and k.side != t.key.side \
                    and _is_party(k.side) and _is_party(t.key.side):
                flags.append("one-sided")
                sentences.append(_flag_sentence(t, "one-sided", cites, w))
                used_withheld.add(j)
                break
        items.append(_item(t, sentences, flags))
    for j, (wt, w) in enumerate(withheld_all):
        if j not in used_withheld:
            items.append(_item(wt, [_withheld_sentence(w, cites)], ["withheld"]))
    unattributed = sum(1 for _, c in current if c.claimant is None and not c.undisclosed)
    figures = sum(1 for _, c in current if not c.undisclosed)
    return {"items": items[:cap], "more": max(0, len(items) - cap), "total": len(items),
            "figures": figures, "unattributed": unattributed,
            "cumulative_never_summed": True}


def _item(t: Tally, sentences: list[Sentence], flags: list[str]) -> dict[str, Any]:
    k = t.key
    claims = [tc.to_dict() for tc in t.claims]
    return {"outcome": k.outcome, "victims": k.victims, "side": k.side, "place": k.place,
            "period_kind": k.period_kind, "period_start": k.period_start,
            "low": t.low, "best": t.best, "high": t.high, "cumulative": k.period_kind == "since",
            "contested": "contested" in flags, "flags": flags, "claimants": t.claimants,
            "claims": claims, "withheld": [w.to_dict() for w in t.withheld],
            "sentences": [s.to_dict() for s in sentences]}
