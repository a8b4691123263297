"""Wars, violence and fights named as a condition, not told as a happening.

Nouns of a lasting condition of violence ("war", "violence", "conflict", "the fight against",
"bloodshed", "insurgency", "terrorism", "crime") mostly name what an article is about: "US guns
fuel criminal violence in Latin America", "an impact of Mexico's drug war", "the US should
take more responsibility in the fight against drug cartels", "a safe haven from the violence
of the drug trade", "states most affected by drug violence". Such a noun is told as one
happening only when something anchors it:

- a date of its own ("the violence on Sunday", "fighting last week");
- a casualty figure in its phrase ("violence that left 12 dead");
- it is the subject of a verb of outbreak, course or harm ("violence erupted", "fighting
  broke out", "the war has displaced thousands", "clashes killed four");
- it is where a harm happened ("were killed in the violence", "died in the fighting");
- it names its doer ("violence by police against protesters").

Otherwise it is a topic (issue 15: "topics and generic mentions are not happenings"), and
``eventhood`` drops it, with whatever actor or place its phrase names ("Mexico's drug war",
"violence in Honduras"): the country of a war is no anchor in time.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.records import When

NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}
# nouns of a lasting condition of violence (lemmas)
# ("fighting", the gerund of the act, tells it going on: "because of fighting between
# Azerbaijanis and Armenians")
CONDITIONS = {"war", "warfare", "violence", "conflict", "fight", "struggle",
              "bloodshed", "hostility", "hostilities", "aggression", "insurgency", "terrorism",
              "crime", "criminality", "lawlessness", "unrest", "insecurity", "militancy",
              "extremism", "banditry"}
# verbs whose subject is violence that happened (lemmas): outbreak, course, harm
OUTBREAK = {"erupt", "break", "flare", "start", "begin", "resume", "rage", "spread", "spill",
            "intensify", "escalate", "explode", "engulf", "rock", "grip", "sweep", "hit",
            "ravage", "kill", "leave", "claim", "wound", "injure", "displace", "force",
            "drive", "cost", "destroy", "damage", "end", "stop", "cease", "subside",
            "continue", "persist", "last", "follow", "occur", "happen", "unfold", "ensue",
            "take", "trap", "block", "close", "shut", "disrupt", "paralyse", "paralyze",
            "halt", "prevent", "send", "uproot", "empty"}
# harms that happen in violence (lemmas): "killed in the fighting"
HARMS = {"kill", "die", "injure", "wound", "hurt", "displace", "flee", "destroy", "damage",
         "lose", "perish", "trap", "burn", "loot", "capture", "abduct", "kidnap", "arrest",
         "detain", "shoot", "maim", "disappear", "evacuate", "rescue", "strand"}
CASUALTIES = {"dead", "die", "kill", "death", "wound", "injure", "injured", "wounded",
              "victim", "casualty", "life", "body", "toll", "displace", "displaced"}


def _casualties(token: Token) -> bool:
    sub = list(token.subtree)
    return any(t.like_num for t in sub) and any(t.lemma_.lower() in CASUALTIES for t in sub)


def _subject_of_outbreak(token: Token) -> bool:
    node = token
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ not in {"nsubj", "nsubjpass"} or node.head.pos_ not in VERB_POS:
        return False
    verb = node.head
    if verb.lemma_.lower() in OUTBREAK:
        return True
    # "violence began to spread", "fighting has continued killing": the complement's verb
    return any(c.dep_ in {"xcomp", "advcl", "conj"} and c.lemma_.lower() in OUTBREAK
               for c in verb.children)


def _place_of_harm(token: Token) -> bool:
    if token.dep_ != "pobj" or token.head.lower_ not in {"in", "during", "amid", "by"}:
        return False
    verb = token.head.head
    return verb.pos_ in VERB_POS and verb.lemma_.lower() in HARMS


def condition_of_violence(token: Token, plover: str, has_date: bool = False) -> bool:
    """A noun of lasting violence named as a topic: no date, casualty figure, outbreak or harm
    anchors it (see the module's docstring)."""
    if plover != "ASSAULT" or token.pos_ not in NOUN_POS or has_date:
        return False
    if token.lemma_.lower() not in CONDITIONS and token.lower_ not in CONDITIONS:
        return False
    return not (_casualties(token) or _subject_of_outbreak(token) or _place_of_harm(token)
                or _doer(token))


def _doer(token: Token) -> bool:
    """The noun names who did it: "violence by police against protesters"."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.pos_ in NOUN_POS | {"PRON"} for g in c.children)
        for c in token.children)


# --- violence named as the setting of another clause (issue 15: background is no happening) ---
# nouns of fighting told as one stretch of violence (lemmas and forms; "fighting" is often
# tagged as the verb's gerund): with ``CONDITIONS``, the nouns whose setting position below
# makes them the circumstance of another act, not an act the sentence reports
FIGHTS = {"fighting", "fight", "clash", "battle", "combat", "skirmish", "hostility",
          "hostilities", "firefight", "gunfight", "gunbattle", "violence", "bloodshed"}
SETTINGS = CONDITIONS | FIGHTS - {"crime", "criminality", "struggle"}
# verbs of getting away from a danger, whose object (or "from" object) is where one fled
FLIGHT = {"flee", "escape", "evade", "outrun", "dodge", "avoid", "run", "hide", "shelter"}
# prepositions of a circumstance ("amid fighting", "despite the clashes")
CIRCUMSTANCES = {"amid", "amidst", "despite", "notwithstanding"}
# verbs whose object is what a place or a time went through ("the town has seen fighting")
WITNESSED = {"see", "witness", "experience", "suffer", "endure", "know", "undergo"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"}
LONG = {"month", "year"}
# verbs of violence going on, whose perfect tells a state up to now ("fighting has continued")
GOING_ON = {"continue", "persist", "go", "drag", "rage", "grind", "simmer", "linger", "carry",
            "remain"}
# verbs of the course of violence, whose subject is told with it even when dated to years ("the
# war ended in 1994", "fighting broke out in 2019"; not a harm counted over years: "fighting
# killed thousands between 1999 and 2003")
COURSE = {"erupt", "break", "flare", "start", "begin", "resume", "rage", "spread", "intensify",
          "escalate", "end", "stop", "cease", "subside", "continue", "persist", "last", "explode",
          "ignite", "reignite", "die", "ease", "abate", "wane", "return"}
# words of a "since" that opens the story's own days ("since Sunday", "since last week")
STORY_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "yesterday", "today", "tonight", "day", "night", "morning", "afternoon",
              "evening", "dawn", "week", "weekend", "hour"}


def _setting_noun(token: Token) -> bool:
    if token.lemma_.lower() not in SETTINGS and token.lower_ not in SETTINGS:
        return False
    if token.pos_ in NOUN_POS:
        return True
    # "fighting" parsed as a gerund: a noun where it fills a noun's slot or has a noun's words
    return token.tag_ == "VBG" and (token.dep_ in NOMINAL_DEPS or any(
        c.dep_ in {"det", "amod", "relcl"} for c in token.children))


def _fled(noun: Token) -> bool:
    """"fled the fighting", "escaping the violence", "ran from the clashes"."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in FLIGHT
    return noun.dep_ == "pobj" and head.lower_ == "from" and \
        head.head.lemma_.lower() in FLIGHT


def _undergone(noun: Token) -> bool:
    """The agent of a participle or a passive relative that describes another noun ("areas hit
    by fighting", "children displaced by the violence", "people who were uprooted by clashes")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "by":
        return False
    verb = noun.head.head
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "amod"}


def _circumstance(noun: Token) -> bool:
    """"amid fighting", "despite the clashes", "in the midst of the violence"."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in CIRCUMSTANCES or (prep.lower_ == "of" and prep.head.lower_ == "midst")


def _story_day(node: Token) -> bool:
    """``node``'s phrase names a day or a week of the story ("on Friday", "since last week")."""
    return any(t.lemma_.lower() in STORY_DAYS or t.lower_ in STORY_DAYS for t in node.subtree)


def _since(noun: Token, when: When | None) -> bool:
    """The start of a longer period told by a clause: "since fighting broke out in April" (not
    "since the clashes broke out on Friday": the story's own days)."""
    if when is not None and when.precision not in LONG:
        return False
    verb = noun.head  # ("since the clashes", a noun of its own, is a recalled happening)
    return noun.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) and not _story_day(verb)


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ in {"VBN", "VBG"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"}
        for c in verb.children)


def _long_since(verb: Token) -> bool:
    """A "since" on the verb that opens a span longer than the story ("since January", "since
    2019", "since the war began"; not "since Sunday", "since last week")."""
    return any(c.dep_ in {"prep", "advcl"} and (c.lower_ == "since" or any(
        m.dep_ == "mark" and m.lower_ == "since" for m in c.children)) and not _story_day(c)
        for c in verb.children)


def _perfect_state(noun: Token, when: When | None) -> bool:
    """The noun in a present perfect with no day of the story: the subject of a verb of going
    on ("fighting in the east has continued"), the object of a verb of going through ("the town
    has seen repeated fighting"), the subject of a perfect over a span a "since" opens ("the
    violence has killed 300 since January"), or the antecedent of a perfect relative whose
    subject it is ("fighting that has displaced two million"): a state or a running total up
    to now, not one happening. A perfect with no span ("clashes have killed nine people"),
    told with the story's days ("since Sunday", "this month") or with the noun's named parties
    ("the cartel's battles with a rival gang have left dozens dead") stays."""
    if when is not None and when.precision != "year":
        return False
    if noun.dep_ in {"nsubj", "nsubjpass"} and not _parties(noun):
        verb = noun.head
        return _present_perfect(verb) and (verb.lemma_.lower() in GOING_ON or _long_since(verb))
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in WITNESSED:
        return _present_perfect(noun.head)
    return any(c.dep_ == "relcl" and _present_perfect(c) and any(
        g.dep_ in {"nsubj", "nsubjpass"} and g.tag_ in {"WDT", "WP"} for g in c.children)
        for c in noun.children)


def _parties(noun: Token) -> bool:
    """The noun names who fought: a possessor or "between", "with", "by", "against" a named or
    described party ("Barbie's battles with El H", "fighting between the army and the RSF")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {
        "between", "with", "by", "against"}) for c in noun.children)


def _long(when: When | None) -> bool:
    """A year, or a span across months ("in 2021 and 2022", "between 1999 and 2003")."""
    if when is None:
        return False
    if when.precision == "year":
        return True
    return when.start is not None and when.end is not None and when.start[:7] != when.end[:7]


def setting_of_violence(token: Token, plover: str, when: When | None) -> bool:
    """A noun of fighting or violence named as the setting of another act, not told as a
    happening: what people fled or what a place underwent ("fled the fighting", "areas hit by
    clashes"), a circumstance ("amid fighting", "despite the violence"), the start of a longer
    period ("since fighting broke out in April"), a state or running total in the present
    perfect (``_perfect_state``), or a stretch dated to years that is not the subject of its
    course ("disputes that erupted into fighting in 2021 and 2022", "fighting between the clans
    killed hundreds between 2005 and 2008"; "the war that left 30,000 dead ended in 1994"
    stays). The same nouns as the subject of a past verb ("fighting broke
    out on Monday", "the clashes continued into the night"), where harm happened ("killed in
    the fighting") or in a perfect of the story ("fighting has killed 14 since Sunday") stay."""
    if plover != "ASSAULT":
        return False
    noun = token
    if not _setting_noun(noun):
        # a verb whose subject or agent is the noun: "violence has killed", "hit by clashes"
        noun = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}
                     and _setting_noun(c)), None) or next(
            (g for c in token.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj" and _setting_noun(g)), None)
        if noun is None:
            return False
        if noun.dep_ == "pobj":
            return _undergone(noun)
    if _fled(noun) or _undergone(noun) or _circumstance(noun) or _since(noun, when):
        return True
    if _long(when) and not (noun.dep_ in {"nsubj", "nsubjpass"} and
                            noun.head.lemma_.lower() in COURSE):
        return True  # (the subject of its course is told: "the war that left 30,000 dead
        # ended in 1994", ``states.dated_episode``)
    return _perfect_state(noun, when)
