"""Cues of the future and of the hypothetical beyond a trigger's own auxiliaries, for ``modes``.

- a reported "would" is the "will" of the speaker, told in the past ("the ministry announced
  that it would send troops", "the announcement that the rebels would halt kidnappings"): the
  act is announced (future), not hypothetical; a "would" with a condition ("would attack if")
  or a perfect ("would have attacked") stays hypothetical (``reported_would``);
- an adjective of time or of chance on a noun trigger: "the impending surrender", "upcoming
  talks", "the general's release appears imminent" (future); "a possible attack", "the
  proposed ban", "an attack is possible" (hypothetical) (``adjective_mode``); a participle or
  infinitive that schedules it ("talks scheduled for next week", "talks to be held in Geneva":
  ``scheduled_noun``); a verb of planning whose object it is ("are planning a strike": future;
  "were planning an attack": a plot, hypothetical: ``planned_object``);
- the consequent of a condition: "if the talks fail, the rebels will attack" (``conditional``);
- a present tense in a temporal clause of a future one tells the future ("troops will withdraw
  once the rebels disarm", "the envoy will leave after the talks take place"); a noun subject of
  another verb is not ("the curfew will be lifted once the riots stop": the riots are real):
  ``future_time``;
- a noun trigger that names a happening already told, subject of a modal verb about its
  consequences ("the minister's praise might raise eyebrows", "the arrest could help
  investigators"): the modal ("could", "might", "may") is about the consequence, not the act
  (``settled_subject``);
- the "that" clause of a verb of promising or threatening ("promised that troops would
  withdraw", "warned it would retaliate"): a promise or a threat, the speech act of intent
  (``promised_clause``, for ``plover_by_modality``); what a warning says another party
  will do ("warned that rebels would attack") is feared, hypothetical (``warned_of_others``);
- the modal cues of a trigger's clause (``modality``: intent, obligation, possibility,
  negation, failure, a refusal to end an act, "unless") and PLOVER's and CAMEO's reading of
  them (``plover_by_modality``: "promised to withdraw" AGREE, "threatened to strike" THREATEN,
  "must" REQUEST, "refused to" REJECT; ``intent_cameo_root``: 03 / 13 for an announced act).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.events.joined import REPORTING_VERBS
from sitrep.extract.events.senses.courts.steps import arrest_warrant
from sitrep.extract.events.tokens import lemmas
from sitrep.extract.events.unreal.conditioned import (
    threat_condition,
    vowed_act,
    warned_harm,
    whoever_threatened,
)
from sitrep.extract.events.when.dated import clause_head
from sitrep.nlp.scans import doc_text

# verbs (``joined.REPORTING_VERBS``) and nouns of saying and announcing whose "would"
# complement is the speaker's "will"
ANNOUNCING_NOUNS = {"announcement", "statement", "promise", "pledge", "decision", "word", "news",
                    "assurance", "declaration", "confirmation", "notice", "notification",
                    "communique", "communiqué", "warning", "vow"}
# adjectives of a noun trigger (attributive or predicative) that place it in the future
FUTURE_ADJECTIVES = {"upcoming", "impending", "forthcoming", "planned", "scheduled", "expected",
                     "imminent", "looming", "prospective", "pending", "future", "anticipated",
                     "intended", "coming", "next", "announced"}
# ... or make it a possibility
HYPOTHETICAL_ADJECTIVES = {"possible", "potential", "feared", "threatened", "hypothetical",
                           "rumored", "rumoured", "would-be", "proposed", "probable",
                           "contemplated", "likely", "unlikely", "eventual", "conceivable",
                           "improbable", "doubtful", "uncertain", "unclear", "questionable",
                           "implausible", "plausible", "impossible", "inconceivable",
                           "unthinkable", "unrealistic", "unsure"}
# adjectives of likelihood whose infinitive is a hedged act, not a done one ("the rebels are
# unlikely to attack", "a deal is likely to be signed"); "set to", "due to" and "expected to"
# announce it (future, in ``modes``)
HEDGING_ADJECTIVES = {"likely", "unlikely", "probable", "improbable", "possible",
                      "impossible", "liable", "apt"}
# words that open a question about an act that is taken as done ("declined to say how many
# people were detained", "refused to say who fired the shots")
WH_WORDS = {"what", "who", "whom", "whose", "which", "why", "how", "when", "where"}
# a planned violent act is a plot (hypothetical), a planned meeting an announcement (future)
PLOT_TYPES = {"ASSAULT"}
COPULAS = {"be", "appear", "seem", "look", "remain", "become", "sound"}
# participles that schedule a noun's act ("talks scheduled for Monday", "a strike called for
# Friday", "a vote set for Sunday"), infinitives that say it will occur ("talks to be held"),
# and verbs of planning whose object is an act planned ("are planning a strike")
SCHEDULING = {"schedule", "plan", "set", "slate", "arrange", "timetable", "call", "reschedule",
              "postpone", "expect", "due"}
OCCURRING = {"hold", "take", "begin", "start", "open", "resume", "convene", "happen", "occur",
             "commence", "stage"}
PLANNING = {"plan", "prepare"}
CONDITIONS = {"if", "unless"}
SETTLED_DETERMINERS = {"the", "this", "that", "these", "those"}
# the modals of a consequence ("might raise eyebrows"); "would" is left out: "the deal would
# allow exports" tells what a deal, perhaps only proposed, provides
CONSEQUENCE_AUX = {"could", "might", "may", "can"}


def _words(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def reported_would(clause: Token) -> bool:
    """The clause's "would" is a reported "will": the clause is the complement of a past verb
    of saying or announcing, or of a noun of announcing, and has no condition and no perfect."""
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if not any(a.lower_ in {"would", "'d"} for a in aux) or any(a.lemma_.lower() == "have"
                                                               for a in aux):
        return False
    if conditional(clause) or any(c.dep_ == "mark" and c.lower_ in CONDITIONS | {"whether"}
                                  for c in clause.children):
        return False
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in {"ccomp", "acl"} or node.head.i == node.i:
        return False
    governor = node.head
    if governor.pos_ in {"NOUN", "PROPN"}:
        return bool(_words(governor) & ANNOUNCING_NOUNS)
    return bool(_words(governor) & REPORTING_VERBS) and governor.tag_ in {"VBD", "VBN"}


def adjective_mode(trigger: Token, plover: str) -> str | None:
    """``future`` or ``hypothetical`` from an adjective of the noun trigger: its own ("the
    impending surrender", "a possible attack") or the predicate of which it is the subject
    ("the release appears imminent", "an attack is possible"); a journey under way is a visit
    not yet made ("the envoy is travelling to Cairo": ``journey_under_way``)."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return journey_under_way(trigger)
    words: list[Token] = [c for c in trigger.children if c.dep_ in {"amod", "compound"}]
    head = trigger.head
    if trigger.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in COPULAS:
        for child in head.children:
            if child.dep_ in {"acomp", "attr", "oprd"}:
                words.append(child)
            elif child.dep_ == "xcomp" and child.lemma_.lower() == "be":
                words.extend(g for g in child.children if g.dep_ in {"acomp", "attr"})
    for word in words:
        found = _words(word)
        if found & {"planned"} and plover in PLOT_TYPES:
            return "hypothetical"
        if found & FUTURE_ADJECTIVES:
            return "future"
        if found & HYPOTHETICAL_ADJECTIVES:
            return "hypothetical"
    return scheduled_noun(trigger, plover) or planned_object(trigger, plover) or \
        authorised(trigger) or travelled_for(trigger)


# verbs of going somewhere: the talks a journey is "for" come after it ("will travel to Cairo
# for talks", "is heading to Brussels for a summit", "is on his way to Kabul for talks")
TRAVEL_VERBS = {"travel", "head", "go", "come", "fly", "arrive", "leave", "depart", "gather",
                "convene", "assemble", "return", "sail", "drive", "journey", "set", "jet"}
PROGRESSIVE_AUX = {"is", "are", "am", "'s", "'re"}
# journeys to a place (not gatherings: "protesters are gathering" is under way now)
JOURNEY_VERBS = {"travel", "journey", "fly", "jet", "head", "arrive"}


def journey_under_way(verb: Token) -> str | None:
    """``future`` for a journey in the present progressive ("the envoy is travelling to Cairo",
    "the minister is flying to Kabul"): the visit it makes is not yet made."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.pos_ == "VERB" and verb.lemma_.lower() in JOURNEY_VERBS and verb.tag_ == "VBG" and \
            aux & PROGRESSIVE_AUX:
        return "future"
    return None


def journey_for(trigger: Token) -> Token | None:
    """The verb of going that an act noun is the purpose of ("is due to arrive in Amman for
    talks", "plans to fly to Paris for a summit"): the act shares the journey's mode."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in TRAVEL_VERBS and verb.pos_ == "VERB" else None


def travelled_for(trigger: Token) -> str | None:
    """``future`` for an act noun that a journey not yet made is for: its verb of going has
    "will" ("ministers will gather in Rome for a summit"), is in the present progressive ("the
    envoy is travelling to Cairo for talks") or is "on one's way" ("is on his way to Kabul for
    talks"); a journey told in the past ("flew to Kabul for talks") leaves the talks done."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.lemma_.lower() in TRAVEL_VERBS and verb.pos_ == "VERB" and (
            aux & {"will", "shall", "'ll"} or (verb.tag_ == "VBG" and aux & PROGRESSIVE_AUX)):
        return "future"
    if verb.lemma_.lower() == "be" and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lower_ == "way" for g in c.children)
            for c in verb.children):
        return "future"
    return None


# papers that authorise an act not yet done ("a warrant for his arrest", "an order for the
# demolition of", "a request for the extradition of")
AUTHORISING = {"warrant", "order", "writ", "mandate", "authorisation", "authorization",
               "permission", "permit", "licence", "license", "request", "application",
               "motion", "petition", "subpoena"}


def authorised(trigger: Token) -> str | None:
    """``hypothetical`` for an act noun that a paper authorises or asks for ("a warrant was
    issued for his arrest", "a court order for the eviction of the families"): the act is
    not done."""
    if arrest_warrant(trigger):  # "a warrant was issued for the suspect": the arrest ordered
        return "hypothetical"
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return None
    paper = prep.head
    papers = [paper] if paper.pos_ in {"NOUN", "PROPN"} else [  # "a warrant was issued for"
        c for c in paper.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(p.lemma_.lower() in AUTHORISING for p in papers):
        return "hypothetical"
    return None


def scheduled_noun(trigger: Token, plover: str) -> str | None:
    """``future`` for a noun trigger with a participle of scheduling ("talks scheduled for next
    week", "a protest called for Saturday") or an infinitive of occurring ("talks to be held in
    Geneva", "a summit to take place in May"); a violent act planned is a plot
    (``hypothetical``: "an attack planned for the holiday")."""
    for child in trigger.children:
        if child.dep_ != "acl":
            continue
        lemma = child.lemma_.lower()
        if child.tag_ == "VBN" and lemma in SCHEDULING and not any(
                c.dep_ in {"aux", "auxpass"} for c in child.children):
            if lemma == "plan" and plover in PLOT_TYPES:
                return "hypothetical"
            if any(c.dep_ == "prep" and c.lower_ in {"for", "until", "till"} or
                   c.dep_ in {"npadvmod", "tmod"} for c in child.children):
                return "future"  # "called for Saturday", not "a strike called by the unions"
        if lemma in OCCURRING and any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in child.children):
            return "future"
    return None


def planned_object(trigger: Token, plover: str) -> str | None:
    """The mode of a noun trigger that is the object of a verb of planning: a plan told in the
    past ("were planning an attack", "had planned talks") or a violent act planned at all is a
    plot (``hypothetical``); a plan told in the present announces the act (``future``: "the
    unions are planning a strike")."""
    head = trigger.head
    if trigger.dep_ != "dobj" or head.lemma_.lower() not in PLANNING:
        return None
    past = head.tag_ == "VBD" or (head.tag_ in {"VBG", "VBN"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had", "'d"}
        for c in head.children))
    return "hypothetical" if past or plover in PLOT_TYPES else "future"


def conditional(clause: Token) -> bool:
    """The clause is the consequent of a condition ("the rebels will attack if the talks
    fail", "should the talks fail, the rebels will attack"); "even if" concedes and does not
    condition."""
    for child in clause.children:
        if child.dep_ != "advcl":
            continue
        if inverted_condition(child):
            return True
        marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ in CONDITIONS]
        if marks and not any(g.lower_ == "even" for g in child.children if g.i < marks[0].i):
            return True
    return False


def settled_subject(trigger: Token, clause: Token, occurrence: bool) -> bool:
    """A noun trigger that names a known happening ("the", "this", a possessive) as the subject
    of a verb that does not say it happens (``occurrence`` False): "the minister's praise
    might raise eyebrows". Its modal verbs are about the consequence."""
    if occurrence or trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "nsubj" \
            or trigger.head.i != clause.i:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in SETTLED_DETERMINERS)
               for c in trigger.children)


def object_of(trigger: Token, governor: Token) -> bool:
    """The trigger (or the noun it is coordinated with) is the direct object of ``governor``
    ("demanded the release", "demanded the release and the withdrawal")."""
    node = trigger
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    return node.dep_ == "dobj" and node.head.i == governor.i


# marks of temporal clauses, whose present tense takes the time of the clause they modify
TEMPORAL_MARKS = {"when", "after", "before", "once", "until", "till", "as", "whenever"}
FUTURE_WORDS = {"will", "shall", "'ll"}


def future_time(clause: Token) -> bool:
    """The clause is a temporal clause in the present tense ("once the rebels disarm", "after
    the talks end") of a clause in the future ("troops will withdraw"): its act is future too."""
    if clause.dep_ != "advcl" or clause.tag_ not in {"VBP", "VBZ", "VB"}:
        return False
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in TEMPORAL_MARKS
               for c in clause.children):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False  # "after the rebels have disarmed", "once talks are held": read as told
    governor = clause.head
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in governor.children)


# verbs of promising and threatening whose "that" clause is what they promise or threaten
# ("promised that troops would withdraw", "vowed that they would retaliate"); a warning is a
# threat only about the warner's own act ("warned it would retaliate", not "warned that rebels
# would attack")
PROMISING_VERBS = {"vow", "swear", "pledge", "promise", "threaten", "guarantee", "assure"}
WARNING_VERBS = {"warn", "caution"}
SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
SPEAKER_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}


def promised_clause(clause: Token) -> bool:
    """The clause is the "that" clause of a verb of promising or threatening ("promised that
    troops would withdraw"), or of a warning about the warner's own act ("warned it would
    retaliate", "warned that its troops would shell the town")."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    verb = clause.head.lemma_.lower()
    if verb in PROMISING_VERBS:
        return True
    if verb not in WARNING_VERBS:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    warner = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    own = subject.lower_ in SPEAKER_PRONOUNS or any(  # "warned that his troops would shell"
        c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for c in subject.children)
    return own or (warner is not None and subject.lemma_.lower() == warner.lemma_.lower())


def warned_of_others(clause: Token) -> bool:
    """The clause is what a warning says another party will do ("warned that rebels would
    attack the town"): a prediction, feared like "fear that ...", not an announcement of the
    act nor a threat by the warner (``promised_clause``)."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    return clause.head.lemma_.lower() in WARNING_VERBS and not promised_clause(clause) and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def presupposed(trigger: Token, governor: Token) -> bool:
    """``trigger`` sits in a wh-question under ``governor``, which takes its act as done: "declined
    to say how many people were detained", "demanded to know who ordered the raid" (not a
    refused or demanded act)."""
    node = trigger
    while node.i != governor.i and node.head.i != node.i:
        if node.dep_ in {"ccomp", "xcomp", "advcl", "pcomp"} and node.left_edge.lower_ in WH_WORDS:
            return True
        node = node.head
    return False


def hedged(clause: Token) -> bool:
    """The clause is the infinitive of an adjective of likelihood: "the rebels are unlikely to
    attack the capital", "a deal is likely to be signed"."""
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in HEDGING_ADJECTIVES and \
        clause.head.pos_ == "ADJ"


# auxiliaries that open a condition when put before the subject ("should the talks fail",
# "had police arrived earlier", "were the army to withdraw")
INVERTING_AUX = {"should", "had", "were"}


def inverted_condition(clause: Token) -> bool:
    """A condition told by inversion, with no "if": an adverbial clause whose first word is an
    auxiliary before its subject ("should the talks collapse, ...", "had the police arrived
    earlier, ...")."""
    if clause.dep_ not in {"advcl", "ccomp"} or any(c.dep_ == "mark" for c in clause.children):
        return False
    if clause.dep_ == "ccomp" and not (clause.i < clause.head.i and any(
            t.text == "," for t in clause.doc[clause.right_edge.i + 1:clause.head.i])):
        return False  # a complement before its verb, set off by a comma, read as a condition
    # its first word, past a phrase the parser hung on it ("in the worst case, should riots
    # break out")
    first = next((c for c in clause.children if c.dep_ not in {"prep", "punct", "advmod"}),
                 clause.left_edge)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return first.head.i == clause.i and first.dep_ in {"aux", "auxpass"} and \
        first.lower_ in INVERTING_AUX and subject is not None and first.i < subject.i


# word openings of a condition with no "if" (lower-case words; the first, "in case", not
# followed by "of", whose noun phrase ``unreal.contingent`` reads)
CONDITION_OPENINGS = (("in", "case"), ("just", "in", "case"), ("in", "the", "event"),
                      ("on", "condition", "that"), ("on", "the", "condition", "that"),
                      ("provided", "that"), ("providing", "that"), ("supposing",),
                      ("suppose",), ("assuming", "that"))
CLAUSE_BREAKS = {",", ";", ":", "\u2014", "--", "(", ")"}
# any opening, to skip the texts that hold none
CONDITION_WORDS = re.compile(r"\bin (?:the )?(?:case|event)\b|\b(?:on (?:the )?condition|provid(?:ed|ing)|"
                             r"assuming) that\b|\bsuppos(?:e|ing)\b", re.IGNORECASE)


def opened_condition(trigger: Token) -> bool:
    """The trigger lies in a clause opened by words of a condition, read on the words because
    the parser often takes them for a prepositional phrase: "in case the militia attacks,
    residents are told to stay indoors" (attacks read as a noun), "villagers stockpile food in
    case the rebels shell the town", "in the event that talks collapse", "provided that the
    troops withdraw". "In case of an attack" is a noun's case (``unreal.contingent``)."""
    if not CONDITION_WORDS.search(doc_text(trigger.doc)):  # most texts: none of the openings
        return False
    sentence = trigger.sent
    words = [t.lower_ for t in sentence]
    own = trigger.i - sentence.start
    for k in range(own - 1, -1, -1):
        if words[k] in CLAUSE_BREAKS:
            return False
        for opening in CONDITION_OPENINGS:
            start = k - len(opening) + 1
            if start < 0 or tuple(words[start:k + 1]) != opening:
                continue
            if start > 0 and opening[0] == "in" and words[start - 1] == "just":
                return True
            follower = words[k + 1] if k + 1 < len(words) else ""
            return follower not in {"of", ",", "."} and k + 1 < own + 1
    return False


def yes_no_question(clause: Token) -> bool:
    """The clause is a question with no question word, its auxiliary before its subject ("did
    police arrest the suspect?", "will the two leaders meet?"): it asks whether the act happens,
    it does not tell it. A question with "who", "why", "when" takes the act as done ("why did
    the rebels attack the convoy?")."""
    if clause.dep_ != "ROOT" and not (clause.dep_ == "conj" and clause.head.dep_ == "ROOT"):
        return False  # (a second question: "police arrested him, but will they charge him?")
    sentence = clause.sent
    if sentence[-1].text != "?" and not (len(sentence) > 1 and sentence[-2].text == "?"):
        return False
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return first.head.i == clause.i and first.dep_ in {"aux", "auxpass"} and \
        (subject is None or first.i < subject.i) and first.lower_ not in WH_WORDS


# -- intents: modal cues of a trigger's clause and PLOVER's reading of them (moved from modes) --
# verbs of fearing: what they fear is hypothetical, not an announced intent ("residents fear
# that rebels will attack")
FEAR_VERBS = {"fear", "worry", "dread"}

PAST_AUX = {"had", "'d", "was", "were"}
# plans made in private (not announced like a pledge, a vow, a promise or a decision)
PLOTTING = {"plan", "intend"}


def plan_in_past(verb: Token) -> bool:
    """A plan told in the past ("planned to bomb", "had planned to kidnap", "was planning to
    attack"): a plot the article reports, whose act did not happen (hypothetical); a plan told
    in the present or announced ("plans to suspend", "is planning to meet") is the future."""
    if verb.lemma_.lower() not in PLOTTING:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in {"pobj", "pcomp"}:
        return True  # "arrested for planning to bomb", "accused of plotting": a plot
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" and not auxes:
        return True
    return verb.tag_ in {"VBN", "VBG"} and any(a.lower_ in PAST_AUX for a in auxes)


INTENT_HEADS = {"ready", "willing", "prepared", "plan", "intend", "vow", "swear", "pledge",
                "promise", "offer", "commit", "committed", "determined", "set", "aim", "threaten"}
# the heads of an infinitive that make the act a speech act of intent of its own (a promise, an
# offer, a threat: CAMEO 03 and 13, PLOVER AGREE and THREATEN): "promised to withdraw",
# "offered to mediate", "vowed to retaliate", "threatened to strike"; the others ("will",
# "plans to", "intends to", "is set to", "aims to") announce the act itself, which keeps its
# type with the ``future`` flag (GUIDELINES: "will meet on Monday", "plans to suspend"); an
# attitude ("is ready to talk", "was willing to sign") keeps the act's type too, hypothetical
# (``unreal.readiness``)
SPEECH_INTENT = {"vow", "swear", "pledge", "promise", "offer", "commit", "committed", "threaten",
                 "guarantee", "undertake", "volunteer", "determined"}
FAIL_HEADS = {"fail", "refuse", "decline"}
# verbs that stop an ongoing act: refusing to use them on it is a refusal (REJECT)
ENDING_VERBS = {"end", "stop", "halt", "lift", "abandon", "suspend", "cancel", "terminate",
                "withdraw", "drop", "quit", "cease", "discontinue"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICTUAL = {"COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}


# the tags of a finite verb: a conjunct with one is a clause of its own
FINITE = {"VBD", "VBZ", "VBP"}


def modality(trigger: Token, unless: bool = True) -> dict[str, bool]:
    """Modal cues of the clause of ``trigger``: intent (will, would, ready to, vowed to ...),
    obligation (must), possibility (may, might, could), negation, failure (failed to,
    refused to) and a condition ("unless"). ``unless`` False says that no word of the sentence
    is "unless" (so the clause's subtree need not be read)."""
    clause = clause_head(trigger)
    nodes = [clause]
    node = clause
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i and not (
            node.dep_ == "conj" and node.tag_ in FINITE and len(nodes) > 1):
        # a finite verb conjoined is a clause of its own ("refused to come out and threatened
        # to shoot": the refusal is not the threat's), not a verb its infinitive hangs on
        node = node.head
        nodes.append(node)
    aux = {c.lower_ for n in nodes for c in n.children if c.dep_ in {"aux", "auxpass"}}
    heads = {w for n in nodes[1:] for w in lemmas(n)} | {n.lower_ for n in nodes[1:]}
    # an event noun as the subject ("talks will be held") is scheduled, not intended by anyone
    scheduled = trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"nsubj", "nsubjpass"}
    feared = node.dep_ == "ccomp" and (node.head.lemma_.lower() in FEAR_VERBS
                                       or warned_of_others(node))
    plotted = any(plan_in_past(n) for n in nodes[1:])  # "planned to bomb": a plot, no intent
    vowed = vowed_act(trigger)  # "vowed more bombings" (``unreal.conditioned``)
    intent = not scheduled and not feared and not plotted and bool(
        aux & {"will", "would", "shall", "'ll", "wo"} or heads & INTENT_HEADS or vowed)
    return {
        "intent": intent,
        # a promise, an offer or a threat by its own verb ("promised to withdraw")
        "promised": intent and bool(heads & SPEECH_INTENT or promised_clause(node) or vowed),
        # "would call a strike if the ministry did not raise wages" (``unreal.conditioned``)
        "conditioned": intent and threat_condition(nodes),
        # "warning that anyone who talked would be shot" (``unreal.conditioned``)
        "warned_harm": warned_harm(node),
        # "would shoot anyone who came to the door" (``unreal.conditioned``)
        "whoever": intent and whoever_threatened(nodes),
        "must": "must" in aux,
        "may": bool(aux & {"may", "might", "could"}),
        "negated": any(c.dep_ == "neg" for n in nodes for c in n.children),
        "failed": bool(heads & FAIL_HEADS),
        # "will not end the strike", "refused to lift the blockade": a refusal to stop the act
        "ending": trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in ENDING_VERBS,
        "unless": unless and any(c.dep_ in {"mark", "advcl", "prep"} and c.lower_ == "unless"
                                 for n in nodes for c in n.subtree),
    }


def plover_by_modality(plover: str, cues: dict[str, bool]) -> str:
    """PLOVER's reading of intents (CAMEO 03 and 13): an intent stated by a verb of promising,
    offering or threatening ("promised to withdraw", "offered to mediate", "threatened to
    strike", "is ready to talk") is AGREE for an act of cooperation and THREATEN for one of
    force; an act announced by "will", "plans to", "is set to" keeps its own type and takes the
    ``future`` flag (``modes_for``: "will meet" is CONSULT, "will deploy troops" MOBILIZE).
    "X must do Y" is a REQUEST; a refusal or a failure to cooperate a REJECT. Announced
    sanctions stay SANCTION ("will suspend exports")."""
    if cues["ending"] and ((cues["negated"] and cues["intent"]) or cues["failed"]):
        return "REJECT"  # "will not end the strike": the strike goes on, the refusal is the act
    if cues["must"] and not cues["negated"]:
        return "REQUEST"
    if (cues["negated"] and cues["intent"]) or cues["failed"]:
        return "REJECT" if plover in COOPERATIVE else plover
    if cues["negated"]:
        return plover
    if cues["unless"] and (cues["intent"] or cues["may"]):
        return "THREATEN"
    if cues.get("warned_harm") and plover in {"ASSAULT", "COERCE"}:
        return "THREATEN"  # "warning that anyone who talked would be shot"
    if cues.get("whoever") and plover == "ASSAULT":
        return "THREATEN"  # "would shoot anyone who came to the door" (an arrest announced
        # for anyone, "will arrest anyone who blocks the road", keeps its type)
    if cues["promised"]:  # "will meet", "plans to deploy": the act itself, flagged future
        if plover in COOPERATIVE:
            return "AGREE"
        if plover in CONFLICTUAL:
            return "THREATEN"
    if cues["may"] and plover == "SANCTION":
        return "THREATEN"
    return plover


def held_over(plover: str, modal: str, cues: dict[str, bool]) -> bool:
    """An act of force announced on a condition another party must meet ("would call a strike
    if the ministry did not raise wages"): a threat made now besides the act, which stays
    conditional (hypothetical); ``modal``: the type ``plover_by_modality`` gave."""
    return bool(cues.get("conditioned")) and modal == plover and \
        plover in CONFLICTUAL | {"SANCTION"}


# the CAMEO roots of a stated intent (CAMEO 03 "express intent to cooperate", 13 "threaten")
INTENT_ROOTS = {"AGREE": "03", "THREATEN": "13"}


def intent_cameo_root(plover: str, cues: dict[str, bool]) -> str | None:
    """CAMEO's root of an act announced by "will", "plans to", "is set to" that keeps its PLOVER
    type (``plover_by_modality``): CAMEO codes what someone says they will do as the intent,
    03 for cooperation ("will meet": 036) and 13 for force ("will attack": 138), the reading of
    CAMEO-coded data (QuadClass, PLOVER gold converted from CAMEO); None otherwise."""
    if cues["promised"] or not cues["intent"]:
        return None
    said = plover_by_modality(plover, {**cues, "promised": True})
    return INTENT_ROOTS.get(said) if said != plover else None
