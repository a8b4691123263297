"""Earlier happenings an article names to compare, liken or commemorate (``modes`` flags them
``historical``: the guidelines' background), found by the structure around the act:

- **a likeness**: an act in the object of a verb of likeness or memory ("the shooting recalled
  the attack on a school", "the killing mirrored the murder of a journalist", "evoked the
  massacre"; a participle of imitation: "inspired by the mosque shootings", "modelled on the
  attacks") or under a word of likeness or memory ("reminiscent of the bombing", "similar to
  the assault", "echoes of the riots that killed dozens", "memories of the massacre"). A verb
  of memory ("recall", "remind", "recollect", "remember") likens only when its subject is no
  person: a witness who recalls the attack may tell the story's own;
- **a commemoration**: an act under a noun of commemoration ("the anniversary of the
  bombing", "a memorial to those killed in the ambush", "a remembrance service for those
  shot"), in the object of a verb of commemoration ("commemorated the victims of the
  massacre") or of a verb whose subject is a monument ("a monument honours the soldiers who
  were killed in the ambush"); a vigil or a funeral is not one (it follows the story's act);
- **a comparison**: an act that a superlative or a first is counted from ("the deadliest
  attack since a car bomb killed 20", "the worst violence since the bombing of the embassy",
  "the first protest since police dispersed a rally"): the act after "since" is an earlier
  one, even when the article tells an act of its type as news.

Never when the act's own clause dates it (the caller's check: the date decides).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.roles.participants import is_person
from sitrep.extract.events.tokens import verb_above
from sitrep.nlp.scans import subtree_indices

# verbs whose object is a happening the subject is likened to (lemmas)
LIKENESS_VERBS = {"echo", "mirror", "resemble", "evoke", "parallel", "invoke", "conjure",
                  "recall", "recollect", "remind", "remember", "recreate", "emulate", "copy",
                  "imitate", "replicate"}
# of them, the verbs of memory: a person who recalls an act may tell the story's own
MEMORY_VERBS = {"recall", "recollect", "remind", "remember"}
# participles of an act made after an earlier one ("inspired by the shootings", "modelled on
# the attacks", "patterned after the raid"); lemmas and the forms a tagger may keep
MODELLED = {"inspire", "model", "pattern", "modelled", "modeled", "patterned", "inspired"}
# verbs of commemoration: their object is a happening of the past (or its victims)
COMMEMORATING_VERBS = {"commemorate", "memorialize", "memorialise", "memorialized",
                       "memorialised", "immortalize", "immortalise"}
# nouns and adjectives of likeness, memory and commemoration (lemmas and forms): the act under
# them is an earlier one ("reminiscent of the bombing", "the anniversary of the massacre")
LIKENESS_WORDS = {"echo", "echoes", "memory", "memories", "reminder", "reminders", "reminiscence",
                  "reminiscences", "recollection", "recollections", "parallel", "parallels",
                  "comparison", "comparisons", "similarity", "similarities", "resemblance",
                  "likeness", "reminiscent", "similar", "akin", "redolent", "evocative",
                  "comparable", "analogous", "reprise", "replay", "rerun", "legacy"}
COMMEMORATION_WORDS = {"anniversary", "anniversaries", "memorial", "memorials", "commemoration",
                       "commemorations", "remembrance", "remembrances", "monument", "monuments",
                       "cenotaph", "cenotaphs", "commemorative", "memorialization",
                       "memorialisation", "plaque", "plaques", "mausoleum", "obelisk"}
RECALLING = LIKENESS_WORDS | COMMEMORATION_WORDS
# links up from an act through the noun phrases and objects that hold it
PHRASE_DEPS = {"pobj", "prep", "dobj", "relcl", "acl", "compound", "conj", "appos", "nmod",
               "poss", "pcomp", "amod", "agent"}
PERSON_PRONOUNS = {"i", "we", "he", "she", "they", "you", "who", "many", "some", "others",
                   "everyone", "everybody", "someone", "somebody", "anyone", "anybody"}
PERSON_LABELS = {"PERSON", "NORP", "ORG", "GPE"}
# the words of a superlative or a first that "since" counts from ("the deadliest since")
FIRSTS = {"first", "only", "last"}


def _word(token: Token) -> str:
    return token.lower_ if token.lower_ in RECALLING else token.lemma_.lower()


def _recalling_word(token: Token) -> bool:
    """A word of likeness, memory or commemoration, or a noun it names ("a remembrance
    service", "a memorial plaque")."""
    if token.pos_ not in {"NOUN", "ADJ"}:
        return False
    return _word(token) in RECALLING or any(
        c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "ADJ"}
        and _word(c) in COMMEMORATION_WORDS for c in token.children)


def _personal(subject: Token) -> bool:
    """A subject that may be a person (a pronoun of people, a person's name or group, a noun
    of people: "residents", "witnesses", "the mother")."""
    if subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ in PERSON_LABELS:
        return True
    return is_person(subject)


def _likening_verb(verb: Token, via: Token) -> bool:
    """The verb likens or commemorates what ``via`` (its child on the path from the act)
    holds: its object, or the "of" of "remind X of Y"."""
    lemma = verb.lemma_.lower()
    if lemma in MODELLED and verb.tag_ == "VBN" and (via.dep_ == "agent" or (
            via.dep_ == "prep" and via.lower_ in {"on", "after"})):
        return True  # "inspired by the mosque shootings", "modelled on the 2015 attacks"
    if via.dep_ != "dobj" and not (via.dep_ == "prep" and via.lower_ == "of"
                                   and lemma == "remind"):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if lemma in COMMEMORATING_VERBS:
        return True
    if any(s.pos_ == "NOUN" and _word(s) in COMMEMORATION_WORDS for s in subjects):
        return via.dep_ == "dobj"  # "a monument honours the soldiers who were killed"
    if lemma not in LIKENESS_VERBS:
        return False
    if lemma in MEMORY_VERBS:
        return bool(subjects) and not any(_personal(s) for s in subjects)
    return True


def likened_or_commemorated(trigger: Token) -> bool:
    """The act sits under a word or in the object of a verb of likeness, memory or
    commemoration (the module's docstring)."""
    if trigger.pos_ in {"VERB", "AUX"} and trigger.dep_ not in {"relcl", "acl"}:
        return False  # a clause of its own ("the shooting recalled ...": the shooting's)
    node = trigger
    for _ in range(8):
        if node.dep_ not in PHRASE_DEPS or node.head.i == node.i:
            return False
        head = node.head
        if head.i != trigger.i and _recalling_word(head):
            return True
        if head.pos_ in {"VERB", "AUX"}:
            if _likening_verb(head, node):
                return True
            if head.dep_ not in {"relcl", "acl"}:
                return False  # the clause that holds the act is another's
        node = head
    return False


def _superlative_word(word: Token) -> bool:
    """A superlative by its tag, or by its ending where the tagger took it for a noun ("the
    bloodiest since"; not "priest"), or a first ("the first protest")."""
    if word.tag_ in {"JJS", "RBS"} or (word.lower_ in FIRSTS and word.dep_ == "amod"):
        return True
    return word.tag_ == "NN" and len(word.text) > 5 and word.lower_.endswith("iest") and \
        not word.lower_.endswith("priest") and any(c.lower_ == "the" for c in word.children)


def _superlative(governor: Token, clause: set[int]) -> bool:
    """The governor, or a word of its own phrase outside the "since" clause, is a superlative
    or a first ("the deadliest attack", "the worst", "the first protest")."""
    words = [governor, *(t for c in governor.children if c.i not in clause
                         and c.dep_ in {"attr", "acomp", "amod", "nsubj", "dobj", "advmod"}
                         for t in c.subtree if t.dep_ in {"amod", "advmod"} or t.i == c.i)]
    return any(_superlative_word(w) for w in words if w.i not in clause)


def compared_since(trigger: Token) -> bool:
    """The act is what a superlative or a first is counted from, or is told in the clause
    that is: "the deadliest attack since a car bomb killed 20", "the first protest since
    police dispersed a rally", "the worst violence since the bombing of the embassy"."""
    verb = trigger
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ != "pobj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ in {"VERB", "AUX"}:
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since"
                                           for c in verb.children):
            return False
        return _superlative(verb.head, subtree_indices(verb))
    node = trigger
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "since":
        return False
    since = node.head
    return _superlative(since.head, subtree_indices(since))


# nouns of an occasion that an ordinal counts ("not the first time", "not the first occasion")
OCCASIONS = {"time", "occasion", "instance"}


def not_the_first(trigger: Token) -> bool:
    """The act is told in a relative clause of an occasion that a negated copula says is not the
    first ("It is not the first time Smith has been arrested", "it was not the first time that
    police had raided the house"): earlier acts the story recalls as a class, not the story's
    own act told again."""
    clause = verb_above(trigger)
    if clause.dep_ != "relcl" or clause.head.lemma_.lower() not in OCCASIONS:
        return False
    occasion = clause.head
    if not any(c.dep_ == "amod" and c.lower_ == "first" for c in occasion.children):
        return False
    copula = occasion.head
    return occasion.dep_ == "attr" and copula.lemma_.lower() == "be" and any(
        c.dep_ == "neg" for c in copula.children)
