"""Everyday senses of non-violent trigger words read from their arguments, where the argument is
of a kind the type does not take:

- **a price or a load charged** is no accusation: "rates charged by utilities", "the hotel
  charged guests $20", "charged his phone": what is charged is money, a rate or a thing, never a
  person or a body (ACCUSE charges people: "charged the mayor", "was charged with fraud");
- **a happening blamed on a cause** names no party: "fires blamed on electrical faults",
  "blamed the weather for the delays" (ACCUSE blames people, bodies or what they did);
- **a compound adjective written without its hyphen** names a quality, not an act: "life
  threatening injuries", "a career threatening knee injury", "crime fighting units": a
  participle whose own object, a bare noun, stands before it, and which modifies the noun after
  it ("life-threatening" is read by ``eventhood.hyphenated``);
- **a retreat as a place or a gathering**: "a yoga retreat", "at the swami's retreat", "held a
  weekend retreat": the noun with a noun of its kind before it, after "at" or "to", or held,
  hosted or attended, and no place left ("retreat from the city") nor armed party ("the army's
  retreat");
- **a demonstration of a craft or a product** shows it: "blacksmithing demonstrations", "a
  cooking demonstration", "a demonstration of the new tractor": the noun with a gerund, a
  thing, a food or a plant as its kind, or "of" a thing ("a street demonstration", "a student
  demonstration", "a demonstration of force" stay);
- **competitors beaten for a contract** ("Star beat rival bidders"): a verb of defeat whose
  beaten party bids or competes, named by its word or by "rival"/"competing" on a firm, is a
  contest of the market.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.fit import ABSTRACT, CAUSE_NOUNS, FIRMS, noun_class
from sitrep.extract.events.senses.forces import armed

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# what an accusation is made against: people and bodies of them (by entity or WordNet class)
ACCUSABLE = {"person", "group"}
# prepositions whose object makes a thing a party's: "a failure of the police", "an attack by
# the gang", "a feud between two factions", "a rivalry among the cartels"
PARTY_PREPS = {"of", "by", "between", "among", "amongst"}
# prepositions that name the wrong charged ("charged with fraud", "charged in the killing")
CHARGE_PREPS = {"with", "in", "over", "for", "after", "as"}
# the kinds of thing a demonstration shows (WordNet classes of its modifier or "of" object)
SHOWN = {"artifact", "food", "plant", "substance", "object", "animal", "act"}
# the kinds of a demonstration that make it a protest although WordNet files them as a thing
# or an act: where it is held, who holds it, what it is for or against
PROTEST_KINDS = {"street", "mass", "protest", "peace", "campaign", "student", "opposition",
                 "anti-war", "antiwar", "pro-democracy", "democracy", "labor", "labour",
                 "union", "worker", "workers", "farmer", "farmers", "public", "city",
                 "town", "square", "road", "highway", "border", "embassy", "parliament",
                 "government", "election", "strike", "hunger", "sit-in", "solidarity",
                 "victory", "funeral", "night", "weekend", "day"}
# verbs that hold or attend a gathering ("held a weekend retreat", "attended the retreat")
GATHERING_VERBS = {"hold", "host", "attend", "organize", "organise", "plan", "lead", "join",
                   "book", "schedule", "sponsor", "run", "offer", "conduct", "enjoy"}
# who bids or competes for a contract or a prize ("rival bidders", "its competitors")
COMPETITORS = {"bidder", "competitor", "challenger", "contender", "suitor", "applicant",
               "rival", "opponent"}
COMPETING = {"rival", "competing", "other"}
# the actor lexicon's sectors of trades whose people strike by stopping work
TRADES = {"LAB", "EDU", "HLH"}
DEFEAT = {"beat", "defeat", "outbid", "outdo", "best", "trounce", "edge", "overcome"}


def _charged(token: Token) -> list[Token]:
    """What or whom ``token`` (a verb of charging) charges: its object, its passive subject,
    or the noun it modifies ("rates charged by utilities")."""
    found = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "acl" and token.head.pos_ in NOUN_POS:
        found.append(token.head)
    return found


def _with_wrong(token: Token) -> bool:
    """The charge names a wrong ("charged with fraud", "charges the station with defamation",
    "charged in the killing") or a claim ("charged that the mayor lied")."""
    for node in [token] + [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]:
        if any(c.dep_ == "ccomp" or (c.dep_ in {"prep", "advcl", "agent", "mark"} and
                                     c.lower_ in CHARGE_PREPS | {"that"})
               for c in node.children):
            return True
    return False


def price_charged(token: Token, plover: str) -> bool:
    """Money, a rate or a thing charged is no accusation (see the module's docstring)."""
    if plover != "ACCUSE" or token.lemma_.lower() != "charge" or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ in {"dobj", "npadvmod", "dative"} and c.ent_type_ == "MONEY"
           for c in token.children):
        return True  # "charged guests $20", "charged him $400 for the repair"
    if _with_wrong(token):
        return False
    charged = _charged(token)
    return bool(charged) and all(
        c.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"} and c.pos_ != "PRON" and
        noun_class(c) not in ACCUSABLE and noun_class(c) is not None for c in charged)


def compound_adjective(token: Token) -> bool:
    """A participle with its bare object before it, and the noun it describes after it: "life
    threatening injuries", "a career threatening knee injury" (an unhyphenated compound
    adjective, no act). The parser may read the participle as a modifier of the noun after it
    or as a clause on the noun before it with the noun after it as its object; the noun before
    it then names no one who could do the act ("gangs threatening residents" stays)."""
    if token.tag_ not in {"VBG", "VBN"} or token.i == token.sent.start or \
            token.i + 1 >= token.sent.end:
        return False
    before, after = token.nbor(-1), token.nbor(1)
    if before.pos_ != "NOUN" or after.pos_ not in NOUN_POS or before.ent_type_ or \
            before.tag_ in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ in {"poss", "nummod", "amod"} for c in before.children) or \
            noun_class(before) in ACCUSABLE | {None}:
        return False  # "the gang threatening", "members threatening residents"
    if token.dep_ in {"amod", "compound", "nmod"}:
        return token.head.i > token.i and token.head.pos_ in NOUN_POS  # "career threatening
        # knee injury"
    return token.dep_ == "acl" and token.head.i == before.i and any(
        c.dep_ == "dobj" and c.i > token.i for c in token.children)  # "life threatening burns"


def _kind_words(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"compound", "nmod", "amod"}
            and c.i < token.i and c.pos_ in NOUN_POS | {"VERB", "ADJ"}]


def getaway(token: Token, plover: str) -> bool:
    """A retreat as a place or a gathering (see the module's docstring)."""
    if plover != "RETREAT" or token.lemma_.lower() != "retreat" or token.pos_ not in NOUN_POS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"from", "of", "by", "across", "into"}
           for c in token.children):
        return False  # "the retreat from the city", "the retreat of the army"
    holders = [c for c in token.children if c.dep_ in {"poss", "compound", "nmod"}]
    if any(armed(h) or h.ent_type_ in {"GPE", "NORP"} for h in holders):
        return False  # "the army's retreat", "Russia's retreat"
    kinds = [k for k in _kind_words(token) if k.pos_ in NOUN_POS or k.tag_ == "VBG" or "-" in
             k.text]
    head = token.head
    placed = token.dep_ == "pobj" and head.lower_ in {"at", "to"}
    gathered = token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in GATHERING_VERBS
    return bool(kinds) or placed or gathered


def show_demonstration(token: Token, plover: str) -> bool:
    """A demonstration of a craft, a product or a skill (see the module's docstring)."""
    if plover != "PROTEST" or token.pos_ not in NOUN_POS or token.lemma_.lower() not in {
            "demonstration", "demo"}:
        return False
    kinds = [k for k in _kind_words(token) if k.pos_ in NOUN_POS or k.tag_ == "VBG" or
             noun_class(k) in SHOWN]  # ("fire extinguisher/JJ demonstration")
    shown = [k for k in kinds if k.i == token.i - 1]  # the kind's own head ("fire
    # extinguisher"), and the others when it is a place, a people or a cause
    if shown and any(k.lemma_.lower() in PROTEST_KINDS or k.lower_ in PROTEST_KINDS or
                     k.ent_type_ or noun_class(k) in ACCUSABLE for k in kinds):
        return False  # "a student street demonstration", "an opposition cooking protest"
    shown += [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "on"}
              for g in p.children if g.dep_ == "pobj"]
    if not shown:
        return False
    for word in shown:
        lemma = word.lemma_.lower()
        if lemma in PROTEST_KINDS or word.lower_ in PROTEST_KINDS or word.ent_type_:
            return False
        if word.tag_ == "VBG" or word.lower_.endswith("ing"):
            continue  # "blacksmithing demonstrations", "cooking demonstrations"
        if noun_class(word) not in SHOWN or armed(word):
            return False  # "a student demonstration", "a show of force"
    return True


def _competitor(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if armed(noun) or noun.ent_type_ in {"GPE", "NORP"}:
        return False
    if lemma in COMPETITORS - {"rival", "opponent"}:
        return True  # "bidders", "its competitors"
    return lemma in FIRMS | COMPETITORS and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in COMPETING for c in noun.children)


def market_contest(token: Token, plover: str) -> bool:
    """Competitors beaten for a contract: "Star beat rival bidders" (see the module's
    docstring)."""
    if plover != "ASSAULT" or token.lemma_.lower() not in DEFEAT or not (
            token.pos_ in VERB_POS or token.tag_ in {"VBD", "VBN"}):
        return False
    beaten = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "amod" and token.head.i > token.i:
        beaten = [token.head]  # "Star beat/amod rival bidders": the parser's modifier
    beaten += [c for b in list(beaten) for c in b.conjuncts]
    return bool(beaten) and all(_competitor(b) for b in beaten)


def _doers(token: Token) -> list[Token]:
    """Who does the act of a verb: its subject, up its chain of clauses ("teachers began to
    strike"), or the noun it modifies ("teachers striking in West Virginia")."""
    verb = token
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in NOUN_POS:
            return [verb.head]
        if verb.dep_ not in {"xcomp", "conj", "advcl"}:
            return []
        verb = verb.head
    return []


def _sector(noun: Token) -> str | None:
    phrase = " ".join(t.text for t in noun.subtree if t.dep_ in {"compound", "amod"}
                      and t.head.i == noun.i) + " " + noun.text
    return next((m.entry.sector for m in get_matcher().find(phrase.strip())), None)


def labour_strike(token: Token, plover: str) -> bool:
    """Workers striking stop work: "teachers striking for better pay", "nurses struck on
    Monday" (a PROTEST); the doers are people of a trade by the actor lexicon's sector
    (labour, education, health), and nothing is struck ("workers struck a guard" stays)."""
    if plover != "ASSAULT" or token.lemma_.lower() != "strike" or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} or (c.dep_ == "prt" and c.lower_ != "over")
           for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in {"against", "at"} and any(
                armed(g) for g in c.children) for c in token.children):
        return False
    doers = _doers(token)
    return bool(doers) and all(_sector(d) in TRADES and not armed(d) for d in doers)


def invaded_abstraction(token: Token, plover: str) -> bool:
    """An invasion, a violation or a killing of an abstraction ("invasion of privacy", "the
    murder of hope"): a noun of an act on a patient whose "of" names a quality or an idea, no
    person, place or thing (dates stay: "the attack of September 11"); the fights of a cause
    ("the war of independence") are read by ``fit``."""
    if plover != "ASSAULT" or token.pos_ not in NOUN_POS or \
            token.lemma_.lower() in CAUSE_NOUNS:
        return False
    ofs = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"]
    if not ofs and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "of" and \
            token.i + 1 < token.sent.end:  # (the sentence's end read last: the dearest test)
        ofs = [token.nbor(1)]  # the parser hung "of privacy" on the conjunct before it
    patients = [g for p in ofs for g in p.children if g.dep_ == "pobj"]
    return bool(patients) and all(
        not p.ent_type_ and p.pos_ == "NOUN" and noun_class(p) in ABSTRACT and
        not any(t.like_num for t in p.subtree) for p in patients)


def _party(noun: Token) -> bool:
    """``noun`` names a person or a body, or a thing of one ("a failure of the police", "the
    driver's error"), or a quarrel among them ("a feud between two factions", "a rivalry among
    the gangs")."""
    if noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or noun.pos_ in {"PRON", "PROPN"} or \
            noun_class(noun) in ACCUSABLE | {None}:
        return True
    phrase = " ".join(t.text for t in noun.subtree if t.i <= noun.i)
    if get_matcher().find(phrase):
        return True  # a group the actors lexicon knows ("the Maoist Shining Path guerrilla
        # movement", "the separatist movement")
    return any((c.dep_ == "poss" and _party(c)) or (
        c.dep_ == "prep" and c.lower_ in PARTY_PREPS and any(
            g.dep_ == "pobj" and _party(g) for g in c.children)) for c in noun.children)


def cause_blamed(token: Token, plover: str) -> bool:
    """A happening blamed on a cause, no party: "fires blamed on electrical faults", "the
    council blamed the weather for the delays" (no ACCUSE); blaming a person, a body or a
    thing of theirs ("blamed on arsonists", "blamed the driver's error") stays."""
    if plover != "ACCUSE" or token.lemma_.lower() != "blame" or token.pos_ not in VERB_POS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    culprits = [g for n in [token, *objects] for p in n.children
                if p.dep_ == "prep" and p.lower_ == "on" for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]  # ("blamed the
    # flooding on heavy rain": the parser may hang "on" on the object; "on Monday": a date)
    if not culprits:
        culprits = objects
        if not culprits and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
            culprits = [c for c in token.children if c.dep_ == "nsubjpass"]
    culprits += [c for g in list(culprits) for c in g.conjuncts]
    return bool(culprits) and not any(_party(c) for c in culprits)


def pastime(token: Token, plover: str) -> str | None:
    """Why ``token`` names no act of ``plover`` in one of these senses (None: it may)."""
    if price_charged(token, plover):
        return "price"
    if cause_blamed(token, plover):
        return "cause"
    if plover in {"THREATEN", "ASSAULT", "COERCE"} and compound_adjective(token):
        return "compound adjective"
    if getaway(token, plover):
        return "getaway"
    if show_demonstration(token, plover):
        return "showing"
    if market_contest(token, plover):
        return "contest"
    if invaded_abstraction(token, plover):
        return "figurative"
    return None
