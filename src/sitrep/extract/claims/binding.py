"""Which outcome word a counted mention belongs to (over the dependency parse, with a short
surface fallback for parses that go astray), and the further outcome verbs that share its
subject ("were kidnapped and later shot dead").

Used by ``sitrep.extract.claims.extractor`` after ``links.mentions``; split from ``links`` so
that each module stays readable on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.claims.links import REFLEXIVE, Mention
from sitrep.extract.claims.outcomes.cues import VICTIM_NOUNS
from sitrep.extract.claims.outcomes.shooting import is_shooting

_SURFACE_SKIP = {"have", "has", "had", "been", "were", "was", "be", "being", "are", "is",
                 "reportedly", "also", "later", "all", "both", "still", "reported", "to",
                 "allegedly", "so", "far", "now", "confirmed", "feared", "believed", "known",
                 "said", "thought", "more", "left", "remain", "remained", "remains", "either"}
_TRANSITIVE = {"kill", "wound", "injure", "hurt", "arrest", "detain", "abduct", "kidnap",
               "capture", "murder", "execute", "evacuate", "displace", "jail", "imprison",
               "slay", "behead", "maim", "massacre", "assassinate", "treat", "intercept",
               "apprehend", "hospitalize", "hospitalise", "lynch", "shoot", "gun", "stab", "knife"}
_LIGHT_VERBS = {"be", "have", "result", "suffer", "sustain", "receive", "lose", "remain", "stay",
                "lie", "leave", "get", "report", "say", "believe", "fear", "know", "confirm",
                "take", "go", "become", "begin", "start", "continue", "expect", "need", "seem",
                "appear", "show", "seek", "require", "undergo"}
_TOLL_VERBS = {"rise", "climb", "reach", "cross", "stand", "hit", "increase", "jump", "mount",
               "exceed", "top", "pass", "surpass", "raise", "be", "go", "grow", "put", "bring",
               "push", "lift", "send", "take", "soar", "swell", "edge", "inch"}
_MEMBERSHIP_VERBS = {"include", "comprise", "number"}
_COUNT_NOUNS = {"number", "toll", "tally", "count", "figure", "total"}


def _first_conjunct(tok: Token) -> Token:
    node = tok
    for _ in range(3):
        if node.dep_ in ("conj", "appos") and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
            node = node.head
        else:
            break
    return node


def _conj_group(node: Token) -> list[Token]:
    group = [node]
    for c in node.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM"):
            group.extend(_conj_group(c))
    return group


def _surface(m: Mention, triggers: dict[int, str]) -> Token | None:
    """"<figure> were reportedly killed", "killing <figure>"."""
    a = m.anchor
    doc = a.doc
    j = m.end if m.counted is None else max(m.end, a.i + 1)
    steps = 0
    while j < len(doc) and steps < 5:
        t = doc[j]
        if j in triggers and t.pos_ in ("VERB", "ADJ", "AUX"):
            return t
        if t.lower_ in _SURFACE_SKIP or t.pos_ in ("AUX", "ADV", "PART"):
            j += 1
            steps += 1
            continue
        break
    if m.start > 0:
        k = m.start - 1
        if k in triggers and doc[k].pos_ in ("VERB",) and doc[k].tag_ in ("VBG", "VBD", "VBZ",
                                                                         "VBP", "VB"):
            return doc[k]
    return None


def _active(verb: Token) -> bool:
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    if verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "dobj", "ccomp", "xcomp", "dative")
                                      or c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                                          g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                      for c in children) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "by") for c in children):
        # a headline's "8 soldiers wounded" (no auxiliary, no object): a transitive verb
        # with nothing it acts on tells what befell its subject
        return False
    return verb.tag_ != "VBN" or any(c.dep_ in ("aux", "dobj") for c in children)


def _reflexive_trigger(verb: Token, triggers: dict[int, str]) -> Token | None:
    """The outcome word whose object is the subject itself ("killed himself")."""
    for v in [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj"))]:
        if v.i in triggers and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE
                                   for c in v.children):
            return v
    return None


def _shared_verbs(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` that share its subject: its conjuncts, and a
    participle in a list ("kidnapped, tortured and killed": tortured, then killed)."""
    out = []
    for c in verb.children:
        if c.pos_ not in ("VERB", "AUX") or any(
                g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children):
            continue
        if c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBN" and verb.tag_ == "VBN" and (
                not any(g.dep_ in ("mark", "advmod", "prep") and g.i < c.i for g in c.children)):
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB" and not any(
                x.dep_ in ("nsubj", "nsubjpass", "dobj") for x in g.children))
    return out


def _shared_fates(verb: Token, triggers: dict[int, str]) -> list[Token]:
    """The outcome words of the verbs sharing the subject of ``verb``."""
    out: list[Token] = []
    for c in _shared_verbs(verb):
        if c.i in triggers:
            out.append(c)
            continue
        out.extend(g for g in c.children if g.i in triggers and g.dep_ in ("oprd", "acomp"))
        out.extend(p for g in c.children if g.dep_ == "prep" and g.lower_ in ("into", "in")
                   for p in g.children if p.dep_ == "pobj" and triggers.get(p.i) in (
                       "arrested", "injured") and not _of_someone(p))
        # "taken into custody", "placed in detention", "struck by a car and is in critical
        # condition", "attacked and remains in hospital"
        nxt = c.nbor(1) if c.i + 1 < len(c.doc) else None
        if nxt is not None and nxt.i in triggers and nxt.pos_ == "ADJ" and all(
                t.i != nxt.i for t in out):
            out.append(nxt)  # "found dead days later" ("dead" parsed on "days")
    return out


def shared_triggers(trigger: Token, m: Mention, triggers: dict[int, str]) -> list[Token]:
    """Further outcome verbs sharing the mention as subject ("were kidnapped and later shot
    dead": kidnapped, then killed)."""
    a = _first_conjunct(m.anchor)
    if m.direct is not None and a.head.i == trigger.i and a.dep_ == "nummod" and (
            trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ == "NOUN"):
        # "Nine hostages were seized and later killed": the people noun is the first fate
        a, trigger = trigger, trigger.head
        if trigger.i in triggers:
            return []
        return [t for t in _shared_fates(trigger, triggers) if triggers[t.i] == "killed"
                and triggers[m.direct.i] in ("abducted", "arrested", "injured", "missing")]
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj") and (
            verb.lemma_.lower() in _SUFFERING) and a.head.i == verb.i:
        trigger = verb  # "sustained a gunshot wound and was pronounced dead"
    elif trigger.dep_ in ("oprd", "acomp", "dobj", "xcomp") and a.head.i == verb.i and (
            verb.i not in triggers and verb.pos_ in ("VERB", "AUX")):
        # "were taken hostage and executed", "went missing and were later found dead": the
        # verb the outcome word completes shares its subject with the later verbs
        first = triggers[trigger.i]
        fates = _shared_fates(verb, triggers) + [  # "taken captive and later murdered"
            c for c in trigger.children if c.dep_ == "conj" and c.i in triggers and (
                c.tag_ == "VBN") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        return [t for t in fates if triggers[t.i] == "killed" and (
            first in ("abducted", "arrested", "injured", "missing"))]
    if a.head.i != trigger.i or a.dep_ not in ("nsubj", "nsubjpass"):
        return []
    out = _shared_fates(trigger, triggers)
    # a later, graver fate of the same people ("kidnapped and later killed", "wounded and
    # later died"), or the wounded taken away ("was wounded and taken into custody");
    # "killed and wounded" is one casualty figure, not two claims
    first = triggers.get(trigger.i, "injured")  # a verb of suffering: its injury
    return [t for t in out if triggers[t.i] == "killed" and first in (
        "abducted", "arrested", "injured", "missing") or triggers[t.i] == "arrested" and (
        first == "injured") or triggers[t.i] == "missing" and first in ("abducted", "arrested")
        and t.lemma_.lower() in ("disappear", "vanish")]  # "detained and later disappeared";
    # not "abducted and still missing" (the abduction's own state)


_SUFFERING = frozenset({"suffer", "sustain", "receive", "incur", "recover", "recuperate"})


def _suffered_trigger(node: Token, triggers: dict[int, str]) -> Token | None:
    """The injury a person suffers: "a man suffering from stab wounds" (a participle on the
    person), "a driver sustained injuries" where the parser hung the verb on the injury as a
    modifier; "a man with a gunshot wound", "two women with stab wounds": the injury the
    person has, after "with" on the person's noun or on the verb the person is the passive
    subject or the object of ("a man was found with a gunshot wound", "found a teenager with a
    gunshot wound")."""
    verb = node.head
    told = node.dep_ in ("nsubj", "nsubjpass", "dobj") and (verb.i in triggers or any(
        c.i in triggers and c.dep_ in ("oprd", "acomp", "xcomp", "conj") for c in verb.children))
    owners = [] if told else [node, verb] if node.dep_ in ("nsubjpass", "dobj") else [node]
    for c in [c for owner in owners for c in owner.children]:  # not "... died", "found dead"
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > node.i:
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and triggers.get(p.i) == "injured":
                    return p
    head = node.head
    if node.dep_ == "nsubj" and head.dep_ == "amod" and head.lemma_.lower() in _SUFFERING and (
            head.head.i in triggers and head.head.i > head.i and head.head.pos_ == "NOUN"):
        return head.head
    verbs = [c for c in node.children
             if c.dep_ == "acl" and c.lemma_.lower() in _SUFFERING and c.i > node.i]
    if node.dep_ == "nsubj" and head.lemma_.lower() in _SUFFERING:
        verbs.append(head)  # "a man suffering from stab wounds" parsed as a clause
    for c in verbs:
        for g in c.children:
            if g.dep_ == "dobj" and g.i in triggers and triggers[g.i] == "injured":
                return g
            if g.dep_ == "prep" and g.lower_ in ("from", "with"):
                for p in g.children:
                    if p.i in triggers and triggers[p.i] == "injured":
                        return p
    return None


_RELATIVES = frozenset({"who", "whom", "that", "which"})
# verbs whose subject suffers them: "a man who died", "two hikers who drowned"
_OWN_FATES = frozenset({"die", "perish", "drown", "succumb", "starve", "suffocate", "freeze",
                        "disappear", "vanish"})


def _relative_fate(clause: Token, triggers: dict[int, str]) -> Token | None:
    """The outcome a relative clause tells of the noun it is on, with the relative pronoun as
    its subject: a verb the subject suffers ("a man who died in the crash", "two hikers who
    drowned") or the outcome word a verb takes ("a man who was found dead in a ditch", "a boy
    who went missing"); with the relative pronoun as its object, the verb done to the noun ("a
    man whom police fatally shot"); not an agent ("a man who killed his neighbour")."""
    if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if objects:
        return clause if clause.i in triggers and len(objects) == 1 and (
            objects[0].lower_ in _RELATIVES) and any(
            c.dep_ == "nsubj" for c in clause.children) else None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES
               for c in clause.children):
        return None
    if clause.i in triggers:
        return clause if clause.lemma_.lower() in _OWN_FATES else None
    return next((c for c in clause.children if c.i in triggers and c.dep_ in ("oprd", "acomp")),
                None)


def _left_state(verb: Token, state: Token) -> bool:
    """"left 12 soldiers and at least 20 militiamen dead" parsed as "left 12 soldiers" and
    "20 militiamen dead": the state adjective, with no verb of its own, is what "leave" left
    its object in (not "and three are missing", a clause of its own)."""
    return verb.lemma_.lower() == "leave" and state.pos_ == "ADJ" and not any(
        g.dep_ in ("aux", "auxpass", "cop") or g.pos_ == "AUX" for g in state.children)


def _left_state_of_list(verb: Token, node: Token, triggers: dict[int, str]) -> Token | None:
    """The state a list "leave" took as its object ends in, when the parser hung the list's
    last member on the verb ("leaving [11 volunteers] and [20 militants dead]"), or None."""
    if verb.lemma_.lower() != "leave":
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > node.i:
            for g in c.children:
                if g.i in triggers and g.i > c.i and _left_state(verb, g):
                    return g
    return None


def _of_someone(noun: Token) -> bool:
    """"the death of Ana Ruiz", "the killing of two men": an outcome noun whose victims follow
    "of" (not "in critical condition", "in custody", a state of the subject)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
               for c in noun.children)


def _dead_ones(node: Token, triggers: dict[int, str]) -> Token | None:
    """A noun of death or of a corpse the people are "of" or the possessor of ("the body of a
    missing hiker", "the bodies of two missing fishermen", "a missing pensioner's body", "the
    deaths of three abducted men"), when an outcome word on the people themselves would
    otherwise win: the body tells how it ended."""
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        if not any(triggers.get(c.i) not in (None, "killed") for c in node.subtree
                   if c.i != node.i):  # "the bodies of three men with gunshot wounds"
            return None  # "the body of a man": bound as any "of" is
        head = head.head
    elif node.dep_ != "poss":
        return None  # a possessor: "Ana Ruiz's body", "a missing pensioner's body"
    return head if head.pos_ == "NOUN" and triggers.get(head.i) == "killed" else None


def trigger_for(m: Mention, triggers: dict[int, str]) -> Token | None:
    """The outcome word the mention is the figure of, or None."""
    if m.direct is not None:
        return m.direct
    a = m.anchor
    if a.i in triggers and a.lemma_.lower() in VICTIM_NOUNS:
        return a  # "the homicide victim", "two shooting victims": named by what befell them
    strict = m.named or m.single
    for c in a.children:  # "one fatally", "two of them fatally"
        if c.i in triggers and c.dep_ == "advmod":
            return c
    node = _first_conjunct(a)
    if node is not a and not strict:
        t = _surface(m, triggers)
        if t is not None:
            return t
    dead = _dead_ones(node, triggers)
    if dead is not None:
        return dead  # "the body of a missing hiker": found dead, no longer missing
    for member in _conj_group(node):  # "seven people dead", "two X and five Y killed"
        for c in member.children:
            fate = _relative_fate(c, triggers) if c.i > member.i else None
            if fate is not None:
                return fate  # "a man who died in the crash", "a man who was found dead"
            if c.i in triggers and c.dep_ in ("amod", "acl", "relcl", "oprd", "appos") and (
                    c.i > member.i or c.dep_ == "amod"):
                if any(g.dep_ == "dobj" for g in c.children) or (
                        c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children)) or (
                        strict and c.dep_ == "relcl" and any(
                            g.dep_ == "nsubjpass" and g.lower_ not in ("who", "that", "which")
                            for g in c.children)):
                    continue  # an agent: "bombers killed 10 people", "X who killed Y"
                return c
    head = node.head
    dep = node.dep_
    if dep == "nsubj" and head.dep_ == "auxpass" and head.head.tag_ == "VBN":
        head, dep = head.head, "nsubjpass"  # "a man remains hospitalized", hung on "remains"
    elif dep == "nsubj" and head.dep_ == "aux" and head.head.i in triggers:
        head = head.head  # "dozens of others were missing", hung on "were"
    hlemma = head.lemma_.lower()
    suffered = _suffered_trigger(node, triggers)
    if suffered is not None:
        return suffered
    if dep in ("nsubj", "nsubjpass"):
        own = _reflexive_trigger(head, triggers)
        if own is not None:  # "the bomber killed himself", "..., killing themselves"
            return own
    if dep == "conj" and head.dep_ == "dobj" and head.lower_ in REFLEXIVE and (
            head.head.i in triggers):
        return head.head  # "killing themselves and a guard"
    if dep == "nsubj" and head.i in triggers and hlemma in _TRANSITIVE and _active(head):
        return None  # the agent: "two suicide bombers killed at least 10 people"
    if dep in ("nsubj", "nsubjpass", "dobj", "oprd", "attr", "npadvmod", "nmod", "appos",
               "ccomp", "conj", "dative"):
        if head.i in triggers and head.i != node.i:
            return head
        if dep in ("dobj", "conj") and head.dep_ == "conj" and head.head.i in triggers and (
                not any(c.i in triggers and c.dep_ in ("oprd", "acomp") for c in head.children)):
            return head.head  # "arrested and beat six"; not "and left thousands homeless"
        if dep in ("dobj", "nsubjpass") and is_shooting(head):
            for c in head.children:  # "shot a clerk, killing him", "was shot and died"
                if c.i in triggers and c.dep_ in ("conj", "advcl") and not any(
                        g.dep_ in ("nsubj", "nsubjpass") or g.dep_ == "dobj" and (
                            g.lower_ in REFLEXIVE) for g in c.children):
                    return c  # not "shot a guard and then killed themselves"
        if dep in ("dobj", "attr") and hlemma in _MEMBERSHIP_VERBS:
            own = _membership_trigger(head, triggers)
            if own is not None:  # "the dead include a pregnant woman"
                return own
        if dep == "attr" and hlemma == "be":
            for c in head.children:  # "among the wounded was a local journalist"
                if c.dep_ == "prep" and c.lower_ == "among":
                    for p in c.children:
                        if p.i in triggers and p.pos_ in ("ADJ", "NOUN", "VERB"):
                            return p
        if strict and dep not in ("nsubjpass", "nsubj"):
            return None
        light = hlemma in _LIGHT_VERBS or dep in ("dobj", "nsubjpass")
        if dep == "nsubj" and hlemma in _TRANSITIVE:
            light = False
        if light and dep == "dobj" and (state := _left_state_of_list(head, node, triggers)):
            return state  # "leaving 11 volunteers and 20 militants dead" (misparsed)
        if light:
            for c in head.children:  # "reported to have been killed", "suffered injuries"
                if c.i in triggers and (c.dep_ in ("xcomp", "ccomp", "dobj", "acomp", "oprd",
                                                   "attr", "conj") or c.dep_ == "advcl" and (
                        c.pos_ in ("ADJ", "VERB") and c.i == head.i + 1)):  # "went missing"
                    if c.dep_ == "conj" and dep == "dobj" and _left_state(head, c):
                        return c  # "left 12 soldiers and 20 militiamen dead" (misparsed)
                    if c.dep_ == "conj" and (dep not in ("nsubj", "nsubjpass") or any(
                            g.dep_ in ("nsubj", "nsubjpass") for g in c.subtree if g.i < c.i)):
                        continue  # another clause with its own subject ("and three are missing")
                    if c.dep_ == "ccomp" and dep == "nsubj" and hlemma in ("say", "report"):
                        continue
                    if c.dep_ == "ccomp" and dep == "nsubjpass" and any(
                            g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                        continue  # "three people died; a fourth was rescued": their own fate
                    return c
                if c.dep_ == "prep" and c.lower_ in ("into", "in"):
                    for p in c.children:  # "in custody", "in critical condition"
                        if p.i in triggers and p.pos_ == "NOUN" and not _of_someone(p):
                            return p  # not "charged in the death of Ana Ruiz": hers
                if c.dep_ == "prep" and c.lower_ == "of" and hlemma == "be" and c.i < node.i:
                    for p in c.subtree:  # "of the 22 killed, 15 were soldiers"
                        if p.i in triggers and p.pos_ in ("ADJ", "NOUN", "VERB"):
                            return p
                if c.dep_ == "prep" and c.lower_ == "among" and hlemma == "be":
                    for p in c.children:  # "among the dead were two police officers"
                        if p.i in triggers and p.pos_ in ("ADJ", "NOUN", "VERB"):
                            return p
                        for g in p.children:  # "among those killed were two brothers"
                            if g.i in triggers and g.dep_ in ("acl", "relcl", "amod") and (
                                    p.pos_ in ("PRON", "DET") or p.lemma_.lower() == "people"):
                                return g
                if c.dep_ == "advcl" and hlemma == "result" and c.i in triggers and not any(
                        g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children):
                    return c  # "another eight resulted injured" (Spanish "resultaron heridos")
                if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("be", "have"):
                    for cc in c.children:
                        if cc.i in triggers:
                            return cc
        if dep == "nsubj" and hlemma == "be" and head.dep_ == "conj" and (
                head.head.lemma_.lower() == "be"):
            for c in head.head.children:  # "of the 22 killed, 15 were soldiers and seven
                if c.dep_ == "prep" and c.lower_ == "of" and c.i < head.head.i:  # were ..."
                    for p in c.subtree:
                        if p.i in triggers and p.pos_ in ("ADJ", "NOUN", "VERB"):
                            return p
        if dep in ("nsubj", "nsubjpass") and head.i not in triggers and (
                head.pos_ == "VERB") and not (dep == "nsubj" and hlemma in _TRANSITIVE):
            fates = [f for f in _shared_fates(head, triggers) if not any(
                t.dep_ in ("nsubj", "nsubjpass", "expl") for t in node.doc[head.i + 1:f.i])]
            if fates:  # "six miners were trapped and later found dead"; not "six were
                return fates[0]  # rescued and four are missing" (a subject of its own)
        if dep in ("nsubj", "nsubjpass") and any(
                c.lower_ in REFLEXIVE for c in head.children if c.dep_ == "dobj"):
            for c in head.children:  # "detonated explosives, killing themselves"
                if c.i in triggers:
                    return c
    along = _along_with(node, triggers)
    if along is not None:
        return along  # "the bomber died along with five worshippers", "... with his driver"
    if strict:
        # "the slaying of a police officer", "the detention of the editor"
        if dep == "pobj" and head.lower_ == "of" and head.head.i in triggers and (
                head.head.pos_ == "NOUN"):
            return head.head
        return None
    if dep == "pobj":
        prep = head
        h2 = prep.head
        if prep.lower_ == "of" and h2.i in triggers:
            return h2  # "bodies of hundreds", "murder of 21"
        if prep.lower_ == "of" and h2.pos_ == "NOUN":
            for c in h2.children:  # "the torture and killing of five detainees"
                if c.dep_ == "conj" and c.i in triggers and c.pos_ == "NOUN" and c.i < prep.i:
                    return c
        if prep.lower_ in ("to", "on", "among"):
            if h2.i in triggers and h2.pos_ == "NOUN":
                return h2  # "injuries to nine workers"
            for c in h2.children:  # "caused injuries to nine workers"
                if c.dep_ == "dobj" and c.i in triggers and c.pos_ == "NOUN" and c.i < prep.i:
                    return c
                if c.dep_ == "prep" and c.i < prep.i and prep.lower_ == "to" and (
                        c.lower_ in ("to", "in")) and h2.lemma_.lower() not in _SUFFERING:
                    for p in c.children:  # "led to injuries to eleven passengers"
                        if p.dep_ == "pobj" and p.i in triggers and p.pos_ == "NOUN":
                            return p
        if prep.lower_ in ("to", "at") and h2.i in triggers and h2.dep_ == "acl" and (
                h2.head.dep_ == "pobj") and h2.head.head.lower_ == "of" and (
                h2.head.head.head.lemma_.lower() in _COUNT_NOUNS):
            return h2  # "put the number of people killed at 23" ("at" parsed on "killed")
        if prep.lower_ in ("to", "at", "past", "above", "over", "beyond") and (
                h2.lemma_.lower() in _TOLL_VERBS):
            for c in h2.children:  # "the toll rose to 9", "brought the death toll to 9"
                if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    for t in c.subtree:
                        if t.i in triggers:
                            return t
    if dep == "dobj" and hlemma in _TOLL_VERBS:  # "Death Toll Crosses 2,200"
        for c in head.children:  # "the number of injured reached 300"
            if c.dep_ == "nsubj":
                for t in c.subtree:
                    if t.i in triggers:
                        return t
    if dep in ("nummod", "quantmod") and head.i in triggers:
        return head
    if dep == "nummod" and head.lemma_.lower() in _MEMBERSHIP_VERBS and head.dep_ == "ROOT":
        for c in head.children:  # "Casualties now number 75": the verb tagged as a noun
            if c.dep_ == "nsubj" and c.i in triggers:
                return c
    if dep in ("dobj", "attr") and hlemma in _MEMBERSHIP_VERBS:
        return _membership_trigger(head, triggers) or _surface(m, triggers)
    return _surface(m, triggers)


def _along_with(node: Token, triggers: dict[int, str]) -> Token | None:
    """The outcome verb a person shares after "along / together with" ("the bomber died
    along with five worshippers", "Ana Ruiz was killed along with Jon Roe", "the driver died
    together with his passenger")."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0:
        return None
    if prep.nbor(-1).lower_ not in _ALONG:
        return None
    verb = prep.head.head if prep.head.lower_ in _ALONG else prep.head  # parsed either way
    return verb if verb.i in triggers and verb.pos_ == "VERB" else None


_ALONG = frozenset({"along", "together"})


def _membership_trigger(verb: Token, triggers: dict[int, str]) -> Token | None:
    """The outcome word of the subject of "include", "comprise": "the dead included four
    children", "those killed included three volunteers"."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.i in triggers:
            return c
        for g in c.children:
            if g.dep_ in ("acl", "amod", "relcl") and g.i in triggers:
                return g
    return None
