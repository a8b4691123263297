"""Counts and trends: a plural event noun counted or measured, counted victims of an act dated to
a year or a span of months, a running total since a year, and event nouns that rise or fall
(see the package docstring)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events.eventhood.summaries import phrases_in
from sitrep.extract.events.senses.accidents import WOUNDS
from sitrep.extract.events.senses.fit import noun_class
from sitrep.records import When

STATISTIC_NOUNS = {
    "rise", "drop", "fall", "increase", "decrease", "decline", "surge", "spike", "jump", "dip",
    "reduction", "growth", "upsurge", "uptick", "downturn", "number", "rate", "level", "count",
    "total", "tally", "figure", "share", "percentage", "proportion", "average", "wave", "spate",
    "string", "series", "spree", "rash", "epidemic", "trend", "statistic", "record",
    "toll", "half", "third", "quarter", "majority", "minority", "dozen", "hundred", "thousand",
    "manifestation", "pattern", "cycle", "history", "percent", "%",
}
TREND_VERBS = {
    "increase", "decrease", "rise", "fall", "drop", "decline", "grow", "surge", "soar", "climb",
    "double", "triple", "quadruple", "halve", "plummet", "plunge", "spike", "jump", "dip",
    "slump", "rebound", "shrink", "mount", "escalate", "spread", "persist", "abate", "subside",
}
AGGREGATE_DAYS = 62  # an act dated to a span longer than two months is a count of acts
# quantifiers of a partitive phrase ("most of the kidnappings", "many of the attacks")
QUANTIFIERS = {"most", "many", "all", "some", "several", "few", "none", "any", "much",
               "numerous", "countless", "score", "plenty", "lot", "bulk"}
# what a kind of act is said to be as to how often it happens ("attacks have become more
# frequent", "kidnappings remain common")
FREQUENT = {"frequent", "common", "commonplace", "rare", "routine", "widespread", "rampant",
            "endemic", "prevalent", "rife", "uncommon", "infrequent", "regular", "pervasive",
            "chronic", "recurrent", "systematic", "everyday", "ubiquitous", "unusual",
            "usual", "normal", "typical", "constant", "sporadic", "occasional", "ongoing"}
# verbs taking a person and an "of" phrase ("remind X of Y", "accuse X of Y")
OF_VERBS = {"remind", "accuse", "warn", "inform", "notify", "convince", "persuade", "suspect",
            "acquit", "clear", "convict", "rob", "relieve", "assure", "tell", "apprise", "absolve"}
COPULAS = {"be", "become", "remain", "grow", "get", "stay", "seem", "appear", "prove"}
# doers whose number grows or falls ("more and more people", "fewer and fewer", "ever more")
GROWING = ("more and more", "fewer and fewer", "less and less", "ever more", "ever fewer",
           "increasing numbers", "growing numbers", "rising numbers", "record numbers")
GROWING_SET = frozenset(GROWING)


def _span_days(when: When | None) -> int | None:
    if when is None or not when.start or not when.end:
        return None
    try:
        return (dt.date.fromisoformat(when.end[:10]) - dt.date.fromisoformat(when.start[:10])).days
    except ValueError:
        return None


# measures of a statistic: a number, a rate or a change (not a round count of one happening's
# people, "hundreds of people killed", nor a series of acts, nor a share of a group, "half of
# those killed were children", which may be one happening's)
MEASURES = {"rise", "drop", "fall", "increase", "decrease", "decline", "surge", "spike", "jump",
            "dip", "reduction", "growth", "upsurge", "uptick", "number", "rate", "level",
            "count", "total", "tally", "figure", "average", "statistic", "record", "toll"}
# measures that "a" or "an" makes a vague quantity ("a number of people arrested on Monday")
VAGUE_COUNTS = {"number", "total"}
# counts that make a statistic only over a period ("the number of officers killed rose to 45
# in 2019", "since January"); without one they may be one happening's toll ("the number of
# people killed in clashes rose to 14")
PERIOD_COUNTS = {"number", "count", "total", "tally", "figure", "toll", "record", "statistic",
                 "level"}
# prepositions that link a statistic to those it counts ("the number of", "an increase from
# those arrested", "the share among", "more than")
COUNTING_PREPS = {"of", "from", "in", "among", "amongst", "than", "over", "on"}


def counted_in_statistic(token: Token, when: When | None,
                         is_event_word: Callable[[str], bool] = lambda _: False) -> bool:
    """A participle describing those a statistic counts: "the number of
    officers killed on duty rose to 45", "the rate of people killed by police doubled", "a 15
    percent increase from those arrested in 2019": a figure, not one happening. A vague count ("a number of people arrested") and
    an act with a day of its own ("the number of people killed in Tuesday's attack") stay."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ != "acl":
        return False  # (a relative clause has a tense of its own: "those who were arrested")
    if (when is not None and when.precision == "day") or _in_particular(token, is_event_word):
        return False
    node = token.head
    for _ in range(3):  # "the number arrested", "the number of people arrested"
        if node.lemma_.lower() in MEASURES or node.lower_ in MEASURES:
            if node.lemma_.lower() in PERIOD_COUNTS and not _over_a_period(token, when):
                return False
            return not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in node.children) \
                or node.lemma_.lower() not in VAGUE_COUNTS
        if node.dep_ != "pobj" or node.head.lower_ not in COUNTING_PREPS or \
                node.head.head.i == node.head.i:
            return False
        node = node.head.head
    return False


def _over_a_period(token: Token, when: When | None) -> bool:
    """The sentence counts over a period: a date of a year or a month, a span of months, a
    year named, or "since"."""
    days = _span_days(when)
    if when is not None and (when.precision in {"year", "month"} or (days or 0) > 31):
        return True
    return any(t.lower_ == "since" or (t.like_num and len(t.text) == 4 and t.text.isdigit()
                                       and t.text[:2] in {"19", "20"}) for t in token.sent)


def _in_particular(verb: Token, is_event_word: Callable[[str], bool]) -> bool:
    """The act is placed in a happening or a particular place: "killed in clashes", "killed in
    the attack", "arrested during Tuesday's raid", "detained at the border crossing" (an event
    word, or a definite or possessed noun that is no date): the count is of a happening's
    people."""
    return any(p.dep_ == "prep" and p.lower_ in {"in", "during", "at", "after", "near"} and any(
        o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} and (
            is_event_word(o.lower_) or is_event_word(o.lemma_.lower()) or any(
                g.dep_ == "poss" or (g.dep_ == "det" and g.lower_ in {"the", "this", "that"})
                for g in o.children)) for o in p.children) for p in verb.children)


def aggregate(token: Token, when: When | None) -> bool:
    if token.tag_ in {"NNS", "NNPS"}:
        kids = list(token.children)
        if token.lemma_.lower() not in WOUNDS and any(
                c.dep_ == "nummod" or (c.dep_ == "amod" and c.like_num) for c in kids):
            return True  # "182 murders" (not "two gunshot wounds": one body's)
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "of", "on"} \
                and head.head.lemma_.lower() in STATISTIC_NOUNS:
            return True  # "the drop in murders", "a wave of kidnappings"
        if token.dep_ == "pobj" and head.lower_ == "of" and \
                head.head.lemma_.lower() in QUANTIFIERS and not _of_argument(head.head):
            return True  # "most of the kidnappings", "many of the attacks"
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lemma_.lower() in STATISTIC_NOUNS and not any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
        return True  # "one manifestation of violence"
    if (_counted(token) or (token.dep_ == "acl" and token.head.like_num)) and (
            _since_year(token) or _since_opening(token)):  # ("and 3,200 wounded")
        return True  # "250 people have been arrested since 2011": a running total
    if conflict_toll(token) or (token.dep_ == "nsubj" and conflict_toll(token.head)):
        return True  # "the war has killed tens of thousands": the war's running total
    days = _span_days(when)
    if when is not None and (when.precision == "year" or (days is not None and
                                                          days > AGGREGATE_DAYS)) and \
            not to_come(token):
        # "132 officers were killed in 2014", "153 drivers were killed between 2012 and 2014":
        # counted victims over a year or a span of months (one happening of 1994 keeps its
        # year: only counted participants make it a toll)
        counted = [token.head] if token.dep_ in {"acl", "relcl"} else []
        counted += [c for c in token.children if c.dep_ in {"nsubjpass", "dobj", "nsubj"}]
        return any(any(g.dep_ == "nummod" for g in n.children) or _partitive_number(n)
                   for n in counted)
    return False


# auxiliaries of an act to come ("will be deployed", "would be sent")
TO_COME = {"will", "would", "shall", "'ll", "wo"}


def to_come(verb: Token) -> bool:
    """An act told as to come ("3,000 recruits would be deployed before the end of the year",
    "will be sent by December"): one act planned for a deadline, not a count of acts over the
    year."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.lower_ in TO_COME for c in verb.children)


def _of_argument(quantifier: Token) -> bool:
    """The quantifier is the person object of a verb whose own "of" phrase the parser hung on
    it: "reminded many of the demonstrations", "accused some of the killings"."""
    return quantifier.dep_ == "dobj" and quantifier.head.lemma_.lower() in OF_VERBS


def bare_conjunct(token: Token) -> bool:
    """A bare plural conjoined to another noun ("rates and gang-linked killings"), which shares
    the phrase of its first conjunct."""
    return token.dep_ == "conj" and token.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in token.children)


def first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _partitive_number(noun: Token) -> bool:
    """A number standing for counted people or things: "less than 50 of the applicants" (not
    a sum of money: "$46 million")."""
    return noun.pos_ == "NUM" and noun.ent_type_ != "MONEY" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _counted(token: Token) -> bool:
    """Those the act was done to are counted: "250 people were arrested", "less than 50 of the
    applicants were accepted", "killed 12 people", "132 officers killed" (not the doers: "the
    three countries, which have mediated since 1992")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    counted = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else []
    counted += [c for c in token.children if c.dep_ in {"nsubjpass", "dobj"}]
    if token.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                        for c in token.children):
        counted += [c for c in token.head.children if c.dep_ == "nsubjpass"]
    return any(_partitive_number(n) or any(g.dep_ == "nummod" for g in n.children)
               for n in counted)


def _since_year(token: Token) -> bool:
    """A period opened by a year or a month of a year: "since 2011", "since March 2019"; a
    conjoined clause shares it ("70 gangs were dismantled since 2011, and 250 people
    arrested")."""
    verbs = [token]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    for prep in (c for v in verbs for c in v.children):
        opens = (prep.dep_ == "prep" and prep.lower_ == "since") or (
            prep.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                         for m in prep.children))  # "since it seized power
        # in a coup in February 2021"
        if opens:
            for tok in prep.subtree:
                if tok.like_num and len(tok.text) == 4 and tok.text.isdigit():
                    return True
    return False


# nouns of a long conflict whose perfect toll is its running total ("the war has killed tens of
# thousands"; not a fight or an attack of the story)
CONFLICTS = {"war", "conflict", "insurgency", "uprising", "rebellion", "revolution",
             "occupation", "civil war", "warfare", "crisis", "intifada", "jihad", "genocide"}


def conflict_toll(token: Token) -> bool:
    """A perfect verb of harm whose subject is a long conflict, its victims counted: "the war,
    which erupted in April 2023, has killed tens of thousands of people"."""
    if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in TOLL_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in CONFLICTS:
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for c in token.children if c.dep_ != "nsubj"
           for t in c.subtree):
        return False  # "the war on the border has killed 40 soldiers this month": the story's
    if any(c.dep_ == "prep" and c.lower_ in ANCHORS for c in token.children):
        return False  # "has displaced thousands of families from the valley": anchored
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(_partitive_number(o) or o.pos_ == "NUM" or o.like_num or
               o.lemma_.lower() in NUMBER_NOUNS or any(
                   g.dep_ in {"nummod", "quantmod"} or g.like_num for g in o.subtree)
               for o in objects)  # "tens of thousands", "more than 300,000 people"


# prepositions of a place or a stretch that anchor a toll in the story ("from the valley")
ANCHORS = {"in", "from", "at", "across", "near", "on", "during", "around", "inside", "outside",
           "along", "over", "within", "throughout"}
NUMBER_NOUNS = {"ten", "dozen", "score", "hundred", "thousand", "million", "billion"}


PERFECT = {"have", "has", "had", "'ve", "'s", "'d"}
# verbs of what befalls people and homes, whose counted total is a toll (the casualty
# claims' outcomes); "have been demobilized since the accord" is no toll
TOLL_VERBS = {"kill", "injure", "wound", "hurt", "maim", "shoot", "murder", "slay", "execute",
              "behead", "massacre", "arrest", "detain", "jail", "imprison", "abduct", "kidnap",
              "displace", "destroy", "damage", "burn", "loot", "disappear", "torture", "rape"}


def _since_opening(token: Token) -> bool:
    """A perfect passive verb with no doer counted over a period that "since" opens by a
    happening ("330 people had been killed and 3,200 wounded since the conflict erupted", "40
    people have been killed since the start of the fighting"): a running total of an ongoing
    story, whose acts the article tells elsewhere if at all. "Since Monday" counts the story's
    own days, which ``summaries`` leaves as told; with its doers ("police have detained 14
    people since the protests began") the sentence tells their acts."""
    if token.lemma_.lower() not in TOLL_VERBS:
        return False
    verbs = [token]
    if token.dep_ == "acl" and token.head.dep_ == "conj":
        verbs.append(token.head.head)  # "had been killed and 3,200 wounded", "3,200" the conj
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT for v in verbs for c in v.children):
        return False
    if any(c.dep_ in {"nsubj", "agent"} for v in verbs for c in v.children):
        return False  # "police have detained 14 people since Monday": the doers' acts
    for word in (t for v in verbs for t in v.subtree):
        if word.lower_ != "since" or word.dep_ not in {"mark", "prep"}:
            continue
        if word.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}
                                       for o in word.children):
            if _told_bare(verbs):
                return True  # "11 people had been killed since Monday": the toll alone
            continue  # "since Monday ... in clashes": the story's own days (``summaries``)
        node = word.head if word.dep_ == "mark" else word
        for _ in range(4):  # "since the conflict erupted", hung on a conjoined outcome
            if node.i in {v.i for v in verbs}:
                return True
            if node.head.i == node.i:
                break
            node = node.head
    return False


# nouns of a setting that tells no act of its own ("killed in violence since December")
SETTING_NOUNS = {"violence", "bloodshed", "unrest", "violences", "turmoil",
                 "chaos", "lawlessness", "insecurity"} | CONFLICTS
# the harms whose counted total is a casualty figure (the claims' outcomes); arrests and
# seizures counted since a day stay the story's acts
CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "maim", "murder", "slay", "massacre", "shoot"}


def _told_bare(verbs: list[Token]) -> bool:
    """A counted perfect passive toll over the story's own days that names nothing of the act
    ("11 people had been killed since Monday", "officials said 11 servicemen had been killed
    since Saturday", "700 people have been killed in violence since December"): a casualty
    figure, a claim and no happening of its own (events/GUIDELINES.md, "quantities alone").
    An act noun, a common-noun place or a weapon beside it ("killed in clashes since Sunday",
    "killed in the city", "by gunmen", "with machetes") or a conjoined act keeps it told."""
    for verb in verbs:
        if verb.lemma_.lower() not in CASUALTY_VERBS or not _counted(verb) or not any(
                c.dep_ == "auxpass" for c in verb.children):
            return False
        for child in verb.children:
            if child.dep_ in {"agent", "conj", "advcl", "xcomp", "npadvmod"}:
                return False
            if child.dep_ != "prep" or child.lower_ in {"since", "despite", "notwithstanding"}:
                continue
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if obj.pos_ == "NOUN" and obj.lemma_.lower() not in SETTING_NOUNS:
                    return False
    return True


def growing_doers(token: Token) -> bool:
    """The act of a growing or falling number of doers: "leading more and more to seek
    asylum", "more and more farmers are joining", "ever fewer judges dare to convict"."""
    if not phrases_in(token.doc, GROWING_SET):
        return False
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "advmod", "npadvmod"}
             and c.i < verb.i]
    if verb.dep_ in {"xcomp", "advcl", "ccomp"}:  # "leading more and more firms to sign"
        doers += [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return any(" ".join(t.lower_ for t in d.subtree).startswith(GROWING) for d in doers)


# adjectives of how often an act recurs, on a plural act noun ("frequent visits", "repeated
# attacks", "regular raids", "periodic strikes"): a habit, not one happening
RECURRING = {"frequent", "repeated", "regular", "periodic", "recurring", "recurrent",
             "occasional", "sporadic", "routine", "constant", "continual", "incessant",
             "persistent", "habitual", "daily", "nightly", "weekly", "monthly", "yearly",
             "annual", "customary", "endless", "ceaseless", "relentless", "intermittent"}


def recurring(token: Token, when: When | None) -> bool:
    """A plural act noun with an adjective of recurrence and no date of its own: "made
    frequent visits to the region", "repeated attacks on the convoys"."""
    if when is not None or token.pos_ not in {"NOUN", "PROPN"} or token.tag_ != "NNS":
        return False
    return any(c.dep_ == "amod" and {c.lower_, c.lemma_.lower()} & RECURRING
               for c in token.children)


# prepositions of where an act spreads to ("protests spread to Lyon", "into the suburbs")
REACHING = {"to", "into"}
# place nouns the WordNet classes file under other heads ("the capital", "villages")
PLACE_WORDS = {"capital", "village"}


def _to_place(verb: Token) -> bool:
    """ "Spread to Tartu and Narva", "into neighbouring districts": the verb goes to a place (a
    proper name: a place, or a firm a strike spreads to; or a noun of the WordNet class of
    locations)."""
    return any(c.dep_ == "prep" and c.lower_ in REACHING and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or noun_class(g) == "location"
                              or g.lemma_.lower() in PLACE_WORDS)
        for g in c.children) for c in verb.children)


def trend(token: Token) -> bool:
    if growing_doers(token):
        return True
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    if verb.lemma_.lower() == "spread" and _to_place(verb):
        return False  # "protests spread to three more towns": they took place there
    if verb.lemma_.lower() in TREND_VERBS:
        return True
    if verb.lemma_.lower() in COPULAS and any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in FREQUENT for c in verb.children):
        return True  # "attacks have become more frequent", "kidnappings remain common"
    # "violence began decreasing": the trend verb is the complement of an aspect verb
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in TREND_VERBS for c in verb.children)


# mass nouns of violence that, bare, name many happenings ("ethnic violence since 2019")
MASS_VIOLENCE = {"violence", "bloodshed", "unrest", "violences"}
YEAR_DAYS = 120  # a span longer than about four months: a stretch of many happenings


def _bare(noun: Token) -> bool:
    """A plural event noun with no determiner, possessor or number ("bombings in the
    province", "militia raids"), or a bare mass noun of violence ("ethnic violence")."""
    if noun.pos_ != "NOUN" or not (noun.tag_ == "NNS" or noun.lemma_.lower() in MASS_VIOLENCE):
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "predet"} or c.like_num
                   for c in noun.children)


def _years_long(when: When | None) -> bool:
    days = _span_days(when)
    return when is not None and (when.precision == "year" or (days or 0) > YEAR_DAYS)


def kinds_over_years(token: Token, when: When | None,
                     is_event_word: Callable[[str], bool] = lambda _: False) -> bool:
    """A bare plural event noun told over a year or more ("bombings in the province killed more
    than 600 people in 2019", "riots in 2011 and 2012 were crushed", "have died in clashes with
    police since 2015", "killed in ethnic violence since 2019"), or the act whose subject it is
    ("ambushes on army convoys killed dozens of soldiers in 2018"): a summary of many unnamed
    happenings, not one. A day ("bombings killed 12 on Monday"), a determiner or a number ("a
    bombing in 2019", "two attacks last year"), an act to come and the object of an act ("the two
    countries signed agreements last year") keep the happening."""
    noun = token
    if token.pos_ in {"VERB", "AUX"}:
        noun = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if noun is None or not (is_event_word(noun.lower_) or is_event_word(
                noun.lemma_.lower())):
            return False
    if not _bare(noun) or noun.dep_ in {"dobj", "attr", "oprd"}:
        return False  # "signed agreements last year": one act done to things of a kind
    verb = token if token.pos_ in {"VERB", "AUX"} else noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.dep_ in {
            "pobj", "prep", "conj", "nsubj", "nsubjpass", "dobj"}:
        verb = verb.head
    if verb.pos_ in {"VERB", "AUX"} and to_come(verb):
        return False
    if when is not None and when.precision == "day":
        return False
    return _years_long(when) or (verb.pos_ in {"VERB", "AUX"} and _since_year(verb))
