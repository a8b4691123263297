"""Topics of talk: an act named as what people discuss, debate, report or learn about is no new
happening ("the two leaders discussed the agreements signed by both sides", "they spoke about the
attacks", "a lecture on the massacre", "were briefed on the strikes").
The act is only the subject matter of the talk (a mention of something told elsewhere, or not
told at all); the talk itself (CONSULT, a statement) is the event. A noun act inside the topic
phrase, and an act told by a clause on the topic noun ("the agreements signed by both sides"),
are the topic too.

Read from the dependency parse: the trigger is the object of a verb of discussing, or the object
of "about", "on", "over", "regarding" or "concerning" after a verb or a noun of talk, writing or
learning. Verbs of judging ("condemned the shelling", "blamed the rebels for the attack") are
not verbs of talk: what they judge happened; nor are words of giving facts about an act, which
tell it ("the report on the attack was published", "gave no details about the arrest", "would
not comment on the attack"), nor the passive ("the killing was debated in Lima": the act is the
sentence's subject, told as known). "Reports of gunfire" (of) asserts the gunfire.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.fit import noun_class

# verbs whose direct object is a topic ("discussed the bombing", "debated the sanctions"),
# each lemma with its nouns of the act below
DISCUSSING = {"discuss", "debate", "rehash", "revisit", "analyse", "analyze", "ponder",
              "mull", "contemplate", "deliberate", "examine", "study", "weigh"}
# verbs and nouns of talk, writing and learning whose "about"/"on" phrase is a topic
TALK = DISCUSSING | {
    "talk", "speak", "chat", "converse", "conversation", "discussion", "debate", "dialogue",
    "dialog", "brief", "briefing", "lecture", "seminar", "workshop", "symposium", "panel",
    "article", "story", "book", "documentary", "film", "movie", "essay", "column",
    "editorial", "op-ed", "blog", "podcast", "series", "feature", "piece", "paper", "study",
    "testify", "testimony", "speech", "question", "hearing", "interview",
    "write", "read", "hear", "learn", "know", "think", "reflect", "reminisce", "joke",
    "inform", "educate", "teach", "tweet", "post", "publish", "exhibit", "exhibition",
    "analysis", "lesson", "course", "class", "presentation", "knowledge",
    "memo", "note", "letter", "poem", "song", "thought",
    "novel", "chapter", "thesis", "dissertation", "survey", "poll", "talks",
    "analyse", "analyze",
}
# prepositions that introduce what talk is about
TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning", "re"}
NOUN_POS = {"NOUN", "PROPN"}
PEOPLE_ENTS = {"PERSON", "NORP", "ORG", "GPE"}
VERB_POS = {"VERB", "AUX"}


# words of writing that are talk only as nouns: the verbs name other acts ("was booked into jail
# on charges of", "featured on the front page", "posted on the border")
WRITTEN_NOUNS = {"book", "story", "piece", "paper", "series", "feature", "panel", "class",
                 "course", "chapter", "column", "article", "post", "note"}


def _talk_word(token: Token) -> bool:
    if token.pos_ in VERB_POS and token.lemma_.lower() in WRITTEN_NOUNS:
        return False
    return token.lemma_.lower() in TALK or token.lower_ in TALK


def _topic_noun(noun: Token, shared: bool = True) -> bool:
    """``noun`` is what talk is about: the object of a verb of discussing, or of a topic
    preposition after a word of talk; a conjunct shares its first conjunct's place
    (``shared``)."""
    node = noun
    while shared and node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ == "dobj" and head.pos_ in VERB_POS and head.lemma_.lower() in DISCUSSING:
        return True  # "discussed the bombing"
    if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TOPIC_PREPS:
        talk = head.head
        if talk.i == head.i:
            return False
        if _talk_word(talk):
            return True  # "spoke about the attacks"
        # "gave a lecture on the massacre", "wrote an article about the raids"
        return talk.pos_ in VERB_POS and any(c.dep_ == "dobj" and _talk_word(c)
                                             for c in talk.children)
    return False


def talk_topic(token: Token) -> bool:
    """The act is only the topic of talk: a noun trigger that is a topic, a noun inside a topic
    phrase ("a lecture on the arrests of journalists"), or a clause on a topic noun itself ("the
    agreements signed by both sides"; not a clause on a person the topic names: "examines the
    crimes of the brothers, who burned down a synagogue" tells the burning)."""
    if token.pos_ in NOUN_POS and _topic_noun(token):
        return True
    if token.dep_ in {"acl", "relcl"} and token.head.pos_ in NOUN_POS:
        # the topic noun itself, not a person conjoined to it ("examines the crimes of X and
        # his brother, who burned down a synagogue")
        return token.head.ent_type_ not in PEOPLE_ENTS and _topic_noun(token.head, False)
    if token.pos_ not in NOUN_POS:
        return False
    node = token
    steps = 0
    # climb the noun phrase the trigger is part of
    while node.head.i != node.i and steps < 6 and node.dep_ in {
            "pobj", "prep", "compound", "conj", "appos"} and node.head.pos_ not in VERB_POS:
        node = node.head
        steps += 1
        if node.pos_ in NOUN_POS and _topic_noun(node):
            return True
    return False


# verbs of campaigning whose "against" or "on" phrase names a cause ("campaigned against
# domestic violence", "spoke out against bullying")
CAMPAIGNING = {"protest", "campaign", "rally", "march", "demonstrate", "speak", "lobby",
               "legislate", "advocate", "crusade", "mobilize", "mobilise", "agitate", "preach",
               "educate", "organize", "organise", "stand", "unite"}
CAUSE_PREPS = {"against", "on", "about", "over", "regarding", "concerning"}
# who or what can be "on" an act as a state of theirs ("officers on patrol", "a ship on patrol",
# "workers on hunger strike"), by the WordNet class of the head
HOLDERS = {"person", "group", "animal", "artifact", "body", "location"}
# what makes a noun a particular act: a determiner, a possessor, a number, its own object or
# place, a clause on it ("the killing of", "an attack on the mayor", "the shooting that")
PARTICULAR = {"det", "poss", "nummod", "acl", "relcl", "appos", "npadvmod"}


def _kind_phrase(prep: Token) -> bool:
    """A phrase that keeps a noun a kind: a bare noun with no name ("sexual assault on campus",
    "violence in schools", "assassinations of journalists"); "an attack on the mayor",
    "killings of the Smiths" name one."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(not o.ent_type_ and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in o.children) for o in objects)


def cause_topic(token: Token, headline: bool = False) -> bool:
    """A kind of act named as the cause of a gathering, a law or a campaign: "a rally against
    sexual assault", "a law on domestic violence", "a forum about bullying", "campaigned against
    gun violence". The noun is bare (no determiner, possessor, number, object or clause: a
    kind, not one act); "a protest against the killing of the student" and "a vigil for the
    shooting victims" tell an act that happened, and "on" with a person, a body or a thing, or
    with a bare singular, is a state ("officers on patrol", "workers on hunger strike", "on
    trial"). A headline's bare noun may be one act
    ("Rally against police shooting"), so headlines keep theirs."""
    if headline or token.pos_ not in NOUN_POS or token.dep_ != "pobj":
        return False
    if any(c.dep_ in PARTICULAR or (c.dep_ == "prep" and not _kind_phrase(c))
           for c in token.children) or token.ent_type_:
        return False
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS:
        return False
    head = prep.head
    if prep.lower_ == "on" and (noun_class(head) in HOLDERS or not any(
            c.dep_ in {"amod", "compound", "prep"} for c in token.children) and
            token.tag_ in {"NN", "NNP"}):
        return False  # "officers on patrol", "workers on hunger strike", "on trial": a state
    if head.pos_ in NOUN_POS:
        return noun_class(head) not in {"person", "animal"}  # "a law against kidnapping"
    return head.pos_ in VERB_POS and head.lemma_.lower() in CAMPAIGNING


# verbs and nouns of paying for something (lemmas): what they pay for is their object
FUNDING = {"finance", "fund", "bankroll", "pay", "sponsor", "subsidise", "subsidize",
           "underwrite", "financing", "funding", "sponsorship", "payment"}
# verbs of taking part, whose object a payer's xcomp names ("paid students to join protests")
JOINING = {"join", "attend", "stage", "hold", "swell"}
# nouns of a written message whose "of" phrase is its matter ("a note of protest")
NOTES = {"note", "letter", "message", "statement", "telegram", "cable"}
# nouns of putting down (lemmas), whose bare plural "of"/"on" object is a kind
REPRESSION = {"suppression", "repression", "crackdown", "clampdown", "crushing", "quelling"}


def protest_topic(token: Token, plover: str) -> bool:
    """A protest noun named as what is paid for ("financing the protests", "paid students to
    join rallies", "the financing of demonstrations"), the matter of a note ("a note of
    protest") or a bare plural kind that is put down ("the suppression of protests"): a topic,
    no protest this sentence reports ("joined the protests on Monday", "the crackdown on the
    protest in the square" stay)."""
    if plover != "PROTEST" or token.pos_ not in NOUN_POS:
        return False
    head = token.head
    if token.dep_ == "dobj":
        if head.lemma_.lower() in FUNDING:
            return True  # "financing the protests"
        return head.lemma_.lower() in JOINING and head.dep_ in {"xcomp", "advcl"} and \
            head.head.lemma_.lower() in FUNDING  # "paid students to join protests"
    if token.dep_ != "pobj" or head.dep_ != "prep":
        return False
    noun = head.head
    if head.lower_ == "of" and noun.lemma_.lower() in FUNDING:
        return True  # "the financing of demonstrations"
    if head.lower_ == "of" and noun.lemma_.lower() in NOTES and token.tag_ == "NN" and \
            not any(c.dep_ in {"det", "poss", "nummod"} for c in token.children):
        return True  # "a note of protest"
    return head.lower_ in {"of", "on", "against"} and noun.lemma_.lower() in REPRESSION and \
        token.tag_ == "NNS" and not any(c.dep_ in PARTICULAR for c in token.children)
