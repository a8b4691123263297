"""Victims told by what they were doing and where: people the text shows protesting are
protesters ("police detained 40 students who were marching on parliament", "took into custody
150 farmers blocking a highway", "detained 30 activists as they tried to march"), arrests made
at a protest are of protesters ("dozens of arrests were made during the demonstration"), and
so are the people harmed by fire on a protest ("opened fire on demonstrators, killing a
student"); ranks that police and armies both have ("officers", "recruits", "cadets") are of
the one force the sentence names ("stoned police, injuring 12 officers": police).

The verbs and nouns are the protest family of PLOVER's PROTEST (demonstrate, march, rally,
picket, block, occupy, riot, strike) with their nouns. Used by
``sitrep.extract.claims.extractor`` once a claim has its victims.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.claims.victims import (
    agent_category,
    category_of,
    is_people,
    modifier_category,
    side_of,
    wordnet_category,
)
from sitrep.nlp.scans import hyphen_word

PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "picket", "blockade",
                           "block", "occupy", "riot", "strike", "boycott", "chant"})
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "riot",
                           "strike", "picket", "blockade", "vigil", "walkout", "unrest"})
_SETTINGS = frozenset({"during", "at", "in", "after", "amid", "over"})


def _protest_participle(tok: Token) -> bool:
    """A present participle of a protest verb, whatever the tagger made of it ("striking",
    "rioting", "demonstrating": VBG, or an adjective with its own lemma)."""
    word = tok.lower_
    return word.endswith("ing") and (tok.lemma_.lower() in PROTEST_VERBS or any(
        stem in PROTEST_VERBS for stem in (word[:-3], word[:-3] + "e")))


def protesting(noun: Token) -> bool:
    """Whether a relative clause or a participle on ``noun`` shows the people protesting ("40
    students who were marching on parliament", "farmers blocking a highway", "striking
    nurses", "rioting youths"); not what was done to them ("students who were beaten") nor a
    past deed with its own subject."""
    if any(c.dep_ in ("amod", "compound") and c.i < noun.i and _protest_participle(c)
           for c in noun.children) or noun.i > 0 and noun.dep_ == "dobj" and (
            noun.head.i == noun.i - 1 and noun.head.tag_ == "VBG" and _protest_participle(noun.head)):
        return True  # "detained 11 striking nurses", "rioting youths"; "dispersed protesting
        # farmers" (the participle read as a verb with the farmers its object)
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < noun.i:
            continue
        if clause.lemma_.lower() not in PROTEST_VERBS or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in clause.children) or (
                clause.dep_ == "acl" and clause.tag_ == "VBN"):
            continue  # "students blocked by police", "who were blocked": done to them
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ == "relcl" and not any(
                c.lower_ in ("who", "that") and c.dep_ == "nsubj" for c in subjects):
            continue  # "the road the farmers blocked": not the noun's own deed
        return True
    return False


def arrested_at_protest(trigger: Token) -> bool:
    """Whether arrests with no people named were made at a protest ("dozens of arrests were
    made during a demonstration", "police arrested 30 at the rally"): a protest noun after
    "during", "at" on the outcome word or on the verb it hangs on."""
    heads = [trigger]
    while heads[-1].head.i != heads[-1].i and len(heads) < 4 and heads[-1].pos_ != "VERB":
        heads.append(heads[-1].head)  # "dozens of arrests were made": up to "made"
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SETTINGS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in PROTEST_NOUNS:
                    return True
    return False


_CROWDS = frozenset({"crowd", "mob", "marcher", "crowds"})
_BYSTANDERS = frozenset({"bystander", "passer-by", "passerby", "onlooker", "journalist",
                         "reporter", "photographer", "policeman", "officer", "soldier"})
_ON_A_CROWD = frozenset({"on", "at", "into", "upon"})
_CLAUSE_LINKS = frozenset({"advcl", "conj", "xcomp"})
_WHEN = frozenset({"when", "as", "after", "while"})


def _protest_people(tok: Token) -> bool:
    """Protesters, a protest, or a crowd shown protesting ("a crowd protesting the death of a
    vendor")."""
    lemma = tok.lemma_.lower()
    return category_of(tok) == "protester" or lemma in PROTEST_NOUNS or (
        hyphen_word(tok) in PROTEST_NOUNS) or protesting(tok) or (
        lemma in _CROWDS and any(c.lemma_.lower() in PROTEST_VERBS for c in tok.children))


def _protesting_clause(prep: Token) -> bool:
    """An "at" or "on" whose object is a clause of people protesting, as the parser may read
    "fired at students marching on parliament" (the students the subject of the gerund)."""
    return any(c.dep_ == "pcomp" and c.lemma_.lower() in PROTEST_VERBS and any(
        g.dep_ == "nsubj" and is_people(g) for g in c.children) for c in prep.children)


def _aimed_at_protest(verb: Token) -> bool:
    """A verb whose object, or whose "on" / "at" object, is a protest ("fired live rounds at
    protesters", "opened fire on a march", "charged the demonstrators")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "npadvmod") and _protest_people(c):  # "broke up a march" (misparsed)
            return True
        preps = [c] if c.dep_ == "prep" else [  # "opened fire on": the prep hangs on "fire"
            g for g in c.children if g.dep_ == "prep"] if c.dep_ == "dobj" else []
        if any(prep.lower_ in _ON_A_CROWD and (any(
                p.dep_ == "pobj" and _protest_people(p) for p in prep.children) or (
                _protesting_clause(prep))) for prep in preps):
            return True
    return False


def protest_harmed(victims: str, trigger: Token, noun: Token | None, denial: bool) -> bool:
    """Whether the victims of a claim are protesters by the fire on a protest its outcome
    hangs on: people of a kind the guidelines call civilian ("fired on demonstrators, killing a
    student") or the protesters themselves ("broke up the sit-in and arrested 14 of them"); not
    a bare figure, men of no role or "people", which the dev gold leaves unknown ("opened fire
    on protesters ... dozens wounded")."""
    if victims == "unknown" and not denial and noun is not None and noun.lower_ == "them":
        return harmed_at_protest(trigger, noun)
    return victims == "civilian" and harmed_at_protest(trigger, noun)


def harmed_at_protest(trigger: Token, noun: Token | None) -> bool:
    """Whether the people of a claim were harmed by fire on a protest: the outcome hangs on a
    verb aimed at protesters ("Troops fired on protesters, killing two"), or has a "when"
    clause that is ("Three people died when police fired on the march"), or people arrested
    "as they tried to march"; not a bystander, a reporter or an officer."""
    if noun is not None and noun.lemma_.lower() in _BYSTANDERS:
        return False
    node = trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        node = trigger.head.head  # "took 37 of them into custody": the verb of the outcome
    for _ in range(3):
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            break
        node = node.head
        if _aimed_at_protest(node):
            return True
    for clause in trigger.children:
        if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in _WHEN for c in clause.children):
            continue
        if _aimed_at_protest(clause):
            return True
        acts = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        if any(a.lemma_.lower() in PROTEST_VERBS for a in acts) and any(
                c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she") for c in clause.children):
            return True  # "detained 30 activists as they tried to march on parliament"
    return False


# nouns of an armed detachment whose people are its members ("ambushed a patrol": soldiers,
# "an army convoy", "a police patrol": its modifier tells)
_DETACHMENTS = frozenset({"patrol", "convoy", "column", "garrison", "outpost", "squad",
                          "platoon", "unit", "detachment", "contingent"})
_UNARMED_DETACHMENTS = frozenset({"convoy", "column"})  # aid and refugee convoys too


def _object_people(noun: Token) -> tuple[str, str | None] | None:
    """(category, side) of the people an act was done to, named by its object: a noun of
    people with a kind ("protesters", "worshippers", "rebels"), or an armed detachment ("a
    patrol", "a police convoy"); None for "people", "the village" or a thing."""
    cat = category_of(noun)
    if cat is not None and cat != "unknown":
        return cat, side_of(noun)
    if _protest_people(noun):
        return "protester", None  # "opened fire on a march"
    lemma = noun.lemma_.lower()
    if lemma in _DETACHMENTS or noun.lower_ in _DETACHMENTS:
        own = modifier_category(noun)
        if own is None and lemma not in _UNARMED_DETACHMENTS:
            own = "military"
        return (own, side_of(noun)) if own else None
    return None


_CARRY = frozenset({"carry", "transport", "ferry", "bring", "take"})


def _named_people(noun: Token) -> tuple[str, str | None] | str | None:
    """What an object of an act names: (category, side) of people of a kind, "people" for
    people of no kind ("people", "persons", "a crowd"), None for a place, a time or a
    thing ("fire", "the market", "Sunday"); "a crowd of shoppers" names the shoppers."""
    if noun.lemma_.lower() in ("crowd", "crowds", "mob", "group", "gathering"):
        inner = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj"]
        return _named_people(inner[0]) if inner else "people"
    carried = [o for c in (noun, *noun.children) if (c.dep_ == "acl" or c.i == noun.i and (
        c.pos_ == "VERB")) and c.lemma_.lower() in _CARRY for o in c.children if o.dep_ == "dobj"]
    if carried:  # "hit a minibus carrying wedding guests": the guests (also when the parser
        # takes "carrying" for the object)
        return _named_people(carried[0])
    if noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        return None
    kind = _object_people(noun)
    if kind is not None:
        return kind
    if not is_people(noun):
        return None
    if category_of(noun) is None and (trade := wordnet_category(noun) or agent_category(
            noun)) != "unknown":
        return trade, side_of(noun)  # "wedding guests", "truck drivers": a kind by WordNet
    return "people"


def _act_people(verb: Token) -> list[tuple[str, str | None] | str]:
    """The people an act was done to: what its objects of "on", "at", "into" name (on the
    verb or on its object: "opened fire on worshippers", "fired live rounds at a patrol"),
    else what its direct object names, with the nouns coordinated with them."""
    direct, aimed = [], []
    for c in verb.children:
        if c.dep_ == "dobj":
            direct.append(c)
        preps = [c] if c.dep_ == "prep" else [
            g for g in c.children if g.dep_ == "prep"] if c.dep_ == "dobj" else []
        aimed.extend(p for prep in preps if prep.lower_ in _ON_A_CROWD
                     for p in prep.children if p.dep_ == "pobj")
    for nouns in (aimed, direct):
        named = [n for o in nouns for c in (o, *o.conjuncts)
                 if (n := _named_people(c)) is not None]
        if named:
            return named
    return []


def object_victims(trigger: Token) -> tuple[str, str | None] | None:
    """(category, side) of a bare figure harmed by the outcome of an act done to people the
    act names ("opened fire on protesters, killing two": protesters; "ambushed a patrol,
    killing four": military): the outcome is a participle hung on the act (or on the
    participle before it, "killing two and injuring 15"); people of one kind only, else
    None ("fired on soldiers and civilians", "fired on people queuing", "on the crowd")."""
    if trigger.lemma_.lower() in ("lose", "suffer"):
        return None  # "attacked soldiers, losing 12": the attackers' own
    if trigger.pos_ == "NOUN":  # "took 14 passengers hostage": the people before the outcome
        for c in trigger.children:
            cat = category_of(c) if c.dep_ == "compound" and c.pos_ == "NOUN" else None
            if cat is not None and cat != "unknown":
                return cat, side_of(c)
    node = trigger
    for _ in range(3):
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i or node.head.i > node.i:
            return None
        node = node.head
        named = _act_people(node)
        if named:
            kinds = {n[0] for n in named if not isinstance(n, str)}
            if "people" in named or len(kinds) != 1:
                return None
            return next(n for n in named if not isinstance(n, str))
    return None


_RANKS = frozenset({"officer", "personnel", "guard", "recruit", "cadet", "trainee", "agent"})
_POLICE_WORDS = frozenset({"police", "policeman", "policewoman", "constable", "constabulary",
                           "cop"})
_ARMY_WORDS = frozenset({"army", "military", "soldier", "troop", "troops", "navy", "naval",
                         "marine", "defence", "defense", "barracks", "battalion", "regiment",
                         "brigade", "airforce"})


def force_of_ranks(noun: Token) -> str | None:
    """"police" or "military" for a rank both forces have with no word of its own for its
    force ("12 officers", "nine recruits", not "army officers" nor "officers of the
    border guard"), when the sentence names one of the two forces only; else None."""
    if noun.lemma_.lower() not in _RANKS and noun.lower_ not in _RANKS:
        return None
    if modifier_category(noun) is not None or any(
            c.dep_ in ("compound", "amod", "poss") and c.i < noun.i and c.pos_ in (
                "NOUN", "PROPN") for c in noun.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    words = {t.lemma_.lower() for t in noun.doc} | {t.lower_ for t in noun.doc}
    police, army = bool(words & _POLICE_WORDS), bool(words & _ARMY_WORDS)
    if police == army:
        return None
    return "police" if police else "military"
