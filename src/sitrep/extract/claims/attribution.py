"""Who claims a figure: "according to the health ministry", "police said", "X reports 40 dead",
"X claimed to have killed ...". Null when the article states the figure itself ("were reportedly
killed", "it was learnt").

``claimant_span(doc, token)`` returns the span (within one parsed sentence) naming the source of
the claim whose outcome word or number is ``token``; ``claimant_actor`` turns it into an
``Actor`` with country and sector, reusing the actors extracted for the article where they
overlap.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from sitrep.extract.claims.numbers import Flags
from sitrep.extract.claims.scope import covers, participle_speaker, trailing_speaker
from sitrep.extract.claims.victims import country_of
from sitrep.extract.context import Context, Sentence
from sitrep.nlp.scans import column, entities, lemma_keys
from sitrep.records import Actor

VERSION = "sitrep.attribution.v3"  # v3: "according to UN figures", "figures compiled by X",
# a second verb sharing the speaker, "he said" after a speaker of its sentence.
# v2: speakers at a sentence's end, "saying", pronouns

REPORT_VERBS = {
    "say", "report", "tell", "claim", "confirm", "announce", "state", "add", "acknowledge",
    "inform", "note", "estimate", "count", "record", "reveal", "insist", "allege", "tweet",
    "write", "indicate", "quote", "put", "assert", "declare", "show", "document", "blame",
    "broadcast", "publish", "disclose", "warn", "explain", "maintain", "cite",
}
_PRONOUNS = {"it", "i", "we", "you", "they", "he", "she", "this", "that", "which", "who"}
SPEAKER_PRONOUNS = {"he", "she", "it", "they"}
_NOT_A_SOURCE_OBJECTS = {"responsibility", "credit", "victory", "life", "lives", "symptom",
                         "symptoms", "sign", "signs"}  # "four people showed symptoms"
# subjects of a reporting verb that are figures, not speakers ("the provisional toll stands
# at", "a preliminary count put the number of dead at 15", "the latest tally shows")
NOT_SPEAKERS = {"toll", "count", "tally", "figure", "number", "total", "estimate", "sum",
                "statistic", "statistics", "death", "casualty", "fatality", "injury", "rate",
                "balance", "headcount", "bodycount"}

# words in a claimant that give its sector (CAMEO/PLOVER codes)
SECTOR_WORDS = {
    "police": "COP", "policeman": "COP", "constable": "COP", "gendarmerie": "COP",
    "army": "MIL", "military": "MIL", "troops": "MIL", "defence": "MIL", "defense": "MIL",
    "colonel": "MIL", "general": "MIL", "commander": "MIL", "spokesman": None,
    "ministry": "GOV", "minister": "GOV", "government": "GOV", "governor": "GOV",
    "official": "GOV", "officials": "GOV", "authorities": "GOV", "authority": "GOV",
    "president": "GOV", "office": "GOV", "agency": None, "media": "MED", "tv": "MED",
    "television": "MED", "radio": "MED", "news": "MED", "newspaper": "MED", "reporter": "MED",
    "journalist": "MED", "observatory": "NGO", "watch": "NGO", "amnesty": "NGO",
    "activists": "CVL", "activist": "CVL", "residents": "CVL", "witnesses": "CVL",
    "witness": "CVL", "doctors": "HLH", "hospital": "HLH", "health": "HLH", "medical": "HLH",
    "rebels": "REB", "rebel": "REB", "militants": "REB", "group": None, "movement": "REB",
}


_ACCORDING = get_string_id("according")
def _reporting(lemma: str) -> bool:
    return lemma.lower() in REPORT_VERBS


_REPORT_LEMMAS = Flags(_reporting)  # lemma hashes whose lower case is in REPORT_VERBS


def reporting_verbs(doc: Doc) -> list[int]:
    """The verbs and auxiliaries whose lemma is a reporting verb (from the token arrays)."""
    found = _REPORT_LEMMAS.lemmas_of(doc)
    if not found:
        return []
    pos = column(doc, POS)
    return [i for i in found if pos[i] in (VERB, AUX)]


def according(doc: Doc) -> list[int]:
    """The tokens "according" (any case), from the token arrays."""
    lowers = lemma_keys(doc)[0]
    return [i for i, low in enumerate(lowers) if low == _ACCORDING] if _ACCORDING in lowers else []


_SEPARATORS = frozenset({"-", "–", "—", ":", "|"})


def _span_of(tok: Token) -> Span:
    """The phrase headed by ``tok`` without trailing punctuation or relative clauses."""
    toks = [t for t in tok.subtree if not (t.dep_ in ("relcl", "acl") and t.i > tok.i)]
    drop: set[int] = set()
    for t in tok.subtree:
        if t.dep_ in ("relcl", "acl") and t.i > tok.i:
            drop.update(x.i for x in t.subtree)
    toks = [t for t in toks if t.i not in drop]
    start, end = min(t.i for t in toks), max(t.i for t in toks) + 1
    doc = tok.doc
    seps = [t.i for t in doc[start:tok.i] if t.text in _SEPARATORS and t.whitespace_ and (
        t.i == 0 or doc[t.i - 1].whitespace_)]  # set apart: not "Al-Shabaab"
    if seps:
        start = seps[-1] + 1  # "10:42 - Police confirm ...": a time stamp is no part of it
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in (")",):
        end -= 1
    return doc[start:end]


# verbs of making figures whose agent is their source ("figures compiled by ACLED")
_COMPILING = frozenset({"compile", "release", "publish", "issue", "collect", "gather", "provide",
                        "produce", "keep", "give"})


def _figures_source(figures: Token) -> Span | None:
    """Who gives the figures "according to" names: a body that owns them ("according to UN
    figures", "according to the ministry's statistics": the whole phrase, as the guidelines
    quote it) or that compiled them ("figures compiled by the Armed Conflict Location and
    Event Data Project", "figures from the health ministry": the body); None for figures of
    no one ("according to the provisional toll")."""
    for c in figures.children:
        if c.dep_ in ("compound", "poss", "nmod") and c.i < figures.i and (
                c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP")):
            return _span_of(figures)
    for c in figures.children:
        agent = None
        if c.dep_ == "acl" and c.lemma_.lower() in _COMPILING:
            agent = next((p for a in c.children if a.dep_ == "agent" or a.lower_ == "by"
                          for p in a.children if p.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
            agent = next((p for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None and agent.lemma_.lower() not in NOT_SPEAKERS:
            return _span_of(agent)
    return None


def _according_to(doc: Doc) -> list[Span]:
    out = []
    for i in according(doc):
        tok = doc[i]
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() in NOT_SPEAKERS:
                source = _figures_source(objs[0])  # "according to UN figures"
                if source is not None:
                    out.append(source)
                continue  # "according to the provisional toll": a figure, not a speaker
            if objs:
                out.append(_span_of(objs[0]))
            elif tok.i + 2 < len(doc):  # parser attached the object elsewhere
                j = tok.i + 2
                k = j
                while k < len(doc) and not doc[k].is_punct:
                    k += 1
                if k > j:
                    out.append(doc[j:k])
    return out


def _is_ancestor(a: Token, b: Token) -> bool:
    return any(x.i == a.i for x in b.ancestors)


def _sources(doc: Doc, pronouns: bool = False) -> list[tuple[Token, Span]]:
    """(reporting verb, source span) pairs in the sentence (with ``pronouns``: only the
    speakers that are personal pronouns, "it said", "he told reporters")."""
    out = []
    for i in reporting_verbs(doc):
        verb = doc[i]
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _NOT_A_SOURCE_OBJECTS
               for c in verb.children):
            continue
        subj = [c for c in verb.children if c.dep_ in ("nsubj",)]
        if len(subj) > 1:  # a misparse gave two subjects: the nearest one is the speaker
            subj = [min(subj, key=lambda c: abs(verb.i - c.i))]
        agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children
                 if p.dep_ == "pobj"]
        if not subj and not agent and verb.i > 0 and verb.nbor(-1).text == ",":
            # inverted attribution at the end: "..., reported Xinhua news agency"
            subj = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i
                    and c.pos_ in ("NOUN", "PROPN")]
        if not subj and not agent and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # a second verb sharing the subject: "Rescuers pulled out 9 bodies and said ..."
            subj = [c for c in verb.head.children if c.dep_ == "nsubj"][:1]
        if not subj and not agent:
            lead = participle_speaker(verb)  # "The agency raised the toll, saying ..."
            subj = [lead] if lead is not None else []
        if not subj and not agent and not pronouns:
            words = trailing_speaker(verb)  # "..., among them two children, the mayor said"
            if words is not None:
                out.append((verb, words))
                continue
        for s in subj + agent:
            if pronouns:
                if s.lower_ in SPEAKER_PRONOUNS:
                    out.append((verb, doc[s.i:s.i + 1]))
                continue
            if s.lower_ in _PRONOUNS or s.pos_ == "PRON" or s.lemma_.lower() in NOT_SPEAKERS:
                continue
            out.append((verb, _span_of(s)))
    return out


def claimant_span(doc: Doc, token: Token, pronouns: bool = False) -> Span | None:
    """The source of the claim whose outcome word (or number) is ``token``, within its sentence
    (with ``pronouns``: a personal pronoun that is the source, for the caller to resolve)."""
    candidates: list[tuple[tuple[int, int, int], Span]] = []
    for verb, span in _sources(doc, pronouns):
        if span.start <= token.i < span.end:
            continue  # the figure is inside the source phrase itself
        if not covers(verb, token, REPORT_VERBS):
            continue  # a clause of its own: "Gunmen seized 14; officials said three escaped"
        if verb.tag_ == "VBG" and not _is_ancestor(verb, token) and not any(
                c.dep_ == "nsubj" for c in verb.children):
            continue  # "..., saying ...": a participle speaks for what it says only
        depth = 0
        if _is_ancestor(verb, token):
            # the innermost speaker: "the ministry said that ..., Interfax reported"
            rank, depth = 0, -sum(1 for _ in verb.ancestors)
        elif verb.dep_ in ("ROOT", "parataxis") or _is_ancestor(token, verb) and verb.dep_ in (
                "ccomp", "parataxis", "advcl", "conj"):
            rank = 1
        else:
            continue
        candidates.append(((rank, depth, abs(verb.i - token.i)), span))
    for span in [] if pronouns else _according_to(doc):
        final = all(t.is_punct for t in doc[span.end:])  # "...; two are critical, according
        # to the rescue service": the whole sentence is theirs
        if not (span.start <= token.i < span.end) and (final or not any(
                t.text == ";" for t in doc[min(span.start, token.i):max(span.end, token.i)])):
            candidates.append(((1, 0, 500), span))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    return candidates[0][1]


def _sector(words: list[str]) -> str | None:
    for word in reversed(words):
        sector = SECTOR_WORDS.get(word.lower())
        if sector:
            return sector
    return None


def claimant_actor(ctx: Context, sentence: Sentence, span: Span) -> Actor:
    """An Actor for the claimant span, with country and sector where they can be told."""
    evidence = sentence.evidence(span)
    for actor in ctx.result.actors:
        ev = actor.evidence
        if ev.start < evidence.end and evidence.start < ev.end:
            return Actor(text=span.text, evidence=evidence, name=actor.name,
                         country=actor.country, sector=actor.sector, office=actor.office,
                         kind=actor.kind, extractor=VERSION)
    country = None
    for tok in span:
        if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper():
            country = country_of(tok.text[:-2] if tok.text.endswith("'s") else tok.text)
            if country:
                break
    if country is None:
        country = country_of(span.text)
    sector = _sector([t.text for t in span])
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    return Actor(text=span.text, evidence=evidence, name=name, country=country, sector=sector,
                 kind="source", extractor=VERSION)


_PERSON_PRONOUNS = {"he", "she"}


def _agrees(pronoun: str, actor: Actor, person_name: bool = False) -> bool:
    """Whether an actor can be what "he", "she", "it" or "they" stands for. ``person_name``:
    the parser tagged the actor's words as a person ("Police chief Omar Haddad", coded COP
    with no office, is still a person)."""
    person = actor.kind == "named" and (actor.sector is None or person_name) \
        or actor.office is not None
    if pronoun in _PERSON_PRONOUNS:
        return person
    return not person and actor.kind != "place-as-government" or (
        pronoun == "it" and actor.kind == "place-as-government")


def pronoun_claimant(ctx: Context, sentence: Sentence, pronoun: Token) -> Actor | None:
    """The actor a pronoun that reports a figure stands for ("The health ministry issued a
    statement. It said 14 people were killed"): the first agreeing actor of the sentence
    before, else of the one before that, that comes before the pronoun."""
    low = pronoun.lower_
    at = sentence.evidence(pronoun).start
    own = _clause_owner(ctx, sentence, pronoun)
    if own is not None:  # "The ministry condemned the strike, which it said killed 12"
        return own
    before = _last_speaker(sentence, low, pronoun.i)  # "..., a spokesman said; he said ..."
    if before is not None:
        return claimant_actor(ctx, sentence, before)
    if sentence.index > 0:
        prev = ctx.sentences[sentence.index - 1]
        speaker = _last_speaker(prev, low)  # "..., residents told AFP. They said ..."
        if speaker is not None:
            return claimant_actor(ctx, prev, speaker)
    for back in (1, 2):
        if sentence.index - back < 0:
            break
        prev = ctx.sentences[sentence.index - back]
        lo = prev.start
        actors = sorted((a for a in ctx.result.actors if lo <= a.evidence.start < prev.end
                         and a.evidence.start < at), key=lambda a: a.evidence.start)
        people = set() if prev.doc is None else {
            (prev.start + ent.start_char, prev.start + ent.end_char)
            for ent in entities(prev.doc) if ent.label_ == "PERSON"}
        for actor in actors:
            if _agrees(low, actor, (actor.evidence.start, actor.evidence.end) in people):
                return Actor(text=actor.text, evidence=actor.evidence, name=actor.name,
                             country=actor.country, sector=actor.sector, office=actor.office,
                             kind=actor.kind, extractor=VERSION)
        if actors:
            return None  # the sentence before names someone else
    return None


def _clause_owner(ctx: Context, sentence: Sentence, pronoun: Token) -> Actor | None:
    """The actor a reporting pronoun inside a clause of its own sentence stands for: the
    subject of a clause above it, before it, that the pronoun agrees with ("The foreign
    ministry condemned the strike, which it said killed 12 civilians": the ministry; "Police
    arrested a man who they said had stabbed two people": police); None when there is none."""
    for verb in pronoun.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i
                        and c.pos_ != "PRON" and c.lower_ not in _PRONOUNS), None)
        if subject is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        ev = sentence.evidence(subject)
        people = {(sentence.start + e.start_char, sentence.start + e.end_char)
                  for e in entities(pronoun.doc) if e.label_ == "PERSON"}
        for actor in ctx.result.actors:
            a = actor.evidence
            if a.start <= ev.start < a.end and _agrees(pronoun.lower_, actor, (
                    a.start, a.end) in people):
                return Actor(text=actor.text, evidence=actor.evidence, name=actor.name,
                             country=actor.country, sector=actor.sector, office=actor.office,
                             kind=actor.kind, extractor=VERSION)
        return None  # the nearest subject above is someone else
    return None


# nouns of bodies that speak as one ("it" or "they": "the army said ... It said")
_BODY_SPEAKERS = frozenset({
    "army", "military", "police", "government", "ministry", "agency", "office", "group",
    "committee", "council", "commission", "media", "authority", "authorities", "department",
    "service", "force", "forces", "organisation", "organization", "observatory", "mission",
    "movement", "coalition", "command", "court", "company", "network", "union", "party"})


def _pronoun_fits(pronoun: str, span: Span) -> bool:
    """Whether a speaker's words can be what "he", "she", "they" or "it" stands for: "he" or
    "she" a singular noun of a person (a name, "a military source", "the local chief"),
    "they" plural people or a body ("residents", "union leaders", "the army"), "it" a body."""
    root = span.root
    body = root.lemma_.lower() in _BODY_SPEAKERS or root.ent_type_ in ("ORG", "GPE", "NORP")
    if pronoun in _PERSON_PRONOUNS:
        return root.tag_ in ("NN", "NNP") and not body
    if pronoun == "they":
        return root.tag_ in ("NNS", "NNPS") or body
    return body and root.tag_ in ("NN", "NNP")


def _last_speaker(prev: Sentence, pronoun: str, before: int | None = None) -> Span | None:
    """The last speaker of the sentence before whom a reporting pronoun can stand for ("The
    army shelled the town, a military source told Reuters. He said ...": the source, not the
    army), or None when it has none; with ``before``, of the pronoun's own sentence, ending
    before token ``before`` ("..., a military spokesman said; he said ...")."""
    if prev.doc is None or pronoun not in SPEAKER_PRONOUNS:
        return None
    found = [span for _, span in _sources(prev.doc) if _pronoun_fits(pronoun, span) and (
        before is None or span.end <= before)]
    return max(found, key=lambda s: s.start) if found else None
