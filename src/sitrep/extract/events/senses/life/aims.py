"""Aiming read as violence: "shooting for", "gunning for", "aiming for" a result and
"targeting" a goal, an amount or a market are no ASSAULT.

- **shooting for a result**: "the league is shooting for a March date", "for early June", "we are gunning for the
  title", "aimed for a record": a verb of shooting or aiming with a "for" phrase naming a goal
  (a date, a title, a figure, growth ...) and nothing shot at (no object, no one shot);
  "police were shooting for ten minutes" (a span of time) and "he was shot for his views" (a
  victim) stay; the goal itself, if an act, is none ("shooting for a release in June");
- **targeting a goal or an amount**: "we are targeting growth", "targets a 5 percent rise in
  sales", "is targeting $2 billion in revenue": the object is a result to reach, a sum or a
  share, not someone or something hit;
- **targeting a market**: "the company is targeting younger buyers", "the brand targets
  first-time voters": buyers, customers, viewers or voters aimed at by a business, a brand, a
  campaign or a product ("gunmen targeted shoppers at a mall" stays: the doer is no business).

The families of words are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# verbs of shooting and aiming that also tell striving for a result (lemmas)
AIMING_FOR = {"shoot", "gun", "aim", "fire"}
# verbs of targeting (lemmas)
TARGETING = {"target", "aim"}
# results one strives for (lemmas; no "place", "position", "post", "office" or "seat": attacks
# target those)
GOALS = {
    "date", "deadline", "goal", "target", "objective", "aim", "record", "title", "win",
    "victory", "championship", "playoff", "berth", "spot", "medal", "gold", "silver", "bronze",
    "crown", "cup", "trophy", "pennant", "finish", "release", "launch", "opening", "start",
    "debut", "premiere", "completion", "return", "level", "mark", "figure", "total", "sale",
    "revenue", "growth", "profit", "earnings", "margin", "rating", "score", "majority",
    "nomination", "reelection", "re-election", "increase", "rise", "gain", "cut", "reduction",
    "decrease", "improvement", "expansion", "saving", "output", "production", "turnover",
    "share", "percent", "%", "star", "moon", "perfection", "excellence", "consensus",
    "compromise", "agreement", "deal", "settlement", "approval", "passage", "audience",
    "readership", "viewership", "attendance", "enrollment", "enrolment", "membership",
    "subscription", "download", "investment", "funding", "budget", "surplus", "balance",
    "inflation", "rate", "yield", "efficiency", "capacity", "emission", "neutrality", "zero",
    "milestone", "benchmark", "threshold", "quota", "ranking", "top", "podium", "promotion",
    "upgrade", "contract", "job", "role"}
# those a business aims its products at (lemmas)
MARKETS = {
    "buyer", "customer", "consumer", "shopper", "client", "user", "subscriber", "reader",
    "viewer", "listener", "audience", "market", "segment", "demographic", "millennial",
    "voter", "investor", "advertiser", "tourist", "traveller", "traveler", "fan", "donor",
    "homeowner", "renter", "tenant", "patron", "diner", "guest", "visitor",
    "player", "gamer", "borrower", "saver", "retiree", "household", "teen",
    "teenager", "parent", "professional", "sector", "niche", "newcomer", "beginner"}
# those who aim products at a market (lemmas)
BUSINESSES = {
    "company", "firm", "brand", "business", "retailer", "store", "shop", "chain", "marketer",
    "advertiser", "campaign", "ad", "advert", "advertisement", "commercial", "app", "product",
    "service", "startup", "start-up", "maker", "manufacturer", "carmaker", "automaker",
    "publisher", "network", "channel", "station", "show", "magazine", "newspaper", "bank",
    "lender", "insurer", "fund", "developer", "program", "programme", "initiative", "strategy",
    "model", "league", "club", "airline", "operator", "site", "website", "platform", "label",
    "studio", "restaurant", "hotel", "resort", "mall", "outlet", "supermarket", "distributor",
    "seller", "vendor", "dealer", "dealership", "producer", "supplier", "provider", "agency",
    "candidate", "party", "offer", "deal", "package", "plan", "line", "range", "version",
    "edition", "series", "film", "movie", "book", "game", "phone", "car", "vehicle",
    "device", "gadget", "course", "class", "event", "festival", "conference", "exhibition"}
TIME_ENTS = {"TIME"}
AMOUNT_ENTS = {"MONEY", "PERCENT"}


# units of a span of time: "shooting for three days" tells how long, not a target date
DURATION_UNITS = {"second", "minute", "hour", "day", "night", "week", "weekend", "fortnight",
                  "month", "year", "decade", "while", "time", "moment", "period"}
# modifiers that make a unit of time a point in the calendar ("the first week of May", "next
# month", "the end of the year")
POINT_MARKS = {"first", "second", "third", "fourth", "last", "final", "next", "coming",
               "this", "following", "same"}


def _goal(noun: Token) -> bool:
    """A result to reach: a goal noun, a date ("a March date", "early June"), a sum or a
    share."""
    if noun.ent_type_ in AMOUNT_ENTS:
        return True
    if noun.ent_type_ == "DATE" and not any(c.dep_ == "nummod" for c in noun.children) and (
            noun.lemma_.lower() not in DURATION_UNITS or any(
                c.lower_ in POINT_MARKS or (c.dep_ == "prep" and c.lower_ == "of")
                for c in noun.children)):
        return True  # "shooting for early June", "aiming for 2025", "the first week of May"
    if noun.lemma_.lower() in GOALS or noun.lower_ in GOALS:
        return noun.ent_type_ not in TIME_ENTS
    return False


def _objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not found and verb.dep_ in {"acl", "relcl"}:
        found = [verb.head]
    return found


def _doers(verb: Token) -> list[Token]:
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for a in verb.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj":
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return doers


def shooting_for(token: Token) -> bool:
    """ "Is shooting for a March date", "gunning for the title": striving for a result."""
    if token.lemma_.lower() not in AIMING_FOR or token.pos_ not in VERB_POS:
        return False
    if _objects(token) and token.dep_ not in {"acl", "relcl"}:
        return False  # "shot a man for", "he was shot for his views"
    goals = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.dep_ == "pobj"]
    return bool(goals) and all(_goal(g) for g in goals)


def targeting_goal(token: Token) -> bool:
    """ "Targeting growth", "targets a 5 percent rise", "the company is targeting younger
    buyers": a result, an amount or a market aimed at."""
    if token.lemma_.lower() not in TARGETING or token.pos_ not in VERB_POS:
        return False
    objects = _objects(token)
    if not objects:
        return False
    if all(_goal(o) for o in objects):
        return True
    doers = _doers(token)
    return bool(doers) and all(d.lemma_.lower() in BUSINESSES and not d.ent_type_
                               for d in doers) and all(
        o.lemma_.lower() in MARKETS or o.lower_ in MARKETS for o in objects)


def shot_for(token: Token) -> bool:
    """The goal of "shooting for" or "gunning for" is no act done: "the studio is shooting for a
    release in early June", "gunning for a deal" ("aiming for an agreement by May" is an aim
    the modes read)."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    verb = token.head.head
    return verb.lemma_.lower() in {"shoot", "gun"} and shooting_for(verb)


def aiming(token: Token, plover: str) -> bool:
    """Whether ``token`` tells striving for a result or aiming at a market, no attack (see the
    module's docstring)."""
    return shot_for(token) or (
        plover == "ASSAULT" and (shooting_for(token) or targeting_goal(token)))
