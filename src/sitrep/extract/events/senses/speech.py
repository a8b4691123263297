"""Speech acts that accuse: "X told police that Y had threatened her", "Ruritania said its
neighbour shelled its villages", "the rebels claimed that the army bombed a school".

The reported act is only asserted by the speaker, a party to it, not reported by the article as
a fact: the event is the speaker's accusation (ACCUSE/allege by the speaker against the doer),
and the act inside it is not an event of its own (it is coded where the article reports it as a
fact). ``accusations(doc, rows)`` finds the frames from the parse:

- a **reporting verb** (say, tell, claim, complain, ...) whose clausal complement (or the clause
  it comments on: "Y hit her, she told police") holds a wrongdoing: a trigger of an ASSAULT,
  COERCE or THREATEN row, or a verb of theft, fraud or harassment;
- and the speaker is a **party**: the complaint is made to an authority ("told police",
  "complained to investigators"), by someone other than an onlooker who was not the victim
  ("witnesses told police that two men began firing" is an account, a neutral report); or the speaker is the victim in the complement (a pronoun that
  agrees with the speaker as the act's object, passive subject or the possessor of its object:
  "had threatened her", "he had been beaten", "shelled its villages"); or the verb itself
  asserts a contested claim about a past act (claim, insist, contend, maintain, assert: "claimed
  that the army had bombed", not "claimed the army is hitting them harder").

Neutral attribution stays a report of fact ("police said the gunman opened fire", "witnesses
told reporters soldiers fired"; a police or court officer the article names by office, told
again by name: "Capt. Roy A. Nelson said ... Nelson said Kosinski subdued him"); a doer reporting its own act stays that act ("the group said it
had attacked the base"); a negated complement is no accusation.

A **protest lodged by a state** (``protest_lodged``): "protest" done by a government, a
ministry, an embassy, a state named by its country or capital or an official ("Iran's foreign
ministry summoned the ambassador to protest against the sanctions", "China protested to Japan
over the visit") is disapproval, ACCUSE, not a demonstration; people in the street, workers
and supporters (even of the government: "government employees protested over pay") stay
PROTEST.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy
from spacy.tokens import Doc, Token

from sitrep.extract.events.tokens import has_any
from sitrep.nlp.scans import lemma_indices, subtree_indices
from sitrep.records import Actor

REPORTING = {"say", "tell", "claim", "complain", "insist", "contend", "maintain", "assert",
             "report", "state", "testify", "allege", "recount", "explain", "write", "add",
             "swear", "inform", "describe"}
CLAIMING = {"claim", "insist", "contend", "maintain", "assert"}
AUTHORITIES = {"police", "policeman", "policemen", "officer", "detective", "investigator",
               "prosecutor", "court", "judge", "jury", "magistrate", "tribunal", "inspector",
               "authority", "sheriff", "deputy", "constable", "trooper", "gendarme",
               "gendarmerie", "ombudsman", "commission", "fbi", "interpol"}
NEUTRAL_SOURCES = AUTHORITIES | {"official", "spokesman", "spokeswoman", "spokesperson",
                                 "coroner", "witness", "reporter", "newspaper", "report",
                                 "media", "agency", "statement", "source", "paper", "radio",
                                 "television", "broadcaster", "journalist", "correspondent"}
# onlookers: what they tell the police they saw is an account, not a complaint of their own
WITNESSES = {"witness", "eyewitness", "bystander", "onlooker", "passer-by", "passerby",
             "neighbor", "neighbour", "resident", "observer", "spectator"}
WRONGDOING = {"ASSAULT", "COERCE", "THREATEN"}
OFFENCE_VERBS = {"steal", "rob", "burgle", "burglarize", "burglarise", "defraud", "swindle",
                 "extort", "blackmail", "harass", "stalk", "abuse", "molest", "vandalize",
                 "vandalise", "damage", "trespass", "cheat", "scam", "loot", "pickpocket",
                 "mug", "menace", "intimidate", "bully", "grope", "spit"}
PRONOUNS = {
    "he": {"he", "him", "his", "himself"}, "she": {"she", "her", "hers", "herself"},
    "it": {"it", "its", "itself"}, "they": {"they", "them", "their", "theirs", "themselves"},
    "i": {"i", "me", "my", "mine", "myself"}, "we": {"we", "us", "our", "ours", "ourselves"},
}
VICTIM_DEPS = {"dobj", "pobj", "dative", "nsubjpass", "iobj"}
NEGATIONS = {"not", "n't", "never", "no"}
VERBS = frozenset({"VERB", "AUX"})
_VERB = frozenset({"VERB"})  # the offence verbs' part of speech (``accusations``)


@dataclass(frozen=True)
class Accusation:
    verb: Token  # the reporting verb: the trigger of the ACCUSE
    act: Token  # the head of the clause that holds the asserted acts
    asserted: frozenset[int]  # the triggers inside it, which are not events of their own
    authority: Token | None  # "police" in "told police"
    new: bool = True  # False: the verb is an ACCUSE trigger of its own ("complained")


def _speaker_forms(speaker: Token) -> set[str]:
    low = speaker.lower_
    for forms in PRONOUNS.values():
        if low in forms:
            return forms
    if speaker.tag_ in {"NNS", "NNPS"} or low in {"police", "people"}:
        return PRONOUNS["they"]
    if speaker.ent_type_ == "PERSON":
        return PRONOUNS["he"] | PRONOUNS["she"]
    # a group or a state is "it" or "they"; a common noun may be a person
    return PRONOUNS["he"] | PRONOUNS["she"] | PRONOUNS["it"] | PRONOUNS["they"]


def _authority(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "iobj"} and (
                child.lemma_.lower() in AUTHORITIES or child.lower_ in AUTHORITIES
                or child.lower_.rstrip("s") in AUTHORITIES):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            for g in child.children:
                if g.dep_ == "pobj" and (g.lemma_.lower() in AUTHORITIES or g.lower_ in AUTHORITIES):
                    return g
    return None


def _content(verb: Token) -> Token | None:
    """The clause the reporting verb reports: its complement, or the clause it comments on."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}:
            return child
    if verb.dep_ in {"parataxis", "ccomp"} and verb.i > verb.head.i and \
            verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head  # "Y hit her, she told police"
    return None


def _negated(clause: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in {"neg", "advmod"}
               for c in clause.children)


def own_act(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, reported by ``verb``, tells the speaker's own act: its subject is a
    pronoun that agrees with the speaker ("the group said it had attacked the base")."""
    speaker = _subject(verb)
    doer = _subject(clause)
    return speaker is not None and doer is not None and doer.pos_ == "PRON" and \
        doer.lower_ in _speaker_forms(speaker)


def _own_clause(conj: Token) -> bool:
    """A coordinated clause with a subject of its own and no "that": not part of the report."""
    kids = list(conj.children)
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids) and not any(
        c.dep_ == "mark" for c in kids)


def _subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _victim_is_speaker(acts: list[Token], forms: set[str],
                       inside: frozenset[int] = frozenset()) -> bool:
    """A pronoun that agrees with the speaker is the direct victim of one of ``acts``: its
    object or passive subject ("had threatened her", "he was beaten"), or the possessor of its
    object ("shelled its villages"); not a pronoun deeper in the clause ("killed members of
    his family" names someone else's family), nor one that a person or thing the reported
    clause (the tokens ``inside``) names before it stands for ("stopped two traders and
    robbed them", "detained Amina Yusuf and seized her phone": ``_told_before``)."""
    for act in acts:
        for child in act.children:
            if child.dep_ not in VICTIM_DEPS - {"pobj"}:
                continue
            pronoun = child if child.pos_ == "PRON" and child.lower_ in forms else next(
                (g for g in child.children if g.dep_ == "poss" and g.lower_ in forms), None)
            if pronoun is not None and not _told_before(pronoun, act, inside):
                return True
    return False


# entity labels of words no pronoun of a victim stands for ("on Sunday", "two days")
UNREFERRED = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def _stands_for(noun: Token) -> set[str]:
    """The pronouns that may stand for ``noun``: a plural is "they", a person's name "he" or
    "she", another singular "he", "she" or "it" ("a reporter", "the trawler")."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return PRONOUNS["they"]
    if noun.ent_type_ == "PERSON":
        return PRONOUNS["he"] | PRONOUNS["she"]
    return PRONOUNS["he"] | PRONOUNS["she"] | PRONOUNS["it"]


def _act_subject(act: Token) -> set[int]:
    """The tokens of the act's subject (its own, or that of the verb it is conjoined to)."""
    node = act
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subtree_indices(subject)
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return set()


def _told_before(pronoun: Token, act: Token, inside: frozenset[int]) -> bool:
    """A noun of the reported clause before ``pronoun`` that it may stand for, other than the
    act's own subject (an object pronoun never stands for its own clause's subject, and "its
    neighbour shelled its villages" reads best as the speaker's villages)."""
    if not inside:
        return False
    subject = _act_subject(act)
    doc = pronoun.doc
    for t in doc[min(inside):pronoun.i]:
        if t.i not in inside or t.i in subject or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        if t.dep_ in {"compound", "npadvmod"} or t.ent_type_ in UNREFERRED:
            continue
        if pronoun.lower_ in _stands_for(t):
            return True
    return False


def _past(clause: Token) -> bool:
    """Told as done: a past tense or a perfect, not a present or a progressive."""
    if clause.tag_ == "VBD":
        return True
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return clause.tag_ == "VBN" and any(a.lemma_.lower() in {"have", "be"} and
                                        a.tag_ in {"VBD", "VBZ", "VBP"} for a in auxes)


def accused(clause: Token) -> list[Token]:
    """The doer of the asserted act: its subject, or the agent of a passive (a pronoun is left
    out: its antecedent is not read here)."""
    for child in clause.children:
        if child.dep_ == "nsubj":
            return [] if child.pos_ == "PRON" else [child]
        if child.dep_ == "agent":
            return [g for g in child.children if g.dep_ == "pobj" and g.pos_ != "PRON"]
    return []


def may_accuse(doc: Doc, lemmas: numpy.ndarray | list[int]) -> bool:
    """Whether any token of ``doc`` (its LEMMA hashes ``lemmas``, an array or a list) is a
    reporting verb."""
    return not _reporting_ids(doc.vocab.strings).isdisjoint(
        lemmas if isinstance(lemmas, list) else lemmas.tolist())


@lru_cache(maxsize=4)
def _reporting_ids(strings: Any) -> frozenset[int]:
    """The hashes of the reporting verbs in a vocabulary's string store (one per model); a set,
    not ``numpy.isin`` (about 100 us on a sentence, a set 2 us)."""
    return frozenset(strings[w] for w in REPORTING)


def may_report(doc: Doc) -> bool:
    """Whether some word of ``doc`` has the lemma of a reporting verb: else ``accusations``
    finds none (read from the doc's words, ``tokens.doc_words``, without a scan of its tokens)."""
    return has_any(doc, lemmas=REPORTING)


def accusations(doc: Doc, kinds: dict[int, str],
                officers: frozenset[int] = frozenset()) -> list[Accusation]:
    """The accusing speech acts of ``doc``; ``kinds`` maps trigger indices to PLOVER types;
    ``officers``: the tokens of people the article names as police or court officers ("Capt.
    Roy A. Nelson" ... "Nelson said Kosinski subdued him"), neutral sources like "police"."""
    out: list[Accusation] = []
    offences: frozenset[int] | None = None
    for verb in map(doc.__getitem__, lemma_indices(doc, REPORTING, VERBS)):
        if kinds.get(verb.i, "ACCUSE") != "ACCUSE" or _negated(verb):
            continue
        speaker = _subject(verb)
        clause = _content(verb)
        if speaker is None or clause is None or _negated(clause):
            continue
        inside = subtree_indices(clause)
        if clause.i == verb.head.i:  # the commented clause: leave out the comment itself
            inside -= subtree_indices(verb)
        for conj in clause.children:  # "... had taken money, and they were arrested": the
            if conj.dep_ == "conj" and _own_clause(conj):  # narrator's own clause
                inside -= subtree_indices(conj)
        wrong = {i for i in inside if kinds.get(i) in WRONGDOING}
        if offences is None:  # the offence verbs of the doc, found once
            offences = frozenset(lemma_indices(doc, OFFENCE_VERBS, _VERB))
        offence = not offences.isdisjoint(inside)
        if not wrong and not offence:
            continue
        if own_act(verb, clause):
            continue  # "the group said it had attacked the base": its own act
        forms = _speaker_forms(speaker)
        authority = _authority(verb)
        speaker_word = speaker.lemma_.lower()
        if speaker_word in AUTHORITIES or speaker.i in officers:
            continue  # police telling prosecutors, a police captain: the authorities' report
        acts = [doc[i] for i in sorted(inside) if i in wrong or i in offences]
        onlooker = {speaker_word, speaker.lower_.rstrip("s")} & WITNESSES
        told = frozenset(inside)
        if authority is not None and onlooker and not _victim_is_speaker(acts, forms, told):
            continue  # "witnesses told police that two men began firing": an onlooker's
            # account, no party's complaint (the firing is told as a fact)
        claiming = verb.lemma_.lower() in CLAIMING and _past(clause)
        if authority is not None or claiming or (
                speaker_word not in NEUTRAL_SOURCES and _victim_is_speaker(acts, forms, told)):
            out.append(Accusation(verb, clause, frozenset(wrong), authority,
                                  verb.i not in kinds))
    return out


PROTEST_WORDS = {"protest"}
# sectors of a state's voice: government, international bodies
STATE_SECTORS = {"GOV", "IGO"}
# people of a sector who march rather than lodge protests ("government workers protested")
MARCHERS = {"worker", "employee", "staff", "servant", "supporter", "member", "teacher", "nurse",
            "doctor", "student", "loyalist", "follower", "retiree", "pensioner", "veteran",
            "family", "relative", "crowd", "people", "resident", "voter", "farmer"}


# envoys a state summons to hear its protest (lemmas and words: "chargé d'affaires")
ENVOYS = {"ambassador", "envoy", "diplomat", "d'affaires", "chargé", "charge", "consul",
          "attaché", "emissary"}
SUMMONING = {"summon"}


def envoy_summoned(token: Token) -> bool:
    """An envoy summoned ("Norway's ambassador had been summoned to the ministry", "summoned
    Russia's chargé d'affaires"): the envoy is the object or the passive subject of "summon"
    (``token``); "police were summoned to the address" is none."""
    return token.lemma_.lower() in SUMMONING and any(
        c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in ENVOYS or c.lower_ in ENVOYS)
        for c in token.children)


# what one is ordered to leave when expelled; verbs of ordering someone out
LEFT_STATES = {"country", "territory", "nation", "kingdom", "republic"}
# (not "tell": "doctors told her to leave the country for treatment" is advice)
ORDERING_OUT = {"order", "give"}


def ordered_out(token: Token) -> bool:
    """A person ordered to leave the country, or an envoy ordered to leave: an expulsion
    ("Russia ordered a Norwegian diplomat to leave the country", "gave the envoy 48 hours to
    leave the country", "ordered the consul to leave"); residents ordered to leave their homes
    (an evacuation), a man ordered out of a courtroom and advice to leave are none."""
    if token.lemma_.lower() not in ORDERING_OUT or token.pos_ not in {"VERB", "AUX"}:
        return False
    people = [c for c in token.children if c.dep_ in {"dobj", "dative", "iobj"}]
    for leave in (c for c in token.children if c.dep_ in {"xcomp", "advcl", "ccomp"}):
        if leave.lemma_.lower() != "leave":
            continue
        left = [c for c in leave.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in LEFT_STATES or o.ent_type_ == "GPE" for o in left):
            return bool(people) or any(c.dep_ == "nsubj" for c in leave.children)
        if not left and any(p.lemma_.lower() in ENVOYS or p.lower_ in ENVOYS for p in people):
            return True
    return False


def summons_protest(noun: Token) -> bool:
    """The noun "protest" names what an envoy summoned was told: "summoned the ambassador in
    protest", "summoned to receive a formal protest", "to hand over a protest note" (the
    summoning is the event: ACCUSE by the ``summon`` row)."""
    if noun.lemma_.lower() not in PROTEST_WORDS or noun.pos_ != "NOUN":
        return False
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and envoy_summoned(node):
            return True
    return False


def protest_lodged(token: Token, actors: list[Actor]) -> bool:
    """The protest (``token``, the verb "protest") is a state's disapproval: each of
    its doers speaks for a government or an international body, none is a marcher."""
    if token.lemma_.lower() not in PROTEST_WORDS or token.pos_ != "VERB" or not actors:
        return False  # "Chile protests: curfew in Santiago": the noun names demonstrations
    for actor in actors:
        if actor.sector not in STATE_SECTORS:
            return False
        words = {w.strip(".,'\"").lower() for w in actor.text.split()}
        if any(w in MARCHERS or w.rstrip("s") in MARCHERS or w[:-3] + "y" in MARCHERS
               for w in words):
            return False
    return True


# media outlets (lemmas): what a state silences when it suspends, closes or blocks them
MEDIA = {"channel", "station", "broadcaster", "broadcast", "newspaper", "paper", "daily",
         "weekly", "magazine", "outlet", "website", "site", "network", "television", "tv",
         "radio", "publication", "newsroom", "blog", "portal", "programme", "program",
         "transmission", "signal", "frequency", "licence", "license", "accreditation"}
# what a media outlet's licence, broadcasts or programmes are "of" ("the broadcasts of X")
MEDIA_PARTS = {"broadcast", "transmission", "licence", "license", "programme", "program",
               "signal", "frequency", "accreditation", "publication", "operation", "activity"}
MEDIA_COMPOUNDS = {"tv", "radio", "television", "news", "media", "press", "online"}


def _medium(noun: Token) -> bool:
    """``noun`` names a media outlet or its voice: "two radio stations", "the pan-African
    channel Afrique Horizon TV", "the broadcasts of the channel", "Radio Libre" (a name with a
    media word)."""
    lemma = noun.lemma_.lower()
    if lemma in MEDIA or noun.lower_ in MEDIA:
        if lemma in MEDIA_PARTS or noun.lower_ in MEDIA_PARTS:
            owners = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
            return any(_medium(o) or o.ent_type_ == "ORG" for o in owners)  # (not "the
            # operating licences on the route": a licence of no outlet)
        return True
    if noun.ent_type_ == "ORG" or noun.pos_ == "PROPN":
        return any(t.lower_ in MEDIA_COMPOUNDS | {"radio", "tv"} for t in noun.subtree
                   if t.i <= noun.i and t.dep_ in {"compound", "amod"} or t.i == noun.i)
    return False


def media_silenced(token: Token) -> bool:
    """``@media``: a media outlet suspended, closed, shut down or blocked ("suspended the
    broadcasts of the channel for a month", "ordered the suspension of two radio stations",
    "shut down the opposition newspaper"): COERCE/censor, not a SANCTION; "suspended the
    talks", "closed the shop", "the channel suspended its programmes for the holiday" (its
    own service) are none."""
    if token.pos_ in {"NOUN", "PROPN"}:
        held = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    else:
        held = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if any(_medium(s) for s in subjects):
            return False  # the outlet's own step
    held += [c for h in list(held) for c in h.conjuncts]
    held = [g for h in held for g in ([g for p in h.children if p.dep_ == "prep"
                                           and p.lower_ == "to" for g in p.children
                                           if g.dep_ == "pobj"] or [h])
            if h.lemma_.lower() == "access"] + [h for h in held if h.lemma_.lower() != "access"]
    return bool(held) and all(_medium(h) for h in held)  # ("blocked access to the site")
