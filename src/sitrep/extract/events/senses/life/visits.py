"""Visits, tours, talks and meetings of private people: PLOVER's CONSULT is meetings between
political actors (officials, forces, parties, organisations, states) and visits of officials to
each other or to a country; a visit, a tour, a meeting or a talk of private people is none
("the author gave a talk at the museum", "tourists visited the castle", "hundreds of fans
visited the stadium", "the band met fans"). It is one of private people when no participant may
be political and one of them is a private person (ordinary people, relatives, a couple, or a
noun the actors' lexicon files under a private sector: "students", "tourists") or its place is
one of culture, service or leisure ("at the museum"). A participant may be political when the
actors' lexicon codes it with a political sector or as a country, a capital, a people, an
organisation or a person, when the actors coder gave it such a sector, or when it is a name or
a pronoun ("Smith met Ali", "she visited the museum", "the minister toured the gallery"); a
noun neither knows ("negotiators", "the delegation") leaves the meeting as it is.

Protesters who visit someone's home or office demonstrate there ("protesters visited the
executives' homes"): PROTEST, not CONSULT. A protester is the agent noun of a PROTEST trigger
("protester", "demonstrator", "marcher", "picketer", "striker": the lexicon's lemma with
"-er"/"-or") or a person qualified by one ("striking miners").

Negotiations ("talks", "negotiations", "consultations", "a summit") are political by their
word and stay.

An instruction to the reader is no visit at all (``reader_instruction``): "visit
www.example.org for more information", "for a complete schedule, visit the website", "to
learn more, visit the library's page": an imperative with no subject, or a visit of a web
address, tells the reader where to look ("the minister will visit Kabul", "visit us, the
rebels told the envoy" in a quotation with a named addressee stay).

A talk, a lecture or a speech with no one talked with is a speech to an audience
(``a_speech``; a talk with a thing is no talk with someone): "the professor illustrated
her talk with old maps", "her talk focused on the
town's history", "after his talk, the author signed books": the talk named as a thing, not told as given ("gave a
talk at the museum", "held a talk with the rebel leaders" and "talks" stay). A visit with nothing visited, for the night or the weekend, is a
stay as a guest (``a_stay``): "his cousin was visiting for the night" ("visited Kabul for the
weekend", "is visiting for three days" stay).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.lexicon import triggers
from sitrep.extract.events.senses.life.personal import KIN, ORDINARY, PAIRS, SERVICE_PLACES
from sitrep.records import Actor

# acts of visiting and meeting that private people do too (lemmas; "talk" singular only:
# "talks" are negotiations), and calls ("family members had spoken to him by phone")
VISITING = {"visit", "tour", "meet", "talk", "lecture", "speak", "phone", "telephone"}
# sectors of private life (ONTOLOGY's actor sectors): civilians, business, media, education,
# health, farmers, criminals, refugees
PRIVATE_SECTORS = {"CVL", "BUS", "MED", "EDU", "HLH", "AGR", "CRM", "REF"}
# kinds of the actors' lexicon that name a political participant
POLITICAL_KINDS = {"country", "capital", "demonym", "igo", "person", "org", "surname"}
PUBLIC_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
# verbs that take a visit, a tour or a talk as their object ("gave a talk", "took a tour",
# "paid a visit", "held a lecture")
LIGHT_VERBS = {"give", "take", "pay", "make", "hold", "deliver", "lead", "host", "conduct",
               "attend", "join", "begin", "start", "finish", "end"}
PARTY_PREPS = {"with", "between", "by", "to", "of", "among", "amongst"}
# where a visit, a tour or a talk takes place: its object, or the object of these
PLACE_PREPS = {"at", "of", "to", "in", "inside"}
# places of culture, sport and leisure besides the places of service (``personal``)
LEISURE_PLACES = SERVICE_PLACES | {
    "stadium", "arena", "castle", "monument", "memorial", "ruin", "cathedral", "church",
    "temple", "mosque", "synagogue", "bookshop", "bookstore", "concert", "school", "college",
    "university", "club", "resort", "hotel", "pub", "venue", "auditorium", "planetarium",
    "observatory", "vineyard", "distillery", "zoo", "safari", "trail", "lake", "island"}
# nouns of a number or a group whose "of" names who they are ("hundreds of fans")
GROUPS = {"hundred", "thousand", "dozen", "group", "number", "crowd", "busload", "score",
          "handful", "lot", "party", "class", "team"}

def _conjoined(noun: Token) -> list[Token]:
    out = [noun]
    for child in noun.children:
        if child.dep_ == "conj":
            out += _conjoined(child)
    return out


def _subjects(verb: Token) -> list[Token]:
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found:
            return found
        if node.dep_ not in {"xcomp", "acomp", "conj", "advcl"} or node.head.i == node.i:
            return []
        node = node.head
    return []


def participants(token: Token) -> list[Token]:
    """The nouns that take part in a visit, a tour, a meeting or a talk named by ``token``:
    subjects, objects, the parties of "with", "between", "by", "to", "of" and a possessor;
    of a noun that is the object of a light verb ("gave a talk"), the verb's subject."""
    found: list[Token] = []
    if token.pos_ in {"VERB", "AUX"}:
        found += _subjects(token)
        found += [c for c in token.children if c.dep_ == "dobj"]
    else:
        found += [c for c in token.children if c.dep_ == "poss"]
        head = token.head
        if token.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in LIGHT_VERBS | {"on"}:
            verb = head if head.pos_ in {"VERB", "AUX"} else head.head
            found += _subjects(verb)
    found += [g for c in token.children if c.dep_ in {"prep", "agent"}
              and c.lower_ in PARTY_PREPS for g in c.children if g.dep_ == "pobj"]
    out = []
    for noun in (n for f in found for n in _conjoined(f)):
        members = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if members and (noun.like_num or noun.lemma_.lower() in GROUPS):
            out += [m for g in members for m in _conjoined(g)]  # "hundreds of fans"
        else:
            out.append(noun)
    return out


def places(token: Token) -> list[Token]:
    """Where the visit, the tour or the talk takes place: the object of "visit" or "tour", or
    the object of "at", "of", "to", "in" after the trigger or its light verb."""
    heads = [token]
    if token.pos_ not in {"VERB", "AUX"} and token.head.lemma_.lower() in LIGHT_VERBS:
        heads.append(token.head)
    out = [c for c in token.children if c.dep_ == "dobj" and token.lemma_.lower() != "meet"]
    out += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
            for g in c.children if g.dep_ == "pobj"]
    return out


@cache
def _lexicon_political(phrase: str) -> bool | None:
    """What the actors' lexicon says of a noun phrase: True political, False private, None
    unknown."""
    mentions = get_matcher().find(phrase)
    if not mentions:
        return None
    return any(m.entry.kind in POLITICAL_KINDS or (m.entry.sector or "") not in PRIVATE_SECTORS
               for m in mentions)


def _private(noun: Token, coded: list[Actor], base: int) -> bool:
    """Whether the participant is a private person: ordinary people ("fans", "readers",
    "tourists"), relatives, a couple, or a noun the actors' lexicon or coder files under a
    private sector only ("students", "tourists")."""
    lemma = noun.lemma_.lower()
    if lemma in ORDINARY or lemma in KIN or lemma in PAIRS or noun.lower_ in ORDINARY:
        return True
    start, end = base + noun.left_edge.idx, base + noun.idx + len(noun)
    if any(a.evidence.start < end and start < a.evidence.end and a.sector in PRIVATE_SECTORS
           for a in coded):
        return True
    return _lexicon_political(noun.doc[noun.left_edge.i:noun.i + 1].text) is False


def _political(noun: Token, coded: Iterable[Actor], base: int) -> bool:
    """Whether the participant may be a political actor (see the module's docstring)."""
    if noun.pos_ in {"PRON", "PROPN"} or noun.ent_type_ in PUBLIC_ENTS:
        return True
    start, end = base + noun.left_edge.idx, base + noun.idx + len(noun)
    for actor in coded:
        if actor.evidence.start < end and start < actor.evidence.end and (
                actor.kind in {"named", "place-as-government", "demonym"} or
                (actor.sector is not None and actor.sector not in PRIVATE_SECTORS)):
            return True
    phrase = noun.doc[noun.left_edge.i:noun.i + 1].text
    return bool(_lexicon_political(phrase))


def _protests(lemma: str) -> bool:
    """A PROTEST trigger of the lexicon that needs no neighbour ("protest", "strike")."""
    return any(t.plover == "PROTEST" and not t.needs for t in triggers().get(lemma, ()))


@cache
def _protest_agent(word: str) -> bool:
    """ "Protester", "demonstrator", "marcher", "picketer", "striker": the agent noun of a
    PROTEST trigger of the lexicon ("striking miners": ``protest_visit``)."""
    for suffix in ("er", "or"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if _protests(stem) or _protests(stem + "e"):
                return True
    return False


def _is_visit(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in VISITING:
        return False
    return not (lemma == "talk" and token.pos_ in {"NOUN", "PROPN"} and token.tag_ == "NNS")


def protest_visit(token: Token) -> bool:
    """Protesters visiting or touring someone's home or office: a demonstration there."""
    if token.lemma_.lower() not in {"visit", "tour"}:
        return False
    return any(_protest_agent(n.lemma_.lower()) or any(
        c.dep_ == "amod" and _protesting(c.lower_) for c in n.children)
        for n in participants(token) if n.pos_ == "NOUN")


def _protesting(word: str) -> bool:
    """ "Striking", "protesting", "marching": the participle of a PROTEST trigger (the tagger
    may call it an adjective)."""
    if not word.endswith("ing"):
        return False
    stem = word[:-3]
    return _protests(stem) or _protests(stem + "e")


# what a reader is sent to look at (lemmas)
PAGES = {"website", "webpage", "homepage", "link", "portal", "blog", "url"}
# words that make a site or a page one on the web ("web site", "Facebook page")
ONLINE = {"web", "internet", "online", "facebook", "twitter", "instagram", "youtube", "tiktok",
          "linkedin", "x"}


def _web(noun: Token) -> bool:
    if noun.lemma_.lower() in {"site", "page"} and any(
            c.dep_ in {"compound", "amod", "poss"} and c.lower_ in ONLINE for c in noun.children):
        return True  # "the museum's web site", "the county's Facebook page"
    return noun.like_url or noun.like_email or noun.lemma_.lower() in PAGES or any(
        t.like_url or t.like_email for t in noun.subtree)


def reader_instruction(token: Token) -> bool:
    """ "Visit www.example.org for more information": the reader sent somewhere (see the
    module's docstring)."""
    if token.lemma_.lower() not in {"visit", "call", "contact", "see", "check"} or \
            token.pos_ not in {"VERB", "AUX"}:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if any(_web(o) for o in objects) or any(
            c.like_url for c in token.doc[token.i + 1:token.i + 4]):
        return True  # "visit www.example.org", "visit the group's website"
    imperative = token.tag_ == "VB" and token.dep_ in {"ROOT", "conj", "ccomp"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children)
    return imperative and token.i > token.sent.start and any(  # "For more ..., visit ..."
        c.dep_ in {"prep", "advcl"} and c.i < token.i for c in token.children)


SPEECHES = {"talk", "lecture", "speech", "presentation", "sermon", "address", "keynote"}
COUNTERPART_PREPS = {"with", "between", "among", "amongst"}
# the times of a stay as a guest ("for the night", "for the weekend")
STAY_TIMES = {"night", "weekend", "holiday", "holidays", "summer", "evening", "afternoon",
              "day", "christmas", "easter", "break", "vacation"}


def a_speech(token: Token) -> bool:
    """ "Illustrated her talk with old maps": a speech to an audience (the module)."""
    if token.lemma_.lower() not in SPEECHES or token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS | {"have"}:
        return False  # "gave a talk at the museum", "held a talk with the rebels": told as done
    partners = [g for c in token.children if c.dep_ == "prep" and
                c.lower_ in COUNTERPART_PREPS for g in c.children if g.dep_ == "pobj"]
    return not any(_political(g, [], 0) or _private(g, [], 0) for g in partners)


def a_stay(token: Token) -> bool:
    """ "Was visiting for the night": a stay as a guest, nothing visited (the module)."""
    if token.lemma_.lower() != "visit" or token.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(token.children)
    if any(k.dep_ in {"dobj", "nsubjpass", "dative"} or (
            k.dep_ == "prep" and k.lower_ != "for") for k in kids):
        return False
    times = [g for k in kids if k.dep_ == "prep" and k.lower_ == "for"
             for g in k.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in STAY_TIMES and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in times)


def private_visit(token: Token, coded: Iterable[Actor], base: int) -> bool:
    """A visit, a tour, a meeting or a talk among private people and places only (the module's
    docstring). ``coded``: the event's actors and recipients; ``base``: the sentence's offset
    in the article."""
    if not _is_visit(token) or protest_visit(token):
        return False
    people = participants(token)
    coded = list(coded)
    if any(_political(n, coded, base) for n in people):
        return False
    return any(_private(n, coded, base) for n in people) or any(
        p.pos_ == "NOUN" and p.lemma_.lower() in LEISURE_PLACES for p in places(token))


# verbs of meeting or talking whose object is the other side of the conversation
MEETING_VERBS = frozenset({"meet", "telephone", "phone", "ring", "consult"})


def met_counterparts(trigger: Token, plover: str) -> list[Token]:
    """The other side of a meeting between equals that a verb names as its object ("met his
    Ugandan counterpart", "phoned the crown prince", "ready to meet union leaders"): told like
    "A met with B", "A held talks with B" or "A and B met", both sides meet (actors, no
    recipient: the lead's convention of session 42). A visit or a hosting keeps its direction
    ("visited Kyiv", "hosted a delegation": the visited or hosting party is the recipient), and
    a topic is no side ("discussed the budget")."""
    if plover != "CONSULT" or trigger.pos_ not in {"VERB", "AUX"} or (
            trigger.lemma_.lower() not in MEETING_VERBS):
        return []
    return [c for c in trigger.children if c.dep_ == "dobj"]


# verbs of talks whose object is what is talked about
TOPIC_VERBS = frozenset({"discuss", "debate"})


def topic_only(trigger: Token, plover: str) -> bool:
    """Whether a CONSULT verb names only what was talked about besides its sides ("discussed
    new sanctions on Minsk", "will debate extending the embargo on X", "met to discuss a
    prisoner exchange"): a topic, and what it bears on, is no recipient."""
    return plover == "CONSULT" and trigger.lemma_.lower() in TOPIC_VERBS
