"""Acts that are only asked about, asserted, planned or referred to: questions, references to a
lasting state, and acts inside an accusation or a plan (see the package docstring); and acts
only reported to the police: what a call, a report or a tip said someone was doing, told as
what officers responded to ("officers responding to reports of a man threatening people with
a gun", "deputies went to the house after calls about a woman firing a gun"). The act the
officers then did is the event; the reported one is the caller's claim. A report told as news
("there were reports of heavy fighting", "reports of clashes in the north") stays.

What a request asks for (``asked_for``) is not an act of its own either: "called on the league
to send observers" is one REQUEST (no MOBILIZE), "demanding an end to the blockade and the
withdrawal of the militia" one REQUEST (no RETREAT), "would press for tougher sanctions" one
REQUEST (no SANCTION), "urged the two parties to open talks" one REQUEST (no CONSULT).

``modes`` already flags such an act ``hypothetical`` (it sits in the complement or the object
of the request); ``asked_for`` says that a hypothetical act is what a request in its sentence
asks for, so that ``merge.consolidate`` keeps the request and drops its content. An act the
request presupposes is not hypothetical and stays ("demanded an inquiry into the shooting of
the student": the shooting happened), as does one told in a clause of its own inside the
request's phrase ("demanded the release of the men who were arrested on Friday")."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.eventhood.present import DEFINITE
from sitrep.extract.events.joined import gerund_partner
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.gatherings import protest_called
from sitrep.extract.events.tokens import has_any

AGREEMENT_NOUNS = {"agreement", "accord", "truce", "deal", "treaty", "pact", "ceasefire",
                   "cease-fire", "armistice", "settlement", "compact", "understanding"}
MAKING_VERBS = {"sign", "reach", "strike", "agree", "negotiate", "conclude", "ratify", "broker",
                "announce", "seal", "clinch", "forge", "hammer", "declare", "approve", "endorse",
                "accept", "initial", "finalize", "finalise", "secure", "mediate"}
# lasting relations: "their cooperation" named as a topic ("were reviewing their cooperation")
# is no new cooperation; one begun, agreed, deepened or resumed is
COOPERATION_NOUNS = {"cooperation", "co-operation", "collaboration", "partnership", "alliance",
                     "coordination", "co-ordination"}
FORMING_VERBS = {"begin", "start", "launch", "agree", "sign", "establish", "forge", "form",
                 "strengthen", "deepen", "expand", "boost", "enhance", "increase", "step",
                 "resume", "restore", "intensify", "seal", "announce", "build", "broaden",
                 "extend", "renew", "offer", "pledge", "promise", "propose", "seek", "call",
                 "urge", "create", "set", "cement", "formalise",
                 "formalize", "initiate", "open", "reach", "conclude", "enter"}
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "enquiry", "inquest", "review", "audit"}
OPENING_VERBS = {"open", "launch", "begin", "start", "order", "announce", "initiate", "conduct",
                 "set", "establish", "commission", "reopen", "call", "demand", "request",
                 "seek", "urge", "promise", "pledge", "vow", "complete", "conclude", "finish",
                 "close", "wrap", "carry", "hold"}
PLACING_VERBS = {"put", "place", "placed", "bring"}  # "put under investigation": opened
ASKING_VERBS = {"ask", "question", "inquire", "enquire", "query", "wonder", "quiz"}
QUESTION_MARKS = {"if", "whether"}
WH_WORDS = {"what", "who", "whom", "whose", "which", "why", "how", "when", "where"}
# words of asserting an accusation: an act in their complement is only asserted
ASSERTING = {"accuse", "allege", "charge", "indict", "suspect", "accusation", "allegation",
             "suspicion", "claim", "contend", "insinuate", "impute"}
# words of asserting that name people as nouns: "the suspects charged at them" tells the
# suspects' act, no suspicion
ASSERTERS_AS_PEOPLE = {"suspect", "accused"}
# verbs of accusing whose next predicate is an act of the accuser's own (not "claimed
# responsibility and vowed more attacks unless ...", whose claim is no accusation)
ACCUSING = {"accuse", "allege", "charge", "indict", "blame"}
# words of insisting: a noun their clause introduces is only asserted ("insisted that the deal
# had US support"), an act their clause tells is not ("insisted that Somalia must hand over the
# suspects" is a demand)
INSISTING = {"assert", "insist"}
# conjunctions of a clause that tells what happened before or beside the main verb
TIME_MARKS = {"after", "before", "when", "while", "since", "because", "as", "once", "until"}
# the asserting verbs of legal steps, whose time clause is no part of the charge
LEGAL_ASSERTING = {"accuse", "charge", "indict", "suspect"}
# nouns of plans and of talk: an act in their complement was planned or talked about
PLAN_NOUNS = {"plan", "plot", "scheme", "conspiracy", "idea", "thought", "dream", "fantasy",
              "talk", "intention", "intent", "wish", "desire", "proposal", "threat", "rumour",
              "rumor", "fear", "prospect", "possibility", "risk", "danger", "chance", "goal",
              "aim", "ambition"}
# (an attempt or a bid is not a plan: "an attempt to assassinate the governor was thwarted" is
# an assault that happened, as the guidelines code attempts)
EMBEDDING_DEPS = {"pcomp", "pobj", "prep", "xcomp", "ccomp", "acl", "relcl", "advcl", "dobj",
                  "nsubj", "nsubjpass", "conj", "auxpass", "aux", "poss", "compound"}


def question(token: Token) -> bool:
    if token.lemma_.lower() not in ASKING_VERBS:
        return False
    for child in token.children:
        if child.dep_ in {"ccomp", "advcl"}:
            first = child.left_edge
            if first.lower_ in QUESTION_MARKS or first.lower_ in WH_WORDS:
                return True  # "asked him if he was", "asked what had happened"
            if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in child.children):
                return True
        if child.dep_ == "prep" and child.lower_ == "about":
            return True  # "asked about his aims"
    # "when asked ...": a reporter's question
    return token.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when"
                                         for c in token.children)


def state_reference(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ not in {"NOUN", "PROPN"} or lemma not in \
            AGREEMENT_NOUNS | INQUIRY_NOUNS | COOPERATION_NOUNS:
        return False
    making = MAKING_VERBS if lemma in AGREEMENT_NOUNS else (
        FORMING_VERBS if lemma in COOPERATION_NOUNS else OPENING_VERBS)
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        # "companies under investigation": a state; "was put under investigation": opened;
        # "the suspects are under investigation for fraud": the suspicion told of someone
        return token.head.head.lemma_.lower() not in PLACING_VERBS and not _suspected(token)
    if not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another", "no"}
               for c in token.children):
        return False  # "a truce": a new one is being reported
    node = token
    while node.dep_ in {"pobj", "prep", "conj", "appos", "compound"} and node.head.i != node.i:
        node = node.head
    verb = node.head if node.dep_ in {"dobj", "nsubjpass", "attr"} else None
    return verb is None or verb.lemma_.lower() not in making


def _suspected(inquiry: Token) -> bool:
    """ "The suspects are under investigation for illegal financing": a predicate of someone's
    being investigated with what for, not a topic ("companies under investigation")."""
    verb = inquiry.head.head
    return (inquiry.lemma_.lower() in INQUIRY_NOUNS and verb.lemma_.lower() in {"be", "remain"}
            and any(c.dep_ == "nsubj" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in inquiry.children))


def _new_in_clause(token: Token) -> bool:
    """A noun that a clause introduces rather than presupposes: the object of its verb with no
    definite determiner or possessor ("alleged that officials worked out an agreement"; not
    "alleged that the attack was ordered by the army", whose attack happened)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "pobj", "attr"} and \
        not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in token.children)


# nouns of what a caller or a witness told the police (lemmas)
REPORT_NOUNS = {"report", "call", "tip", "complaint", "account", "rumour", "rumor", "sighting",
                "alert", "warning", "claim", "allegation", "911", "emergency"}
# verbs of answering a report: officers respond to it, are sent or go after it
RESPONDING = {"respond", "answer", "investigate", "check", "receive", "get", "dispatch", "send",
              "call", "attend", "go", "rush", "arrive", "race", "head", "come", "follow",
              "react", "summon"}


def dispatched(token: Token) -> bool:
    """An act told in a clause on someone a report was about, the report being what officers
    answered ("responding to reports of a man threatening people", "went there after calls
    about a woman firing a gun", "received a tip about a man carrying a gun")."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ not in {"acl", "relcl"}:
        return False
    about = token.head  # "a man", "a woman"
    if about.dep_ != "pobj" or about.head.lower_ not in {"of", "about", "that"}:
        return False
    report = about.head.head
    if report.lemma_.lower() not in REPORT_NOUNS or report.pos_ not in {"NOUN", "PROPN"}:
        return False
    node = report
    for _ in range(3):  # "responding to reports", "after reports", "received a tip"
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in RESPONDING
    return False


MAX_STEPS = 6
# verbs of denying an act: a deed in their complement is only said not to have been done
# ("denied shelling the town", "denied that its troops had looted the village", "refuted claims
# that its aircraft bombed a school"); the denial is the event (REJECT), as an accusation is
# ("accused the army of shelling"), and the deed is coded where the article reports it as fact
DENYING_DEEDS = {"deny", "refute", "rebut", "disavow", "repudiate", "disclaim", "gainsay"}
# links from a deed up to the denial: complements, objects and the phrases inside them (not an
# adverbial clause: "denied the report, saying soldiers had clashed"; not a relative clause)
DENIED_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj", "conj"}
# light verbs whose object noun names the act they tell ("giving support", "providing arms"):
# denied with the verb (session 44)
GIVING = {"give", "provide", "offer", "lend", "supply", "extend", "render"}

# speech acts that the denier goes on to make: conjoined without a subject of their own to the
# denied clause, they are the denier's, where the small model hangs them on the deed ("denied
# that its forces had fired on the town and accused the army of shelling villages"); one
# denies deeds, not one's own words (lemmas)
DENIERS_WORDS = ACCUSING | {"condemn", "denounce", "criticise", "criticize", "urge", "demand",
                            "vow", "warn", "threaten", "say", "call", "insist", "add"}


def denied_act(token: Token) -> bool:
    """A deed told by a verb in the complement of a verb of denying (``DENYING_DEEDS``): "the
    navy denied shelling fishing boats", "the ministry denied that its troops had looted the
    village"; the act noun a light verb gives ("denied giving any support to the rebels"). A verb
    conjoined to the denial is an act of its own ("denied the charges and arrested three men"),
    and so is a speech act conjoined to the denied clause without a subject of its own
    (``DENIERS_WORDS``)."""
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" and \
            token.head.lemma_.lower() in GIVING:
        token = token.head  # "denied giving any support to the fighters": the giving's act
    if token.tag_ == "VBN" and token.dep_ == "amod" and token.head.dep_ == "dobj" and \
            token.head.head.lemma_.lower() == "have" and token.i == token.head.head.i + 1:
        token = token.head.head  # "denied that the air force had targeted civilians", the
        # participle misread as a modifier of the object of "had"
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    node = token
    for _ in range(MAX_STEPS):
        node = gerund_partner(node) or node  # "denied firing and blamed X": the denier blames
        if node.head.i == node.i or node.dep_ not in DENIED_DEPS:
            return False
        if node.dep_ == "conj" and node.head.lemma_.lower() in DENYING_DEEDS:
            return False  # "denied the charges and arrested three men"
        if node.dep_ == "conj" and node.lemma_.lower() in DENIERS_WORDS and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return False  # "denied that homes were hit and accused the government"
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in DENYING_DEEDS:
            return True
    return False


# relative words of a clause that comments on what went before ("..., which the party denies")
SENTENTIAL_RELATIVES = {"which"}
RELATIVE_OBJECTS = {"which", "that", "whom", "who"}


def _object_gap(verb: Token) -> bool:
    """The relative clause's verb has no object of its own: the noun it hangs on is its
    object ("a charge the U.N. rejected", "which the party denies")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    return all(o.lower_ in RELATIVE_OBJECTS for o in objects)


def beside_accusation(node: Token) -> bool:
    """``node`` (on the way up from an act) tells an act of its own beside an accusation, not
    its content: a predicate conjoined to the accusing verb, which has the accuser do something
    else ("accused the army of lying and said its gunners had shot down two drones", "accused
    Paris of meddling and expelled its ambassador"); a reply to the accusation in a relative
    clause whose object is the accusation ("a charge the U.N. rejected", "an allegation he
    denied", "..., which the ministry denies"); or a clause told before the accusation, after a
    semicolon ("a man was shot; two men were later charged")."""
    head = node.head
    if node.pos_ not in {"VERB", "AUX"}:
        return False
    if node.dep_ == "conj" and head.pos_ in {"VERB", "AUX"} and \
            head.lemma_.lower() in ACCUSING and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        return True  # the accuser's next act (a clause with a subject of its own, such as
        # "but the case was later dismissed", is left to the accusation)
    if node.dep_ == "relcl" and _object_gap(node) and (
            head.lemma_.lower() in ASSERTING or any(
                c.lower_ in SENTENTIAL_RELATIVES and c.dep_ == "dobj" for c in node.children)):
        return True
    return node.dep_ == "ccomp" and node.i < head.i and head.lemma_.lower() in ASSERTING and \
        any(t.text == ";" for t in node.doc[node.i:head.i])


def embedded(token: Token) -> str | None:
    if dispatched(token):
        return "reported"
    if denied_act(token):
        return "asserted"
    node = token
    if token.dep_ == "amod" and token.tag_ == "VBG" and token.head.dep_ == "pobj" and \
            token.i == token.head.head.i + 1:
        node = token.head  # "accused of abusing migrants", abusing read as a modifier
    steps = 0
    clause = False  # the path climbs out of a that-clause ("alleged that ...")
    while node.head.i != node.i and node.dep_ in EMBEDDING_DEPS and steps < 8:
        if (partner := gerund_partner(node)) is not None:
            node = partner  # "denied firing and accused X": the denier accuses
            continue
        if beside_accusation(node):
            return None  # "accused X of Y and said ...", "a charge the army denied"
        if node.dep_ == "advcl" and node.head.lemma_.lower() in LEGAL_ASSERTING and any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children):
            return None  # "was charged after he shot a man": the act, then the charge
        # (a complement after its verb: "O'Connor was placed under arrest; he was charged
        # with ..." parsed as a clause of "charged" is no claim of the charge)
        clause = clause or (node.dep_ == "ccomp" and node.i > node.head.i)
        node = node.head
        steps += 1
        lemma = node.lemma_.lower()
        if token.pos_ in {"VERB", "AUX"} and lemma in ASSERTING and not (
                node.pos_ in {"NOUN", "PROPN"} and lemma in ASSERTERS_AS_PEOPLE):
            return "asserted"
        if clause and _new_in_clause(token) and lemma in ASSERTING | INSISTING:
            return "asserted"
        if node.pos_ in {"NOUN", "PROPN"} and lemma in PLAN_NOUNS and token.dep_ != "compound":
            return "planned"
    return None


# verbs a whether-clause (or an if-clause as a complement) can depend on: whatever is asked or
# left open is not asserted ("refused to say whether anyone was arrested", "it is unclear
# whether the troops withdrew"); "who fired the shots" and "how many were detained" presuppose
# the act, so only yes-no questions count
YES_NO = {"whether"}
COMPLEMENT_IF = {"if"}
QUESTION_WORDS = frozenset(YES_NO | COMPLEMENT_IF)  # one of them opens every yes-no clause
OPEN_CLAUSES = {"ccomp", "csubj", "pcomp", "advcl", "xcomp", "acl"}


# words of telling and knowing a yes-no question can depend on ("would not say whether",
# "could not confirm whether", "it is unclear whether"); wondering and asking whether an act
# will happen leave it hypothetical (``modes``)
TELLING = {"say", "tell", "confirm", "disclose", "reveal", "specify", "indicate", "state",
           "explain", "know", "clear", "unclear", "certain", "uncertain", "sure", "unsure",
           "determine", "verify", "establish", "clarify", "comment", "answer", "divulge"}


def _yes_no_clause(verb: Token) -> bool:
    governor = verb.head
    words = {governor.lemma_.lower()} | {c.lemma_.lower() for c in governor.children
                                         if c.dep_ == "acomp"}  # "it is unclear whether"
    if governor.i == verb.i or not words & TELLING:
        return False
    marks = [c for c in verb.children if c.dep_ in {"mark", "advmod", "prep"}]
    first = verb.left_edge
    if any(m.lower_ in YES_NO for m in marks) or (first.lower_ in YES_NO and first.head == verb):
        return verb.dep_ in OPEN_CLAUSES
    return verb.dep_ in {"ccomp", "csubj"} and any(m.lower_ in COMPLEMENT_IF for m in marks)


def indirect_question(token: Token) -> bool:
    """The act is left open in a yes-no question of telling or knowing: "refused to say whether
    anyone was arrested", "would not confirm if the troops had withdrawn", "it is unclear whether
    talks took place" (a complement's "if", not a condition's: "if they attack, we respond")."""
    if not has_any(token.doc, words=QUESTION_WORDS):
        return False  # no "whether" or "if" in the sentence: no yes-no clause
    node = token
    steps = 0
    while steps < 6:
        if node.pos_ in {"VERB", "AUX"} and _yes_no_clause(node):
            return True
        if node.head.i == node.i or node.dep_ not in {
                "pobj", "prep", "compound", "conj", "appos", "dobj", "nsubj", "nsubjpass",
                "xcomp", "attr", "acomp", "amod", "pcomp"}:
            return False
        node = node.head
        steps += 1
    return False


# links from an act up to the request whose content it is: complements, objects and the
# phrases inside them ("to send troops", "an end to X and the withdrawal of Y", "for sanctions")
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "compound", "appos",
                "nmod", "oprd", "attr", "acl", "dative", "amod", "conj", "nsubj"}


def _content_path(token: Token, request: Token, acts: set[int]) -> bool:
    """``request`` governs ``token`` through complements and objects only (no relative clause,
    no adverbial clause, no verb conjoined to the request, no subject of the request itself),
    and not through a noun of something other than an act that the act is "of" ("justice for
    the victims of the bombing": the bombing happened); ``acts``: the sentence's triggers."""
    node = token
    for _ in range(MAX_STEPS):
        if node.head.i == node.i or node.dep_ not in CONTENT_DEPS:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i not in acts \
                and node.head.head.i != request.i:
            return False
        if node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and node.head.i == request.i:
            return False  # "called for calm and sent troops": an act of its own
        if node.dep_ == "nsubj" and node.head.i == request.i:
            return False  # the request's own subject ("the attack prompted calls for ...")
        if node.dep_ == "nsubj" and node.head.dep_ != "ccomp":
            return False  # a subject only inside a that-clause ("demanded that troops leave")
        node = node.head
        if node.i == request.i:
            return True
    return False


def asked_for(token: Token, modes: list[str], requests: list[Token], acts: set[int]) -> bool:
    """The hypothetical act named by ``token`` is the content of one of ``requests`` (the
    trigger tokens of the REQUEST events of its sentence; ``acts``: the indices of all its
    triggers): "called on NATO to send troops" (send), "demanded an apology from Pyongyang"
    (apology), "would seek a meeting with management" (meeting: its "future" is the
    seeking's)."""
    if "future" in modes and "hypothetical" not in modes:
        # only what the request itself names: "would seek a meeting", "will press for talks"
        # (not "would press for sanctions at a meeting next week": its setting)
        asked = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" \
            else token.head if token.dep_ == "dobj" else None
        return asked is not None and any(r.i == asked.i for r in requests) and not \
            protest_called(asked)  # "called a strike for Monday": the strike is told to come
    if "hypothetical" not in modes:
        return False
    return any(r.i != token.i and _content_path(token, r, acts) for r in requests)


# asked acts that stay the request's content only: a halt to attacks or an apology asked for
# ("called for a halt to attacks on civilians", "demanded an apology") is no attack or
# concession of its own, even a hypothetical one
CONTENT_ONLY = {"ASSAULT", "CONCEDE"}


# the public a request may be addressed to (lemmas): what it asks of them ("urged residents to
# share information with the police", "called on citizens to stay calm") is an appeal, no act of a
# party of its own
# (not a party's own supporters or members: "urged its supporters to hold a protest" calls one)
PUBLIC = {"resident", "public", "citizen", "people", "population", "anyone",
          "anybody", "everyone", "everybody", "witness", "local", "inhabitant", "villager",
          "parent", "motorist"}


def _public_asked(request: Token) -> bool:
    """``request`` is addressed to the public: its object ("urged residents to") or the object of
    its "on" or "to" ("called on citizens to", "appealed to the public to")."""
    asked = [c for c in request.children if c.dep_ == "dobj"]
    asked += [g for c in request.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}
              for g in c.children if g.dep_ == "pobj"]
    return bool(asked) and all(a.lemma_.lower() in PUBLIC for a in asked)


def asked_act(token: Token, plover: str, requests: list[Token], acts: set[int]) -> bool:
    """The act ``token`` names is one that a request of its sentence asks of another party, told
    as an act of its own that has not happened (hypothetical), as the held-out sets code it:
    "urged the government to release the prisoners" (RETREAT), "called for an independent
    investigation" (ACCUSE), "asked the army to withdraw" (RETREAT), "called on both sides to
    hold talks" (CONSULT). Not an act asked only inside another asked act ("to allow convoys
    to reach the city": the allowing), the purpose of a demand for something else ("demanded
    50 million naira for their release": a ransom), or an act of ``CONTENT_ONLY``. ``requests``:
    the sentence's request triggers (not the demands a protest voices)."""
    if plover in CONTENT_ONLY:
        return False
    for request in requests:
        if request.i == token.i or not _content_path(token, request, acts):
            continue
        if _public_asked(request):
            continue  # "urged residents to share information": an appeal to the public
        node = token.head
        while node.i != request.i and node.i not in acts:
            node = node.head
        if node.i == request.i and not _price_of(token, request):
            return True  # (not an act inside another asked act: "to allow convoys to reach")
    return False


# what is demanded as a price (a noun's class, ``senses.fit.noun_class``): money, goods
PRICES = {"possession", "artifact", "substance", "food", "quantity"}


def _price_of(token: Token, request: Token) -> bool:
    """``token`` is what a thing demanded is for: "demanded 50 million naira for their
    release", "demanded a large ransom for the release of the engineers" (a ransom, not a
    release asked of anyone)."""
    prices = [c for c in request.children if c.dep_ == "dobj"
              and (c.ent_type_ in {"MONEY", "CARDINAL"} or noun_class(c) in PRICES)]
    node = token
    while node.i != request.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ == "for" and (
                node.head.i == request.i or node.head in prices):
            return bool(prices)
        node = node.head
    return False
