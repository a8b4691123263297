"""An AGREE is two parties agreeing on something (a deal, a ceasefire, terms, an act). Everyday
uses of the words of agreeing are not one:

- **sharing an opinion**: "the mayor agrees with the need for more parking", "she agreed with
  the critics": "agree with" someone or something with nothing agreed on (no "to", "on",
  "over" or "about", no infinitive, no object); agreeing with a proposition ("the committee's
  finding") stays the endorsement (SUPPORT) that ``words.sense_type`` makes of it;
- **commercial offers**: "the airline is offering deals on fares", "the shop offers a discount
  to veterans", "offers free classes": what a business sells or gives away;
- **what a place or a thing affords**: "the province offers easy access to two borders",
  "the state offers him the best chance to hide", "the port offers a safe haven": access, a
  chance, a view, an example are no proposal to a party;
- **a choice settled on**: "for the role they settled on chef Jae", "the couple settled on a
  name": choosing, no agreement between parties ("the two sides settled on a date for the
  talks", "settled on terms" stay);
- **things accepted that are no proposal**: "the charity accepted donations of clothing",
  "the office accepts applications", "accepted an award", "accepts credit cards";
- **views** (``view_not_deed``): agreeing with someone that a thing is so ("agreed with the
  committee that the bridge is unsafe"; "agreed that the talks would resume", a course of
  action, stays), turning down a view ("rejected the assessment that ..."; a demand, an offer
  or an accusation rejected stays), granting a state of affairs ("admitted the difficulties", "the chain admits that the
  store needs investment", "conceded that profits would fall";
  "admitted defeat", "admitted responsibility" stay) or confessing a deed ("admitted to
  stealing the car", in court records or testimony): no deal, refusal or concession between
  parties;
- **an accusation answered** (``accusation_answered``): "rejected the criticism as
  interference", "dismissed the accusations as lies", "brushed aside the criticism",
  "responded to the condemnation": the criticism turned down is the earlier accusation referred
  to, no ACCUSE of its own (the rejection is the REJECT); criticism voiced, issued or lodged
  ("voiced criticism of the crackdown", "issued a condemnation") stays, and so does one told
  with its own accuser or content ("denied accusations made by his brother that she joined
  a militia", "dismissed the UN's condemnation"): the only report of that accusation.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.agency import COLLECTIVES
from sitrep.extract.events.senses.everyday import PEOPLE, state_offices
from sitrep.extract.events.senses.words import PROPOSITIONS

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
AGREEING = {"agree", "concur"}
# what an agreement is on or to: its complements
AGREED_ON = {"to", "on", "upon", "over", "about", "for"}
# opinions and choices one agrees with ("the decision to", "the need to")
OPINION_NOUNS = {"decision", "need", "idea", "view", "assessment", "finding", "conclusion",
                 "argument", "suggestion", "recommendation", "approach", "choice", "move",
                 "call", "effort", "push", "opinion", "sentiment", "position", "stance",
                 "statement", "comment", "remark", "analysis", "verdict", "ruling"}
# what businesses and services offer (lemmas)
COMMERCIAL = {
    "discount", "sale", "fare", "price", "rate", "coupon", "rebate", "special", "bargain",
    "promotion", "markdown", "percent", "%", "voucher", "refund", "membership", "subscription",
    "trial", "class", "course", "lesson", "workshop", "program", "programme", "tour", "menu",
    "meal", "dessert", "product", "service", "item",
    "merchandise", "giveaway", "freebie", "raffle", "ticket",
    "seat", "room", "suite", "package", "plan", "option", "amenity", "feature", "activity",
    "entertainment", "music", "game", "ride", "shuttle", "parking", "wifi", "wi-fi", "delivery",
    "pickup", "pick-up", "screening", "vaccine", "vaccination", "shot", "test", "testing",
    "checkup", "appointment", "treatment", "care", "therapy", "counseling", "counselling",
    "tutoring", "scholarship", "internship", "job", "position", "salary", "bonus", "benefit",
    "perk", "incentive", "loan", "mortgage", "credit", "insurance", "coverage", "warranty",
}
# what a place or a thing affords (lemmas): offering one is no proposal
AFFORDED = {"access", "chance", "opportunity", "view", "insight", "glimpse", "example",
            "lesson", "hope", "advantage", "alternative", "window", "haven", "route", "path",
            "way", "means", "possibility", "edge", "comfort", "cover", "clue", "hint",
            "picture", "reminder", "proof", "explanation", "answer", "solution", "perspective",
            "escape", "outlet", "platform", "market", "environment", "condition", "ground",
            "respite", "vantage", "backdrop", "setting", "gateway", "corridor", "link",
            "connection", "foothold", "base", "shortcut", "incentive", "temptation", "lure",
            "glimmer", "sense", "taste", "flavour", "flavor", "mix", "range", "variety",
            "wealth", "abundance", "potential", "prospect", "promise", "challenge", "risk"}
# what "deals" on or for goods are ("deals on fares", "deals for shoppers")
DEAL_GOODS_PREPS = {"on", "for"}
CUSTOMERS = {"shopper", "customer", "traveler", "traveller", "buyer", "guest", "visitor",
             "flight", "hotel", "car", "ticket", "fare", "airfare"}
# what is accepted without any proposal behind it (lemmas)
ACCEPTED_THINGS = {
    "donation", "gift", "contribution", "application", "applicant", "payment", "card", "cash",
    "check", "cheque", "bitcoin", "reservation", "booking", "order", "entry", "submission",
    "nomination", "award", "prize", "honor", "honour", "trophy", "medal", "job", "position",
    "post", "role", "scholarship", "item", "clothing", "clothes", "food", "furniture", "toy",
    "book", "coat", "drop-off", "volunteer", "student", "patient", "walk-in", "pet", "animal",
    "coupon", "voucher", "return", "bid", "tender", "resume", "nominee", "registration",
}


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]


def _opinion(token: Token) -> bool:
    if token.lemma_.lower() not in AGREEING or token.pos_ not in VERB_POS:
        return False
    kids = list(token.children)
    withs = [k for k in kids if k.dep_ == "prep" and k.lower_ == "with"]
    if not withs:
        return False
    agreed = [g for w in withs for g in w.children if g.dep_ == "pobj"]
    if agreed and all(g.lemma_.lower() in PROPOSITIONS for g in agreed):
        return False  # "agreed with the committee's finding": an endorsement (``sense_type``)
    if any(k.dep_ in {"dobj", "xcomp", "ccomp"} for k in kids):
        return False
    if any(k.dep_ == "prep" and k.lower_ in AGREED_ON and not all(
            g.ent_type_ in {"DATE", "TIME"} for g in k.children if g.dep_ == "pobj")
           for k in kids):
        return False  # "agreed with the rebels on a ceasefire"
    for w in withs:  # "agreed with the government to free 50 prisoners": a deal on an act
        if any(g.dep_ == "pcomp" and g.pos_ in VERB_POS for g in w.children):
            return False  # (parsed "with [the government to free ...]")
        for g in w.children:
            if g.dep_ == "pobj" and g.lemma_.lower() not in OPINION_NOUNS and any(
                    c.dep_ in {"acl", "relcl"} and c.pos_ in VERB_POS and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in g.children):
                return False
    return True  # "agrees with the need for", "agreed with the critics"


def _commercial_offer(token: Token) -> bool:
    if token.lemma_.lower() != "offer" or token.pos_ not in VERB_POS:
        return False
    offered = [c for c in token.children if c.dep_ == "dobj"]
    if not offered:
        return False
    for thing in offered:
        lemma = thing.lemma_.lower()
        if lemma in COMMERCIAL | AFFORDED or any(c.dep_ in {"compound", "amod"} and
                                      c.lemma_.lower() in COMMERCIAL | {"free"}
                                      for c in thing.children):
            continue
        if lemma == "deal" and any(  # "deals on fares", "deals for shoppers"
                c.dep_ == "prep" and c.lower_ in DEAL_GOODS_PREPS and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in COMMERCIAL | CUSTOMERS
                    for g in c.children) for c in list(thing.children) + list(token.children)):
            continue
        return False
    return True


def _accepted_thing(token: Token) -> bool:
    if token.lemma_.lower() != "accept" or token.pos_ not in VERB_POS:
        return False
    things = _objects(token)
    return bool(things) and all(t.lemma_.lower() in ACCEPTED_THINGS or t.lower_ in
                                ACCEPTED_THINGS for t in things)


# papers one signs alone (lemmas): a confession, an autograph, a form
OWN_PAPERS = {"confession", "autograph", "guestbook", "book", "copy", "card", "form", "waiver",
              "affidavit", "will", "register", "ball", "jersey", "shirt", "poster",
              "photo", "photograph", "cast", "receipt", "cheque", "check", "condolence",
              "yearbook", "visitor", "release", "consent", "statement",
              # a message one leaves or puts out, signed by its maker ("banners signed by the
              # cartel were left at the scene", "a leaflet signed by the group")
              "banner", "placard", "sign", "note", "message", "leaflet", "flyer", "pamphlet",
              "notice", "communique", "communiqué", "graffito", "graffiti", "narcomanta",
              "sheet", "painting", "canvas", "print", "artwork"}


def _signed_paper(token: Token) -> bool:
    """ "Signed a confession", "signed autographs", "signed the book of condolence", "signed a
    waiver", "banners signed by the cartel": a paper of one's own, no agreement between parties ("signed a joint statement",
    "signed a deal" and "signed a petition", a joint act, stay)."""
    if token.lemma_.lower() != "sign" or token.pos_ not in VERB_POS:
        return False
    things = _objects(token)
    if not things and token.dep_ == "acl" and token.tag_ == "VBN":
        things = [token.head]  # "banners signed by the cartel": the noun is what was signed
    return bool(things) and all(t.lemma_.lower() in OWN_PAPERS and not any(
        c.lower_ in {"joint", "common"} for c in t.children) for t in things)


SETTLING = {"settle", "decide", "fix", "light", "alight"}
# what parties settle on together (lemmas): terms of a deal, a sum, a date, a compromise
TERMS = {"term", "deal", "price", "amount", "sum", "figure", "compromise", "agreement",
         "ceasefire", "cease-fire", "truce", "date", "timetable", "schedule", "framework",
         "formula", "plan", "settlement", "fee", "payment", "compensation", "wage", "salary",
         "rate", "budget", "text", "wording", "language", "deadline", "venue",
         "arrangement", "condition", "principle", "roadmap", "road", "package", "contract",
         "accord", "pact", "treaty", "solution", "resolution", "split", "share", "exchange",
         "swap", "procedure", "rule", "protocol", "mechanism", "border", "boundary", "line"}


def choice_settled(token: Token) -> bool:
    """ "Settled on chef Jae", "the couple settled on a name": a choice, no agreement between
    parties ("the two sides settled on a date for the talks", "settled on terms" stay)."""
    if token.lemma_.lower() not in SETTLING or token.pos_ not in VERB_POS:
        return False
    chosen = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"}
              for g in p.children if g.dep_ == "pobj"]
    return bool(chosen) and not any(c.lemma_.lower() in TERMS for c in chosen)


# verbs of granting a proposition ("accept that", "agree that", "acknowledge that")
GRANTING = {"agree", "concur", "accept", "acknowledge", "admit", "recognise", "recognize",
            "concede", "grant", "allow"}
# verbs of coming to a view, whose infinitive is a view held ("have come round to accept that")
COMING_TO = {"come", "learn", "grow", "begin", "start"}


def proposition_held(token: Token) -> bool:
    """A view granted, not a deal: a verb of granting with a "that" clause (and no object or
    infinitive) told in the present ("both leaders agree that winning over residents is
    slow"), as a present aside ("winning them over, both agree, is slow"), in the perfect ("have accepted that") or as a view come to ("have come round to
    accept that"); "the rebels agreed that the talks would resume" (a deal told in the past)
    stays."""
    if token.lemma_.lower() not in GRANTING or token.pos_ not in VERB_POS:
        return False
    kids = list(token.children)
    if token.dep_ == "parataxis" and token.tag_ in {"VBP", "VBZ"} and not any(
            k.dep_ in {"dobj", "xcomp", "ccomp", "prep"} for k in kids):
        return True  # "winning over residents, both leaders agree, has been a process"
    if not any(k.dep_ == "ccomp" for k in kids) or any(
            k.dep_ in {"dobj", "xcomp"} or (k.dep_ == "prep" and k.lower_ in AGREED_ON)
            for k in kids):
        return False
    auxes = [k for k in kids if k.dep_ == "aux"]
    if token.tag_ in {"VBP", "VBZ"} and not auxes:
        return True
    if any(a.lemma_.lower() == "have" for a in auxes) and token.tag_ == "VBN":
        return True
    return token.dep_ in {"xcomp", "advcl"} and token.head.lemma_.lower() in COMING_TO and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in kids)


def no_agreement(token: Token, plover: str) -> bool:
    """An everyday use of a word of agreeing: an opinion shared, a commercial offer, a thing
    accepted, a choice settled on (see the module's docstring)."""
    if plover not in {"AGREE", "SUPPORT"}:
        return False
    return _opinion(token) or _commercial_offer(token) or _accepted_thing(token) or (
        plover == "AGREE" and _signed_paper(token)) or (
        plover == "AGREE" and (choice_settled(token) or proposition_held(token)))


# auxiliaries of a course of action agreed on ("agreed that the talks would resume")
ACTION_AUX = {"would", "will", "should", "shall", "must", "could", "can", "'d", "'ll", "may",
              "might", "ought"}
# verbs of turning down a view (lemmas)
DISMISSING = {"reject", "dismiss", "dispute", "refute", "contest", "question", "challenge",
              "rebut", "discount", "repudiate"}
# views one may turn down or grant (lemmas): no demand, offer or accusation among them
VIEWS = {"assessment", "view", "opinion", "notion", "idea", "analysis", "interpretation",
         "characterisation", "characterization", "premise", "theory", "argument",
         "conclusion", "reasoning", "logic", "perception", "belief", "comparison",
         "description", "portrayal", "narrative", "framing", "reading", "estimate",
         "forecast", "projection", "prediction", "diagnosis", "evaluation", "appraisal",
         "analogy", "thesis", "contention", "assertion", "assumption",
         "hypothesis", "explanation", "account", "figure", "number", "statistic",
         "calculation", "finding", "observation", "impression"}
# verbs of granting a state of affairs (lemmas)
ADMITTING = {"admit", "acknowledge", "concede", "recognise", "recognize", "accept", "confess"}
# verbs of granting that concede only a fault or a deed told in a clause (lemmas)
ACKNOWLEDGING = {"acknowledge", "recognise", "recognize"}
# states of affairs one admits (lemmas): no fault, defeat or responsibility among them
STATES = {"difficulty", "problem", "challenge", "limit", "limitation", "complexity", "risk",
          "uncertainty", "weakness", "shortcoming", "flaw", "gap", "obstacle", "hurdle",
          "struggle", "frustration", "concern", "fear", "doubt", "fact", "reality", "truth",
          "possibility", "importance", "need", "danger", "hardship", "constraint", "setback",
          "complication", "pressure", "strain", "tension", "dilemma", "trouble",
          "pain", "toll", "scale", "extent", "severity", "seriousness", "gravity", "urgency",
          "existence", "presence", "value", "merit", "point", "validity", "legitimacy"}


def _course_of_action(clause: Token) -> bool:
    """A clause that tells what is to be done ("that the talks would resume", "that he step
    down", "that both sides withdraw") rather than how things are ("that the bridge is
    unsafe")."""
    kids = list(clause.children)
    if any(k.dep_ == "aux" and k.lower_ in ACTION_AUX | {"to"} for k in kids):
        return True
    return clause.tag_ == "VB"  # a subjunctive: "that he step down"


def _view_agreed(token: Token) -> bool:
    """ "Agreed with the committee that the bridge is unsafe": a view shared with someone."""
    if token.lemma_.lower() not in AGREEING or token.pos_ not in VERB_POS:
        return False
    kids = list(token.children)
    clauses = [k for k in kids if k.dep_ == "ccomp"]
    if not clauses or any(k.dep_ in {"dobj", "xcomp"} or (
            k.dep_ == "prep" and k.lower_ in AGREED_ON) for k in kids):
        return False
    return not any(_course_of_action(c) for c in clauses)


# what a party says happened (lemmas): turning it down is a denial of it, a REJECT ("residents
# disputed the police account", "refuted the ministry's figures"), no view declined
ACCOUNTS = {"account", "finding", "figure", "number", "statistic", "description", "narrative",
            "explanation", "version"}
# verbs that dispute whose object may be a place held ("both countries dispute the islands": a
# lasting quarrel over land, no act)
CONTESTING = {"dispute", "contest"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = {"island", "territory", "land", "region", "border", "area", "province", "zone",
               "enclave", "sea", "water", "field", "reef", "strip", "valley", "town"}


def _view_dismissed(token: Token) -> bool:
    """ "Rejected the opposition's assessment that ...": a view turned down, no demand (an
    account of what happened turned down is a denial: ``ACCOUNTS``); "the islands are
    disputed by both countries": land quarrelled over."""
    if token.lemma_.lower() not in DISMISSING or token.pos_ not in VERB_POS:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "relcl" and not things:
        things = [token.head]  # "the territory it disputes"
    if token.lemma_.lower() in CONTESTING and things and all(
            t.ent_type_ in PLACE_ENTS or t.lemma_.lower() in PLACE_NOUNS for t in things):
        return True
    return bool(things) and all(t.lemma_.lower() in VIEWS - ACCOUNTS for t in things)


def _state_admitted(token: Token) -> bool:
    """ "Admitted the difficulties", "acknowledged the limits of the inquiry": a state of
    affairs granted; "admitted to stealing the car": a deed confessed (in court records or
    testimony), no concession to another party."""
    if token.lemma_.lower() not in ADMITTING or token.pos_ not in VERB_POS:
        return False
    kids = list(token.children)
    things = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
    clauses = [c for c in kids if c.dep_ == "ccomp" and c.pos_ in VERB_POS]
    if _confession(token):
        return True  # "admitted to police that he had stabbed the man"
    if token.lemma_.lower() in ACKNOWLEDGING and clauses and all(c.i < token.i for c in clauses):
        return True  # '"We're taking on more debt," acknowledged the treasurer': a quote's tag
    if token.lemma_.lower() in ACKNOWLEDGING and not clauses:
        # "acknowledged the applause", "acknowledged receipt of the letter": a thanks or a
        # receipt; only a fault ("acknowledged its mistakes") is conceded
        return not any(t.lemma_.lower() in FAULTS for t in things)
    if things:
        return all(t.lemma_.lower() in STATES for t in things)
    if clauses and all(_thing_state(c) for c in clauses):
        return True  # "admits that the store needs investment", "conceded profits would fall"
    return token.lemma_.lower() in {"admit", "confess"} and any(
        k.dep_ == "prep" and k.lower_ == "to" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in k.children) for k in kids) and any(
        t.lemma_.lower() in CASE_SOURCES for t in token.sent)


def _confession(token: Token) -> bool:
    """A deed confessed to the police or in a confession, not conceded to another party:
    "admitted to police that he had stabbed the man", "confessed to detectives that she set
    the fire", "signed a confession in which he admitted killing them" (the guidelines code a
    conviction, not an admission in a criminal case)."""
    if _to_investigators(token):
        return True
    if any(c.dep_ == "ccomp" and c.lemma_.lower() in TELLING_POLICE and _to_investigators(c)
           for c in token.children):
        return True  # "acknowledged she told police interrogators that ..."
    node = token
    for _ in range(4):  # "a confession, where he admitted murdering them"
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in CONFESSION_NOUNS and node.pos_ == "NOUN":
            return True
    return False


def _to_investigators(verb: Token) -> bool:
    """The verb is told to the police or investigators: "to police", "told detectives"."""
    hearers = [g for k in verb.children if k.dep_ == "prep" and k.lower_ == "to"
               for g in k.children if g.dep_ == "pobj"]
    hearers += [k for k in verb.children if k.dep_ in {"dative", "dobj"}]
    return any(({h.lemma_.lower()} | {c.lemma_.lower() for c in h.children
                                       if c.dep_ == "compound"}) & CASE_SOURCES
               for h in hearers)


# verbs of telling whose clause, told to the police, is a confession (lemmas)
TELLING_POLICE = {"tell", "say", "confess", "admit", "explain", "describe"}
# nouns of a confession to the police (lemmas)
CONFESSION_NOUNS = {"confession", "statement", "interrogation", "interview", "testimony",
                    "deposition", "affidavit", "plea"}
# faults and failures: a thing's fault or failure admitted is a concession (lemmas)
FAULTS = {"mistake", "error", "fault", "failure", "failing", "wrongdoing", "misconduct",
          "abuse", "violation", "lapse", "negligence", "blunder", "oversight", "crime",
          "offence", "offense", "wrong", "guilt", "responsibility", "liability", "defeat",
          "loss", "breach", "misstep", "shortcoming", "flaw", "misjudgment", "misjudgement"}
FAILING = {"fail", "err", "falter", "backfire", "misfire", "flop", "collapse", "break",
           "malfunction"}


def _thing_state(clause: Token) -> bool:
    """The clause tells a state or a change of a thing, active: "the store needs investment",
    "its profits would fall", "sales had weakened" (no person, group or pronoun as its
    subject; no act done to anything: "the victims were tortured"; no fault: "mistakes
    were made", "the plan had failed")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children) or \
            clause.lemma_.lower() in FAILING:
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    for subject in subjects:
        if subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in FAULTS:
            return False
        if subject.lemma_.lower() in PEOPLE | COLLECTIVES or get_matcher().find(subject.text):
            return False
    return True


# who hears a deed confessed in a case: an admission to them is evidence, not a concession
# ("admitted to setting the fire, court records show"; "The company admitted to bribing
# officials" concedes a fault in public)
CASE_SOURCES = {"record", "document", "affidavit", "complaint", "testimony", "court", "police",
                "investigator", "detective", "deputy", "officer", "prosecutor", "filing",
                "transcript", "interrogation", "interview", "trooper", "sheriff",
                "interrogator"}


def view_not_deed(token: Token, plover: str) -> bool:
    """A view shared, turned down or granted, or a deed confessed: no AGREE, REJECT or
    CONCEDE between parties (``_view_agreed``, ``_view_dismissed``, ``_state_admitted``)."""
    if plover == "AGREE":
        return _view_agreed(token)
    if plover == "REJECT":
        return _view_dismissed(token)
    if plover == "CONCEDE":
        return _state_admitted(token)
    return False


# accusations that one answers or turns down (lemmas)
ANSWERED = {"criticism", "condemnation", "accusation", "allegation", "complaint", "censure",
            "rebuke", "denunciation", "reproach", "criticisms", "blame", "charge"}
# verbs of turning down or answering an accusation (lemmas; "brush aside", "shrug off", "wave
# away" through their particle)
ANSWERING = DISMISSING | {"deny", "rebuff", "brush", "shrug", "wave", "counter", "answer",
                          "deflect", "downplay", "decry", "scorn", "spurn", "ignore"}
# verbs whose "to" takes what they answer ("responded to the criticism")
RESPONDING = {"respond", "reply", "react", "retort"}


def _told_in_full(noun: Token) -> bool:
    """The accusation names its accuser ("made by his brother", "by the UN", "from rights
    groups", "the UN's") or its content ("that she joined ...")."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in {"by", "from"}):
            return True
        if child.dep_ in {"acl", "relcl"} and any(c.dep_ == "agent" for c in child.children):
            return True
    return any(t.dep_ == "mark" and t.lower_ == "that" for t in noun.subtree)


def accusation_answered(token: Token, plover: str) -> bool:
    """An accusation named as what is turned down or answered (see the module's docstring)."""
    if plover != "ACCUSE" or token.pos_ not in NOUN_POS or \
            token.lemma_.lower() not in ANSWERED:
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:  # "the criticism and the charges"
        noun = noun.head
    if _told_in_full(token):
        return False
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ in VERB_POS:
        return head.lemma_.lower() in ANSWERING
    if noun.dep_ != "pobj" or head.head.pos_ not in VERB_POS:
        return False
    verb = head.head.lemma_.lower()
    if head.lower_ in {"aside", "off", "away"}:  # "brushed aside the criticism"
        return verb in ANSWERING
    return head.lower_ == "to" and verb in RESPONDING


# dismay voiced: what it is about ("concerned by", "shocked at", "outraged over the killings")
FEELING_PREPS = {"by", "at", "over", "about", "with"}
# verbs that voice a feeling named by their object ("expressed concern", "voiced alarm")
VOICING = {"express", "voice", "register", "convey"}
# verbs that report the words of a holder told by a pronoun ("said it was deeply concerned")
TELLING = {"say", "tell", "state", "add", "announce", "declare", "write"}
HOLDER_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
BODY_ENTS = {"ORG", "GPE", "NORP"}


def _about(word: Token) -> bool:
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in FEELING_PREPS and any(
        g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in word.children)


def _holder(clause: Token) -> Token | None:
    """The subject of ``clause``, or, for a pronoun, the subject of the verb that reports the
    clause ("the ministry said it was alarmed": the ministry)."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in HOLDER_PRONOUNS and clause.dep_ == "ccomp" \
            and clause.head.lemma_.lower() in TELLING:
        return next((c for c in clause.head.children if c.dep_ == "nsubj"), subject)
    return subject


def _body(holder: Token | None) -> bool:
    """A named body, a country or a people, or the holder of an office of the state."""
    if holder is None:
        return False
    offices = state_offices()
    return any(t.ent_type_ in BODY_ENTS or t.lemma_.lower() in offices or t.lower_ in offices
               for t in holder.subtree)


def dismay_voiced(token: Token) -> bool:
    """ "The State Department said it was appalled by the amendment", "the UN expressed
    outrage over the arrests": a feeling of the family of shock and outrage about something
    named, of a body, a country or an official (ACCUSE/disapprove); "residents were shocked by
    the noise" is not."""
    if token.pos_ in NOUN_POS:
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in VOICING:
            return False
        return (_about(token) or _about(verb)) and _body(_holder(verb))
    if not _about(token):
        return False
    if token.dep_ in {"acomp", "xcomp"}:  # "it was concerned by": the copula's subject
        return _body(_holder(token.head))
    return token.pos_ == "VERB" and _body(_holder(token))  # "it was appalled by" (a passive)


# the words of dismay (participles and adjectives by their text, nouns by their lemma): the
# trigger rows of ``@dismayed`` in ``resources/event_triggers.tsv``. Concern is not among them:
# "expressed concern about", "was deeply concerned by" are plain statements in CAMEO (the
# QuadClass dev set labels them 0), no disapproval
DISMAYED = {"outraged", "shocked", "appalled", "dismayed", "alarmed", "horrified",
            "disturbed", "troubled", "angered", "incensed", "disgusted", "disappointed"}
DISMAY = {"outrage", "dismay", "alarm", "indignation", "disapproval", "displeasure",
          "anger"}


def dismay_holder(token: Token) -> Token | None:
    """Who voices the dismay of ``token`` (``dismay_voiced``): the subject of "expressed
    concern", of "was concerned", of the passive "was appalled", or the one who said "it was";
    None when ``token`` voices none (or is no word of dismay)."""
    word = token.lemma_.lower() if token.pos_ in NOUN_POS else token.lower_
    if word not in (DISMAY if token.pos_ in NOUN_POS else DISMAYED) or not dismay_voiced(token):
        return None
    if token.pos_ in NOUN_POS or token.dep_ in {"acomp", "xcomp"}:
        return _holder(token.head)
    return _holder(token)
