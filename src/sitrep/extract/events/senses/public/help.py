"""Help named as a topic, and backing that backs an idea, not a party:

- **help as a topic**: the nouns of help ("aid", "assistance", "support", "help", "backing",
  "cooperation", "collaboration") name an act of AID, SUPPORT or COOPERATE only where the
  sentence tells that help given, received, pledged, voiced or begun: the object of a verb of
  giving or getting ("provided military aid", "voiced their support", "received support from",
  "stepped up their cooperation"), the subject of one passive or of arrival ("aid was
  delivered", "the aid arrived"), or a noun a participle of giving tells ("aid sent by
  Japan"). Elsewhere it is what the sentence is about: asked for
  ("called on the US to increase aid": the REQUEST is the event), refused ("refused all aid":
  the REJECT), lacked ("a lack of support"), measured ("the largest recipient of military
  aid"), a programme ("security assistance to Central America since 2012") or a purpose ("the
  objective of supporting the government");
- **backing an idea**: "the seizure supported the notion that", "this information is
  supported by the report", "the data back the theory": evidence bearing on a proposition, no
  party supported;
- **a word of a name**: "the Support Mission Against Corruption", "the Aid Fund" (a
  capitalised word inside the name of a body, mid-sentence): no act.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
HELP_NOUNS = {"aid", "assistance", "support", "help", "backing", "cooperation",
              "co-operation", "collaboration"}
# verbs whose object is help given, got, pledged or voiced (lemmas)
GIVING = {
    "provide", "give", "send", "deliver", "offer", "pledge", "promise", "grant", "extend",
    "lend", "throw", "voice", "express", "declare", "announce", "approve", "allocate",
    "disburse", "donate", "receive", "get", "accept", "secure", "obtain", "win", "gain",
    "enlist", "pour", "ship", "airlift", "distribute", "hand", "channel", "funnel", "commit",
    "earmark", "release", "resume", "restore", "dispatch", "rush", "bring", "supply", "fly",
    "truck", "contribute", "unveil", "authorize", "authorise", "sign", "reaffirm", "renew",
    "confirm", "show", "signal", "rally", "muster", "drum", "garner", "attract", "pay",
    "transfer", "wire", "remit", "spend", "invest",
}
# verbs that begin or deepen a cooperation (lemmas)
FORMING = {"begin", "start", "launch", "agree", "establish", "forge", "form", "strengthen",
           "deepen", "expand", "boost", "enhance", "step", "intensify", "seal", "build",
           "broaden", "cement", "formalise", "formalize", "initiate", "open", "reach",
           "conclude", "enter", "increase"}
# verbs whose subject, help, is only described (lemmas): any other verb tells help arriving
# or at work ("the aid arrived", "Australian aid supported two million girls")
STATES = {"be", "remain", "become", "seem", "appear", "look", "sound", "depend", "need",
          "require", "matter", "lag", "fall", "decline", "drop", "shrink", "dwindle", "dry",
          "lack", "have", "mean", "include", "involve", "vary", "differ", "exist", "stand"}
# nouns of help handed over ("the donor of", "the delivery of", "a package of") (lemmas)
GIVING_NOUNS = {"donor", "provider", "supplier", "giver", "delivery", "shipment", "release",
                "disbursement", "transfer", "distribution", "allocation", "package", "pledge",
                "tranche", "consignment", "convoy", "airlift", "airdrop", "donation",
                "contribution", "payment", "grant", "loan", "offer", "promise", "provision"}
# sums and quantities that help is counted in (lemmas)
AMOUNTS = {"million", "billion", "trillion", "thousand", "hundred", "dollar", "euro", "pound",
           "yen", "yuan", "rupee", "franc", "tonne", "ton", "kilogram", "kg", "worth", "sum",
           "amount", "fund", "funding", "money", "cash"}
# verbs of paying for help: the help is bought or funded
PAYING = {"pay", "fund", "finance", "spend", "budget", "earmark", "allocate", "raise",
          "collect", "use", "set"}
# what evidence bears on (lemmas): backing one of these backs no party
PROPOSITIONS = {"notion", "idea", "theory", "claim", "view", "argument", "assertion",
                "hypothesis", "thesis", "conclusion", "finding", "suspicion", "allegation",
                "belief", "assumption", "contention", "case", "impression", "perception",
                "premise", "speculation", "narrative", "story", "account", "version",
                "explanation", "interpretation", "estimate", "figure", "information",
                "evidence", "data", "statement", "report", "suggestion", "proposition",
                "thinking", "analysis", "assessment", "observation", "prediction"}
# what bears evidence (lemmas): as the doer of backing, it backs an idea
EVIDENCE = {"evidence", "data", "report", "study", "survey", "document", "record", "finding",
            "figure", "statistic", "information", "research", "analysis", "poll", "test",
            "result", "seizure", "discovery", "testimony", "footage", "video", "photo",
            "image", "fact", "experience", "history", "logic", "science"}
# thanked or praised for help: the help was given
THANKING = {"thank", "praise", "commend", "credit", "acknowledge", "applaud", "salute"}
BACKING = {"support", "back", "bolster", "corroborate", "underpin", "buttress", "reinforce"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def _amount(word: Token) -> bool:
    """A sum or a quantity: "$1.2 billion", "nearly 33 million", "tonnes"."""
    return word.like_num or word.pos_ == "NUM" or word.lemma_.lower() in AMOUNTS or any(
        c.dep_ in {"nummod", "quantmod"} or c.lower_ in {"$", "€", "£"} for c in word.children)


def _governor(noun: Token) -> tuple[Token | None, str]:
    """The verb that tells what happens to the help noun, and how the noun hangs on it: "dobj"
    (the object, also through "in"/"with": "provided billions in aid"), "subject", "acl" (a
    participle on the noun), or "" (none)."""
    for child in noun.children:
        if child.dep_ == "acl" and child.pos_ in VERB_POS:
            return child, "acl"  # "aid sent by Japan"
    node = noun
    while node.dep_ in {"conj", "appos", "compound"} and node.head.i != node.i:
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and head.lower_ in {"in", "of"} and _amount(head.head):
        node = head.head  # "$33 million in assistance": what happens to the amount
        while node.dep_ in {"conj", "appos", "compound", "quantmod", "nummod"} and \
                node.head.i != node.i:
            node = node.head
        head = node.head
    if node.dep_ == "pobj" and head.lower_ in {"of", "in"} and \
            head.head.lemma_.lower() in GIVING_NOUNS:
        return head.head, "given"  # "the largest donor of humanitarian assistance"
    if node.dep_ in {"dobj", "attr", "dative", "oprd"} and head.pos_ in VERB_POS:
        return head, "dobj"
    if node.dep_ in SUBJECTS and head.pos_ in VERB_POS:
        return head, "nsubjpass" if node.dep_ == "nsubjpass" else "subject"
    if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "with", "of"} \
            and head.head.pos_ in VERB_POS:
        return head.head, "dobj"  # "provided billions of dollars in aid"
    if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" and \
            head.head.pos_ in VERB_POS:
        return head.head, "for"  # "called for aid", "thanked them for their support"
    return None, ""


def help_topic(token: Token, plover: str) -> bool:
    """A noun of help that is only what the sentence is about (no help given, got, pledged,
    voiced or begun). A date does not make it one: "refused all aid in 2009" dates the
    refusal."""
    if plover not in {"AID", "SUPPORT", "COOPERATE"} or token.pos_ not in NOUN_POS:
        return False
    lemma = token.lemma_.lower()
    if lemma not in HELP_NOUNS and token.lower_ not in HELP_NOUNS:
        return False
    verb, how = _governor(token)
    if verb is None:
        return True
    verb_lemma = verb.lemma_.lower()
    if how == "acl":
        return verb_lemma not in GIVING | {"deliver", "send", "provide"}
    if how == "nsubjpass":
        return verb_lemma not in GIVING
    if how == "given":
        return False
    if how == "subject":  # "aid arrived", "Australian aid supported two million girls"
        return verb_lemma in STATES
    if how == "for":
        return verb_lemma not in THANKING | PAYING  # "asked for aid": the REQUEST is the event
    making = GIVING | FORMING if lemma in {"cooperation", "co-operation", "collaboration"} \
        else GIVING
    return verb_lemma not in making


def backs_an_idea(token: Token, plover: str) -> bool:
    """Backing a proposition ("supported the notion that", "this information is supported by
    the report", "the data back his account"): evidence, not support of a party."""
    if plover != "SUPPORT" or token.pos_ not in VERB_POS or \
            token.lemma_.lower() not in BACKING:
        return False
    patients = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if patients and all(p.lemma_.lower() in PROPOSITIONS and not p.ent_type_ for p in patients):
        return True
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for a in token.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    if token.dep_ == "relcl" and not doers:  # "a seizure, which supported the notion"
        doers = [token.head]
    return bool(doers) and all(d.lemma_.lower() in EVIDENCE and not d.ent_type_ for d in doers)


def in_a_name(token: Token, headline: bool = False) -> bool:
    """A capitalised word inside the name of a body, mid-sentence: "the Support Mission Against
    Corruption", "the Peace Corps" (a name whose head is itself an event word, "the Tet
    Offensive", is left to the lexicon: the trigger is its head, not a word inside it)."""
    if headline or token.pos_ != "PROPN" or not token.is_title or token.is_sent_start:
        return False
    return token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.is_title
