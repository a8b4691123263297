"""Toponym resolution: choose one gazetteer record per place mention, using the whole document.

Signals, in the order they are applied:

1. unambiguous anchors: country names, "Town, Region" pairs ("Alexandria, La.", "Gao,
   Mali"), names with a single strong candidate;
2. document context from the anchors: the countries and first-level divisions they lie in, and
   their centroid;
3. each mention scored over its candidates: population (log), main name versus alternate name,
   kind, same country / same division as the context, distance to the context centroid;
4. one sense per document: the same name gets the same record throughout.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from sitrep.extract.places.mention import (
    DocContext,
    Mention,
    RoundPoints,
    admin_abbreviations,
    km,
    same_support,
)
from sitrep.extract.places.names import (
    MICRO_STATE_POP,
    candidates_for,
    dominant,
    is_facility,
    is_street,
    lexicon_candidates,
)
from sitrep.extract.places.namesakes import (
    big_namesake,
    contrasts_of,
    firm_divisions_of,
    longer_names_follow,
    pair_support,
    seats_at_home,
    unlisted_town_region,
    unstated_namesake,
)
from sitrep.extract.places.rules import (
    DIVISION_WORDS,
    british_spelling,
    city_not_state,
    county_by_bare_name,
    expand_acronyms,
    generic_reading,
    listed_divisions,
    local_place,
    state_not_city,
    stray_compass_division,
    stray_hamlet,
    team_towns,
)
from sitrep.extract.places.source import source_towns
from sitrep.extract.places.stated import stated_counties, stated_reading
from sitrep.resources import countries as country_lexicon
from sitrep.resources.gazetteer import Candidate, Gazetteer
from sitrep.resources.gazetteer_build import fold

CAPITAL_MIN_POP = 50_000
CAPITAL_PRIOR = 3.5
SOURCE_KEY = "\x00source"  # the key of the source's towns among the context's names


def _capital(c: Candidate, text: str) -> bool:
    """The capital by this name: a town of the capital's name in its country, big enough not to
    be one of its small namesakes there (Washington, Utah is not the capital)."""
    return (c.kind == "city" and c.main and c.population >= CAPITAL_MIN_POP
            and c.country is not None and country_lexicon.capital_country(text) == c.country)


@lru_cache(maxsize=8192)
def _has_division_word(text: str) -> bool:
    """A word of ``text`` is a division's ("Harris County"); remembered: every candidate of a
    name is scored with it, in each round of ``resolve``."""
    return bool(set(fold(text).split()) & DIVISION_WORDS)


def _kind_prior(c: Candidate, text: str) -> float:
    has_division_word = _has_division_word(text)
    if c.kind == "country":
        return 4.0
    if c.kind == "region":
        return 3.0
    if c.kind == "continent":
        return 3.0
    if c.kind == "admin1":
        return 2.5 if c.main else 0.5
    if _capital(c, text):
        return CAPITAL_PRIOR
    if c.kind == "admin2":
        return 1.5 if has_division_word else -2.0
    return 0.0 if not has_division_word else -2.0


def _base_score(c: Candidate, text: str) -> float:
    score = math.log10(c.population + 10)
    if not c.main:
        score -= 2.5
    return score + _kind_prior(c, text)


CAPITAL_BONUS = 3.0
ABROAD_BONUS = 1.0
ADMIN1_BONUS = 2.5


def _context_score(c: Candidate, ctx: DocContext, home: str | None, text: str = "") -> float:
    score = 0.0
    if c.country and ctx.countries.get(c.country):
        if ctx.abroad and c.country == "USA":
            # an article written outside the United States names it as a foreign country:
            # no pull towards small American namesakes ("Colchester", "Manchester")
            score += ABROAD_BONUS
        else:
            score += 2.0 + min(2.0, 0.5 * ctx.countries[c.country])
        if _capital(c, text):
            # a capital of a country the article names ("Washington" beside "the United
            # States") is that capital, not a namesake near the article's other places
            score += CAPITAL_BONUS
    elif home and c.country == home:
        score += 1.0
    elif ctx.abroad and c.country not in (None, "USA"):
        score += ABROAD_BONUS
    if c.kind in ("city", "admin2") and c.admin1 and ctx.admin1s.get((c.country_iso2, c.admin1)):
        # weighted by the division's share of the article's divisions: one Californian
        # city among places of five countries is weak evidence for a Californian "London"
        share = ctx.admin1s[(c.country_iso2, c.admin1)] / sum(ctx.admin1s.values())
        score += ADMIN1_BONUS * math.sqrt(share)
    centre = ctx.centroid()
    if centre is not None and c.kind in ("city", "admin2"):
        d = km(c, centre)
        score += 2.0 if d < 100 else 1.0 if d < 300 else 0.0
    return score


FAMOUS_BONUS = 3.0
FAMOUS_POP = 200_000
FAMOUS_RATIO = 20
FAMOUS_OTHER_POP = 25_000


def _famous(cands: list[Candidate], ctx: DocContext) -> Candidate | None:
    """A big city by its own name that dwarfs every other town of the name in its country
    (Louisville, KY against Louisville, OH), in a country the article names: nearby names do
    not pull the name to the small town. When the article is mostly about another country that
    has a town of the name (London, Ontario), the context decides."""
    towns = [c for c in cands if c.kind == "city" and c.main]
    if not towns:
        return None
    top = max(towns, key=lambda c: c.population)
    if top.population < FAMOUS_POP:
        return None
    if ctx.countries:
        main_country = ctx.countries.most_common(1)[0][0]
        if not ctx.countries.get(top.country) or (top.country != main_country and any(
                c.country == main_country for c in towns)):
            return None
    if any(c is not top and c.country == top.country and (
            c.population * FAMOUS_RATIO > top.population or c.population >= FAMOUS_OTHER_POP)
           for c in towns):
        return None
    return top


HOME_NAMESAKE_POP = 100_000


def adjective_countries(text: str | None) -> set[str]:
    """Countries the article names by an adjective or demonym ("British officials",
    "Russians"): evidence of a country even where no place of it is named."""
    if not text:
        return set()
    words = set(re.findall(r"\b[A-Z][a-z]{3,}\b", text))
    return {code for w in words if (code := country_lexicon.demonym_code(w)) is not None}


def _home_namesake(cands: list[Candidate], home: str | None, ctx: DocContext,
                   text: str, named: set[str]) -> bool:
    """A source of a known country (its country-code domain) writes a name that is a big town
    of its own country and a capital abroad ("London" in a Canadian paper: London, Ontario), and
    the article names nothing else in the capital's country (no place of it, no adjective:
    "British officials"): the capital's prior does not apply; the scores of the two towns decide as for any namesakes."""
    if home is None:
        return False
    if not any(c.kind == "city" and c.main and c.country == home
               and c.population >= HOME_NAMESAKE_POP for c in cands):
        return False
    return not any(_capital(c, text) and c.country != home and (
        ctx.countries.get(c.country) or c.country in named) for c in cands)


def _home_rival(cands: list[Candidate], home: str | None, text: str) -> bool:
    """A name whose best reading on its own lies abroad while the source's own country has a
    big town of the name ("London" in a Canadian paper): no anchor. Its reading abroad would
    pull the article's other names abroad, and they would pull it back; the context decides."""
    if home is None or not cands:
        return False
    top = max(cands, key=lambda c: _base_score(c, text))
    return top.country != home and any(
        c.kind == "city" and c.main and c.country == home and c.population >= HOME_NAMESAKE_POP
        for c in cands)


STATE_POP = 1_000_000


def _state_countries(cands: list[Candidate]) -> set[str | None]:
    """Countries in which the name is a big first-level division's own name ("Florida"): its
    small towns of the name get no support from the other names' divisions (Florida, New York
    is a village; "Florida" beside "New York" is the state)."""
    return {c.country for c in cands if c.kind == "admin1" and c.main
            and c.population >= STATE_POP}


def _contains(region: Candidate, c: Candidate) -> bool:
    if region.kind == "country":
        return c.country == region.country and c.id != region.id
    if region.kind == "admin1":
        return c.country == region.country and c.admin1 == region.admin1 and c.id != region.id
    if region.kind == "admin2":
        return c.admin2 == region.id
    return False


def _is_anchor(m: Mention) -> bool:
    cands = m.candidates
    if len(cands) == 1:
        return cands[0].kind != "city" or cands[0].main
    top = cands[0]
    if top.kind in ("country", "region") and not any(
            c.main and c.kind in ("admin1", "city") and c.population > 50_000 for c in cands[1:]):
        return True
    ranked = sorted(cands, key=lambda c: -_base_score(c, m.text))
    return _base_score(ranked[0], m.text) - _base_score(ranked[1], m.text) > 3.0


def resolve(mentions: list[Mention], gaz: Gazetteer, home: str | None = None,
            text: str | None = None, url: str | None = None) -> None:
    """Set ``choice`` on every mention that has a candidate. ``home``: ISO3 of the country the
    publication is based in, when known; ``text``: the article (for cues around the names);
    ``url``: the article's web address (the towns it names are the source's home: context).
    A mention without any candidate (a street, a local name) gets the article's main place,
    marked ``fallback``."""
    for m in mentions:
        if not m.candidates:
            # a name in capitals written with its state ("YORK, Pa.", "ERIE, Pa.") is a town's
            # name, not an organisation's initials
            m.candidates = candidates_for(gaz, m.text.title() if (
                m.container is not None and m.text.isupper()) else m.text)
        listed = listed_divisions(gaz, m, text)
        if listed:
            m.candidates, m.container = listed, None
    abroad = british_spelling(text)
    expand_acronyms(mentions)
    fixed: set[int] = set()
    teams = team_towns(gaz, text)
    for m in mentions:
        if not m.candidates:
            continue
        town = teams.get(fold(m.text))
        if town is not None and m.container is None:
            # "Portland" in an article about the Portland Trail Blazers
            m.choice = town
            fixed.add(id(m))
            continue
        if m.container is not None and m.container.candidates:
            for region in m.container.candidates[:3]:
                inside = [c for c in m.candidates if _contains(region, c)]
                if inside and not any(c.main for c in inside) and any(
                        c.main and c.kind == "city" and c.population >= 100_000
                        for c in m.candidates):
                    # "Washington, New York and Boston": a list, not a town of New York
                    # called Washington by an alternate name
                    continue
                if inside:
                    m.choice = max(inside, key=lambda c: _base_score(c, m.text))
                    m.container.choice = region
                    fixed.update((id(m), id(m.container)))
                    break
            else:
                region = unlisted_town_region(m)
                if region is not None:
                    # "WESTMORELAND, N.Y.": a town the gazetteer lacks, in the state written
                    # with it; not a namesake in another state
                    m.choice = m.container.choice = region
                    fixed.update((id(m), id(m.container)))
        elif _is_anchor(m) and not _home_rival(m.candidates, home, m.text):
            m.choice = max(m.candidates, key=lambda c: _base_score(c, m.text))
    contrasts = contrasts_of(mentions, fixed, text)
    # "Truro ... Truro in Cornwall": the namesake's region is no context for the bare name
    apart = {(fold(m.text), fold(m.container.text)) for m in mentions
             if id(m) in contrasts and m.container is not None}
    keyed_anchors = [(fold(m.text), m.choice) for m in mentions
                     if m.choice is not None]
    # the source's own town ("augusta.com"): context for every name, of no name's own
    sources = source_towns(gaz, url, home, _regions(mentions))
    keyed_anchors += [(SOURCE_KEY, c) for c in sources]
    support = keyed_anchors
    firm_of = firm_divisions_of(keyed_anchors)  # per name, once
    pairs = pair_support(mentions)
    adjectives = adjective_countries(text) if home else set()
    for _ in range(3):
        contexts: dict[str, DocContext] = {}
        # a name written alike with the same candidates is scored alike in a round: once
        done: dict[tuple, tuple[float, Candidate]] = {}
        parts = [(other_key, *_context_parts(c)) for other_key, c in support]
        every = RoundPoints.of(point for *_, point in parts)
        for m in mentions:
            if not m.candidates or id(m) in fixed:
                continue
            alike = (m.text, *map(id, m.candidates))
            if alike in done:
                m.score, m.choice = done[alike]
                continue
            key = fold(m.text)
            if key not in contexts:
                ctx = DocContext(Counter(), Counter(), [], abroad, round_points=every)
                if home:
                    # the source's own country counts as one more place the article names
                    ctx.countries[home] += 1
                longer = key + " "
                for other_key, country, division, point in parts:
                    # a longer name that holds this one ("Dublin Center Drive") is no
                    # evidence for where this one is
                    if other_key != key and not other_key.startswith(longer) and (
                            (key, other_key) not in apart):
                        if country:
                            ctx.countries[country] += 1
                        if division is not None:
                            ctx.admin1s[division] += 1
                        if point is not None:
                            ctx.points.append(point)
                    elif point is not None:
                        ctx.left_out.append(point)
                contexts[key] = ctx
            ctx = contexts[key]
            famous = _famous(m.candidates, ctx)
            abroad_capital = _home_namesake(m.candidates, home, ctx, m.text, adjectives)
            states = _state_countries(m.candidates)
            scored = [(_base_score(c, m.text) + _context_score(c, ctx, home, m.text)
                       + (0.0 if c.kind == "city" and c.country in states
                          else pairs.get((key, c.id), 0.0))
                       + (FAMOUS_BONUS if c is famous else 0.0)
                       - (CAPITAL_PRIOR if abroad_capital and _capital(c, m.text)
                          and c.country != home else 0.0), c)
                      for c in m.candidates]
            scored.sort(key=lambda t: -t[0])
            m.score, m.choice = scored[0]
            big = unstated_namesake(m.candidates, m.choice, firm_of(key),
                                    [c for k, c in support if k != key])
            if big is not None:
                m.choice = big
            done[alike] = (m.score, m.choice)
        before, support = support, keyed_anchors + [(fold(m.text), m.choice) for m in mentions
                                                     if m.choice is not None and id(m) not in fixed]
        if same_support(before, support):
            break  # the next round would read the same context and make the same choices
    for m in mentions:
        if id(m) not in fixed and m.choice is not None:
            key = fold(m.text)
            # a county, state or source the article states decides between namesakes
            counties = stated_counties([(k, c) for k, c in keyed_anchors
                                        if (key, k) not in apart], key)
            better = stated_reading(m, gaz, counties, firm_of(key))
            if better is not None:
                m.choice = better
    # one sense per document
    by_name: dict[str, Counter] = {}
    for m in mentions:
        if m.choice is not None and id(m) not in contrasts:
            by_name.setdefault(fold(m.text), Counter())[m.choice.id] += 1 + 2 * (
                id(m) in fixed)
    chosen = {k: v.most_common(1)[0][0] for k, v in by_name.items()}
    records = {m.choice.id: m.choice for m in mentions if m.choice is not None}
    for m in mentions:
        want = chosen.get(fold(m.text))
        if m.choice is not None and want is not None and m.choice.id != want and (
                id(m) not in contrasts):
            for c in m.candidates:
                if c.id == want:
                    m.choice = c
                    break
            else:
                if id(m) not in fixed:
                    # the state of a town the gazetteer lacks ("WESTMORELAND, N.Y." and
                    # then "Westmoreland"): not one of the name's own readings
                    m.choice = records[want]
    longer_names_follow(mentions, fixed)
    seats_at_home(mentions, gaz)  # "outside Congress" in Buenos Aires
    county_by_bare_name(mentions)
    # a region that holds its town ("Albany, N.Y."); not one after an unrelated name in a list
    # ("Washington, New York and Boston")
    containers = {id(m.container) for m in mentions if m.container is not None
                  and id(m.container) in fixed}
    stated = {m.container.choice.id for m in mentions if m.container is not None
              and m.container.choice is not None and m.container.choice.kind == "admin1"}
    # a state written as an abbreviation ("Camp Murray, Wash." as a dateline) is stated too
    stated.update(m.choice.id for m in mentions if m.choice is not None
                  and m.choice.kind == "admin1" and m.text.strip() in admin_abbreviations())
    for m in mentions:
        if m.choice is not None and m.choice.kind == "admin1" and id(m) not in containers:
            city = city_not_state(m, gaz, text)
            if city is not None:
                m.choice = city
            continue
        if m.choice is None or m.choice.kind != "city" or id(m) in fixed:
            continue
        if not m.choice.main:
            # a small town's alternate name does not beat a big city's own name
            big = [c for c in m.candidates if c.kind == "city" and c.main
                   and c.population >= 600_000]
            if big:
                m.choice = big[0]
        state = state_not_city(m, gaz, text, stated)
        if state is not None:
            m.choice = state
    for m in mentions:
        c = m.choice
        if c is not None and m.container is None and id(m) not in fixed and is_facility(
                m.text) and fold(c.name) != fold(m.text) and lexicon_candidates(
                gaz, m.text) is None:
            # "Grady Memorial Hospital in Macon", "Greenfield Airport, near Peoria": a building
            # lies in the town written with it, not in a place its name recalls
            town = local_place(m, mentions, text)
            if town is not None:
                m.choice = town
    main = _source_over_buildings(dominant(mentions), mentions, sources)
    if main is not None:
        named = {o.choice.id for o in mentions if o.choice is not None  # "Kosti" itself
                 and fold(o.text) == fold(o.choice.name)}
        stand_ins = [m for m in mentions if _needs_stand_in(m, main, gaz, fixed, named)
                     or (_far_hamlet(m, main, mentions, fixed, gaz) and not big_namesake(m))
                     or stray_compass_division(m, main, mentions, fixed)]
        for m in stand_ins:
            m.choice, m.fallback = None, True
        for m in stand_ins:
            # a name we cannot place stands for the town written right after it, else for
            # the article's main place
            m.choice = local_place(m, mentions, text) or main


def _regions(mentions: list[Mention]) -> dict[str, set[tuple[str | None, str | None]]]:
    """Per name of the article, the first-level divisions of its plausible readings."""
    out: dict[str, set[tuple[str | None, str | None]]] = {}
    for m in mentions:
        held = out.setdefault(fold(m.text), set())
        held.update((c.country_iso2, c.admin1) for c in m.candidates[:25]
                    if c.main and c.kind in ("city", "admin1", "admin2"))
    return out


FACILITY_TOWN_POP = 50_000


def _needs_stand_in(m: Mention, main: Candidate, gaz: Gazetteer, fixed: set[int],
                    named: set[int]) -> bool:
    """No reading of the name's own, or a reading that only echoes part of it far away (a
    building named after a town of the article's country that the article names on its own
    lies in it: ``named``; not "Liverpool Academy" in Cairo)."""
    c = m.choice
    if c is None:
        return True
    if is_facility(m.text) and c.kind == "city" and fold(c.name) != fold(m.text) and km(
            c, main) > 150 and lexicon_candidates(gaz, m.text) is None and not (
            c.id in named and c.country == main.country):
        return True  # "Mornington Road" in an article about Leeds: not Mornington, Australia
    if is_facility(m.text) and c.kind == "city" and c.population < FACILITY_TOWN_POP and km(
            c, main) > 150 and fold(c.name) == fold(m.text):
        # "Liberty Park" read as a far small town of that very name: a park of the article's
        # place (the neighbourhood of the name is kept only near the article's place)
        return True
    if is_street(m.text) and c.kind == "city" and main.kind == "city" and c.id != main.id \
            and fold(c.name) != fold(m.text) and m.container is None and id(m) not in fixed:
        # "Baltimore Avenue" in an article about Philadelphia, "Fort Worth Avenue" in one
        # about Dallas: a street is named after the town it leads to, near or far; it lies
        # in the article's town
        return True
    if is_facility(m.text) and c.kind in _LARGER_KINDS and fold(c.name) != fold(m.text) and (
            m.container is None and id(m) not in fixed and not _within(main, c)) and not (
            c.kind == "country" and c.population < MICRO_STATE_POP):  # "Vatican Gardens"
        # "the Normandy Village Apartments", "the Bavaria Inn" in an article about Waukesha:
        # a building named after a region or country it does not lie in (the article's place
        # is outside it): in the article's place. "the Iraq Museum" in an article about
        # Baghdad stays Iraq's
        return True
    if stray_hamlet(m, main, gaz):
        return True
    # "Kanawha River", "West Side": not a far town called Kanawha or Westside
    return generic_reading(m, fixed) and km(c, main) > 150


_LARGER_KINDS = {"admin1", "country", "region", "continent"}


def _within(c: Candidate, area: Candidate) -> bool:
    """Whether the place ``c`` lies in the larger place ``area`` (its country, its first-level
    division; a region or continent: its country is one of the area's or unknown)."""
    if c.id == area.id:
        return True
    if area.kind == "country":
        return c.country == area.country
    if area.kind == "admin1":
        return c.country == area.country and c.admin1 == area.admin1
    return area.country is None or c.country == area.country


def _source_over_buildings(main: Candidate | None, mentions: list[Mention],
                           sources: list[Candidate]) -> Candidate | None:
    """The article's main place, unless it is only known as the town a street's or a
    building's name recalls ("Trinity Hospital", "Mount Sinai Hospital", "Windsor Spring Road")
    and the source's own town (its web address) lies far from it: then the source's town is
    the place the article is about, and the buildings stand in it."""
    town = next((c for c in sources if c.kind == "city"), None)
    if main is None or town is None or km(main, town) <= FAR_SOURCE_KM:
        return main
    own = [m for m in mentions if m.choice is not None and m.choice.id == main.id
           and not m.fallback]
    if own and all(is_facility(m.text) and fold(m.choice.name) != fold(m.text)
                   for m in own if m.choice is not None):
        return town
    return main


FAR_SOURCE_KM = 150
FAR_TOWN_POP = 20_000
FAR_TOWN_KM = 400


def _far_hamlet(m: Mention, main: Candidate, mentions: list[Mention], fixed: set[int],
                gaz: Gazetteer) -> bool:
    """A small town read for a name, far from the town the article is about, with no other
    place of the article near it ("Surfside" in an article about Garden City, South Carolina:
    not Surfside, Florida): a local place the gazetteer lacks, read as a far namesake."""
    c = m.choice
    if c is None or c.kind != "city" or c.population >= FAR_TOWN_POP or id(m) in fixed \
            or m.container is not None or main.kind not in ("city", "admin2") \
            or km(c, main) <= FAR_TOWN_KM:
        return False
    key = fold(m.text)
    for o in mentions:
        if o.choice is None or o.fallback or fold(o.text) == key or o.choice.kind not in (
                "city", "admin2") or o.choice.id == c.id:
            # a building named after the town ("Roseland Community Hospital") read as that
            # very town is the same reading again, no other place near it
            continue
        if km(o.choice, c) < 150:
            return False
    capital = gaz.capital_of(c.country) if c.country else None
    return capital is None or capital.id != c.id



def _context_parts(c: Candidate) -> tuple[str | None, tuple[str | None, str | None] | None,
                                           tuple[float, float] | None]:
    """What a place adds to the context of the other names (read once per round of
    ``resolve``, added for each name): its country, its first-level division (the key of
    ``DocContext.admin1s``) and its point (towns and second-level divisions)."""
    division = None
    if c.kind in ("admin1",):
        division = (c.country_iso2, c.admin1)
    elif c.kind in ("city", "admin2") and c.admin1:
        division = (c.country_iso2, c.admin1)
    point = (c.lat, c.lon) if c.kind in ("city", "admin2") else None
    return c.country, division, point
