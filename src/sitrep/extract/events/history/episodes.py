"""Named episodes of history ("the Korean War", "the Battle of Mogadishu", "the second
intifada", "the Inquisition") and the acts inside them, named after them or done by them: the
guidelines' background (``modes`` flags them ``historical``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.tokens import entity_labels, has_any
from sitrep.extract.events.when import dated

# nouns of wars and of other long violent or political episodes: one named with a proper noun
# ("the Korean War", "the Battle of Mogadishu", "the Tet Offensive") or an ordinal ("the second
# intifada") is an episode of history, and the acts inside it are background
EPISODE_NOUNS = {"war", "battle", "intifada", "revolution", "uprising", "offensive", "invasion",
                 "siege", "genocide", "holocaust", "massacre", "rebellion", "revolt",
                 "insurrection", "insurgency", "crusade", "blitz", "occupation", "campaign",
                 "coup", "putsch", "raid", "landing", "landings", "liberation", "crisis",
                 "conflict", "troubles", "emergency", "spring", "insurgence", "pogrom",
                 "inquisition", "famine", "terror", "airlift", "conquest", "partition"}
EPISODE_WORDS = frozenset(EPISODE_NOUNS)
# how an act sits inside an episode: "killed in / during the war", "the attacks of the war"
EPISODE_PREPS = {"in", "during", "of", "throughout", "amid", "at"}


def named_episode(noun: Token) -> bool:
    """A named episode of history: an EVENT entity ("the Korean War"), or a noun of the
    ``EPISODE_NOUNS`` family written as a proper noun ("the Battle of Mogadishu", "the Tet
    Offensive") or counted by an ordinal ("the second intifada")."""
    if noun.ent_type_ == "EVENT":
        return True
    if noun.lemma_.lower() not in EPISODE_NOUNS and noun.lower_ not in EPISODE_NOUNS:
        return False
    if (noun.tag_ in {"NNP", "NNPS"} or noun.is_title) and noun.i > noun.sent.start and \
            not dated.title_cased(noun.sent):
        return True  # ("the Inquisition": a common noun to the tagger; not in a headline)
    return any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in noun.children)


def in_named_episode(trigger: Token) -> bool:
    """True when the trigger is a named episode of history, is named after one ("the Tet
    Offensive attacks", "the French Revolution uprising"), or happened inside one ("killed in
    the Korean War", "killings during the second intifada")."""
    doc = trigger.doc
    if not has_any(doc, words=EPISODE_WORDS, lemmas=EPISODE_WORDS) and \
            "EVENT" not in entity_labels(doc):
        return False  # ``named_episode`` needs an EVENT entity or a word of the family
    if named_episode(trigger):
        return True
    if any(c.dep_ == "compound" and named_episode(c) for c in trigger.children):
        return True
    if dated.episode_doer(trigger, named_episode):
        return True  # "the Rwandan Genocide killed 800,000 people"
    node = trigger
    for _ in range(4):  # the trigger, the nouns it is part of, up to its clause's verb
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in EPISODE_PREPS and \
                    any(g.dep_ == "pobj" and named_episode(g) for g in child.children):
                return True
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        node = node.head
    return False
