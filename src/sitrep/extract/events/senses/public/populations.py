"""Acts of people in general and of organisations by habit, not happenings:

- **a growing or shrinking population**: "more shoppers have begun calling on retailers",
  "more and more Mexicans seek asylum", "fewer residents are filing complaints": the doer is
  a comparative quantity of a kind of people ("more", "fewer", "less"), with no date and no
  past simple ("more protesters joined the rally on Tuesday" stays);
- **a population counted**: "the number of Mexicans seeking asylum increased", "a growing share
  of families denied aid": the act defines those a statistic counts, and the statistic changes ("a number of protesters were
  arrested", several of them, stays; so does a toll of violence or arrests, "the number of
  people killed in the clashes rose to 40", which still tells the clashes);
- **a kind of people**: "people like Guhdar who have been denied asylum": a bare plural with
  "like" or "such as", in a clause with no date and no past simple;
- **a trend told with up or down**: "shootings are up 20 percent", "burglaries were down 12
  percent": a plural event noun whose predicate is "up" or "down" with an amount;
- **a mission or a product**: "the agency supports small businesses", "the organization
  provides support to victims", "the company offers detailed privacy controls": support, aid,
  an offer or cooperation in the present simple, with no date, whose recipients are a kind
  (bare plurals or bare mass nouns that are no event words); "the US supports the resolution",
  "Germany supports sanctions" and "the charity gave food to 300 families on Monday" stay.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
PRESENT = {"VBZ", "VBP"}
COMPARATIVES = {"more", "fewer", "less"}
# statistics that count a population (lemmas)
STATISTICS = {"number", "share", "percentage", "proportion", "rate", "count", "amount",
              "majority", "minority", "fraction", "ratio", "total", "half", "third",
              "quarter"}
# what makes "a number of" a count and not "several": a change, told by an adjective or by the
# verb the statistic is the subject of
CHANGES = {"increase", "decrease", "rise", "fall", "drop", "decline", "grow", "surge", "soar",
           "climb", "double", "triple", "quadruple", "halve", "plummet", "plunge", "spike",
           "jump", "dip", "slump", "rebound", "shrink", "mount", "swell", "dwindle", "diminish"}
CHANGING = {"growing", "increasing", "rising", "record", "declining", "falling",
            "dwindling", "shrinking", "mounting", "swelling", "soaring", "diminishing",
            "decreasing", "higher", "lower", "greater", "smaller", "larger", "increased",
            "reduced"}
KIND_PREPS = {"like", "as"}  # "people like him", "people such as him"
DIRECTIONS = {"up", "down"}
# kinds of act of a mission or a product: help, offers, cooperation
MISSION_TYPES = {"SUPPORT", "AID", "AGREE", "COOPERATE"}
# verbs that carry a noun of help ("provides support to victims", "offers aid to families")
CARRYING = {"provide", "offer", "give", "extend", "lend", "deliver", "bring", "supply",
            "furnish", "render"}
RECIPIENT_PREPS = {"to", "for"}
# acts whose count is a toll: "the number of people killed in the clashes rose to 40" still
# tells the clashes (the casualty claims keep the count)
TOLLED = {"ASSAULT", "COERCE"}
# past tense tags: a past simple tells what someone did
PAST = {"VBD"}


def _finite(verb: Token) -> Token:
    """The verb that carries the tense of ``verb``'s clause ("have begun calling": begun)."""
    node = verb
    for _ in range(3):
        if node.dep_ == "xcomp" and node.head.pos_ in VERB_POS:
            node = node.head
        else:
            break
    return node


def _tensed_past(verb: Token) -> bool:
    node = _finite(verb)
    if node.tag_ in PAST:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in PAST and c.lemma_.lower() != "do"
               or (c.dep_ == "aux" and c.lower_ == "did") for c in node.children)


def _people(verb: Token) -> list[Token]:
    """Who does or undergoes the act of ``verb``: its subject (the subject of the verb it
    complements: "have begun calling"), or the noun its participle or relative clause is on."""
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in NOUN_POS:
        return [verb.head]
    node = _finite(verb)
    found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not found and node.dep_ == "conj" and node.head.pos_ in VERB_POS:
        found = [c for c in node.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found


def _comparative(noun: Token) -> bool:
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in COMPARATIVES
               for c in noun.children)  # "more shoppers", "more and more Mexicans"


def _counted(noun: Token) -> bool:
    """``noun`` is what a statistic counts: "the number of Mexicans", "a growing share of
    families"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    stat = prep.head
    if stat.lemma_.lower() not in STATISTICS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in CHANGING for c in stat.children):
        return True  # "a growing share of families"
    # "the number of Mexicans seeking asylum increased": the subject of a verb of change
    return stat.dep_ in {"nsubj", "nsubjpass"} and stat.head.lemma_.lower() in CHANGES and any(
        c.dep_ == "det" for c in stat.children)


def _kind(noun: Token) -> bool:
    """A bare plural with "like" or "such as": "people like Guhdar"."""
    if noun.tag_ != "NNS" or any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in KIND_PREPS for c in noun.children)


def _statistic(noun: Token) -> bool:
    """A statistic of people as the doer: "a growing number of parents are calling"."""
    return noun.lemma_.lower() in STATISTICS and any(
        c.dep_ == "amod" and c.lower_ in CHANGING for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def general_population(token: Token, plover: str, when_known: bool = False) -> str | None:
    """Why the act of ``token`` is one of people in general (None: it may be a happening)."""
    if token.pos_ in NOUN_POS and token.dep_ == "dobj" and token.head.pos_ in VERB_POS:
        token = token.head  # "fewer residents are filing complaints"
    if token.pos_ not in VERB_POS:
        return None
    people = _people(token)
    if plover not in TOLLED and any(_counted(p) for p in people):
        return "statistic"  # "the number of Mexicans seeking asylum"
    if not when_known and not _tensed_past(token) and any(_statistic(p) for p in people):
        return "statistic"  # "a growing number of parents are calling for"
    if when_known or _tensed_past(token):
        return None
    if any(_comparative(p) for p in people):
        return "population"  # "more shoppers have begun calling on"
    if any(_kind(p) for p in people):
        return "kind"  # "people like Guhdar who have been denied asylum"
    return None


def up_or_down(token: Token) -> bool:
    """ "Shootings are up 20 percent", "burglaries were down 12 percent": a trend."""
    if token.tag_ != "NNS" or token.dep_ != "nsubj" or token.head.lemma_.lower() != "be":
        return False
    return any(c.dep_ in {"advmod", "acomp", "prt"} and c.lower_ in DIRECTIONS
               for c in token.head.children)


def _present_simple(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in PRESENT:
        return not auxes
    return False


def _generic(noun: Token, is_event_word: Callable[[str], bool]) -> bool:
    """A kind, not a party: a bare plural or a bare mass noun that is no event word and no
    name ("small businesses", "victims of crime", "education"; not "Ukraine", "the
    resolution", "sanctions", "300 families")."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or is_event_word(noun.lower_) or \
            is_event_word(noun.lemma_.lower()):
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod", "predet"} or c.like_num
                   or c.pos_ == "PROPN" or c.ent_type_ for c in noun.children)


def _recipients(token: Token) -> tuple[Token | None, list[Token]]:
    """The present-simple verb of a help act and whom it is for: "supports small businesses"
    (the verb itself), "provides support to victims" (the verb that carries the noun)."""
    if token.pos_ in VERB_POS and token.lemma_.lower() not in CARRYING:
        return token, [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    if token.pos_ in VERB_POS:
        verb = token  # "provides assistance to": the verb carries the trigger
    elif token.dep_ == "dobj":
        verb = token.head  # "provides support to": the noun is the trigger
    else:
        return None, []
    if verb.lemma_.lower() not in CARRYING:
        return None, []
    helps = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # "assistance to veterans"
    found = [g for h in helps for p in h.children if p.dep_ in {"prep", "dative"}
             and p.lower_ in RECIPIENT_PREPS for g in p.children if g.dep_ == "pobj"]
    found += [c for c in verb.children if c.dep_ == "dative" and c.pos_ in NOUN_POS]
    if not found and verb is token:  # "offers detailed privacy controls": what is given
        found = helps[1:]
    return verb, found


def mission(token: Token, plover: str, when_known: bool = False, headline: bool = False,
            is_event_word: Callable[[str], bool] = lambda _: False) -> bool:
    """Help, an offer or cooperation as what an organisation does (see the module's
    docstring)."""
    if plover not in MISSION_TYPES or when_known or headline:
        return False
    verb, recipients = _recipients(token)
    if verb is None or not recipients or not _present_simple(verb):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # an imperative or a clause with no doer
    return all(_generic(r, is_event_word) for r in recipients)


def general_act(token: Token, plover: str, when_known: bool = False, headline: bool = False,
                is_event_word: Callable[[str], bool] = lambda _: False) -> str | None:
    """Why ``token`` tells an act of people in general, a trend or a mission (None: it may be
    a happening)."""
    population = general_population(token, plover, when_known)
    if population:
        return population
    if up_or_down(token):
        return "trend"
    if mission(token, plover, when_known, headline, is_event_word):
        return "mission"
    return None
