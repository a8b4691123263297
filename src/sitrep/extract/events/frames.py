"""Frames up a trigger's clause chain that say its act was not done, for ``modes``.

``modes`` reads the trigger's own clause (its auxiliaries, the verb that governs it directly);
an act can also sit deeper, under a frame that makes it a condition, a goal, an instruction, an
option, a reward's object or a denied report. ``frame_mode`` walks up the chain of complements
(infinitives, "that" clauses, gerund and noun objects) and returns the mode the first such frame
gives:

- ``hypothetical``:
  - a counterfactual perfect ("the plan would have required withdrawing troops", "could have
    forced the army to withdraw", "should have arrested him");
  - a verb of instructing, urging or asking with an infinitive ("was instructed to reach a
    deal", "told the envoy to negotiate", "urged them to withdraw"), a verb of proposing with a
    "that" clause not in the past ("recommended that the suspects be arrested", "proposed that
    the two sides hold talks"), a verb of wishing ("want to", "hope to", "would like to");
  - a goal ("the goal is to destroy the regime", "their aim is to seize", "the objective was to
    capture"), a purpose ("in an effort to prevent", "in a bid to capture"), an option ("the
    choice of backing out or launching new attacks", "the option of strikes");
  - what a reward is offered for ("a reward for information leading to the arrest", "a bounty
    for the capture of");
  - an evaluation told in the present ("the president is right to ask for sanctions", "it is
    wise to negotiate"): an opinion of the act, not the act; so is a gerund subject of a
    modal or present predicate ("negotiating with the rebels would be a mistake", "meeting
    the rebels is a risk");
  - a command, an exhortation or a dare, mostly in quoted speech: an imperative ("Go ahead and
    kill him", "Shoot me!", "Just burn it"), a hortative "let" ("Let's burn the station"),
    the infinitive of a verb of shouting or daring ("was yelling at us to go ahead and kill
    him", "dared the troopers to shoot him"), or the "that" clause of a wish not told in the
    past ("I hope they shoot him"): what someone told others to do, not what was done;
- ``negated``: a report denied or dismissed ("denied reports that the rebels had agreed to a
  ceasefire", "dismissed claims that troops attacked"), or a noun that a negated verb of going
  on is about ("could not proceed with the investigation", "did not go ahead with the strike");
  the same verb with a modal or "will" passes it on ("will go ahead with the strike": future).

A frame in the past tense that tells what was done ("forced the army to withdraw", "was wrong
to release the suspects") leaves the act as told.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.joined import reporting_verb
from sitrep.extract.events.modal_cues import yes_no_question
from sitrep.extract.events.tokens import lemmas

MODALS = {"would", "could", "might", "may", "should", "must", "'d"}
FUTURE = {"will", "shall", "'ll", "wo"}
# links from a clause or a noun to the word that governs it, up which a frame reaches the act
CHAIN = {"xcomp", "ccomp", "csubj", "csubjpass", "pcomp", "dobj", "conj", "attr", "oprd"}
# verbs whose infinitive is an act asked, ordered, advised or proposed (not done)
DIRECTING = {"instruct", "order", "tell", "direct", "command", "ask", "urge", "encourage",
             "advise", "mandate", "task", "invite", "request", "recommend", "exhort", "implore",
             "beg", "press", "pressure", "pressurize", "pressurise", "call", "summon", "charge",
             "commission", "appeal", "petition", "lobby", "entreat", "enjoin", "counsel",
             "dare", "challenge", "goad", "taunt"}  # and daring ("dared them to shoot him")
# verbs of shouting or signalling at people to do something ("yelled at us to kill him"), whose
# infinitive the parser may also hang as an adverbial clause ("screamed at the troopers on a
# ramp to go ahead and kill him")
SHOUTING = {"yell", "shout", "scream", "holler", "shriek", "bellow", "cry", "signal", "motion",
            "gesture", "beckon"}
DIRECTING |= SHOUTING
# verbs of daring, whose infinitive the parser may hang as an adverbial clause ("dared the
# troopers to shoot him"); without an object, "dared to" is done ("she dared to speak out")
DARING = {"dare", "challenge", "goad", "taunt"}
# what may stand before an imperative's verb in its clause ("Just kill me", "Please shoot",
# "Now go"): adverbs, interjections, punctuation and quotation marks
COMMAND_LEFT = {"advmod", "intj", "punct", "discourse", "cc"}
# clause links of an imperative verb: a sentence of its own, a quoted complement of a verb of
# saying ('yelled, "Kill him"'), a clause set beside another
COMMAND_LINKS = {"ROOT", "ccomp", "parataxis"}
# clause links an imperative has only when it opens a quotation ('shouted, "Go ahead and
# shoot me."', '"Let's burn it," he shouted'); unquoted they are infinitives of other verbs
# ("helped arrest him")
QUOTED_LINKS = {"xcomp", "advcl", "dep"}
# verbs whose "that" clause is an act proposed ("recommended that he be arrested")
PROPOSING = {"recommend", "propose", "suggest", "urge", "demand", "request", "require", "order",
             "direct", "command", "instruct", "insist", "advise", "ask", "move", "stipulate",
             "decree", "ordain"}
# verbs of wishing whose infinitive is wished ("want to meet"); "like", "love", "prefer" only
# with "would" ("would like to announce a deal")
WISHING = {"want", "wish", "hope", "desire", "long", "yearn", "aspire", "dream"}
WOULD_WISHING = {"like", "love", "prefer", "rather"}
# nouns of a goal whose infinitive ("the aim to seize") or predicate ("the goal is to destroy")
# is aimed at, not done
GOAL_NOUNS = {"goal", "aim", "objective", "purpose", "intention", "intent", "mission", "target",
              "ambition", "aspiration", "hope", "dream", "wish", "idea", "strategy", "agenda",
              "priority", "task", "design", "object", "end", "plan", "proposal", "desire"}
# nouns of an endeavour whose infinitive after "in" is a purpose ("in an effort to prevent")
EFFORT_NOUNS = {"effort", "bid", "attempt", "order", "push", "drive", "quest", "move", "hope",
                "endeavour", "endeavor", "struggle", "campaign"}
# nouns of a choice whose "of" object is one option ("the choice of launching new attacks")
OPTION_NOUNS = {"choice", "option", "alternative", "possibility", "prospect", "dilemma",
                "decision", "question"}
# nouns of a reward whose "for" object is an act wished for ("a reward for the arrest")
REWARD_NOUNS = {"reward", "bounty", "prize", "incentive", "payment", "price", "premium",
                "ransom", "compensation", "award"}
# verbs of denying and nouns of a report or a claim they deny
DENYING = {"deny", "refute", "dismiss", "reject", "dispute", "rebut", "contradict", "discount",
           "debunk", "disavow", "repudiate", "quash", "scotch"}
REPORT_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "suggestion", "accusation",
                "story", "assertion", "speculation", "charge", "account", "word", "news",
                "contention", "insinuation", "idea", "notion"}
# adjectives that judge an act ("is right to ask"): the opinion, not the act
EVALUATIVE = {"right", "wrong", "correct", "incorrect", "justified", "unjustified", "wise",
              "unwise", "foolish", "smart", "clever", "mistaken", "reasonable", "unreasonable",
              "appropriate", "inappropriate", "fair", "unfair", "legitimate", "illegitimate",
              "proper", "improper", "sensible", "stupid", "silly", "prudent", "imprudent",
              "important", "necessary", "unnecessary", "essential", "crucial", "vital",
              "imperative", "advisable", "desirable", "good", "bad", "better", "best", "worse",
              "worst", "entitled", "irresponsible", "responsible", "naive", "reckless"}
PRESENT = {"VBZ", "VBP", "VB"}
# verbs and adjectives whose infinitive is an act that did not take place ("failed to arrest
# the suspect", "neglected to report it", "were unable to reach the town"); a violent act
# failed is an attempt, which happened (GUIDELINES: "tried to kill", "failed to kill")
FAILING = {"fail", "neglect", "omit"}
UNABLE = {"unable", "powerless"}
ATTEMPTED_TYPES = {"ASSAULT"}
# prepositions whose object or gerund is an act that did not take place ("dispersed without
# clashes", "left without meeting the minister", "was drawn up without consulting them")
NEGATING_PREPOSITIONS = {"without"}
# verbs of going on whose "with" object is the act itself ("proceed with the investigation",
# "go ahead with the strike")
PROCEEDING = {"proceed", "go", "press", "push", "carry", "move", "continue", "follow", "forge",
              "plough", "plow", "get"}
# verbs of pushing for an act ("is pushing for a quick withdrawal", "lobbied for talks"): the
# act is sought, not done
ADVOCATING = {"push", "press", "lobby", "campaign", "argue", "fight", "clamor", "clamour",
              "agitate", "plead", "pray", "hope", "wish", "angle", "hold", "wait", "advocate",
              "petition", "appeal", "call", "ask", "beg", "pine", "yearn", "long"}
# verbs whose object is an act set for later ("has scheduled a meeting", "arranged talks")
SCHEDULING = {"schedule", "reschedule", "arrange", "slate", "slated", "timetable", "book",
              "calendar"}
# verbs whose object noun names an act already under way or done ("to end the strike", "to
# investigate the attack"): a frame above them is about ending or judging it, not about the act
PRESUPPOSING = {"end", "stop", "halt", "lift", "abandon", "suspend", "cancel", "terminate",
                "quit", "cease", "discontinue", "break", "resolve", "settle", "defuse", "calm",
                "contain", "investigate", "probe", "examine", "review", "condemn", "denounce",
                "avenge", "punish", "explain", "justify", "excuse", "protest", "escalate",
                "continue", "prolong", "extend", "renew", "intensify"}


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def command(verb: Token) -> bool:
    """The verb is an imperative: a bare verb (VB) with no subject, auxiliary or subordinating
    word that opens its clause (only adverbs, interjections or quotation marks before it:
    "Just kill me", "Go ahead and shoot me", "Let's burn it"), as a sentence, a complement of
    saying or a quotation's first word, or coordinated with one ("Go ahead and kill him": the
    "kill" of "go ahead and"). "Police helped arrest him" (an infinitive with no quotation
    before it) is none."""
    if verb.tag_ != "VB" or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass",
                                           "mark"} for c in verb.children):
        return False
    if any(c.i < verb.i and c.dep_ not in COMMAND_LEFT for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return command(verb.head)
    if verb.dep_ in COMMAND_LINKS:
        return True
    before = verb.i - 1
    while before >= verb.sent.start and verb.doc[before].dep_ in COMMAND_LEFT - {"punct"}:
        before -= 1
    return verb.dep_ in QUOTED_LINKS and before >= 0 and verb.doc[before].is_quote


def _commanded(trigger: Token) -> bool:
    """The trigger is an act commanded or exhorted, not done: an imperative ("Kill him!") or
    the clause under a hortative "let" ("Let's burn the station", "let them shoot")."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if command(trigger):
        return True
    head = trigger.head
    return trigger.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() == "let" and command(head)


def _proceeding(trigger: Token) -> str | None:
    """The mode of a noun that a verb of going on is "with" ("did not go ahead with")."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in PROCEEDING:
        return None
    if _negated(verb):
        return "negated"
    aux = _aux(verb)
    if aux & MODALS:
        return "hypothetical"
    return "future" if aux & FUTURE else None


def _sought_or_set(trigger: Token) -> str | None:
    """A noun sought ("pushing for a withdrawal": ``hypothetical``) or set for later ("has
    scheduled a meeting", "arranged talks with the governor": ``future``)."""
    head = trigger.head
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in {"VERB", "AUX"} \
            and head.head.lemma_.lower() in ADVOCATING:
        return "hypothetical"
    if trigger.dep_ == "dobj" and {head.lemma_.lower(), head.lower_} & SCHEDULING:
        return "future"
    return None


def _step(child: Token, governor: Token, after_for: bool, plover: str = "") -> str | None:
    """The mode that ``governor`` gives to the act below it through ``child``, if any."""
    dep = child.dep_
    words = lemmas(governor)  # "hopes to meet" (lemmatised "hop")
    lemma = next((w for w in sorted(words) if w in FRAMING_WORDS), governor.lemma_.lower())
    aux = _aux(governor)
    if dep in {"xcomp", "ccomp", "dobj"} and governor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in governor.children):
        return "hypothetical"  # "if the army manages to capture the town"
    if dep == "xcomp" and governor.dep_ == "ROOT" and yes_no_question(governor):
        return "hypothetical"  # "is the army preparing to attack the town?" (not "did you
        # know that police arrested him?")
    if dep in {"pobj", "pcomp"} and governor.lower_ in NEGATING_PREPOSITIONS:
        return "negated"  # "without clashes", "without meeting the minister"
    if dep == "xcomp" and plover not in ATTEMPTED_TYPES and (
            (lemma in FAILING and governor.pos_ in {"VERB", "AUX"})
            or (lemma in UNABLE and governor.pos_ == "ADJ")):
        return "negated"  # "failed to arrest the suspect", "were unable to meet"
    if dep == "xcomp" and lemma in {"have", "be"} and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children):
        return "negated"  # "the rebels have yet to release the hostages", "is yet to meet"
    if governor.pos_ in {"VERB", "AUX"} and aux & MODALS and "have" in aux | {
            a.lemma_.lower() for a in governor.children if a.dep_ == "aux"}:
        return "hypothetical"  # "would have required withdrawing troops"
    if dep == "xcomp" and (lemma in DIRECTING or lemma in WISHING or (
            lemma in WOULD_WISHING and aux & {"would", "'d"})):
        return "hypothetical"  # "was instructed to reach", "would like to announce"
    if dep == "advcl" and _infinitive(child) and (lemma in SHOUTING or (
            lemma in DARING and any(c.dep_ == "dobj" for c in governor.children))):
        return "hypothetical"  # "dared the troopers to shoot him", "screamed at them to"
    if dep == "ccomp" and lemma in PROPOSING | WISHING and child.tag_ != "VBD" and not (
            _aux(child) & {"had", "has", "have", "was", "were"}):
        return "hypothetical"  # "recommended that the suspects be arrested"
    if dep in {"xcomp", "ccomp"} and lemma in PERMITTING and _negated(governor) and \
            aux & (MODALS | FUTURE):
        return "hypothetical"  # "would not allow its bases to be used for strikes on Iraq"
    if dep == "ccomp" and lemma in DENYING:
        return "negated"  # "denied that troops attacked"
    if dep in {"acl", "ccomp"} and lemma in REPORT_NOUNS and governor.dep_ in {"dobj", "pobj"} \
            and governor.head.lemma_.lower() in DENYING:
        return "negated"  # "denied reports that the rebels had agreed"
    if dep == "xcomp" and lemma == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in GOAL_NOUNS for c in governor.children):
        return "hypothetical"  # "the goal is to destroy the regime"
    if dep == "acl" and _infinitive(child) and (lemma in GOAL_NOUNS or (
            lemma in EFFORT_NOUNS and governor.dep_ == "pobj" and governor.head.lower_ == "in")):
        return "hypothetical"  # "their aim to seize", "in an effort to prevent"
    if governor.lower_ in {"of", "between"} and governor.head.lemma_.lower() in OPTION_NOUNS:
        return "hypothetical"  # "the choice of backing out or launching new attacks"
    if lemma in REWARD_NOUNS and after_for:
        return "hypothetical"  # "a reward for information leading to the arrest"
    if dep in {"csubj", "csubjpass", "nsubj"} and child.tag_ == "VBG" and (
            aux & MODALS or (governor.tag_ in {"VBZ", "VBP"} and not aux)):
        return "hypothetical"  # "negotiating with the rebels would be a mistake"
    if dep == "advcl" and child.tag_ == "VBG" and aux & FUTURE and not any(
            c.dep_ in {"mark", "nsubj", "aux"} for c in child.children):
        return "future"  # "the group will write to the commissioner asking for measures"
    if dep == "xcomp" and governor.pos_ == "ADJ" and lemma in EVALUATIVE:
        copula = governor.head
        if governor.dep_ == "acomp" and (copula.tag_ in PRESENT or _aux(copula) & MODALS):
            return "hypothetical"  # "the president is right to ask"
    return None


def frame_mode(trigger: Token, plover: str = "") -> str | None:
    """``hypothetical``, ``negated`` or ``future`` from a frame up the trigger's clause chain
    (see the module's docstring), or None. ``plover``: the event's type (a violent act that
    failed was attempted: no flag)."""
    if _commanded(trigger):
        return "hypothetical"  # "Go ahead and kill him", "Let's burn the station"
    found = _proceeding(trigger) or _sought_or_set(trigger) or _purpose(trigger, plover)
    if found:
        return found
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "dobj" and \
            trigger.head.lemma_.lower() in PRESUPPOSING:
        return None  # "in a bid to end the strike": the strike is on
    # a statement the parser joined to the clause its speaker reports or denies ("denied that
    # its forces had fired and accused the army"): the speaker's frames, not the clause's
    node = reporting_verb(trigger, plover) or trigger
    for _ in range(8):
        governor = node.head
        if governor.i == node.i:
            return None
        dep = node.dep_
        passes = dep in CHAIN or (dep in {"advcl", "nsubj"} and node.tag_ == "VBG") or (
            dep == "advcl" and lemmas(governor) & (DARING | SHOUTING)) or (dep == "acl" and node.tag_ in {"VB", "VBG", "VBN"}) or (
            dep in {"pobj", "prep"} and (node.lower_ in LINKING
                                         or node.head.lower_ in LINKING))
        if dep == "acl" and governor.lemma_.lower() in REPORT_NOUNS:
            passes = True
        if not passes:
            return None
        found = _step(node, governor, dep == "prep" and node.lower_ == "for", plover)
        if found:
            return found
        if dep == "ccomp" and lemmas(governor) & ASSERTING:
            return None  # "I would like to note that the two governments concluded an
            # agreement": a frame above a statement is about the statement, not what it tells
        node = governor
    return None


# verbs of stating whose "that" clause tells what happened, whatever frames the statement
ASSERTING = {"say", "state", "note", "report", "announce", "tell", "add", "explain",
             "reveal", "disclose", "write", "tweet", "indicate", "stress", "affirm", "reiterate",
             "mention", "acknowledge", "admit", "remark", "recall", "recount", "testify",
             "emphasise", "emphasize", "point", "observe", "declare"}
# verbs of permitting: what one says one will not permit is not done ("would not allow its
# bases to be used for strikes", "will not let the inspectors visit the sites")
PERMITTING = {"allow", "permit", "let", "authorize", "authorise", "tolerate"}
# prepositions through which a frame reaches the noun or gerund they govern
LINKING = {"for", "of", "between", "to"} | NEGATING_PREPOSITIONS
FRAMING_WORDS = DIRECTING | WISHING | WOULD_WISHING | PROPOSING | DENYING | FAILING
# types whose act in the purpose clause of a deployment is aimed at, not reported as done
# ("troops were sent to arrest the rebel leaders"); a speech act or a protest in a purpose
# clause is made by the act it serves ("marched to protest", "met to discuss")
PURPOSE_TYPES = {"COERCE"}
# verbs of sending forces somewhere, whose purpose is the mission, not its outcome; another act
# with a purpose ("returned to the bar to shoot the bouncer", "went to the house to arrest
# him") is most often told because the act followed, and stays as told
DISPATCHING = {"send", "deploy", "redeploy", "dispatch", "mobilize", "mobilise", "station",
               "position", "assign", "detail", "airlift", "despatch"}


def _purpose(trigger: Token, plover: str) -> str | None:
    """``hypothetical`` for a violent or coercive act told as the purpose of a deployment: an
    infinitive with no subject of its own modifying a verb of sending forces ("sent troops to
    the province to arrest the rebel leaders", "police were deployed to disperse the
    protesters"): the mission, not what was done."""
    if plover not in PURPOSE_TYPES or trigger.pos_ != "VERB" or trigger.dep_ != "advcl":
        return None
    if not _infinitive(trigger) or any(c.dep_ in {"nsubj", "nsubjpass", "mark"}
                                       for c in trigger.children):
        return None
    head = trigger.head
    return "hypothetical" if head.pos_ == "VERB" and lemmas(head) & DISPATCHING else None
