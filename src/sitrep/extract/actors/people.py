"""People as actors: known people of ``people.tsv`` (their sector the one they held on the
publication date), people the model names coded from the titles, demonyms and possessives
around them ("French Foreign Minister X", "X, Taiwan's deputy foreign minister"), former
office-holders (ELI), and later mentions by surname alone; in sentences not parsed, lexicon
names and capitalised titles before a name only.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from sitrep.extract.actors.appositions import gives_role
from sitrep.extract.actors.code import FORMER_WORDS, person_sector, resolve
from sitrep.extract.actors.found import LOCATIVE, State, overlaps, title_before
from sitrep.extract.actors.groups import ships
from sitrep.extract.actors.lexicon import Mention, fold_word, get_matcher
from sitrep.extract.actors.names import named_after
from sitrep.extract.actors.ranks import rank_of
from sitrep.extract.actors.where import name_country
from sitrep.extract.context import Sentence
from sitrep.nlp.scans import entities
from sitrep.records import STATE_BODIES
from sitrep.resources import read_tsv
from sitrep.resources.countries import country_code, country_name, fold

OFFICE_SECTORS = STATE_BODIES
# "former", and the capitalised words of a place between it and the title: "Former El Paso
# County Commissioner X" (not a possessor: "the former Soviet republic's President X")
_FORMER_BEFORE = re.compile(rf"\b(?i:{FORMER_WORDS})\s*(?:[A-Z][\w\-.]*\s+){{0,3}}$")


def former_before(text: str, start: int) -> int | None:
    """Where a "former"/"ex-"/"ousted" before ``start`` begins, right before it or before the
    name of a place in front of it (None if there is none)."""
    window = max(0, start - 60)
    match = _FORMER_BEFORE.search(text[window:start])
    return window + match.start() if match else None


_GOVERNMENT_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:administration|government|cabinet|regime)\b",
                               re.I)


def person_mentions(state: State, sent: Sentence, mentions: list[Mention],
                     used: list[tuple[int, int]]) -> None:
    text = sent.text
    for i, m in enumerate(mentions):
        if m.kind not in ("person", "surname") or overlaps(used, m.start, m.end):
            continue  # (not in a ship's name: "USS Carney")
        entry = m.entry
        institution = named_after(text, m, mentions)
        if institution is not None:
            # "Kenyatta National Hospital" is a hospital; "Jinnah International Airport" a place
            end, sector = institution
            if sector is not None:
                state.add(sent, m.start, end, name=text[m.start:end], country=entry.country,
                          sector=sector, office=None, kind="group", salience=0)
            used.append((m.start, end))
            continue
        first = title_before(mentions, i, text)
        titles = [x for x in mentions[first:i] if x.kind == "title"]
        office = titles[-1].entry.office if titles else entry.office
        sector = person_sector(entry, state.year)
        if former_before(text, mentions[first].start) is not None and sector in OFFICE_SECTORS:
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


def _is_place(state: State, sent: Sentence, start: int, end: int, text: str) -> bool:
    a, b = sent.start + start, sent.start + end
    for place in state.ctx.result.places:
        if place.evidence.start < b and a < place.evidence.end:
            return True
    matcher = get_matcher()
    entry = matcher.lookup(text.split())
    return entry is not None and entry.kind in ("country", "capital", "demonym", "igo", "org")


def named_people(state: State, sent: Sentence, mentions: list[Mention],
                  used: list[tuple[int, int]]) -> None:
    doc, text = sent.doc, sent.text
    for ent in entities(doc):
        if ent.label_ != "PERSON" or overlaps(used, ent.start_char, ent.end_char):
            continue
        if _is_place(state, sent, ent.start_char, ent.end_char, ent.text):
            continue  # "Yerevan" tagged PERSON: a capital is never a person
        if len(ent) == 1 and name_country(ent.text, demonym=False, cities=False) and not any(
                m.kind == "title" and m.end <= ent.start_char
                and re.fullmatch(r",?\s*", text[m.end:ent.start_char]) for m in mentions):
            continue  # "Bukavu", "Zamfara police": a town or province, not an untitled person
        if not any(t.is_alpha and t.text[:1].isupper() for t in ent):
            continue
        if common_word_first(ent):
            continue  # "Riot police", "Traffic wardens": capitalised as the sentence's first word
        # "Deputy Ana Ruiz", "Trooper Dale Cole": a title the model read as part of the name
        name_start, name_end = ent.start_char, ent.end_char
        # "Alexandria Police Spokeswoman Ashley Hildebrandt": a title that begins before the
        # name the model found and ends inside it ("Police Spokeswoman"), the same
        for m in mentions:
            if m.kind == "title" and (m.entry.office or rank_of(m.text)) \
                    and m.start <= name_start < m.end < name_end \
                    and text[m.end:m.end + 1].isspace():
                name_start = m.end + 1
        name_text = text[name_start:name_end]
        key = fold(name_text)
        previous = state.people.get(key) or state.people.get(fold(name_text.split()[-1]))
        if previous is not None:
            state.add(sent, name_start, name_end, name=previous.name,
                      country=previous.country, sector=previous.sector,
                      office=previous.office, kind="named", salience=2)
            used.append((name_start, name_end))
            continue
        # the titles, demonyms and possessives right before the name
        before = [m for m in mentions if m.end <= name_start]
        phrase_start = name_start
        if before:
            idx = len(before) - 1
            gap = text[before[idx].end:name_start]
            if before[idx].kind == "title" and re.fullmatch(r",?\s*", gap):
                phrase_start = before[title_before(before, idx, text)].start
        # an appositive after the name: "X, Taiwan's deputy foreign minister"
        after = ""
        m_after = re.match(r",\s*((?:the\s+)?[^,;.]{0,60}?)(?=,|;|\.|$)", text[name_end:])
        if m_after and any(m.kind == "title" and m.start >= name_end
                           and m.end <= name_end + m_after.end() for m in mentions):
            # "X, who was arrested by police,": a clause that gives no role of X's
            after = m_after.group(1) if gives_role(m_after.group(1)) else ""
        former = former_before(text, phrase_start)
        if former is not None:
            phrase_start = former
        phrase = text[phrase_start:name_start] + (after + " " if after else "")
        coded = resolve(phrase, year=state.year) if phrase.strip() else None
        country = coded.country if coded else None
        sector = coded.sector if coded else None
        office = coded.office if coded else None
        # a rank decides only as the head: right before the name, or ending the appositive
        # ("X, a sergeant,"; not "X, deputy director of ...")
        run = [m for m in mentions if phrase_start <= m.start and m.end <= name_start]
        if after and m_after is not None:
            tail = [m for m in mentions if name_end < m.start and m.end <= name_end
                    + m_after.end(1)]
            if tail and not text[tail[-1].end:name_end + m_after.end(1)].strip():
                run = tail
        sector = state.ranked(sent, run, sector, before_name=True)
        if country is None and sector is not None:
            country = of_place(text, name_end)  # "King Abdullah of Jordan"
        if sector is None and country is None:
            sector = None
        elif country is None and sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "ELI"):
            country = state.salient_country(sent, name_start, name_end)
        actor = state.add(sent, name_start, name_end, name=name_text, country=country,
                          sector=sector, office=office, kind="named", salience=2)
        state.people[key] = actor
        if len(name_text.split()) > 1:
            state.people.setdefault(fold(name_text.split()[-1]), actor)
        used.append((phrase_start, name_end))


_OF_PLACE = re.compile(r",?\s+of\s+(?:the\s+)?([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2})")


def of_place(text: str, name_end: int) -> str | None:
    """The country of the place named by "of" right after a titled person's name ("King
    Abdullah of Jordan", "Prime Minister Tomas Varga of Slovakia", "Senator Ruth Keller of
    Ohio", "Mayor Tom Reilly of Boston"): the country, capital, province or town whose office
    the title is, before any country the sentence names elsewhere."""
    after = _OF_PLACE.match(text, name_end)
    if after is None:
        return None
    # the whole capitalised run names the place: not a body named after one ("Human Rights
    # Watch", "Ohio State University")
    return country_code(after.group(1)) or name_country(after.group(1))


def common_word_first(ent: Span) -> bool:
    """Whether a one-word name is only the sentence's first word modifying the common noun
    after it ("Riot police fired tear gas", "Traffic wardens"): a word capitalised by its place,
    not a person."""
    word = ent[0]
    return (len(ent) == 1 and word.is_sent_start and word.dep_ == "compound"
            and word.head.i == word.i + 1 and word.head.pos_ == "NOUN"
            and word.head.text[:1].islower())


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'\-]+\b")


def surname_corefs(state: State, sent: Sentence, mentions: list[Mention],
                    used: list[tuple[int, int]]) -> None:
    """A person named earlier, mentioned again by surname alone ("said Blinken")."""
    if not state.people:
        return  # no one named yet
    for word in _CAPITALISED_WORD.finditer(sent.text):
        previous = state.people.get(fold_word(word.group()))
        if previous is None or overlaps(used, word.start(), word.end()) or any(
                x.start < word.end() and word.start() < x.end for x in mentions
                if x.kind in ("person", "surname")):
            continue
        state.add(sent, word.start(), word.end(), name=previous.name,
                  country=previous.country, sector=previous.sector,
                  office=previous.office, kind="named", salience=2)
        used.append((word.start(), word.end()))


_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w'\-]+\s+){0,3}[A-Z][\w'\-]+)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE)) + r")\s+(?:the\s+)?$", re.I)


# what a capitalised word after a title may be labelled and still be a person's name ("Gov.
# Ana Reyes", whose surname the model may read as an organisation)
NAME_LABELS = {"", "PERSON", "ORG", "NORP", "PRODUCT"}


def titled_names(state: State, sent: Sentence, mentions: list[Mention],
                 used: list[tuple[int, int]]) -> None:
    """A capitalised title of an office before capitalised words that no lexicon knows:
    "Foreign Minister Ingrid Halvorsen", "Gov. Ana Reyes", "Sgt. Kevin Doyle" (in parsed
    sentences, for the names the model did not label a person: not where it labels any of the
    words a place, a date or a number)."""
    text, doc = sent.text, sent.doc
    for i, m in enumerate(mentions):
        if m.kind != "title" or not m.entry.office or not m.text[:1].isupper() \
                or overlaps(used, m.start, m.end):
            continue
        name = _NAME_AFTER.match(text[m.end:])
        if not name:
            continue
        start, end = m.end + name.start(1), m.end + name.end(1)
        if text[end - 2:end] in ("'s", "\u2019s"):
            end -= 2  # "Rep. Yvette Herrell's company"
        if overlaps(used, start, end) or any(x.start < end and start < x.end
                                             for x in mentions[i + 1:]):
            continue
        if doc is not None:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(t.ent_type_ not in NAME_LABELS or t.pos_ not in ("PROPN",)
                                   for t in span):
                continue
            # a name the model does not call a person: after an abbreviated title ("Gov.
            # Ana Reyes"), or of two words or more, the last not a plural (not "General
            # Manager", "Queen Park Rangers")
            if not any(t.ent_type_ == "PERSON" for t in span) and not m.text.endswith(".") \
                    and (len(span) < 2 or span[-1].tag_ == "NNPS"):
                continue
        first_index = title_before(mentions, i, text)
        first = mentions[first_index].start
        former = former_before(text, first)
        phrase = text[first if former is None else former:m.end]
        coded = resolve(phrase, year=state.year)
        sector = state.ranked(sent, mentions[first_index:i + 1], coded.sector,
                              before_name=True)
        country = coded.country or of_place(text, end) or state.salient_country(sent, start)
        actor = state.add(sent, start, end, name=text[start:end], country=country,
                          sector=sector, office=coded.office, kind="named", salience=2)
        state.people[fold(actor.name)] = actor
        state.people.setdefault(fold(actor.name.split()[-1]), actor)
        used.append((first, end))


# titles of a person, not of an office: "Mr.", "Mrs.", "Ms.", "Dr."
PERSON_TITLE = re.compile(r"(?:mr|mrs|ms|miss|dr|sir|dame)\.?$", re.I)

# a US lawmaker's party and state after the name ("Wagner, D-Chicopee"); an appositive before
# a title ("Wagner, the co-chairman of ...")
AFFILIATION = re.compile(r",?\s*\(?[DRI]-[A-Z][a-z]")
APPOSITION = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:[\w.'\-]+\s+){0,3}")


def persons_name(state: State, sent: Sentence, m: Mention, mentions: list[Mention]) -> bool:
    """Whether an organisation of one word in the lexicon is a person's surname here: inside
    a name the model calls a person after a first name ("Mary Wagner"), right after a person's
    title ("Sen. Wagner", "Mr. Ford"), or the surname of a person the article named before
    ("Wagner said", after "Mary Wagner"). Person names are resolved before the lexicon's
    organisations; a name of several words ("Wagner Group") is the organisation."""
    if " " in m.text.strip() or not m.text[:1].isupper():
        return False
    if sent.doc is not None and any(
            e.label_ == "PERSON" and e.start_char < m.start and m.end <= e.end_char
            and sent.text[e.start_char:m.start].strip()[:1].isupper() for e in entities(sent.doc)):
        return True
    if any(t.kind == "title" and t.end <= m.start and (t.entry.office or PERSON_TITLE.match(
            t.text)) and not sent.text[t.end:m.start].strip() for t in mentions):
        return True
    if AFFILIATION.match(sent.text, m.end) or any(
            t.kind == "title" and t.entry.office and t.start > m.end
            and APPOSITION.fullmatch(sent.text[m.end:t.start]) for t in mentions):
        return True  # "Wagner, D-Chicopee,", "Wagner, the co-chairman of the committee"
    return fold_word(m.text) in state.people or _told_as_person(sent, m)


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(row["term"] for row in read_tsv("person_nouns.tsv"))


def _told_as_person(sent: Sentence, m: Mention) -> bool:
    """The parse tells a person: an abbreviated title before the name ("Mr. Wagner", "Dr.
    Stanford", "Sen. Wagner"), a noun of people in apposition ("Stanford, the committee
    chairman,"), or the name as the subject of a verb whose complement's subject is "he" or
    "she" ("Wagner said he will ask")."""
    if sent.doc is None:
        return False
    for token in sent.doc:
        if token.idx > m.start:
            break  # the tokens come in text order: none starts at ``m.start``
        if token.idx != m.start:
            continue
        for kid in token.children:
            if kid.dep_ == "compound" and kid.i < token.i and kid.text.endswith(".") \
                    and kid.text[:1].isupper():
                return True
            if kid.dep_ == "appos" and kid.lemma_.lower() in _person_nouns():
                return True
        if token.dep_ == "nsubj":
            for clause in token.head.children:
                if clause.dep_ == "ccomp" and any(
                        k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in ("he", "she")
                        and k.i < clause.i for k in clause.children):
                    return True
    return False


def affiliated(state: State, sent: Sentence, m: Mention) -> None:
    """A name followed by a US party and state ("Wagner, D-Chicopee,") is a legislator, also
    when mentioned again by surname ("Wagner said"); the article's country is theirs."""
    if not AFFILIATION.match(sent.text, m.end) or overlaps(
            [(f.actor.evidence.start, f.actor.evidence.end) for f in state.found
             if f.sentence == sent.index], sent.evidence((m.start, m.end)).start,
            sent.evidence((m.start, m.end)).end):
        return
    actor = state.add(sent, m.start, m.end, name=m.text, country=state.home_country(),
                      sector="LEG", office=None, kind="named", salience=2)
    state.people.setdefault(fold_word(m.text), actor)


def unparsed(state: State, sent: Sentence, mentions: list[Mention]) -> None:
    """Sentences not selected for parsing: lexicon names only (people, organisations, IGOs,
    countries and capitals not after a locative preposition)."""
    used: list[tuple[int, int]] = []
    ships(state, sent, mentions, used)
    titled_names(state, sent, mentions, used)
    surname_corefs(state, sent, mentions, used)
    for m in mentions:
        if overlaps(used, m.start, m.end):
            continue
        if m.kind in ("person", "surname"):
            state.add(sent, m.start, m.end, name=m.entry.name, country=m.entry.country,
                      sector=person_sector(m.entry, state.year), office=m.entry.office,
                      kind="named")
        elif m.kind in ("org", "igo") and persons_name(state, sent, m, mentions):
            affiliated(state, sent, m)
        elif m.kind in ("org", "igo"):
            state.add(sent, m.start, m.end, name=m.entry.name, country=m.entry.country,
                      sector=m.entry.sector, office=None, kind="group")
        elif m.kind in ("country", "capital"):
            if state.in_dateline(sent, m.start) or _LOCATIVE_BEFORE.search(
                    sent.text[max(0, m.start - 20):m.start]):
                continue
            kind = "place-as-government" if m.kind == "capital" else "country"
            state.add(sent, m.start, m.end, name=country_name(m.entry.country),
                      country=m.entry.country, sector="GOV", office=None, kind=kind)


