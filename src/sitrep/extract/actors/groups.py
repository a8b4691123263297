"""Groups as actors: a demonym, country or capital with a group noun ("the Malian army",
"Kyiv police"), countries and capitals standing for their governments ("Baku and Yerevan"),
peoples named by a demonym ("the Palestinians"), and group nouns with the country of a demonym
or of a province, state or region among their modifiers ("Palestinian suicide bombers",
"Sindh police", "Ohio lawmakers": GeoNames admin1, see ``where``), and warships named with their
navy's prefix ("USS Carney": ``ships``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.extract.actors.code import (
    BASED,
    OPPOSING,
    PROTEST_NOUNS,
    REBEL_WORDS,
    is_former,
    names_maker,
    resolve,
)
from sitrep.extract.actors.found import (
    State,
    is_locative,
    mention_salience,
    overlaps,
    salience,
    token_at,
)
from sitrep.extract.actors.lexicon import Mention, get_matcher, ship_name_end
from sitrep.extract.actors.where import name_country, place_country
from sitrep.extract.context import Sentence
from sitrep.records import STATE_BODIES
from sitrep.resources.countries import country_name

# Group nouns strong enough to be an actor on their own in running text.
GROUP_SECTORS = {"GOV", "MIL", "COP", "REB", "PRM", "UAF", "CRM", "LEG", "JUD", "SPY", "OPP",
                 "REF", "PRE"}
WEAK_GROUP_WORDS = {"office", "department", "council", "agency", "union", "unions", "division",
                    "authority", "court", "assembly", "administration", "presidency", "cabinet",
                    "congress", "senate", "deputy", "secretary", "speaker", "general", "officer",
                    "immigration", "inspectors", "intelligence", "opposition", "embassy",
                    "brigade", "regiment", "battalion", "naval", "fleet", "military",
                    "paramilitary", "displaced", "fighters", "spy", "regime", "tribunal",
                    "tribunals", "ombudsman", "ombudswoman", "ombudsperson", "general secretary",
                    "deputy head", "deputy director", "deputy chief", "criminal investigation",
                    "criminal investigations", "owner", "owners", "co-owner"}
CVL_GROUP_WORDS = {"civilians", "protesters", "protestors", "demonstrators", "residents",
                   "villagers", "journalists", "refugees", "migrants"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
               "those", "some", "several", "many", "both"}


# a dash between spaces ("KABUL - Police", "LIMA, June 3 (Reuters) -- Farmers"): what stands
# before it is a dateline or a headline, never a word of the group's name ("US-led" has none)
SPACED_DASH = re.compile(r"\s(?:--|[-\u2013\u2014\u2015])\s")

def modified_groups(state: State, sent: Sentence, mentions: list[Mention],
                     used: list[tuple[int, int]]) -> None:
    """Demonym/country/capital + group noun: "the Azerbaijani army", "Kyiv police"."""
    doc, text = sent.doc, sent.text
    # (not the words that only end business names: "Honduran Capital", "Mexican Energy")
    titles = [m for m in mentions if m.kind == "title" and m.entry.role != "name"]
    for m in mentions:
        if m.kind not in ("demonym", "country", "capital") or overlaps(used, m.start, m.end) \
                or names_maker(text, m.end):
            continue
        token = token_at(doc, m.start, m.end)
        if token is None or token.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        head = token.head
        head_title = next((t for t in titles if t.start <= head.idx < t.end), None)
        if head_title is None or head.pos_ not in ("NOUN", "PROPN"):
            continue
        if SPACED_DASH.search(text, m.end, head.idx):
            continue  # "LIMA, Peru (Reuters) - Farmers": the dateline's country is no modifier
        between = doc[token.i + 1: head.i]
        if any(t.pos_ == "NOUN" and not any(x.start <= t.idx < x.end for x in titles)
               for t in between):
            continue  # "Canada's strict export control regime"
        end = head_title.end
        phrase = text[m.start:end]
        coded = resolve(phrase, year=state.year)
        sector = coded.sector or head_title.entry.sector
        if REBEL_WORDS.search(phrase):
            sector = "REB"
        state.add(sent, m.start, end, name=f"{country_name(m.entry.country)} "
                  f"{head_title.entry.office or head.lemma_}".strip(),
                  country=m.entry.country, sector=sector, office=head_title.entry.office,
                  kind="group", salience=salience(head))
        used.append((m.start, end))


def ships(state: State, sent: Sentence, mentions: list[Mention],
          used: list[tuple[int, int]]) -> None:
    """Warships named with their navy's prefix ("USS Carney", "HMS Diamond"): the navy's
    military, the whole name one actor (a surname in it is no person)."""
    for m in mentions:
        end = ship_name_end(sent.text, m)
        if end is None or overlaps(used, m.start, end):
            continue
        state.add(sent, m.start, end, name=sent.text[m.start:end], country=m.entry.country,
                  sector=m.entry.sector, office=None, kind="group",
                  salience=mention_salience(sent, m) if sent.doc is not None else 0)
        used.append((m.start, end))


def places_as_actors(state: State, sent: Sentence, mentions: list[Mention],
                      used: list[tuple[int, int]]) -> None:
    doc = sent.doc
    for m in mentions:
        if m.kind not in ("country", "capital", "demonym") or overlaps(used, m.start, m.end) \
                or state.in_dateline(sent, m.start):
            continue  # "KABUL \u2014 Pakistan's Foreign Ministry said": where it was filed
        token = token_at(doc, m.start, m.end)
        if token is None:
            continue
        if m.kind == "demonym":
            # a people named by its demonym: "19 Armenians", "the Palestinians"
            if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("amod", "compound",
                                                                     "nmod"):
                continue
            if not token.text.lower().endswith("s") and token.tag_ != "NNPS":
                continue
            # "Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians": a people of the country
            # named before it
            start, country = m.start, m.entry.country
            home = next((x for x in mentions if x.kind in ("demonym", "country", "capital")
                         and x.entry.country and x.end < m.start
                         and sent.text[x.end:m.start] == " "), None)
            if home is not None and not overlaps(used, home.start, home.end):
                start, country = home.start, home.entry.country
            state.add(sent, start, m.end, name=f"{country_name(country)} people",
                      country=country, sector=None, office=None, kind="demonym",
                      salience=salience(token))
            used.append((start, m.end))
            continue
        if is_locative(token) and token.dep_ != "poss" or BASED.match(sent.text, m.end):
            continue  # "in Baku"; "Nairobi-based lawyers": where a group is, not who acts
        if _in_longer_person(doc, m, mentions):
            continue  # "Chad Miller", "Michael Jordan": a word of a name (see named_people)
        kind = "place-as-government" if m.kind == "capital" else "country"
        state.add(sent, m.start, m.end, name=country_name(m.entry.country),
                  country=m.entry.country, sector="GOV", office=None, kind=kind,
                  salience=salience(token))
        used.append((m.start, m.end))


COMPASS = re.compile(r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|"
                     r"Upper|Lower|Greater)(?:ern)?\s+")
# state bodies that act at home: named without a country, they are the article's country's
BODY_SECTORS = {"GOV", "COP", "JUD", "LEG"}
# the head nouns of state bodies (not of people: "lawyer", "officials")
BODY_HEADS = {"ministry", "department", "police", "court", "jury", "government", "parliament",
              "legislature", "assembly", "senate", "congress", "judiciary", "office", "service",
              "force", "station", "headquarters", "commission", "council", "board", "agency",
              "administration", "cabinet", "presidency", "treasury", "prosecution", "patrol",
              "gendarmerie", "constabulary", "authority", "authorities", "bureau", "directorate",
              "inspectorate", "tribunal", "chamber", "house", "enforcement"}
# the sectors of office that a former holder leaves for ELI
FORMER_SECTORS = STATE_BODIES
LOCAL_SECTORS = {"COP", "REB", "OPP", "CVL", "PRM", "CRM", "LEG", "JUD"}
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,3})")


def _in_longer_person(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the model reads a country or capital as a word of a longer person's name, first
    or last ("Chad Miller said", "Michael Jordan criticized", "Judge Ann Jordan"): the name's
    other words are capitalised words the lexicon does not know as a whole and that hold no
    mention of their own but titles before the name ("Kenya Uhuru Kenyatta", a known person
    after the country, keeps the country)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ != "PERSON" for t in span):
        return False
    start = span[0].i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    end = span[-1].i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
        end += 1
    titles = [x for x in mentions if x.kind == "title" and x.end <= m.start]
    rest = [t for t in doc[start:end] if t.i < span[0].i or t.i > span[-1].i
            if not any(x.start <= t.idx < x.end for x in titles)]
    if not rest or not all(t.is_alpha and t.text[:1].isupper() for t in rest):
        return False
    inside = [x for x in mentions if x is not m and x not in titles
              and doc[start].idx <= x.start < doc[end - 1].idx + len(doc[end - 1])]
    return not inside and get_matcher().lookup([t.text for t in rest]) is None


def group_nouns(state: State, sent: Sentence, mentions: list[Mention],
                 used: list[tuple[int, int]]) -> None:
    doc, text = sent.doc, sent.text
    for m in mentions:
        if m.kind != "title" or overlaps(used, m.start, m.end):
            continue
        sector = m.entry.sector
        word = m.text.lower()
        leader = _possessing_person(sent, mentions, m)
        if leader is not None:
            # "Kadyrov's fighters", "Hemedti's paramilitaries": coded with their leader
            coded = resolve(text[leader.start:m.end], year=state.year)
            token = token_at(doc, m.start, m.end)
            state.add(sent, m.start, m.end, name=m.entry.office or m.text.lower(),
                      country=coded.country, sector=coded.sector or sector, office=None,
                      kind="title", salience=salience(token) if token is not None else 0)
            used.append((m.start, m.end))
            continue
        if word in WEAK_GROUP_WORDS or (sector not in GROUP_SECTORS
                                        and word not in CVL_GROUP_WORDS
                                        and not (sector == "MED" and word.startswith("state"))):
            continue  # (a state's broadcaster speaks as a party: "State television urged")
        token = token_at(doc, m.start, m.end)
        if token is None or token.pos_ not in ("NOUN", "PROPN") or token.dep_ in (
                "compound", "amod"):
            continue
        if in_a_name(token, m, mentions):
            continue  # "the Houston Rockets", "the Dallas Cowboys": a team's name
        start = own_start = m.start
        for child in token.lefts:  # adjectives and compounds before the head, not determiners
            if child.lower_ in DETERMINERS or child.dep_ in ("det", "nummod", "poss",
                                                            "predet", "punct"):
                continue
            # "Nairobi-based lawyers": the place the modifier names is part of the phrase; so
            # is the whole proper name of a place ("Borno State police", "Mexico City police")
            whole_name = child.dep_ == "compound" and all(
                t.pos_ == "PROPN" for t in doc[child.left_edge.i:child.i + 1])
            start = min(start, child.left_edge.idx if child.lower_ in ("based", "headquartered")
                        or whole_name else child.idx)
            own_start = min(own_start, child.left_edge.idx if child.lower_ in (
                "based", "headquartered") else child.idx)
        start = max(start, max((b for a, b in used if b <= m.start), default=0))
        dashes = list(SPACED_DASH.finditer(text, start, m.start))
        if dashes:  # "CARACAS, Venezuela (AFP) - Troops", "HARARE, March 12 - Riot police":
            start = dashes[-1].end()  # a dateline before the dash is no part of the phrase
        while start < m.start and not text[start].isalnum():
            start += 1
        phrase = text[start:m.end]
        # "Palestinian suicide bombers": a demonym or country among the modifiers
        country = next((x.entry.country for x in mentions if start <= x.start < m.start
                        and x.kind in ("demonym", "country") and x.entry.country
                        and not names_maker(text, x.end)), None)
        of_country = re.match(r"\s+of\s+((?:the\s+)?[A-Z][\w'\- ]{1,40})", text[m.end:])
        if country is None and start < m.start:
            # "Sindh police", "Ohio lawmakers"; a town only where the model says it is a place
            town = any(t.ent_type_ in ("GPE", "LOC") for t in doc[max(0, token.i - 4):token.i]
                       if start <= t.idx < m.start)
            # the whole name when it is exactly a place ("Borno State", "Mexico City"), else
            # the words of the head's own modifiers ("South Florida exiles": Florida)
            whole = re.sub(r"\s+(?:state|province|region|county|district)$", "",
                           text[start:m.start].strip(), flags=re.I)
            if start < own_start:
                # a compass word is part of a region's name, not a place of its own ("South
                # Florida exiles": Florida, not a South province)
                lead = re.sub(COMPASS, "", whole)
                country = name_country(whole, cities=town) or place_country(lead, cities=town)
            else:
                country = place_country(text[start:m.start], cities=town)
        if country is None and BASED.search(text, start, m.start):
            # "Lagos-based traders": the country of the place they are based in
            country = place_country(BASED.sub("", text[start:m.start]))
        if of_country and country is None:
            found = [x for x in mentions if x.kind in ("country", "capital")
                     and m.end < x.start <= m.end + of_country.end()]
            if len(found) == 1:
                country = found[0].entry.country
        if country is None and sector in LOCAL_SECTORS:
            # "police in Lagos", "rebels in Darfur", "protesters in Tegucigalpa": a group that
            # is local by nature is of the country it is in (not officials or troops: they
            # travel and deploy)
            where = _IN_PLACE.match(text, m.end)
            if where is not None:
                named = [x for x in mentions if x.kind in ("country", "capital")
                         and where.start(1) <= x.start < where.end(1)]
                country = named[0].entry.country if named else place_country(where.group(1))
        if country is None and sector in BODY_SECTORS and token.lower_ in BODY_HEADS:
            # "the Interior Ministry", "state police", "the prosecutor's office": a state
            # body named without a country is the article's (not a person: "officials"; not
            # the military, which deploys abroad)
            country = state.home_country()
        # "officers", "troopers", "deputies": police or soldiers (or legislators) as the
        # phrase or the article says ("sheriff's deputies", "army officers": see ``ranks``)
        sector = state.ranked(sent, [x for x in mentions if start <= x.start < m.end], sector,
                              before_name=False)
        if REBEL_WORDS.search(phrase) and sector in ("MIL", "PRM", "UAF"):
            sector = "REB"
        if sector == "CVL" and PROTEST_NOUNS.search(phrase) and OPPOSING.search(phrase):
            sector = "OPP"  # "anti-government protesters" (see code.resolve)
        if sector in FORMER_SECTORS and is_former(text[max(0, start - 3):start].lower()
                                                  .replace("ex ", "ex-") + phrase):
            sector = "ELI"  # "the former minister", "ex-police chiefs" (see code.resolve)
        state.add(sent, start, m.end, name=m.entry.office or token.lemma_, country=country,
                  sector=sector, office=m.entry.office, kind="title",
                  salience=salience(token))
        used.append((start, m.end))


def in_a_name(token: Token, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a plural common noun of WordNet's ("rockets", "raiders", "miners") is written
    capitalised inside a sentence right after the name of a town, as one proper name ("the
    Houston Rockets beat Portland", "the Reno Miners"): a team, not the people or weapons the
    noun names. Not a country's or a people's ("Russian Rockets" in a headline), nor an
    office's title in the singular ("Las Vegas City Marshal", "Kentucky Home Guard")."""
    if m.entry.role != "noun" or not m.text[:1].isupper() or token.is_sent_start \
            or token.pos_ != "PROPN" or not m.text.endswith("s"):
        return False
    names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.text[:1].isupper()]
    if not names or any(x.kind in ("country", "demonym", "capital")
                        and names[0].idx <= x.start < token.idx for x in mentions):
        return False
    town = token.doc[names[0].i:token.i].text
    return name_country(town, demonym=False) is not None


def _possessing_person(sent: Sentence, mentions: list[Mention], m: Mention) -> Mention | None:
    """The known person whose possessive is right before the group noun ``m`` ("Haftar's
    forces", "Kadyrov's Chechen fighters"), else None."""
    if m.entry.office is not None or m.entry.sector is None:
        return None
    for x in mentions:
        if x.kind in ("person", "surname") and x.end < m.start and re.fullmatch(
                r"(?:'s|'|\u2019s)\s+(?:[A-Z][\w\-]*\s+)?", sent.text[x.end:m.start]):
            return x
    return None

