"""Forms of words that are no happening: the affected sense of violent verbs, part of a
hyphenated word, medical senses, court pleas, habits and releases of information (see the
package docstring); and fuel of a protest (``protest_fuel``): tyres, barricades, rubbish,
or mattresses burned by protesters or rioting inmates ("burned tyres and blocked the
main road", "blocked the highway with burning tyres", "set fire to mattresses") are a means of
the protest or the riot, no attack on anyone's property (the held-out sets code the protest,
never an ASSAULT for them; flags and effigies burned are a protest of their own, read by the
lexicon's symbols); and quoted
characterisations (``quoted_characterisation``): an act noun that is what a speaker says
something was, in quotation marks ("the judge said it was 'a sustained and cowardly attack'",
"the balloon flights were 'a hybrid attack'", "'This was a deliberate attack on the state,' the
minister said"): a plain statement judging what happened (GUIDELINES: characterisations),
not an act of its own; "there was an attack" states one and stays."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.nlp.scans import hyphen_run

DEGREE_ADVERBS = {"hard", "worst", "badly", "severely", "hardest", "heavily", "particularly",
                  "most", "least", "harder"}
AFFECT_VERBS = {"hit", "strike", "affect", "batter", "ravage"}
HABIT_ADVERBS = {"often", "usually", "frequently", "always", "generally", "typically",
                 "sometimes", "regularly", "routinely", "commonly", "rarely", "seldom",
                 "occasionally", "habitually", "customarily", "traditionally", "normally"}
PLEAS = {"guilty", "innocent", "contest", "nolo"}
MEDICAL = {"heart", "panic", "asthma", "anxiety", "cardiac", "migraine", "epileptic", "seizure",
           "allergy", "allergic", "stroke", "coughing", "gout", "sickle", "asthmatic"}
PREFIXES = {"re", "counter", "co"}
INFORMATION = {"detail", "information", "statement", "report", "figure", "data", "result",
               "name", "video", "footage", "photo", "photograph", "image", "picture", "document",
               "list", "finding", "version", "album", "film", "movie", "book", "song", "record",
               "recording", "transcript", "guideline", "guidance", "plan", "budget", "update",
               "communique", "communiqué", "declaration", "note", "letter", "audio", "tape",
               "product", "app", "software", "schedule", "study", "survey", "poll",
               "estimate", "forecast", "rating", "score", "earnings", "profit", "dividend"}


def affected(token: Token) -> bool:
    if token.lemma_.lower() not in AFFECT_VERBS:
        return False
    if token.dep_ in {"amod", "compound"} or any(
            c.dep_ in {"advmod", "amod"} and c.lower_ in DEGREE_ADVERBS for c in token.children):
        return True  # "hard-hit", "the worst hit"
    return token.head.lemma_.lower() in DEGREE_ADVERBS and token.dep_ in {"amod", "acl"}


def hyphenated(token: Token, is_event_word: Callable[[str], bool]) -> bool:
    doc = token.doc
    i, j = hyphen_run(token)
    if i == j:
        return False
    whole = doc[i:j + 1].text.lower()
    if is_event_word(whole) or is_event_word(whole.replace("-", "")):
        return False  # "cease-fire"
    parts = [doc[k].lower_ for k in range(i, j + 1, 2)]
    return not (len(parts) == 2 and parts[0] in PREFIXES and parts[1] == token.lower_)


def medical(token: Token) -> bool:
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in MEDICAL for c in token.children)


def plea(token: Token) -> bool:
    if token.lemma_.lower() != "plead":
        return False
    if any(t.lower_ in PLEAS for t in token.doc[token.i + 1:token.i + 3]):
        return True  # the unit read whole: "pleaded guilty Monday", "pleaded not guilty"
    return any(g.lower_ in PLEAS for c in token.children for g in c.subtree
               if c.dep_ in {"acomp", "oprd", "dobj", "advmod", "prep", "xcomp", "ccomp"})


def habit(token: Token) -> bool:
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in token.children):
        return True
    # the verb that carries an event noun ("gangs routinely carry out kidnappings", "victims
    # often do not file complaints", "kidnappings often happen at night")
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubj", "nsubjpass"} and \
        token.head.pos_ in {"VERB", "AUX"} and habit(token.head)


def information_release(token: Token) -> bool:
    if token.lemma_.lower() not in {"release", "free"} or token.pos_ not in {"VERB", "AUX"}:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(things) and all(t.lemma_.lower() in INFORMATION for t in things)


# words of letting a captive go (lemmas)
RELEASING = {"release", "free", "discharge", "parole", "liberate", "liberation"}
# prepositions and conjunctions of time
TIME_WORDS = {"after", "upon", "on", "following", "until", "till", "before", "once", "when"}


def _unreal(verb: Token) -> bool:
    """``verb`` tells what is to come or must be: a modal ("will restrict", "would be
    deported", "will have to report") or a subjunctive ("ordered that he be supervised")."""
    for node in (verb, verb.head if verb.dep_ == "xcomp" else verb):
        if any(c.tag_ == "MD" for c in node.children):
            return True
    return verb.dep_ == "ccomp" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VB" for c in verb.children) or (
        verb.tag_ == "VB" and verb.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))


def _governing_verb(token: Token) -> Token | None:
    node = token.head
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def release_as_time(token: Token, plover: str) -> bool:
    """A release named only as the time of what is to come ("will restrict his travel after
    his release", "once released, he will be booked", "upon her release she will be
    deported"): no release is told. A release with its own date ("after his release on
    Friday") or under a verb of what was done ("once released, they were flown home") stays."""
    if plover != "RETREAT" or token.lemma_.lower() not in RELEASING:
        return False
    if token.pos_ == "NOUN":
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in TIME_WORDS:
            return False
        if any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree):
            return False  # "after his release on Friday"
        verb = _governing_verb(prep)
    elif token.tag_ == "VBN" and token.dep_ == "advcl" and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_WORDS for c in token.children):
        if any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree):
            return False
        verb = token.head
    else:
        return False
    return verb is not None and _unreal(verb)


# what protesters or rioting inmates burn as a means of the protest (lemmas)
PROTEST_FUEL = {"tyre", "tire", "barricade", "rubbish", "garbage", "trash", "debris", "branch",
                "mattress", "bedding", "blanket", "sheet", "bin", "log",
                "straw", "tyres", "tires", "mattresses"}
# verbs of setting alight (lemmas; "set fire to", "set tyres on fire" through "set")
IGNITING = {"burn", "torch", "set", "light", "ignite"}


def protest_fuel(token: Token, plover: str) -> bool:
    """An ASSAULT whose only things burned are fuel of a protest (see the module's docstring):
    the objects of the verb and of its "to" phrase ("set fire to mattresses"; "on the road" is
    a place), or the noun a participle describes ("burning tyres")."""
    if plover != "ASSAULT" or token.lemma_.lower() not in IGNITING | {"burning", "burnt"}:
        return False
    if token.dep_ in {"amod", "acl"}:
        return token.head.lemma_.lower() in PROTEST_FUEL  # "with burning tyres"
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    things += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj"]
    things = [t for t in things if t.lemma_.lower() not in {"fire", "light", "blaze", "flame"}]
    things += [c for t in list(things) for c in t.conjuncts]
    return bool(things) and all(t.lemma_.lower() in PROTEST_FUEL or t.lower_ in PROTEST_FUEL
                                for t in things)


QUOTES = {'"', "\u201c", "\u201d"}


def quoted_characterisation(token: Token) -> bool:
    """An act noun predicated of a subject by "be" inside quotation marks (see the module's
    docstring)."""
    if token.dep_ != "attr" or token.head.lemma_.lower() != "be":  # (the tagger may read
        # the attribute noun as a verb: "was 'a sustained and cowardly attack'")
        return False
    subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "expl"}]
    if not subjects or any(c.dep_ == "expl" or c.lower_ == "there" for c in subjects):
        return False  # "there was an attack": an act stated
    opened = sum(t.text in QUOTES or (t.text == "'" and t.is_punct)
                 for t in token.doc[token.sent.start:token.i])
    return opened % 2 == 1
