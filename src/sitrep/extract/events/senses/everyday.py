"""Everyday senses of conflict words in local and wire news, read from the trigger's arguments:

- **illness**: "died after a long battle with cancer", "fought alcoholism for a decade", "fought
  back tears": violence against an illness, a condition, an addiction or a state of the body or
  the mind is no assault (the object's lemma is in the family of diseases and conditions);
- **dismissal**: "the board fired the coach", "was fired from his job", "fired for misconduct":
  "fire" with a person as its object (or its passive subject) and nothing aimed (no shot, round,
  rocket or weapon as object, no "at"/"on"/"into" phrase) dismisses someone; "fired shots",
  "fired at police", "fired a rocket", "opened fire" stay attacks;
- **press releases**: "said in a news release", "according to a press release", "issued a
  release", "a release from the sheriff's office said": a noun "release" that is a document (a
  news/press/media modifier, the object of issuing, the source of what is said, or a speaking
  subject) frees no one;
- **sport**: "a 90th-minute strike", "his strike from 20 yards", "struck twice in the second
  half", "his shot hit the crossbar", "United beat City 3-1", "struck out": a strike, a shot, a
  clash or a win whose clause speaks of nets, goalkeepers, yards, minutes or halves of a match
  (and of no fans, police, gunmen or weapons), a team beaten by a score, or a "strike out", is
  no labour strike and no attack;
- **web boilerplate**: "Visit our website", "Sign up for our newsletter", "Follow us on
  Twitter": an imperative addressed to the reader, about the publication ("our", "us") or the web,
  reports no event.

The families of words are listed whole; inflections come through the lemma.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract.events.senses.life.idioms import idiom
from sitrep.extract.events.tokens import has_any
from sitrep.nlp.scans import hyphen_before
from sitrep.resources import read_tsv

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# violence words that take an illness as their figurative object
ILLNESS_VIOLENCE = {"fight", "fighting", "battle", "combat", "struggle", "war", "attack",
                    "crusade", "beat", "defeat", "conquer", "overcome"}
# diseases, conditions and addictions (and the general nouns for them)
AILMENTS = {
    "illness", "sickness", "disease", "condition", "disorder", "syndrome", "ailment",
    "infection", "cancer", "leukaemia", "leukemia", "lymphoma", "melanoma", "tumour", "tumor",
    "sarcoma", "carcinoma", "myeloma", "glioma", "glioblastoma", "neuroblastoma", "mesothelioma",
    "dementia", "alzheimer", "alzheimer's", "parkinson", "parkinson's", "sclerosis",
    "diabetes", "depression", "anxiety", "schizophrenia", "bipolar", "ptsd", "anorexia",
    "bulimia", "obesity", "addiction", "alcoholism", "dependency", "dependence", "overdose",
    "covid", "covid-19", "coronavirus", "virus", "flu", "influenza", "pneumonia",
    "tuberculosis", "tb", "malaria", "cholera", "ebola", "hiv", "aids", "hepatitis", "sepsis",
    "meningitis", "measles", "polio", "cirrhosis", "stroke", "epilepsy", "asthma", "bronchitis",
    "emphysema", "arthritis", "lupus", "fibrosis", "dystrophy", "insomnia", "injury",
    "disability", "paralysis", "ill-health", "heroin", "opioid", "alcohol", "gambling",
    "cocaine", "methamphetamine", "meth", "fentanyl", "mrsa",
    # states of the body and the mind fought figuratively ("fought back tears")
    "tear", "tears", "nerve", "nerves", "emotion", "pain", "fatigue", "exhaustion", "tiredness",
    "sleep", "sleepiness", "drowsiness", "urge", "temptation", "grief", "loneliness",
    "boredom", "cramp", "nausea", "jet-lag", "fever", "cold", "cough", "illnesses",
}
# what one fires at someone: projectiles, weapons and the like
PROJECTILES = {"shot", "round", "bullet", "shell", "rocket", "missile", "mortar", "grenade",
               "gas", "canister", "cannon", "salvo", "volley", "burst", "flare", "arrow", "dart",
               "pellet", "torpedo", "artillery", "projectile", "drone", "barrage", "weapon",
               "gun", "rifle", "pistol", "shotgun", "handgun", "revolver", "taser", "bolt",
               "warning", "blank", "ammunition", "munition", "bomb", "launcher", "tank",
               "howitzer", "firework", "firecracker", "stone", "spear", "water",
               "cartridge", "charge", "fire", "bb", "slug", "buckshot", "load", "clip", "magazine"}
# prepositions of aiming ("fired at police", "fired into the crowd")
AIMING = {"at", "on", "upon", "into", "toward", "towards", "across", "through", "against"}
PERSONAL = {"he", "she", "they", "him", "her", "them", "me", "us", "i", "we", "you", "who",
            "whom", "himself", "herself", "themselves"}
# people one can dismiss: jobs, ranks and the general nouns for persons and staff
PEOPLE = {"coach", "manager", "employee", "worker", "staff", "staffer", "director", "executive",
          "ceo", "chief", "head", "boss", "teacher", "officer", "official", "minister",
          "secretary", "editor", "presenter", "host", "anchor", "reporter", "journalist",
          "player", "captain", "chairman", "chairwoman", "chair", "president", "nurse",
          "doctor", "guard", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
          "advisor", "assistant", "clerk", "cashier", "driver", "pilot", "chef", "waiter",
          "waitress", "superintendent", "principal", "commissioner", "inspector", "sheriff",
          "deputy", "agent", "lawyer", "attorney", "prosecutor", "judge", "trainer", "analyst",
          "engineer", "contractor", "consultant", "man", "woman", "person", "people", "someone",
          "volunteer", "member", "cop", "detective", "trooper", "constable", "sergeant",
          "lieutenant", "professor", "lecturer", "researcher", "scientist", "administrator",
          "dean", "pastor", "priest", "producer", "writer", "columnist", "commentator",
          "broadcaster", "housekeeper", "nanny", "janitor", "labourer", "laborer",
          "supervisor", "foreman", "treasurer", "accountant", "auditor", "counsel", "general",
          "commander", "colonel", "admiral", "governor", "mayor", "cfo", "coo", "cto",
          "founder", "partner", "associate", "intern", "apprentice", "teammate", "colleague",
          "salesman", "saleswoman", "bartender", "barista", "paramedic", "firefighter",
          "warden", "jailer", "caretaker", "whistleblower", "medic", "physician",
          "surgeon", "therapist", "counsellor", "counselor", "coordinator", "organiser",
          "organizer", "planner", "designer", "developer", "programmer", "technician",
          "mechanic", "operator", "dispatcher", "crew", "team", "workforce", "personnel",
          # those one dismisses for what they think or whose they are: critics, opponents,
          # appointees, a whole cabinet
          "critic", "opponent", "rival", "dissident", "dissenter", "detractor", "sceptic",
          "skeptic", "naysayer", "loyalist", "appointee", "nominee", "subordinate", "underling",
          "holdover", "cabinet", "board", "management", "leadership"}
# a release that is a document: its modifiers, the verbs that issue it, verbs of saying
DOCUMENT_MODIFIERS = {"news", "press", "media", "statement", "e-mail", "email", "emailed",
                      "written", "joint", "official"}
ISSUING = {"issue", "distribute", "publish", "circulate", "email", "e-mail", "send", "put",
           "post", "release", "disseminate", "fax"}
SAYING = {"say", "state", "announce", "confirm", "add", "note", "write", "report", "explain",
          "describe", "claim", "allege", "stress", "indicate", "reveal", "tell", "name",
          "identify", "show", "read", "provide", "detail", "outline", "warn", "urge"}
# words of a match: a strike in their clause is a shot at goal
SPORT_WORDS = {"net", "goalkeeper", "keeper", "goalie", "crossbar", "woodwork", "equaliser",
               "equalizer", "stoppage-time", "injury-time", "first-half", "second-half",
               "hat-trick", "scoreline", "inning", "innings", "wicket", "touchdown",
               "midfielder", "winger", "half-time", "halftime", "full-time", "extra-time"}
# the parts of a hyphenated modifier of a match time or a distance ("90th-minute", "25-yard")
SPORT_MEASURES = {"minute", "yard", "time"}
MATCH_TIMES = {"stoppage", "injury", "extra", "added", "half", "full"}
# violence words that also name moves in a match ("his shot", "fired home", "a clash with")
MATCH_VIOLENCE = {"strike", "shot", "shoot", "fire", "hit", "beat", "defeat", "clash",
                  "attack", "battle", "fight", "hammer", "thrash", "rout", "crush", "down",
                  "tackle", "smash", "blast", "shell", "bombard", "pound", "punch", "kick"}
# those who fight at matches: their presence makes the violence real
MATCH_VIOLENCE_PEOPLE = {"fan", "supporter", "hooligan", "ultra", "spectator", "crowd",
                         "police", "officer", "gunman", "attacker", "assailant", "riot",
                         "rioter", "mob", "soldier", "troop", "militant", "steward"}
# verbs of winning a match, and a score ("3-1", "2–0")
RESULT_VERBS = {"beat", "defeat", "thrash", "rout", "crush", "hammer", "down", "edge",
                "overcome", "trounce", "batter", "outclass", "stun", "upset"}
SCORE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# weapons: a clause that names one tells real violence, even at a match
WEAPONS = {"gun", "rifle", "pistol", "shotgun", "handgun", "revolver", "bomb", "grenade",
           "rocket", "missile", "mortar", "shell", "bullet", "knife", "machete", "explosive",
           "gas", "artillery", "drone", "tank", "gunfire", "gunshot", "firearm", "weapon"}
# verbs of a shot at goal whose object is a "strike"
SPORT_VERBS = {"score", "net", "curl", "drill", "blast", "slot", "volley", "fire", "smash",
               "unleash", "rifle", "lash", "hammer", "thunder", "drive", "tuck", "lob", "chip",
               "equalise", "equalize", "level", "convert", "saved", "save", "parry", "deflect"}
# imperatives to the reader and what they are about
READER_VERBS = {"visit", "follow", "join", "support", "subscribe", "sign", "share", "contact",
                "donate", "help", "meet", "like", "download", "read", "watch", "listen",
                "email", "e-mail", "register", "log", "tap", "click", "get", "send", "tell",
                "call", "text", "write", "become", "check", "find", "see", "stay", "keep",
                "bookmark", "comment", "tweet", "message", "submit", "give", "consider",
                "tag", "add", "enter", "try", "explore", "discover", "learn"}
WEB_WORDS = {"website", "site", "web", "webpage", "homepage", "page", "link", "newsletter",
             "newsletters", "email", "e-mail", "app", "twitter", "facebook", "instagram",
             "youtube", "tiktok", "linkedin", "snapchat", "whatsapp", "telegram", "podcast",
             "feed", "rss", "channel", "account", "profile", "subscription", "alert", "alerts",
             "notification", "notifications", "inbox", "here", "online", "digital",
             "journalism", "newsroom", "reader", "readers", "story", "stories", "article",
             "articles", "comment", "comments", "tip", "tips", "bluesky"}


def _targets(token: Token) -> list[Token]:
    out = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    holders = [token]
    if token.pos_ in NOUN_POS and token.dep_ == "dobj":
        holders.append(token.head)  # "lost his battle with lymphoma" (the phrase on the verb)
    for holder in holders:
        # "on" names the target of a noun ("a war on cancer"), the place of a verb ("fought
        # fatigue on the flight")
        preps = {"against", "with"} | ({"on", "upon"} if holder.pos_ in NOUN_POS else set())
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                out += [g for g in child.children if g.dep_ == "pobj"
                        and g.ent_type_ not in {"DATE", "TIME"}]  # not "on Monday"
    return out


def _ailment(noun: Token) -> bool:
    if noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}:
        return False
    return noun.lemma_.lower() in AILMENTS or noun.lower_ in AILMENTS


def illness(token: Token) -> bool:
    """Violence against an illness or a condition: "a long battle with cancer", "fought
    alcoholism", "lost her fight against leukaemia"."""
    if token.lemma_.lower() not in ILLNESS_VIOLENCE and token.lower_ not in ILLNESS_VIOLENCE:
        return False
    targets = _targets(token)
    return bool(targets) and all(_ailment(t) for t in targets)


def _person(noun: Token) -> bool:
    if noun.ent_type_ == "PERSON" or noun.lower_ in PERSONAL:
        return True
    return noun.pos_ in NOUN_POS and noun.ent_type_ not in {"GPE", "LOC", "FAC"} and \
        noun.lemma_.lower() in PEOPLE


def dismissal(token: Token) -> bool:
    """ "The board fired the coach", "he was fired from his job", "fired for misconduct": a
    person fired, nothing aimed or shot."""
    if token.lemma_.lower() != "fire" or token.pos_ not in VERB_POS:
        return False
    fired: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in AIMING and not all(
                g.ent_type_ in {"DATE", "TIME"} for g in child.children if g.dep_ == "pobj"):
            return False  # "fired at police", "fired into the crowd" (not "on Monday")
        if child.dep_ in {"dobj", "nsubjpass"}:
            if child.lemma_.lower() in PROJECTILES:
                return False  # "fired shots", "a rocket was fired"
            fired.append(child)
        if child.dep_ == "nsubj" and child.lemma_.lower() in PROJECTILES:
            return False  # "the gun fired"
        if child.dep_ == "advmod" and child.lower_ in {"back", "twice", "indiscriminately",
                                                         "wildly", "randomly", "repeatedly"}:
            return False
    if not fired and token.dep_ == "relcl" and any(
            c.dep_ == "auxpass" for c in token.children):
        fired = [token.head]  # "the coach, who was fired" (the antecedent of "who")
    if not fired and token.dep_ == "acl" and token.tag_ == "VBN":
        fired = [token.head]  # "with 5,000 police officers fired over three years"
    return bool(fired) and all(_person(f) for f in fired)


# the sectors of the state, whose officers' dismissal is a disciplinary act (SANCTION)
STATE_SECTORS = {"GOV", "LEG", "MIL", "COP", "JUD"}


@lru_cache(maxsize=1)
def state_offices() -> frozenset[str]:
    """One-word offices and ranks of the state (``resources/titles.tsv`` of a state sector, every
    rank of ``resources/ranks.tsv``), with their plurals through the lemma."""
    words = {r["term"].lower() for r in read_tsv("titles.tsv")
             if " " not in r["term"] and r["sector"] in STATE_SECTORS}
    words |= {r["term"].lower() for r in read_tsv("ranks.tsv") if " " not in r["term"]}
    return frozenset(w for w in words if not w.endswith("."))


def official_dismissed(token: Token) -> bool:
    """ "The sheriff fired both deputies", "the detective was fired": a dismissal
    (``dismissal``) of an officer or an official of the state, a disciplinary act (SANCTION);
    a coach, a chef or workers fired by a firm are not ("the head of the border police" is, by
    the office its phrase names)."""
    if not dismissal(token):
        return False
    fired = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not fired and token.dep_ in {"relcl", "acl"}:
        fired = [token.head]
    offices = state_offices()
    return bool(fired) and all(any(t.lemma_.lower() in offices or t.lower_ in offices
                                   for t in f.subtree) for f in fired)


# the verbs that remove a person from a post, besides "fire" (``official_dismissed``)
REMOVING = frozenset({"dismiss"})
# employers whose dismissals are no disciplinary act of the state ("the company dismissed 200
# workers", "the club dismissed its coach"), as for "fire"
EMPLOYERS = frozenset({"company", "firm", "club", "employer", "business", "restaurant", "factory",
                       "team", "bank", "airline", "store", "shop", "owner", "manager", "hotel",
                       "mine", "plant", "corporation", "board"})


def person_dismissed(token: Token) -> bool:
    """ "The president dismissed the heads of the army", "the chief of staff, who was dismissed
    in January", "the officers he dismissed", "teachers who failed to report would be
    dismissed": a person removed from a post, a disciplinary act (SANCTION, like an official
    fired: ``official_dismissed``); "dismissed the accusation" stays a rejection (REJECT),
    "dismissed the case" a court's step, and a firm's or a club's dismissals are none."""
    if token.lemma_.lower() not in REMOVING or token.pos_ not in VERB_POS:
        return False
    removed = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ in {"relcl", "acl"} and (
            not removed or all(r.tag_ in {"WP", "WDT"} for r in removed)):
        removed = [token.head]  # "the officers he dismissed", "the chief, who was dismissed"
    if any(c.dep_ in {"nsubj", "agent"} and any(
            t.lemma_.lower() in EMPLOYERS for t in c.subtree) for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False  # "dismissed his critics as traitors": a view of them
    # "dismissed them as lies": a plural pronoun may stand for claims
    return bool(removed) and all(_person(r) and r.lower_ not in {"them", "they", "who", "whom"}
                                 for r in removed)


def press_release(token: Token) -> bool:
    """A noun "release" that is a document: "a news release", "said in a release", "according
    to a press release", "issued a release", "a release from the office said"."""
    if token.lemma_.lower() != "release" or token.pos_ not in NOUN_POS:
        return False
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return False  # "the release of the prisoners"
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in DOCUMENT_MODIFIERS
           for c in children):
        return True
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in ISSUING:
        return head.lemma_.lower() != "put" or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    if token.dep_ == "nsubj" and head.lemma_.lower() in SAYING:
        return True  # "a release from the sheriff's office said"
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return token.dep_ == "pobj" and head.lower_ == "in" and \
        head.head.lemma_.lower() in SAYING | {"confirm", "announce", "say"}


def _clause(token: Token) -> Token:
    node = token
    while node.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "prep", "compound",
                        "conj"} and node.head.i != node.i:
        node = node.head
    return node


def _match_clause(token: Token) -> bool:
    """The clause of ``token`` speaks of a match: a net, a goalkeeper, an equaliser, "the
    second half", "the 90th minute", "from 20 yards", "the edge of the box"; and of nobody
    who fights at matches (fans, police, a gunman) nor of any weapon."""
    clause = _clause(token)
    found = False
    for word in clause.subtree:
        if word.i == token.i:
            continue
        lemma = word.lemma_.lower()
        if lemma in MATCH_VIOLENCE_PEOPLE or lemma in WEAPONS:
            return False  # "fans clashed with police in the second half"
        if (lemma in SPORT_WORDS or word.lower_ in SPORT_WORDS) and word.dep_ != "poss":
            found = True  # (not "the goalkeeper's car": a possessor of something else)
        elif lemma == "half" and any(c.lower_ in {"first", "second"} for c in word.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
            found = True  # "in the second half" (not "the second half of the year")
        elif lemma in SPORT_MEASURES and (
                before := hyphen_before(word, spaced=True)) is not None and (
                before.like_num or ORDINAL.match(before.lower_) or before.lower_ in MATCH_TIMES):
            found = True  # "90th-minute", "25-yard", "stoppage-time" (not "all-time")
        elif lemma == "minute" and any(c.ent_type_ == "ORDINAL" or ORDINAL.match(c.lower_)
                                       for c in word.children):
            found = True  # "in the 90th minute"
        elif lemma in {"box", "area"} and word.head.lower_ == "of" and \
                word.head.head.lemma_.lower() == "edge":
            found = True  # "from the edge of the box"
        elif lemma == "yard" and word.dep_ == "pobj" and word.head.lower_ == "from":
            found = True  # "from 20 yards"
    return found


def _result(token: Token) -> bool:
    """ "United beat City 3-1": a verb of winning with a team as object and a score."""
    if token.lemma_.lower() not in RESULT_VERBS or token.pos_ not in VERB_POS:
        return False
    beaten = [c for c in token.children if c.dep_ in {"dobj", "npadvmod"} and c.pos_ != "NUM"]
    if not beaten or not all(b.pos_ == "PROPN" or b.ent_type_ in {"ORG", "GPE", "NORP"}
                             for b in beaten):
        return False
    words = list(token.subtree)
    return any(SCORE.match(t.text) or (
        t.like_num and k + 2 < len(words) and words[k + 1].text in {"-", "\u2013"} and
        words[k + 2].like_num) for k, t in enumerate(words))  # "3-1", "3 - 1"


def sport(token: Token) -> bool:
    """A strike, a shot, a clash or a win in a match: "a 90th-minute strike", "his strike from
    20 yards", "struck twice in the second half", "his shot hit the crossbar", "the batter
    struck out", "United beat City 3-1"."""
    lemma = token.lemma_.lower()
    if lemma == "strike" and token.pos_ in VERB_POS and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in token.children) and \
            not any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children):
        return True  # "struck out" (a batter out, or "struck out on their own")
    if lemma == "strike" and token.pos_ in NOUN_POS and token.dep_ == "dobj" and \
            token.head.lemma_.lower() in SPORT_VERBS - {"fire", "drive", "level", "save"}:
        return True  # "scored with a strike", "curled a strike"
    if _result(token):
        return True
    return lemma in MATCH_VIOLENCE and _match_clause(token)


def _imperative(root: Token) -> bool:
    if root.tag_ != "VB" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
                                for c in root.children):
        return False
    first = next((t for t in root.sent if not t.is_punct and t.lower_ != "please"), None)
    return first is not None and first.i == root.i


def reader_imperative(token: Token) -> bool:
    """The sentence of ``token`` is an imperative to the reader about the publication or the
    web: "Visit our website", "Sign up for our newsletter", "Follow us on Twitter"."""
    if not has_any(token.doc, lemmas=READER_VERBS):
        return False  # the root is none of the verbs: no need to find it
    root = token.sent.root
    if root.lemma_.lower() not in READER_VERBS or not _imperative(root):
        return False
    return any(t.lower_ in WEB_WORDS or t.lemma_.lower() in WEB_WORDS
               for t in root.subtree if t.i != root.i)


def everyday_sense(token: Token, plover: str) -> str | None:
    """Why ``token`` names no act of ``plover`` in its everyday sense (None: it may be one)."""
    if reader_imperative(token):
        return "reader imperative"
    if plover == "ASSAULT" and illness(token):
        return "illness"
    if plover == "ASSAULT" and dismissal(token):
        return "dismissal"
    if plover == "ASSAULT" and idiom(token):
        return "idiom"  # life/idioms.py: "shot to fame", "killed the bill", "struck a deal"
    if plover == "RETREAT" and press_release(token):
        return "press release"
    if plover in {"PROTEST", "ASSAULT"} and sport(token):
        return "sport"
    if plover == "PROTEST" and shown(token):
        return "shown"
    return None


# what shows or proves (lemmas): "as demonstrated by the survey", "the data demonstrate that"
SHOWING_MARKS = {"as", "like"}
SHOWING_PREPS = {"by", "in", "through", "with"}


# feelings and stances that protesters show (lemmas): "demonstrated their anger" stays
STANCES = {"anger", "opposition", "outrage", "discontent", "dissatisfaction", "solidarity",
           "support", "frustration", "displeasure", "fury", "rage", "anguish", "grievance",
           "disapproval", "resentment", "defiance", "dissent", "objection", "protest",
           "indignation", "disgust", "rejection"}
QUALITY_SUFFIXES = ("ity", "ness", "ment", "tion", "sion", "ance", "ence", "ship", "ism")
QUALITIES = {"power", "strength", "resolve", "need", "value", "skill", "technique", "worth",
             "limit", "weakness", "reach", "influence", "control", "potential", "use", "way",
             "how", "what", "extent", "fact", "point", "danger", "risk", "impact", "effect"}


def _quality(noun: Token) -> bool:
    """A quality, a capacity or a fact shown ("the ability", "its commitment", "the power"),
    no feeling or stance of protesters ("their anger", "their opposition")."""
    lemma = noun.lemma_.lower()
    if lemma in STANCES:
        return False
    return lemma in QUALITIES or lemma.endswith(QUALITY_SUFFIXES)


def shown(token: Token) -> bool:
    """ "Demonstrate" in its sense of showing: "as demonstrated by the survey", "as
    demonstrated in the report", "the data demonstrate that", "it was demonstrated that",
    "demonstrating the ability of": a clause of manner ("as"), a clausal object, a passive or a
    quality shown (``_quality``); protesters demonstrate with no
    clause of their own ("hundreds demonstrated outside parliament", "demonstrated against the law")."""
    if token.lemma_.lower() != "demonstrate" or token.pos_ not in {"VERB", "AUX"}:
        return False
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in SHOWING_MARKS:
            return True  # "as demonstrated by the survey"
        if child.dep_ == "dobj" and _quality(child):
            return True  # "demonstrating the ability of the cartels to"
        if child.dep_ in {"ccomp", "nsubjpass"} or (
                child.dep_ == "agent" and token.tag_ == "VBN"):
            return True  # "demonstrated that", "was demonstrated by the data"
    return False
