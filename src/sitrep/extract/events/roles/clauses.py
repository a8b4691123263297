"""The parties a trigger's clause names around it, for ``actors.roles``: the subject of the clause
that governs a noun trigger ("Canada said it will suspend ... while an investigation is
underway"), the objects of its complement ("agreed to provide aid for Romania"), every party of
"between A and B", the one who brings parties together, the ones a companion verb forces ("...,
forcing A and B to ..."), a subject the parser left before a finite verb, and the verbs of dying
and the active verbs a noun trigger is an adjunct of ("two farmers died in an attack", "rebels
killed 46 civilians in an attack on a village").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import singulars
from sitrep.extract.events.roles import participants
from sitrep.extract.events.roles.finder import STANCE_NOUNS, ActorFinder, unique_actors
from sitrep.extract.events.roles.nouns import same_name, speaker_of, told_clause
from sitrep.extract.events.roles.participants import pobjs
from sitrep.records import Actor
from sitrep.resources import read_tsv

RELATIVE_WORDS = {"who", "whom", "which", "that"}
WH_ADVERBS = {"where", "when", "why", "how", "whereby", "wherever", "whenever"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
# verbs of crowds gathering or moving, intransitive: no participle of theirs is a passive
GATHERING = {"protest", "march", "rally", "demonstrate", "gather", "riot", "assemble", "converge",
             "picket", "parade", "mass", "congregate"}
LOCATIVE = {"in", "near", "at", "outside", "of", "from", "around"}
RECIPROCAL = {"clash", "fight", "fighting", "battle", "skirmish", "war", "hostility", "exchange",
              "trade", "shootout", "gunfight", "firefight", "gunbattle",
              "confrontation"}
FORCE_VERBS = {"force", "urge", "compel", "press", "push", "ask", "oblige", "require", "pressure",
               "call", "invite", "encourage", "order", "lead"}
EVENT_PREDICATES = {"be", "begin", "continue", "start", "take", "resume", "escalate", "intensify",
                    "erupt", "break", "occur", "happen", "follow", "come", "last", "remain"}
# verbs whose subject acts against the act their object names: keeps it from happening or
# going on ("police dispersed the rally", "troops thwarted an attack", "the army crushed the
# uprising"), so is none of its doers; and the same with a particle ("broke up", "put down")
STOPPING = {"prevent", "avert", "forestall", "preempt", "pre-empt", "thwart", "foil", "frustrate",
            "block", "obstruct", "bar", "prohibit", "forbid", "outlaw", "disperse", "scatter",
            "crush", "quell", "suppress", "repress", "squash", "quash", "smash", "disrupt",
            "repel", "repulse", "contain", "curb", "stifle", "subdue", "dismantle", "sabotage",
            "hamper", "hinder", "impede", "neutralize", "neutralise", "defeat"}
PHRASAL_STOPPING = {("break", "up"), ("put", "down"), ("stamp", "out"), ("fend", "off"),
                    ("ward", "off"), ("beat", "back"), ("beat", "off"), ("drive", "back"),
                    ("push", "back"), ("turn", "back"), ("fight", "off"), ("head", "off"),
                    ("shut", "down"), ("clamp", "down"), ("crack", "down")}
# verbs of perceiving, telling of, remembering or feeling about an act, whose subject beholds
# the act their object names, so is none of its doers ("residents decried the attack",
# "villagers mourned the massacre", "witnesses recalled the stabbing", "reporters covered the
# protest"); not the verbs of owning up to one's act ("admitted", "claimed") nor of recording
# it, which a doer may do to his own act ("Ranger filmed the assaults")
BEHOLDING = {"decry", "deplore", "bemoan", "lament", "mourn", "grieve", "regret", "rue",
             "describe", "recount", "narrate", "relate", "detail", "recall", "remember",
             "recollect", "commemorate", "memorialize", "memorialise", "discuss", "debate",
             "report", "cover", "document", "witness", "watch", "see", "observe", "hear", "notice", "survive", "escape",
             "investigate", "probe", "examine", "analyze", "analyse", "study", "review",
             "explain", "mention", "cite", "question", "doubt", "fear", "dread", "predict",
             "forecast", "anticipate", "expect", "imagine", "depict", "portray", "dramatize",
             "dramatise", "publicize", "publicise", "highlight", "condemn", "denounce",
             "criticize", "criticise", "blame", "praise", "applaud", "hail",
             "welcome", "celebrate", "mark"}
# verbs of confirming an act: their subject beholds a violent act or a protest ("a police
# spokesman confirmed the attack"), but may be a party to a deal it confirms ("the company
# confirmed negotiations with buyers")
CONFIRMING = {"confirm", "verify", "corroborate"}
# verbs of bringing to a stop that may be one's own act ("workers ended the strike"): an act of
# protest they stop is another's when their subject holds the power to stop it
ENDING = {"stop", "halt", "end", "interrupt", "cancel", "terminate", "break"}
# the sectors of those who stop others' protests (police, army, government, courts)
STOPPERS = {"COP", "MIL", "GOV", "JUD", "SPY"}


def stops(verb: Token, plover: str, finder: ActorFinder) -> bool:
    """Whether ``verb`` keeps the act its object names from happening or going on, so its
    subject is none of the act's doers: a verb of ``STOPPING`` (with its particle:
    ``PHRASAL_STOPPING``), or, for a protest, a verb of ``ENDING`` whose subject is police, an
    army, a government or a court ("police halted the march"; not "workers ended the strike")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma in STOPPING or any((lemma, p) in PHRASAL_STOPPING for p in particles):
        return True
    if lemma not in ENDING or plover != "PROTEST":
        return False
    subject = finder.subject(verb)
    return bool(subject) and all(a.sector in STOPPERS for a in subject)


# the links by which the clause of a happening ("when the shooting occurred") hangs from another
# clause: a setting in time or a clause beside it, whose subject did not do the act
SETTING_DEPS = {"advcl", "conj", "relcl", "acl"}
# predicates of an act in progress, not of its happening
ONGOING = {"be", "remain", "continue", "last"}
# verbs whose passive agent did the act named by their subject ("the attack was carried out /
# committed / claimed by X")
PERPETRATE = {"carry", "commit", "perpetrate", "conduct", "launch", "stage", "mount", "execute",
              "orchestrate", "mastermind", "claim"}


# acts whose doer may be a bystander or the victim of a clause it is the setting of ("died in
# an ambush"), and the verbs whose subject does take part in it ("took part in the attack")
VIOLENT = {"ASSAULT", "COERCE"}
PARTICIPATE = {"take", "participate", "engage", "join", "involve", "lead", "help", "assist",
               "collaborate", "cooperate", "act"}


# verbs whose subject convenes the protest that is their object: its organisers, its actors
CONVENING = {"call", "announce", "declare"}
DYING = {"die", "perish", "succumb", "drown", "burn"}


def died_in(trigger: Token) -> Token | None:
    """The verb of dying a noun trigger is an adjunct of ("two farmers died in an attack", "a
    prisoner died as a result of torture", "died of wounds from the shelling"): its subject
    underwent the act."""
    node = trigger
    for _ in range(6):  # noun <- preposition (<- noun <- preposition) <- verb
        if node.dep_ not in {"pobj", "prep"} or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node if node.lemma_.lower() in DYING else None
    return None


def adjoined_act(trigger: Token, triggers: set[int]) -> Token | None:
    """The active verb trigger a noun trigger is an "in/during" adjunct of ("killed 46 civilians
    in an attack", "police arrested five men in a raid"); None for a passive or participle
    verb, whose subject underwent the act ("he was killed in an attack")."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in {"in", "during"}:
        return None
    verb = trigger.head.head
    if (verb.i not in triggers or verb.pos_ not in {"VERB", "AUX"}
            or trigger.lemma_.lower() in RECIPROCAL):
        return None  # "killed in a clash with X": both sides fought (``RECIPROCAL``)
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                      for c in verb.children):
        return None  # "18 others wounded in a clash": a passive the parser gave a subject
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


# verbs whose passive states the subject's own stance or part ("is opposed to", "was engaged
# in", "is committed to"): the subject acts
STATIVE = {"oppose", "engage", "involve", "commit", "dedicate", "devote", "determine",
           "resolve"}


def stative(verb: Token, kids: list[Token]) -> bool:
    """A passive of stance with no "by" agent ("X is opposed to Y"; not "the plan was opposed
    by X")."""
    return (verb.lemma_.lower() in STATIVE and verb.tag_ == "VBN"
            and not pobjs(verb, {"by"}, kids))


def passive_or_intransitive(kids: list[Token]) -> bool:
    """A verb with no direct object ("was killed", "died"): what happened to its subject."""
    return not any(c.dep_ in {"dobj", "dative"} for c in kids)


def own_actors(trigger: Token, finder: ActorFinder, kids: list[Token],
                triggers: set[int]) -> list[Actor]:
    """The one who brings parties together ("X mediated between A and B", "X hosted a meeting
    between A and B"): the subject of the verb or of the clause governing the noun, its "by"
    phrase or possessive."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return finder.subject(trigger)
    agent = pobjs(trigger, {"by"}, kids)
    if agent:
        return finder.conjoined(agent[0])
    poss = [c for c in kids if c.dep_ == "poss"]
    if poss:
        return finder.conjoined(poss[0])
    if trigger.dep_ == "dobj" and trigger.head.pos_ in {"VERB", "AUX"}:
        return finder.subject(trigger.head)  # "X hosted a meeting between A and B"
    return governing_actors(trigger, finder, triggers, "CONSULT")


def convened(trigger: Token, verb: Token, plover: str) -> bool:
    """Whether ``verb`` convenes the protest ``trigger`` names as its object ("the union called a
    strike", "students called for a march"; not "called for an end to the strike")."""
    if plover != "PROTEST" or verb.lemma_.lower() not in CONVENING:
        return False
    head = trigger.head
    return (head.i == verb.i and trigger.dep_ == "dobj") or (
        head.lower_ == "for" and head.head.i == verb.i)


def governing_actors(trigger: Token, finder: ActorFinder, triggers: set[int],
                      plover: str = "") -> list[Actor]:
    node = trigger
    direct = True  # still inside the argument chain of the noun
    reported = False  # the noun stands in a clause a speaker reports
    happening = False  # the noun is the subject of a verb of happening ("the shooting occurred")
    while node.head.i != node.i:
        dep = node.dep_
        if participants.reported_clause(dep, plover):
            return []  # "ministers said the bombing ...": a speaker is not the bomber
        if happening and dep in SETTING_DEPS:
            # "the doctor's wife was home when the shooting occurred", "police arrested a man
            # after the attack took place", "the attack began and residents fled": the clause
            # of the happening is the act's own; another clause's subject is no party of it
            return []
        reported = reported or dep in {"ccomp", "parataxis"}
        node = node.head
        if dep == "pobj" and direct and node.lower_ in participants.TOPIC_PREPS:
            return []  # "summoned the envoy over the clash": a topic, not the subject's act
        if (dep == "pobj" and direct and plover in participants.NOT_THE_SPEAKERS
                and participants.words_about(node)):
            return []  # "the army gave no reason for the shelling": a speaker, not a doer
        if dep == "pobj" and direct and node.lower_ == "at" and node.head.pos_ == "VERB" \
                and node.head.lemma_.lower() not in PARTICIPATE \
                and any(c.dep_ == "dobj" for c in node.head.children):
            # "officers scanned the crowd at the march", "police arrested 20 people at the
            # protest": the occasion of another act, done by others than its subject
            return []
        if (dep == "pobj" and direct and node.lower_ in {"in", "during"} and plover in VIOLENT
                and node.head.lemma_.lower() not in PARTICIPATE
                and trigger.lemma_.lower() not in RECIPROCAL):
            # "a policeman died in an ambush", "villagers hid during the attack"; not "died in
            # a firefight with rebels": both sides fought
            return []
        if (node.lemma_.lower() in DYING and plover in VIOLENT
                and trigger.lemma_.lower() not in RECIPROCAL):
            return []  # "a prisoner died as a result of torture": the one who died underwent it
        if node.i in triggers and direct and dep in {"dobj", "pobj", "prep", "conj", "appos"} and (
                not convened(trigger, node, plover)):
            return []  # the object of another event: "condemned the attacks"; not a protest
            # "called" by its organisers ("the union called a strike", "called for protests")
        if direct and dep == "dobj" and (stops(node, plover, finder)
                                          or node.lemma_.lower() in BEHOLDING or (
                node.lemma_.lower() in CONFIRMING and plover in participants.NOT_THE_SPEAKERS)):
            # "police dispersed the rally", "troops thwarted an attack", "residents decried the
            # attack", "witnesses recalled the stabbing": not its doers
            return []
        if node.pos_ in {"VERB", "AUX"}:
            if participants.interrogative_subject(node):
                return []  # "officials would not say who ordered the arrests": not known
            if (node.dep_ == "pcomp" and plover in participants.NOT_THE_SPEAKERS
                    and participants.words_about(node.head)):
                return []  # "would not comment on whether it was related to the assault"
            if dep == "nsubjpass" and node.lemma_.lower() in PERPETRATE and direct:
                # "the shooting was carried out by a lone gunman"
                agent = pobjs(node, {"by"})
                return finder.conjoined(agent[0]) if agent else []
            if dep in {"nsubj", "nsubjpass"}:
                if node.lemma_.lower() not in EVENT_PREDICATES or node.i in triggers:
                    return []  # "the attacks will target ...": the noun is an actor itself
                direct = False
                # not a state the act is in ("suspend exports while an investigation is
                # underway": the subject's own act may go on)
                happening = node.lemma_.lower() not in ONGOING
                continue
            if any(c.dep_ in {"nsubj", "csubj"} and c.i in triggers for c in node.children):
                return []  # "the killing of a teenager sparked protests": an act is no party
            found = finder.subject(node) if node.i not in triggers or not direct or (
                convened(trigger, node, plover)) else []
            if found and plover not in ENFORCED and told_clause(node):
                found = []  # "X was charged with organising riots, his lawyer said": the
                # subject read upwards is the speaker, no rioter
            if not found and dep == "prep" and stative(node, list(node.children)):
                # "forces were engaged in ethnic cleansing", "was involved in the attack"
                found = [a for c in node.children if c.dep_ == "nsubjpass"
                         for a in finder.conjoined(c)]
            if not found and dep == "agent":
                found = _stance_subject(node, finder)
            if not found and dep in {"pobj", "agent", "prep"}:
                # "X was charged with organising riots, his lawyer said": not the lawyer (an
                # arrest or a ban the speaker reports may be the speaker's own, below)
                found = finder.governing_subject(node, speakers=plover in ENFORCED)
            if found and reported and plover in ENFORCED:
                # "police said the arrest followed a tip"; not "his family said the arrest was
                # illegal", "rights groups said the expulsions were unlawful": a speaker who
                # holds no power to arrest or expel reports or judges the act
                return [a for a in found
                        if a.sector in ENFORCERS and not counsel(a, _title_words(a, finder))]
            if found:
                return found
            direct = False
    return []


# acts only a state, an armed group or an international body does (arrests, bans, sanctions,
# expulsions), and the sectors of those who can do them
ENFORCED = {"COERCE", "SANCTION"}
ENFORCERS = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY", "REB", "PRM", "UAF", "CRM", "IGO", "ELI"}


# words for a party's legal adviser WordNet files elsewhere than under "lawyer"
COUNSEL = frozenset({"counsel", "counsellor", "counselor", "solicitor", "advocate"})


@cache
def _offices() -> frozenset[str]:
    """The titles the titles table names an office of ("district attorney", "prosecutor")."""
    return frozenset(row["term"] for row in read_tsv("titles.tsv") if row.get("office"))


@cache
def _counsel_nouns() -> frozenset[str]:
    """The nouns of WordNet's lawyer family ("lawyer", "attorney", "barrister", "defense
    lawyer", "public defender") but those the titles table names an office of (a prosecutor,
    a district attorney: officers of the state), the other words for a legal adviser
    (``COUNSEL``) and the titles of the judiciary they end ("defence counsel")."""
    offices = _offices()
    nouns = {row["term"] for row in read_tsv("actor_nouns.tsv") if row["anchor"] == "lawyer.1"}
    nouns |= {row["term"] for row in read_tsv("titles.tsv") if row["sector"] == "JUD"
              and not row.get("office") and row["term"].split()[-1] in COUNSEL}
    return frozenset((nouns | COUNSEL) - offices)


def _title_words(actor: Actor, finder: ActorFinder) -> str:
    """The three words right before an actor's phrase in its sentence: the title a name's
    record leaves out ("defence attorney" of "Defence attorney Maria Costa")."""
    sentence = finder.sentence
    if sentence is None or not sentence.start <= actor.evidence.start <= sentence.end:
        return ""
    return " ".join(sentence.text[:actor.evidence.start - sentence.start].split()[-3:])


def counsel(actor: Actor, title: str = "") -> bool:
    """Whether an actor is someone's lawyer ("his lawyer", "defence attorney Ann Ruiz",
    "the family's lawyers"): a judicial sector by a noun of the lawyer family in its phrase or
    its ``title`` (the words before a name), no office of the state; a lawyer speaks for a
    party and holds no power to arrest, ban or expel."""
    if actor.sector != "JUD" or actor.office:
        return False
    words = [w.strip(".,'\"").lower() for w in f"{title} {actor.text}".split()]
    words = [w.removesuffix("'s") for w in words if w]
    phrases = {" ".join(words[k:k + n]) for n in (1, 2, 3) for k in range(len(words) - n + 1)}
    forms = phrases | {s for p in phrases for s in singulars(p)}
    if forms & _offices():  # "District Attorney Ann Ruiz", "the prosecutors"
        return False
    return bool(forms & _counsel_nouns())


def forced(trigger: Token, finder: ActorFinder) -> list[Actor]:
    """Recipients named by a companion verb: "the call for a ceasefire, forcing A and B to ..."."""
    node = trigger
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"advcl", "xcomp", "conj"} and child.lemma_.lower() in FORCE_VERBS:
                objs = [c for c in child.children if c.dep_ in {"dobj", "dative"}]
                if objs:
                    return finder.conjoined(objs[0])
        if node.head.i == node.i:
            break
        node = node.head
    return []


def parties(pobj: Token, finder: ActorFinder) -> list[Actor]:
    """Every party of "between A (in X, backed by Y) and B": the object and the conjuncts in its
    phrase, not the modifiers' objects nor the words of a name inside an "of" or "for" phrase
    ("between officials of the Ministry of Justice and Security and the police": two
    parties)."""
    heads = [pobj]
    for tok in pobj.subtree:
        if tok.dep_ != "conj" or tok.i == pobj.i:
            continue
        node, ok = tok, True
        # a capitalised conjunct with no article of its own inside an "of" or "for" phrase
        name_part = tok.pos_ == "PROPN" and not any(c.dep_ == "det" for c in tok.children)
        while node.i != pobj.i and node.head.i != node.i:
            if node.dep_ in {"acl", "relcl", "agent", "advcl", "appos"} or (
                    node.dep_ == "pobj" and node.head.lower_ in {"of", "for"} and name_part):
                ok = False  # a word of a name ("the Ministry of Justice and Security")
                break
            node = node.head
        if ok and not same_name(tok, tok.head):  # "Justice and Public Security": one name
            heads.append(tok)
    out: list[Actor] = []
    for head in heads:
        out.extend(finder.phrase(head))
    return unique_actors(out)


def verbless_subject(trigger: Token) -> Token | None:
    """The subject of a finite verb the parser hung as a modifier on the sentence's first noun,
    leaving the sentence with no verb at its root ("Lithuania's foreign minister called on EU
    governments to ...", "The province's MEC for safety called on the government to ..."): that
    root noun; also a verb of gathering or marching, which has no passive ("Hundreds of
    residents protested in Mzuzu", "Hundreds of strikers marched to the ministry", tagged as a
    participle). None for a true participle modifier ("the man arrested on Monday", "a woman
    called Smith", "Hundreds arrested in raids"): one with no object or complement of its own,
    or under a verb."""
    if trigger.pos_ not in {"VERB", "AUX"} or trigger.dep_ != "acl":
        return None
    root = trigger.sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i > trigger.i:
        return None
    kids = {c.dep_ for c in trigger.children}
    if kids & {"nsubj", "nsubjpass", "auxpass", "aux", "agent"}:
        return None
    infinitive = any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children)
                     for c in trigger.children)  # "called on parents to keep ..."
    if trigger.tag_ != "VBD" and not (kids & {"dobj", "ccomp"} or infinitive) and (
            trigger.lemma_.lower() not in GATHERING):
        return None
    node = trigger.head
    while node.i != root.i:  # only nouns and prepositions between it and the root
        if node.pos_ in {"VERB", "AUX"}:
            return None
        node = node.head
    return root


# verbs whose target follows a preposition and whose passive strands it ("was fired at"): with
# the preposition's object written, the participle is active ("a man in a red truck fired at a
# police cruiser", which the parser reads as a man who was fired at)
AIMED_ONLY = {"fire"}
AIMED_PREPS = {"at", "on", "upon", "into"}
# prepositions between a person and what they are in or carry ("a passenger in a fleeing car",
# "a man on a motorcycle", "a man with a rifle")
CARRIED = {"in", "inside", "aboard", "on", "with"}


def aimed_subject(trigger: Token) -> Token | None:
    """The noun an active "fired at X" hangs on when the parser read the verb as a participle
    modifying it ("A passenger in a fleeing car fired at a police cruiser": the passenger,
    through the vehicle he was in), else None (the verb has a subject or auxiliary of its own,
    or neither an object nor one after its preposition: "the man fired at on Monday" was the
    target, "a worker fired last week" lost his job)."""
    if trigger.dep_ != "acl" or trigger.tag_ not in {"VBN", "VBD"} \
            or trigger.lemma_.lower() not in AIMED_ONLY:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent"} for c in trigger.children):
        return None
    if not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in AIMED_PREPS
               and any(g.dep_ == "pobj" for g in c.children) for c in trigger.children):
        return None  # "fired two shots", "fired at X"; not "a worker fired from his job"
    node = trigger.head
    while node.dep_ == "pobj" and node.head.lower_ in CARRIED \
            and node.head.head.pos_ in {"NOUN", "PROPN"} and node.head.head.i != node.head.i:
        node = node.head.head
    return node if node.pos_ in {"NOUN", "PROPN"} else None


def place_like(noun: Token) -> bool:
    """A place name: tagged as one, or a name that is no person's in a locative phrase ("in
    Kasese", "the town of Tarpon"; the small model tags some towns as nationalities)."""
    return noun.ent_type_ in PLACE_ENTITIES or (
        noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON" and noun.dep_ == "pobj"
        and noun.head.lower_ in LOCATIVE)


def relative_object(trigger: Token) -> Token | None:
    """The noun an object relative clause hangs on, which the clause's verb was done to: "the man
    they arrested", "a trade official it accused of spying", "a tanker that it accused of ...",
    "the journalist whom police detained". None for a subject relative ("the man who attacked
    the guard") or a passive one."""
    if trigger.dep_ != "relcl" or trigger.head.i == trigger.i or trigger.head.pos_ not in {
            "NOUN", "PROPN"}:
        return None
    if place_like(trigger.head):
        return None  # "a farmer in Kasese, whom they beat": hung on the place by the parser
    kids = list(trigger.children)
    if any(c.dep_ in {"nsubjpass", "auxpass", "csubj"} or c.lower_ in WH_ADVERBS for c in kids):
        return None  # "in Jakarta, where the two sides have been meeting": the place
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not any(c.lower_ not in RELATIVE_WORDS for c in subjects):
        return None  # "who attacked the guard": the noun did it
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS for c in kids):
        return None  # "the day police arrested him"
    return trigger.head


def left_subject(trigger: Token, finder: ActorFinder) -> list[Actor]:
    """A finite verb the parser left without a subject ("A, B and C, co-chairs of X,
    condemned ..."): the first subject phrase before it in the sentence."""
    for tok in trigger.doc[: trigger.i]:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ != "PRON" and not (
                speaker_of(tok, trigger)) and not (  # not "police" of "police said ..."
                trigger.dep_ == "amod" and trigger.tag_ == "VBG"
                and any(a.i == tok.head.i for a in trigger.ancestors)):
            # nor, for a present participle on a noun, the subject of the clause the noun
            # stands in ("the company had received threatening messages": not the company)
            found = finder.conjoined(tok)
            if found:
                return found
    return []


def _stance_subject(verb: Token, finder: ActorFinder) -> list[Actor]:
    """"The position of X was reinforced by the call for ...": the call is X's."""
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in STANCE_NOUNS:
            return finder.phrase(child)
    return []


def complement_objects(trigger: Token, finder: ActorFinder, preps: set[str],
                        triggers: set[int], depth: int = 0) -> list[Actor]:
    """Recipients named in the complement of the trigger: "agreed to provide aid for Romania",
    "offered to hand over to Great Britain ..."."""
    if depth > 2:
        return []
    found: list[Actor] = []
    for child in trigger.children:
        if child.dep_ not in {"xcomp", "ccomp"}:
            continue
        for obj in child.children:
            if obj.dep_ in {"dobj", "dative"} and obj.i not in triggers:
                found.extend(finder.conjoined(obj))
            if obj.dep_ in {"dobj", "dative"}:
                # "promised to continue military aid to Mozambique": an act named by the
                # object is not a party, the one it goes to is
                for pobj in pobjs(obj, preps):
                    found.extend(finder.conjoined(pobj))
        for pobj in pobjs(child, preps):
            found.extend(finder.conjoined(pobj))
        if not found:
            found = complement_objects(child, finder, preps, triggers, depth + 1)
        if found:
            return found
    return found


# verbs of a deal between two firms or bodies ("agreed to acquire Acme", "agreed to merge with
# Acme", "agreed to sell the unit to Acme", "agreed to take over Acme"): the other side agrees too
DEAL_VERBS = {"acquire", "buy", "purchase", "merge", "combine", "absorb", "sell", "take"}
DEAL_PREPS = {"with", "to"}


def deal_parties(trigger: Token, finder: ActorFinder) -> list[Actor]:
    """The other side of a deal an agreement is about: the named object of its complement
    ("Acme agreed to acquire Parkway Snacks Inc.": Parkway, an actor of the agreement with
    Acme, as "A and B agreed" would be), the owner of the part bought ("to acquire the units of
    Parkway"), or the named object of "with"/"to" ("agreed to merge with Parkway", "agreed to
    sell its unit to Parkway"); none for things ("agreed to buy missiles") or "take" without
    "over"."""
    found: list[Actor] = []
    for verb in (c for c in trigger.children if c.dep_ == "xcomp"):
        lemma = verb.lemma_.lower()
        if lemma not in DEAL_VERBS or (lemma == "take" and not any(
                c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        named = objects + pobjs(verb, DEAL_PREPS) + [  # "the consulting unit of Acme Inc."
            p for o in objects if o.pos_ == "NOUN" for p in pobjs(o, {"of"})]
        for party in named:
            if party.pos_ == "PROPN" or party.ent_type_ in {"ORG", "GPE", "NORP"}:
                found.extend(finder.conjoined(party))
    return found


# acts that need someone they are done to: with no object, their subject underwent them
DONE_TO = {"ASSAULT", "COERCE", "ACCUSE", "SANCTION"}
# what shows the clause has its own object or complement (an active verb acting on someone)
OBJECT_DEPS = {"dobj", "dative", "iobj", "ccomp", "xcomp", "attr", "oprd"}
# prepositions whose object is whom an active act is aimed at ("fired at police")
AIMED_PREPS = {"at", "on", "upon", "against"}
# entity labels of where and when an act took place ("shot on Friday", "arrested in Cairo")
PLACES_AND_TIMES = {"GPE", "LOC", "FAC", "DATE", "TIME"}
# what makes a noun phrase other than a headline's bare noun ("the man", "his son", "all ...")
DETERMINED = {"det", "poss", "predet"}


def headline_patient(trigger: Token, kids: list[Token]) -> Token | None:
    """The subject of a past verb of an act done to someone that reads as a headline's reduced
    passive ("Man accused of fraud", "Teen shot near school", "Journalist detained in Cairo",
    "Two farmers kidnapped near border"): no auxiliary and no object of its own, aimed at no
    one, and its subject a bare noun for people (no article or possessive: a headline's; not
    a name, which may well have done it: "Smerecznsky sued"). The subject underwent the act;
    "by X" did it."""
    if trigger.tag_ not in {"VBD", "VBN"} or trigger.lemma_.lower() in RECIPROCAL:
        return None
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in {"aux", "auxpass", "nsubjpass", "neg"}
           or (c.dep_ == "prt") for c in kids):
        return None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    subject = subjects[0]
    if any(p.ent_type_ not in PLACES_AND_TIMES for p in pobjs(trigger, AIMED_PREPS, kids)):
        return None  # "Gunman fired at police", "fired on the crowd": aimed, so active
    bare = not any(c.dep_ in DETERMINED for c in subject.children)
    singular = subject.tag_ in {"NN", "NNP"} or any(c.dep_ == "nummod" for c in subject.children)
    return subject if bare and singular and participants.person_word(subject) else None
