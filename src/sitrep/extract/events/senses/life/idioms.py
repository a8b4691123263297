"""Idioms of violence verbs that name no violence, read from the verb's arguments (lemmas, so
every inflection counts):

- **rising fast**: "shot to fame", "shoots to the top of the charts", "shot into the lead",
  "prices shot up": an active "shoot" with no object, whose "to"/"into" phrase names a standing
  (``STANDINGS``), or whose particle "up" has a quantity for its subject (``QUANTITIES``);
- **a measure defeated**: "the bill was killed in committee", "senators kill the proposal",
  "killed the deal": killing a proposal, a law, a plan or a deal (``MEASURES``);
- **a flop**: "the movie bombed at the box office", "the album bombs", "bombed the exam": an
  active "bomb" with no object, whose subject is a work or a show (``WORKS``) or whose clause
  names the box office, or whose object is a test (``TESTS``);
- **striking an agreement, a balance or a tone**: "struck a deal", "strikes a balance", "struck
  a chord", "struck fear into", "the court struck down the law": "strike" with an object from
  ``STRUCK``, or a measure (``MEASURES``).

A person or a named entity as the object keeps the violence ("killed Bill", "struck the
minister"). Asked by ``everyday.everyday_sense``.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = {"VERB", "AUX"}
# what one rises to ("shot to fame", "shot to number one", "shot into the lead")
STANDINGS = {"fame", "stardom", "prominence", "celebrity", "notoriety", "renown", "top",
             "number", "lead", "limelight", "spotlight", "popularity", "power", "success",
             "glory", "summit", "peak", "front", "forefront", "record",
             "high", "highs", "no.", "first", "chart", "charts", "favourite", "favorite",
             "headline", "headlines", "status", "attention", "victory", "win"}
# quantities that go up ("prices shot up", "the number of cases shot up")
QUANTITIES = {"price", "rate", "number", "figure", "share", "stock", "cost", "sale", "sales",
              "temperature", "demand", "supply", "unemployment", "inflation", "value", "level",
              "count", "total", "tally", "index", "yield", "rent", "fee", "bill", "premium",
              "profit", "revenue", "income", "debt", "deficit", "spending", "ratio",
              "percentage", "percent", "rating", "ratings", "score", "attendance", "traffic",
              "membership", "enrolment", "enrollment", "population", "case", "infection",
              "pressure", "consumption", "output", "production", "export", "import", "turnout",
              "wage", "salary", "tax", "interest", "fare", "toll", "bid", "offer", "estimate"}
# proposals, laws, plans and deals: what is killed or struck down without violence
MEASURES = {"bill", "measure", "proposal", "legislation", "law", "amendment", "motion", "plan",
            "idea", "project", "programme", "program", "initiative", "scheme", "policy",
            "reform", "deal", "agreement", "merger", "takeover", "bid", "resolution",
            "ordinance", "statute", "provision", "regulation", "rule", "ban", "mandate",
            "ruling", "decision", "conviction", "application", "request", "petition",
            "referendum", "budget", "tax", "tariff", "nomination", "rumour", "rumor",
            "momentum", "contract", "plea", "lawsuit", "clause", "testimony", "subsidy",
            "funding", "permit", "licence", "license"}
# works and shows that flop ("the movie bombed")
WORKS = {"movie", "film", "show", "album", "single", "song", "play", "musical", "sequel",
         "prequel", "remake", "series", "book", "novel", "game", "launch", "product", "ipo",
         "offering", "campaign", "pilot", "episode", "season", "tour", "concert", "record",
         "release", "premiere", "opening", "debut", "comedy", "drama", "blockbuster", "flick",
         "production", "venture", "startup", "restaurant", "brand", "app", "console",
         "phone", "model", "sitcom", "programme", "program", "opera", "ballet", "exhibition",
         "festival", "event", "performance", "speech", "joke", "pitch", "audition"}
TESTS = {"exam", "examination", "test", "interview", "audition", "quiz", "exams", "tests",
         "final", "finals", "midterm", "assignment", "essay", "paper"}
# what is struck without a blow ("struck a deal", "struck a chord", "struck fear into")
STRUCK = {"deal", "agreement", "accord", "bargain", "compromise", "pact", "settlement",
          "partnership", "alliance", "arrangement", "understanding", "balance", "chord",
          "tone", "note", "pose", "posture", "nerve", "gold", "oil", "match", "fear", "terror",
          "dread", "awe", "optimism", "figure", "attitude", "contrast",
          "resemblance", "friendship", "rapport", "relationship", "sponsorship", "truce"}
NAMED = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}


def _objects(token: Token) -> list[Token]:
    """The verb's object, or its passive subject ("the bill was killed")."""
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]


def _thing(noun: Token, family: set[str]) -> bool:
    return noun.ent_type_ not in NAMED and noun.pos_ != "PROPN" and (
        noun.lemma_.lower() in family or noun.lower_ in family)


def _subjects(token: Token) -> list[Token]:
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "acl" and token.tag_ in {"VBD", "VBZ", "VBP"}:
        subjects = [token.head]  # "The movie bombed at the box office." parsed as a noun phrase
    return subjects


def _rising(token: Token) -> bool:
    """ "shot to fame", "shot into the lead", "prices shot up"."""
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass", "agent"} for c in token.children):
        return False  # "shot a man", "was shot to death"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "into"} and any(
                g.dep_ == "pobj" and _thing(g, STANDINGS) for g in child.children):
            return True
        if child.dep_ == "prt" and child.lower_ == "up" and any(
                _thing(s, QUANTITIES) for s in _subjects(token)):
            return True
    return False


def _flop(token: Token) -> bool:
    """ "the movie bombed at the box office", "bombed the exam"."""
    objects = _objects(token)
    if objects:
        return all(_thing(o, TESTS) for o in objects)
    if any(c.dep_ in {"auxpass", "agent"} for c in token.children):
        return False
    if any(_thing(s, WORKS) for s in _subjects(token)):
        return True
    return any(t.lower_ == "office" and any(c.lower_ == "box" for c in t.children)
               for t in token.subtree)


def idiom(token: Token) -> bool:
    """Whether the violence verb ``token`` is used in one of the idioms above."""
    if token.pos_ not in VERB_POS:
        return False
    lemma = token.lemma_.lower()
    if lemma == "shoot":
        return _rising(token)
    if lemma == "bomb":
        return _flop(token)
    if lemma == "kill":
        objects = _objects(token)
        return bool(objects) and all(_thing(o, MEASURES) for o in objects)
    if lemma == "strike":
        objects = _objects(token)
        return bool(objects) and all(_thing(o, STRUCK | MEASURES) for o in objects)
    return False
