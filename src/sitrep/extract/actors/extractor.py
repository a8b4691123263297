"""Actors: who is named in an article, coded with a country and a sector.

``extract(ctx) -> list[Actor]`` runs after dates and places. In each parsed sentence it finds:

1. known people (``people.tsv``): "Antony Blinken" -> USA GOV; their sector is the one they held
   on the publication date (ELI after they left office);
2. other people named by spaCy, coded from the title, demonym or possessive in front of them
   ("French Foreign Minister X", "Canada's foreign minister X") or after them ("X, Taiwan's
   deputy foreign minister"); an official whose title gives no country takes the country most
   salient in the sentence and the two before it, else the article's own country (where most
   of its places are), else the publication's (its web address's country domain, or a place
   or demonym in its name: ``where.publication_country``); "former"/"ex-"/"ousted" before
   the title or name makes them ELI (not when it modifies a possessor: "the former Soviet
   republic's President X"); a later mention by surname alone ("said Blinken") inherits
   everything from the first;
3. organisations and IGOs from our lexicons ("African Union" -> IGO, "Taliban" -> AFG REB);
4. groups named by a demonym, country or capital and a group noun ("the Malian army" ->
   MLI MIL, "Tuareg rebel forces" -> REB, "Kyiv police" -> UKR COP);
5. countries named as actors ("France, Russia and the United States" -> three GOV actors, kind
   "country") and capitals standing for their government ("Baku and Yerevan" -> AZE/ARM GOV,
   kind "place-as-government"); a country or capital after a locative preposition ("in Baku",
   "into Azerbaijan") is a place, not an actor. A capital is never a person;
6. group nouns ("the foreign ministers of the three countries", "police", "rebels"), with the
   country of a demonym or of a province, state or region among their modifiers ("Palestinian
   suicide bombers", "Sindh police", "Ohio lawmakers": GeoNames admin1, see ``where``).

Every Actor's evidence is the exact span of the name or phrase in the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.actors.code import (
    BASED,
    FORMER_WORDS,
    OPPOSING,
    PROTEST_NOUNS,
    REBEL_WORDS,
    names_maker,
    person_sector,
    resolve,
)
from sitrep.extract.actors.lexicon import Mention, fold_word, get_matcher
from sitrep.extract.actors.where import name_country, place_country, publication_country
from sitrep.extract.context import Context, Sentence
from sitrep.records import Actor
from sitrep.resources.countries import country_name, fold

VERSION = "sitrep.actors.v5"

LOCATIVE = {"in", "into", "inside", "at", "near", "across", "throughout", "within", "outside",
            "around", "from", "toward", "towards", "through", "via", "onto", "over", "beyond",
            "along", "off", "out"}
# Group nouns strong enough to be an actor on their own in running text.
GROUP_SECTORS = {"GOV", "MIL", "COP", "REB", "PRM", "UAF", "CRM", "LEG", "JUD", "SPY", "OPP",
                 "REF", "PRE"}
WEAK_GROUP_WORDS = {"office", "department", "council", "agency", "union", "unions", "division",
                    "authority", "court", "assembly", "administration", "presidency", "cabinet",
                    "congress", "senate", "deputy", "secretary", "speaker", "general", "officer",
                    "immigration", "inspectors", "intelligence", "opposition", "embassy",
                    "brigade", "regiment", "battalion", "naval", "fleet", "military",
                    "paramilitary", "displaced", "fighters", "spy", "regime"}
CVL_GROUP_WORDS = {"civilians", "protesters", "protestors", "demonstrators", "residents",
                   "villagers", "journalists", "refugees", "migrants"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
               "those", "some", "several", "many", "both"}


@dataclass
class _Found:
    actor: Actor
    sentence: int
    salience: int = 0  # subjects and possessors: 2; objects of prepositions: -1


class _State:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.year = ctx.published.year if ctx.published else None
        self.found: list[_Found] = []
        self.people: dict[str, Actor] = {}  # folded surname / full name -> first actor

    def add(self, sent: Sentence, start: int, end: int, *, name: str, country: str | None,
            sector: str | None, office: str | None, kind: str, salience: int = 0) -> Actor:
        evidence = sent.evidence((start, end))
        actor = Actor(text=evidence.text, evidence=evidence, name=name, country=country,
                      sector=sector, office=office, kind=kind, extractor=VERSION)
        self.found.append(_Found(actor, sent.index, salience))
        return actor

    def salient_country(self, sent: Sentence, before: int) -> str | None:
        """The country most salient around a mention: same sentence (before it or anywhere) and
        the two sentences before; subjects and possessors count most."""
        scores: dict[str, float] = {}
        for f in self.found:
            a = f.actor
            if not a.country or a.country in ("UNO", "EUR", "IGO") or a.kind == "named":
                continue
            distance = sent.index - f.sentence
            if distance < 0 or distance > 2:
                continue
            score = 1.0 + f.salience - 0.5 * distance
            if distance == 0:
                score += 1.0
            scores[a.country] = max(scores.get(a.country, -9.0), score)
        best = max(scores.items(), key=lambda kv: kv[1]) if scores else None
        if best is not None and best[1] > 0.5:
            return best[0]
        return self.article_country() or publication_country(self.ctx.article.source,
                                                             self.ctx.article.url)

    def article_country(self) -> str | None:
        """The article's own country: the one most of its places are in (a clear majority),
        for an official whose title names none. The places are those of the places extractor
        and the towns and regions the model labels GPE in the parsed sentences."""
        if not hasattr(self, "_article_country"):
            counts: dict[str, int] = {}
            for place in self.ctx.result.places:
                if place.country:
                    counts[place.country] = counts.get(place.country, 0) + 1
            for sent in self.ctx.sentences:
                for name in _place_names(sent.doc) if sent.doc is not None else ():
                    country = name_country(name)
                    if country:
                        counts[country] = counts.get(country, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            total = sum(counts.values())
            self._article_country = ranked[0][0] if ranked and ranked[0][1] * 2 > total \
                else None
        return self._article_country


def _place_names(doc: Doc) -> list[str]:
    """Names the model labels GPE, and proper nouns after a locative preposition ("around Lyon
    and Grenoble", whatever their label)."""
    names = [ent.text for ent in doc.ents if ent.label_ == "GPE"]
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ == "GPE":
            continue
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in LOCATIVE:
            names.append(token.text)
    return names


def _salience(token: Token) -> int:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return 2
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return 2
    if token.dep_ == "pobj":
        return -1
    return 0


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _is_locative(token: Token) -> bool:
    first = token
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    if any(c.lower_ == "particular" for c in first.children):
        return False
    if first.dep_ == "pobj" and first.head.lower_ in LOCATIVE:
        return True
    return first.dep_ in ("compound", "amod", "nmod") and first.head.pos_ in ("NOUN", "PROPN")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _title_before(mentions: list[Mention], index: int, text: str) -> int:
    """Index of the first mention of the run of titles/demonyms/countries right before
    ``mentions[index]`` ("French Foreign Minister" before a name); ``index`` if none."""
    first = index
    pos = mentions[index].start
    for j in range(index - 1, -1, -1):
        m = mentions[j]
        gap = text[m.end:pos]
        if m.kind not in ("title", "demonym", "country", "igo", "org") or \
                not re.fullmatch(r"(?:'s|\u2019s)?\s*", gap):
            break
        first, pos = j, m.start
    return first


OFFICE_SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "COP"}
# "former", and the capitalised words of a place between it and the title: "Former El Paso
# County Commissioner X" (not a possessor: "the former Soviet republic's President X")
_FORMER_BEFORE = re.compile(rf"\b(?i:{FORMER_WORDS})\s*(?:[A-Z][\w\-.]*\s+){{0,3}}$")


def _former_before(text: str, start: int) -> int | None:
    """Where a "former"/"ex-"/"ousted" before ``start`` begins, right before it or before the
    name of a place in front of it (None if there is none)."""
    window = max(0, start - 60)
    match = _FORMER_BEFORE.search(text[window:start])
    return window + match.start() if match else None


_GOVERNMENT_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:administration|government|cabinet|regime)\b",
                               re.I)


def _person_mentions(state: _State, sent: Sentence, mentions: list[Mention],
                     used: list[tuple[int, int]]) -> None:
    text = sent.text
    for i, m in enumerate(mentions):
        if m.kind not in ("person", "surname"):
            continue
        entry = m.entry
        first = _title_before(mentions, i, text)
        titles = [x for x in mentions[first:i] if x.kind == "title"]
        office = titles[-1].entry.office if titles else entry.office
        sector = person_sector(entry, state.year)
        if _former_before(text, mentions[first].start) is not None and sector in OFFICE_SECTORS:
            sector = "ELI"  # "former President X": out of office when the article was written
        government = _GOVERNMENT_AFTER.match(text, m.end)
        if government is not None:
            # "the Obama administration": the government of that time, not the person today
            actor = state.add(sent, m.start, government.end(), name=entry.name,
                              country=entry.country, sector="GOV", office=None, kind="group",
                              salience=2)
            used.append((m.start, government.end()))
            continue
        actor = state.add(sent, m.start, m.end, name=entry.name, country=entry.country,
                          sector=sector, office=office, kind="named", salience=2)
        state.people[fold(entry.name)] = actor
        state.people[fold(entry.name.split()[-1])] = actor
        used.append((mentions[first].start, m.end))


def _is_place(state: _State, sent: Sentence, start: int, end: int, text: str) -> bool:
    a, b = sent.start + start, sent.start + end
    for place in state.ctx.result.places:
        if place.evidence.start < b and a < place.evidence.end:
            return True
    matcher = get_matcher()
    entry = matcher.lookup(text.split())
    return entry is not None and entry.kind in ("country", "capital", "demonym", "igo", "org")


def _named_people(state: _State, sent: Sentence, mentions: list[Mention],
                  used: list[tuple[int, int]]) -> None:
    doc, text = sent.doc, sent.text
    for ent in doc.ents:
        if ent.label_ != "PERSON" or _overlaps(used, ent.start_char, ent.end_char):
            continue
        if _is_place(state, sent, ent.start_char, ent.end_char, ent.text):
            continue  # "Yerevan" tagged PERSON: a capital is never a person
        if len(ent) == 1 and name_country(ent.text, demonym=False, cities=False) and not any(
                m.kind == "title" and m.end <= ent.start_char
                and re.fullmatch(r",?\s*", text[m.end:ent.start_char]) for m in mentions):
            continue  # "Bukavu", "Zamfara police": a town or province, not an untitled person
        if not any(t.is_alpha and t.text[:1].isupper() for t in ent):
            continue
        key = fold(ent.text)
        previous = state.people.get(key) or state.people.get(fold(ent.text.split()[-1]))
        if previous is not None:
            state.add(sent, ent.start_char, ent.end_char, name=previous.name,
                      country=previous.country, sector=previous.sector,
                      office=previous.office, kind="named", salience=2)
            used.append((ent.start_char, ent.end_char))
            continue
        # the titles, demonyms and possessives right before the name
        before = [m for m in mentions if m.end <= ent.start_char]
        phrase_start = ent.start_char
        if before:
            idx = len(before) - 1
            gap = text[before[idx].end:ent.start_char]
            if before[idx].kind == "title" and re.fullmatch(r",?\s*", gap):
                phrase_start = before[_title_before(before, idx, text)].start
        # an appositive after the name: "X, Taiwan's deputy foreign minister"
        after = ""
        m_after = re.match(r",\s*((?:the\s+)?[^,;.]{0,60}?)(?=,|;|\.|$)", text[ent.end_char:])
        if m_after and any(m.kind == "title" and m.start >= ent.end_char
                           and m.end <= ent.end_char + m_after.end() for m in mentions):
            after = m_after.group(1)
        former = _former_before(text, phrase_start)
        if former is not None:
            phrase_start = former
        phrase = text[phrase_start:ent.start_char] + (after + " " if after else "")
        coded = resolve(phrase, year=state.year) if phrase.strip() else None
        country = coded.country if coded else None
        sector = coded.sector if coded else None
        office = coded.office if coded else None
        if sector is None and country is None:
            sector = None
        elif country is None and sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "ELI"):
            country = state.salient_country(sent, ent.start_char)
        actor = state.add(sent, ent.start_char, ent.end_char, name=ent.text, country=country,
                          sector=sector, office=office, kind="named", salience=2)
        state.people[key] = actor
        if len(ent.text.split()) > 1:
            state.people.setdefault(fold(ent.text.split()[-1]), actor)
        used.append((phrase_start, ent.end_char))


def _organisations(state: _State, sent: Sentence, mentions: list[Mention],
                   used: list[tuple[int, int]]) -> None:
    for i, m in enumerate(mentions):
        if m.kind not in ("org", "igo") or _overlaps(used, m.start, m.end):
            continue
        end, sector = m.end, m.entry.sector
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "title" and sent.text[m.end:nxt.start].strip() == "":
            coded = resolve(sent.text[m.start:nxt.end], year=state.year)
            end, sector = nxt.end, coded.sector
        state.add(sent, m.start, end, name=m.entry.name, country=m.entry.country,
                  sector=sector, office=None, kind="group", salience=_mention_salience(sent, m))
        used.append((m.start, end))


def _mention_salience(sent: Sentence, m: Mention) -> int:
    token = _token_at(sent.doc, m.start, m.end)
    return _salience(token) if token is not None else 0


def _modified_groups(state: _State, sent: Sentence, mentions: list[Mention],
                     used: list[tuple[int, int]]) -> None:
    """Demonym/country/capital + group noun: "the Azerbaijani army", "Kyiv police"."""
    doc, text = sent.doc, sent.text
    # (not the words that only end business names: "Honduran Capital", "Mexican Energy")
    titles = [m for m in mentions if m.kind == "title" and m.entry.role != "name"]
    for m in mentions:
        if m.kind not in ("demonym", "country", "capital") or _overlaps(used, m.start, m.end) \
                or names_maker(text, m.end):
            continue
        token = _token_at(doc, m.start, m.end)
        if token is None or token.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        head = token.head
        head_title = next((t for t in titles if t.start <= head.idx < t.end), None)
        if head_title is None or head.pos_ not in ("NOUN", "PROPN"):
            continue
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
                  kind="group", salience=_salience(head))
        used.append((m.start, end))


def _places_as_actors(state: _State, sent: Sentence, mentions: list[Mention],
                      used: list[tuple[int, int]]) -> None:
    doc = sent.doc
    for m in mentions:
        if m.kind not in ("country", "capital", "demonym") or _overlaps(used, m.start, m.end):
            continue
        token = _token_at(doc, m.start, m.end)
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
            if home is not None and not _overlaps(used, home.start, home.end):
                start, country = home.start, home.entry.country
            state.add(sent, start, m.end, name=f"{country_name(country)} people",
                      country=country, sector=None, office=None, kind="demonym",
                      salience=_salience(token))
            used.append((start, m.end))
            continue
        if _is_locative(token) and token.dep_ != "poss" or BASED.match(sent.text, m.end):
            continue  # "in Baku"; "Nairobi-based lawyers": where a group is, not who acts
        if _in_longer_person(doc, m):
            continue  # "Chad Miller", "Santiago Ramirez": a first name (see _named_people)
        kind = "place-as-government" if m.kind == "capital" else "country"
        state.add(sent, m.start, m.end, name=country_name(m.entry.country),
                  country=m.entry.country, sector="GOV", office=None, kind=kind,
                  salience=_salience(token))
        used.append((m.start, m.end))


LOCAL_SECTORS = {"COP", "REB", "OPP", "CVL", "PRM", "CRM", "LEG", "JUD"}
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,3})")


def _in_longer_person(doc: Doc, m: Mention) -> bool:
    """Whether the model reads a country or capital as the first name of a longer person's
    name ("Chad Miller said"), with a surname the lexicon does not know."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span[0].ent_type_ != "PERSON" or span[0].ent_iob_ != "B":
        return False
    end = span[-1].i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
        end += 1
    rest = doc[span[-1].i + 1:end]
    return len(rest) >= 1 and all(t.is_alpha and t.text[:1].isupper() for t in rest) \
        and get_matcher().lookup([t.text for t in rest]) is None


def _group_nouns(state: _State, sent: Sentence, mentions: list[Mention],
                 used: list[tuple[int, int]]) -> None:
    doc, text = sent.doc, sent.text
    for m in mentions:
        if m.kind != "title" or _overlaps(used, m.start, m.end):
            continue
        sector = m.entry.sector
        word = m.text.lower()
        leader = _possessing_person(sent, mentions, m)
        if leader is not None:
            # "Kadyrov's fighters", "Hemedti's paramilitaries": coded with their leader
            coded = resolve(text[leader.start:m.end], year=state.year)
            token = _token_at(doc, m.start, m.end)
            state.add(sent, m.start, m.end, name=m.entry.office or m.text.lower(),
                      country=coded.country, sector=coded.sector or sector, office=None,
                      kind="title", salience=_salience(token) if token is not None else 0)
            used.append((m.start, m.end))
            continue
        if word in WEAK_GROUP_WORDS or (sector not in GROUP_SECTORS
                                        and word not in CVL_GROUP_WORDS):
            continue
        token = _token_at(doc, m.start, m.end)
        if token is None or token.pos_ not in ("NOUN", "PROPN") or token.dep_ in (
                "compound", "amod"):
            continue
        start = m.start
        for child in token.lefts:  # adjectives and compounds before the head, not determiners
            if child.lower_ in DETERMINERS or child.dep_ in ("det", "nummod", "poss",
                                                            "predet", "punct"):
                continue
            # "Nairobi-based lawyers": the place the modifier names is part of the phrase
            start = min(start, child.left_edge.idx if child.lower_ in ("based", "headquartered")
                        else child.idx)
        start = max(start, max((b for a, b in used if b <= m.start), default=0))
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
        if REBEL_WORDS.search(phrase) and sector in ("MIL", "PRM", "UAF"):
            sector = "REB"
        if sector == "CVL" and PROTEST_NOUNS.search(phrase) and OPPOSING.search(phrase):
            sector = "OPP"  # "anti-government protesters" (see code.resolve)
        state.add(sent, start, m.end, name=m.entry.office or token.lemma_, country=country,
                  sector=sector, office=m.entry.office, kind="title",
                  salience=_salience(token))
        used.append((start, m.end))


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


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'\-]+\b")


def _surname_corefs(state: _State, sent: Sentence, mentions: list[Mention],
                    used: list[tuple[int, int]]) -> None:
    """A person named earlier, mentioned again by surname alone ("said Blinken")."""
    if not state.people:
        return  # no one named yet
    for word in _CAPITALISED_WORD.finditer(sent.text):
        previous = state.people.get(fold_word(word.group()))
        if previous is None or _overlaps(used, word.start(), word.end()) or any(
                x.start < word.end() and word.start() < x.end for x in mentions
                if x.kind in ("person", "surname")):
            continue
        state.add(sent, word.start(), word.end(), name=previous.name,
                  country=previous.country, sector=previous.sector,
                  office=previous.office, kind="named", salience=2)
        used.append((word.start(), word.end()))


_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w'\-]+\s+){0,3}[A-Z][\w'\-]+)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE)) + r")\s+(?:the\s+)?$", re.I)


def _unparsed(state: _State, sent: Sentence, mentions: list[Mention]) -> None:
    """Sentences not selected for parsing: lexicon names only (people, organisations, IGOs,
    countries and capitals not after a locative preposition)."""
    text = sent.text
    used: list[tuple[int, int]] = []
    for i, m in enumerate(mentions):
        if m.kind == "title" and m.entry.office and m.text[:1].isupper():
            # "Foreign Minister Ingrid Halvorsen": a capitalised title before a name
            name = _NAME_AFTER.match(text[m.end:])
            if not name or _overlaps(used, m.start, m.end):
                continue
            start, end = m.end + name.start(1), m.end + name.end(1)
            if any(x.start < end and start < x.end for x in mentions[i + 1:]):
                continue
            first = mentions[_title_before(mentions, i, text)].start
            coded = resolve(text[first:m.end], year=state.year)
            country = coded.country or state.salient_country(sent, start)
            actor = state.add(sent, start, end, name=text[start:end], country=country,
                              sector=coded.sector, office=coded.office, kind="named",
                              salience=2)
            state.people[fold(actor.name)] = actor
            state.people.setdefault(fold(actor.name.split()[-1]), actor)
            used.append((first, end))
    _surname_corefs(state, sent, mentions, used)
    for m in mentions:
        if _overlaps(used, m.start, m.end):
            continue
        if m.kind in ("person", "surname"):
            state.add(sent, m.start, m.end, name=m.entry.name, country=m.entry.country,
                      sector=person_sector(m.entry, state.year), office=m.entry.office,
                      kind="named")
        elif m.kind in ("org", "igo"):
            state.add(sent, m.start, m.end, name=m.entry.name, country=m.entry.country,
                      sector=m.entry.sector, office=None, kind="group")
        elif m.kind in ("country", "capital"):
            if _LOCATIVE_BEFORE.search(sent.text[max(0, m.start - 20):m.start]):
                continue
            kind = "place-as-government" if m.kind == "capital" else "country"
            state.add(sent, m.start, m.end, name=country_name(m.entry.country),
                      country=m.entry.country, sector="GOV", office=None, kind=kind)


def extract(ctx: Context) -> list[Actor]:
    """Every actor mention in the article, in text order."""
    state = _State(ctx)
    matcher = get_matcher()
    for sent in ctx.sentences:
        mentions = matcher.find(sent.text)
        if sent.doc is None:
            _unparsed(state, sent, mentions)
            continue
        used: list[tuple[int, int]] = []
        _person_mentions(state, sent, mentions, used)
        _organisations(state, sent, mentions, used)
        _modified_groups(state, sent, mentions, used)
        _places_as_actors(state, sent, mentions, used)
        _named_people(state, sent, mentions, used)
        _surname_corefs(state, sent, mentions, used)
        _group_nouns(state, sent, mentions, used)
    actors = [f.actor for f in state.found]
    actors.sort(key=lambda a: (a.evidence.start, a.evidence.end))
    return actors
