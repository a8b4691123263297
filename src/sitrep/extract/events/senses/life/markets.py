"""Senses of event words in business, market and newsroom language (web and wire news):

- **market demand**: "the demand for labor is driven by tourism", "demand for cocaine has
  soared", "supply and demand", "strong consumer demand": the quantity buyers want, not a
  REQUEST. A demand someone makes stays: one with a possessor or an agent ("the rebels'
  demand", "a demand by the union"), a ransom demand, a demand for an act ("for his release",
  "for a ceasefire") or for a political good ("for justice", "for reforms"), a demand that is
  answered ("rejected the demand for money");
- **a level reached**: "the stock hit a high", "sales hit a record", "the index struck a
  three-year low", "the book hit the shelves": reaching a mark, no ASSAULT;
- **an economic or civic blow**: "workers have been hit by low oil prices", "the exchange was
  hit by a theft", "hit by a wave of layoffs", "rising costs hit small businesses": affected by
  prices, costs, closures, cuts, outages, thefts or labour strikes, no ASSAULT ("hit by a
  roadside bomb", "a drone strike hit", "hit by stones" stay);
- **money withdrawn**: "withdrew $1,273 from her bank account", "withdrew cash": no RETREAT;
- **a contribution to a text or an abstraction**: "Robert Burns contributed to this report",
  "the sale would contribute to national security", "factors that contributed to the decline":
  no AID or AGREE; contributing money, troops or goods ("contributed $5 million to the fund",
  "contributed troops to the mission") stays;
- **a business named by the act it sells**: "consulting firm", "a support services company",
  "the security consultancy": a modifier of a firm, no CONSULT/SUPPORT/AID;
- **how a source is cited**: "both officials requested anonymity", "asked not to be named",
  "asked that his name not be used", "asked to remain anonymous": no REQUEST ("asked police to
  identify the attackers" stays); "sources consulted by InSight Crime", "when consulted by El
  Tiempo": no CONSULT ("the president consulted his allies" stays);
- **figurative strikes**: ideas "shot down" ("shot down rumors", "shot down the bill") and
  measures that "target" ("the tariffs that have targeted China", "sanctions targeting the oil
  sector", "the lawsuit targeted the chief"): no ASSAULT ("shot down a drone", "gunmen
  targeted a police station" stay);
- **markets and places of care**: "shares rallied", "the dollar rallied" (prices rose, no
  PROTEST; "supporters rallied" stays); a price, a share or a market as the doer of any act
  ("oil prices attacked the lows", "stocks fought back", "the dollar retreated"); "admitted to hospital", "the clinic where she was
  admitted" (taken in for care, no CONCEDE; "admitted to the killing" stays);
- **a decrease by a measure**: "the population declined an average of 11 people per day",
  "exports declined 5 percent": the object is a quantity, no REJECT ("declined the offer"
  stays).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.agency import COLLECTIVES
from sitrep.extract.events.senses.everyday import PEOPLE

VERB_POS = {"VERB", "AUX"}

# -- market demand ---------------------------------------------------------------------------
DEMAND_WORDS = {"demand"}
# what people demand of authorities (not bought or sold): such a demand is a REQUEST
POLITICAL_GOODS = {
    "justice", "accountability", "answer", "change", "reform", "action", "independence",
    "autonomy", "compensation", "reparation", "apology", "election", "freedom", "right",
    "recognition", "transparency", "explanation", "ransom", "payment", "money", "cash",
    "withdrawal", "resignation", "release", "return", "inquiry", "investigation", "probe",
    "ceasefire", "truce", "talks", "negotiation", "protection", "security", "peace", "vote",
    "referendum", "dialogue", "concession", "guarantee", "extradition", "removal", "end",
    "halt", "stop", "trial", "punishment", "arrest", "prosecution", "exit", "departure"}
# modifiers of the quantity buyers want
MARKET_MODIFIERS = {
    "consumer", "market", "customer", "buyer", "energy", "oil", "gas", "power", "electricity",
    "housing", "labor", "labour", "export", "import", "domestic", "global", "world",
    "strong", "weak", "high", "low", "soft", "firm", "robust", "sluggish", "growing",
    "rising", "falling", "increasing", "declining", "strengthening", "weakening", "seasonal",
    "pent", "peak", "aggregate", "underlying", "overall", "local", "international",
    "commercial", "retail", "industrial", "travel", "tourist", "credit", "loan"}
SUPPLY_WORDS = {"supply", "need", "consumption", "production", "output", "price", "supplies"}
# verbs of answering a demand someone made ("rejected the demand", "met their demand")
ANSWERING = {"reject", "refuse", "accept", "meet", "satisfy", "heed", "ignore", "grant",
             "comply", "agree", "resist", "dismiss", "answer", "respond", "bow", "cave",
             "yield", "concede", "issue", "make", "present", "submit", "repeat", "renew",
             "deliver", "send", "voice", "press", "drop", "withdraw"}
AGENT_DEPS = {"poss", "agent"}


def _of_someone(noun: Token) -> bool:
    for child in noun.children:
        if child.dep_ in AGENT_DEPS:
            return True
        if child.dep_ in {"compound", "amod"} and (child.ent_type_ in {"PERSON", "ORG", "NORP",
                                                                        "GPE"}
                                                    or child.lemma_.lower() == "ransom"):
            return True  # "the union demand", "Kurdish demands", "a ransom demand"
        if child.dep_ == "prep" and child.lower_ in {"by", "from", "of"} and any(
                g.dep_ == "pobj" and g.lemma_.lower() not in SUPPLY_WORDS
                for g in child.children):
            return True  # "a demand by the union", "demands from the protesters"
    return False


def market_demand(token: Token, is_event_word: Callable[[str], bool]) -> bool:
    """The demand noun names the quantity buyers want, not a request made by someone."""
    if token.lemma_.lower() not in DEMAND_WORDS or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _of_someone(token):
        return False
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass", "pobj"} and (
            head.lemma_.lower() in ANSWERING or head.head.lemma_.lower() in ANSWERING
            and head.dep_ == "prep"):
        return False  # "rejected the demand for money", "agreed to their demand"
    goods = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.dep_ == "pobj"]
    if any(is_event_word(g.lemma_.lower()) or g.lemma_.lower() in POLITICAL_GOODS or
           g.ent_type_ == "PERSON" for g in goods):
        return False  # "the demand for his release", "demand for justice", "for Kopp"
    linked = [token.head] if token.dep_ == "conj" else []
    linked += [c for c in token.children if c.dep_ == "conj"]
    if any(n.lemma_.lower() in SUPPLY_WORDS for n in linked):
        return True  # "supply and demand", "the demand and need for"
    if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in MARKET_MODIFIERS
           for c in token.children):
        return True  # "strong consumer demand", "global oil demand"
    if goods:
        return True  # "the demand for labor", "demand for cocaine"
    # a mass noun ("could not keep up with demand", "demand fell"): a request made is counted
    # ("a demand", "their demands", "two demands")
    return token.tag_ == "NN" and not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} for c in token.children)


# -- a level reached -------------------------------------------------------------------------
REACHING = {"hit", "strike", "touch"}
LEVELS = {"high", "low", "record", "peak", "bottom", "ceiling", "floor", "mark", "milestone",
          "level", "threshold", "benchmark", "plateau", "shelf", "shelves", "newsstand",
          "headline", "airwave", "chart", "jackpot", "snag", "roadblock", "stride", "limit",
          "maximum", "minimum", "all-time"}  # no "target", "market" or "wall": shells hit those


def level_reached(token: Token) -> bool:
    """ "The stock hit a high", "hit the shelves", "struck a three-year low": reaching a mark."""
    if token.lemma_.lower() not in REACHING or token.pos_ not in VERB_POS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in LEVELS or o.lower_ in LEVELS or o.like_num
                                 or o.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"}
                                 for o in objects)  # "hit 2,000 dollars an ounce"


# -- contributions ---------------------------------------------------------------------------
CONTRIBUTING = {"contribute"}
TEXTS = {"report", "story", "article", "coverage", "reporting", "piece", "dispatch", "book",
         "study", "paper", "research", "volume", "issue", "column", "blog", "podcast"}
ABSTRACT_ENDS = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism", "ure", "ship")
ABSTRACT_AIMS = {"security", "policy", "growth", "decline", "rise", "problem", "crisis",
                 "success", "failure", "death", "loss", "spread", "effort", "economy",
                 "culture", "understanding", "debate", "discussion", "climate", "atmosphere",
                 "fall", "increase", "drop", "surge", "stability", "instability", "build",
                 "well-being", "wellbeing", "welfare", "quality", "risk", "danger", "sense"}


def _abstract(noun: Token) -> bool:
    if noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"}:
        return False
    lemma = noun.lemma_.lower()
    return lemma in TEXTS or lemma in ABSTRACT_AIMS or (noun.pos_ == "NOUN" and
                                                       lemma.endswith(ABSTRACT_ENDS))


# what takes contributions: a fund, an appeal, a force, an effort
RECEIVERS = {"fund", "appeal", "charity", "campaign", "mission", "force", "coalition", "effort",
             "cause", "relief", "operation", "programme", "program", "budget", "pool", "kitty",
             "party", "church", "school", "hospital", "foundation", "trust", "organisation",
             "organization", "agency", "army", "reconstruction", "rebuilding", "defence",
             "defense", "war", "pot", "collection", "drive", "treasury", "account"}


def _receiver(noun: Token) -> bool:
    """Someone or something that takes a contribution: a named body, a person, a fund."""
    return noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE", "FAC"} or \
        noun.lemma_.lower() in RECEIVERS or noun.pos_ in {"PROPN", "PRON"}


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` or of the clause it completes ("Finland is ready to
    contribute")."""
    node = verb
    for _ in range(4):
        found = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found or node.dep_ not in {"xcomp", "acomp", "conj", "advcl"} or node.head.i == node.i:
            return found
        node = node.head
    return []


def _doer(noun: Token) -> bool:
    """Someone who can give: a person, a group, a state, a name, a pronoun, a noun of people."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or noun.pos_ in {"PROPN", "PRON"} \
        or lemma in PEOPLE or lemma in COLLECTIVES or bool(get_matcher().find(noun.lower_))


def no_contribution(token: Token) -> bool:
    """ "Contributed to this report", "the sale would contribute to national security": nothing
    given; a state or a group contributing to an effort ("Finland is ready to contribute to the
    mission") stays."""
    if token.lemma_.lower() not in CONTRIBUTING or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
        return False  # "contributed $5 million", "troops contributed by Kenya"
    aims = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ in {"pobj", "pcomp"}]
    if aims and all(a.lemma_.lower() in TEXTS for a in aims):
        return True  # "contributed to this report" (the byline of a co-author)
    subjects = _subjects(token)
    if not aims or not subjects or any(_doer(s) for s in subjects):
        return False
    return all(a.pos_ == "VERB" or _abstract(a) or not _receiver(a) for a in aims)


# -- businesses --------------------------------------------------------------------------------
BUSINESSES = {"firm", "company", "business", "group", "practice", "fee", "contract",
              "industry", "service", "services", "consultancy", "agency", "work", "job",
              "staff", "team", "division", "unit", "subsidiary", "partner", "giant", "house",
              "arm", "outfit", "startup", "venture", "sector", "market", "revenue", "deal"}
SELLABLE = {"consult", "consulting", "consultancy", "advise", "advisory", "support", "assist"}


def business_modifier(token: Token) -> bool:
    """ "A consulting firm", "the support services company": a firm named by what it sells."""
    if token.lemma_.lower() not in SELLABLE and token.lower_ not in SELLABLE:
        return False
    if token.dep_ not in {"amod", "compound", "nmod"}:
        return False
    noun = token.head
    while noun.dep_ in {"compound", "nmod"} and noun.head.pos_ in {"NOUN", "PROPN"}:
        if noun.lemma_.lower() in BUSINESSES:
            return True
        noun = noun.head
    return noun.lemma_.lower() in BUSINESSES


# -- decrease by a measure -------------------------------------------------------------------
MEASURE_NOUNS = {"average", "percent", "percentage", "point", "total", "third", "half",
                 "quarter", "fifth", "tenth", "fraction", "bit", "lot", "notch"}


def decrease_by_measure(token: Token) -> bool:
    """ "Declined an average of 11 people per day", "declined 5 percent": a fall."""
    if token.lemma_.lower() != "decline" or token.pos_ not in VERB_POS:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "npadvmod"} and
               c.ent_type_ not in {"DATE", "TIME"}]  # "declined 5 percent last year"
    return bool(objects) and not any(c.dep_ in {"xcomp", "ccomp"} for c in token.children) \
        and all(o.lemma_.lower() in MEASURE_NOUNS or o.like_num or o.ent_type_ in {
            "PERCENT", "QUANTITY", "CARDINAL", "MONEY"} for o in objects)


# -- newsroom conventions and figurative strikes ------------------------------------------------
ASKING = {"request", "ask", "seek", "demand", "insist", "want", "wish", "beg", "plead"}
ANONYMITY = {"anonymity", "anonymous", "confidentiality", "discretion"}
NAMING = {"name", "identify", "quote", "use", "publish", "cite", "print", "reveal", "disclose",
          "mention", "withhold", "photograph", "film", "show"}
IDENTITY = {"name", "identity", "surname", "face"}
# "asked to remain anonymous", "asked to stay unnamed"
UNNAMED = ANONYMITY | {"unnamed", "unidentified", "nameless", "incognito", "confidential"}
REMAINING = {"remain", "stay", "be", "go", "keep"}


def anonymity_asked(token: Token) -> bool:
    """ "Requested anonymity", "asked not to be named", "asked that his name not be used": how a
    source is cited, no REQUEST of the story."""
    if token.lemma_.lower() not in ASKING or token.pos_ not in VERB_POS:
        return False
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ANONYMITY:
            return True  # "requested anonymity"
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                g.lemma_.lower() in ANONYMITY for g in child.children):
            return True  # "asked for anonymity"
        if child.dep_ == "xcomp" and child.lemma_.lower() in REMAINING and any(
                g.dep_ in {"acomp", "attr", "oprd"} and g.lemma_.lower() in UNNAMED
                for g in child.children):
            return True  # "asked to remain anonymous"
        if child.dep_ in {"xcomp", "ccomp"} and child.lemma_.lower() in NAMING and any(
                c.dep_ == "auxpass" for c in child.children):
            subjects = [c for c in child.children if c.dep_ == "nsubjpass"]
            if not subjects or any(s.lemma_.lower() in IDENTITY for s in subjects):
                return True  # "asked not to be named", "asked that his name not be used"
    return False


# -- sources consulted by a newsroom ----------------------------------------------------------
# those a reporter consults for a story ("sources consulted by InSight Crime")
SOURCES = {"source", "expert", "analyst", "specialist", "researcher", "academic", "scholar",
           "document", "record", "file", "study", "report", "data", "archive", "database",
           "lawyer", "attorney", "witness", "resident", "person", "people", "official",
           "investigator", "authority", "prosecutor", "officer", "agent", "diplomat", "insider",
           "economist", "observer", "consultant", "doctor", "local", "neighbor",
           "neighbour", "relative", "employee", "member", "functionary", "representative"}
ASKING_WHEN = {"when", "if", "once"}


def sources_consulted(token: Token) -> bool:
    """ "According to judicial sources consulted by InSight Crime", "experts consulted by the
    newspaper", "when consulted by El Tiempo": how a story cites its sources, no meeting
    ("the president consulted his allies before the vote" stays)."""
    if token.lemma_.lower() != "consult" or token.pos_ not in VERB_POS or token.tag_ != "VBN":
        return False
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "interviewed and consulted by"
    if verb.dep_ == "acl":
        noun = verb.head
        if noun.lemma_.lower() == "one" or noun.pos_ == "NUM":
            noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), noun)  # "one of the experts"
        return noun.lemma_.lower() in SOURCES or noun.lemma_.lower() in PEOPLE
    return verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ASKING_WHEN
                                        for c in verb.children) and any(
        c.dep_ == "agent" for c in verb.children)  # "when consulted by El Tiempo"


SHOOTING = {"shoot"}
# what one shoots down in words
IDEAS = {"rumor", "rumour", "idea", "report", "claim", "suggestion", "notion", "proposal", "plan",
         "speculation", "theory", "story", "talk", "allegation", "criticism", "argument", "bill",
         "amendment", "motion", "request", "bid", "hope", "prospect", "possibility", "concept",
         "question", "assertion", "charge", "accusation", "offer", "effort", "attempt",
         "thought", "chance", "dream", "myth", "premise", "hypothesis", "view"}


def ideas_shot_down(token: Token) -> bool:
    """ "Shot down rumors of a new model", "shot down the idea of early elections": rejected in
    words, no ASSAULT ("shot down a drone" stays)."""
    if token.lemma_.lower() not in SHOOTING or token.pos_ not in VERB_POS:
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ in {"acl", "relcl"} and not objects:
        objects = [token.head]
    return bool(objects) and all(o.lemma_.lower() in IDEAS or o.lower_ in IDEAS
                                 for o in objects)


TARGETING = {"target"}
# measures of a state or a firm that "target" someone: no attack
MEASURES_OF_STATE = {
    "tariff", "sanction", "duty", "tax", "levy", "law", "bill", "policy", "rule", "regulation",
    "measure", "ban", "embargo", "campaign", "ad", "advert", "advertisement", "advertising",
    "investigation", "probe", "audit", "reform", "program", "programme", "scheme",
    "initiative", "order", "decree", "legislation", "restriction", "control", "quota",
    "subsidy", "fine", "penalty", "lawsuit", "suit", "complaint", "inquiry", "proposal",
    "provision", "amendment", "ordinance", "statute", "mailer", "email", "message", "product",
    "drug", "treatment", "therapy", "vaccine", "study", "survey", "promotion", "offer"}


def measure_targets(token: Token) -> bool:
    """ "The tariffs that have targeted China", "sanctions targeting the oil sector": a measure
    aimed at someone, no ASSAULT ("gunmen targeted a police station" stays)."""
    if token.lemma_.lower() not in TARGETING or token.pos_ not in VERB_POS:
        return False
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for a in token.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    if token.dep_ in {"acl", "relcl"} and (not doers or all(
            d.tag_ in {"WDT", "WP"} or d.lower_ == "that" for d in doers)):
        doers = [token.head]  # "sanctions targeting", "the tariffs that have targeted"
    return bool(doers) and all(d.lemma_.lower() in MEASURES_OF_STATE for d in doers)


# -- markets and places of care --------------------------------------------------------------
RALLYING = {"rally", "surge", "storm", "march", "riot", "revolt"}
TRADED = {"share", "stock", "price", "market", "index", "dollar", "euro", "yen", "pound",
          "currency", "bond", "yield", "oil", "gold", "silver", "copper", "equity", "future",
          "commodity", "peso", "rupee", "rouble", "ruble", "bitcoin", "crypto", "sale",
          "economy", "nasdaq", "dow", "ftse", "nikkei", "s&p", "investor", "trader", "bull"}


def market_rally(token: Token) -> bool:
    """ "Shares rallied after the announcement", "the dollar rallied": prices rose, no PROTEST."""
    if token.lemma_.lower() not in RALLYING or token.pos_ not in VERB_POS:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in TRADED or s.lower_ in TRADED or any(
        c.dep_ == "compound" and c.lemma_.lower() in TRADED for c in s.children)
        for s in subjects)


# traded things that are no people (not "investors" or "traders", who can act)
PRICED = TRADED - {"investor", "trader"}


def traded_subject(token: Token) -> bool:
    """A verb of conflict whose doer is a price, a share or a market: "oil prices attacked the
    yearly lows", "stocks fought back", "shares surrendered early gains", "the dollar
    retreated against the yen": a price moved, no party acted ("investors protested",
    "traders attacked a guard", "the market was attacked by gunmen" stay)."""
    if token.pos_ not in VERB_POS:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_priced(s) for s in subjects)


# indices named as proper nouns ("the Dow retreated"); any other name may be a person's
INDICES = {"dow", "nasdaq", "ftse", "nikkei", "s&p", "dax", "cac", "sensex", "hang"}


# traded goods named bare in the singular ("oil fell", "gold retreated")
MASS_GOODS = {"oil", "gold", "silver", "copper", "bitcoin", "crypto", "crude", "wheat"}


def _priced(subject: Token) -> bool:
    if subject.pos_ == "PROPN" or subject.ent_type_ in {"PERSON", "NORP", "ORG"}:
        return subject.lower_ in INDICES
    if subject.pos_ != "NOUN" or not {subject.lemma_.lower(), subject.lower_} & PRICED:
        return False
    # a bare singular count noun is a name ("Bond resigns", "Stock retreated with his men")
    return subject.tag_ == "NNS" or subject.lower_ in MASS_GOODS or any(
        c.dep_ in {"det", "poss", "compound", "amod"} for c in subject.children)


ADMITTING = {"admit", "readmit"}
CARE_PLACES = {"hospital", "clinic", "ward", "icu", "infirmary", "hospice", "surgery",
               "sanatorium", "rehab", "emergency", "er", "a&e", "maternity", "hospitalisation"}
CARE_WORDS = {"care", "trauma", "medical", "burn", "burns", "health", "cancer", "treatment",
              "rehabilitation", "intensive", "psychiatric", "mental", "emergency", "nursing",
              "coronary", "cardiac", "neonatal", "isolation", "covid"}


def _care_place(noun: Token) -> bool:
    if noun.lemma_.lower() in CARE_PLACES or noun.lower_ in CARE_PLACES:
        return True  # "admitted to hospital", "the clinic"
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in CARE_WORDS | CARE_PLACES
               for c in noun.children)  # "the intensive care unit", "a trauma centre"


def hospital_admission(token: Token) -> bool:
    """ "Admitted to hospital", "the hospital where the boy is admitted", "patients admitted to
    the clinic": taken in for care, no CONCEDE ("admitted to the killing", "admitted that",
    "NATO admitted Poland" stay)."""
    if token.lemma_.lower() not in ADMITTING or token.pos_ not in VERB_POS:
        return False
    places = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"to", "into", "at",
                                                                              "in"}
              for g in p.children if g.dep_ == "pobj"]
    if any(_care_place(g) for g in places):
        return True
    return token.dep_ == "relcl" and _care_place(token.head)


WITHDRAWING = {"withdraw", "pull", "take"}
# money taken out (lemmas)
MONEY_NOUNS = {"cash", "money", "fund", "saving", "deposit", "dollar", "euro", "pound",
               "rupee", "peso", "yen", "franc", "ruble", "rouble", "bitcoin", "pension",
               "balance", "sum", "amount", "$", "£", "€"}
# where money is kept (lemmas)
ACCOUNTS = {"account", "bank", "atm", "machine", "saving", "fund", "pension", "checking",
            "branch", "teller", "card", "wallet", "vault", "safe", "till", "register", "kitty",
            "trust", "401(k)", "ira", "escrow"}


def money_withdrawn(token: Token) -> bool:
    """ "Withdrew $1,273 from her bank account", "withdrew cash from an ATM": money taken out
    of an account, no RETREAT ("withdrew troops from the border", "withdrew $200 million in aid
    from Pakistan" stay)."""
    if token.lemma_.lower() not in WITHDRAWING or token.pos_ not in VERB_POS:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things or not all(t.ent_type_ == "MONEY" or t.lemma_.lower() in MONEY_NOUNS
                             for t in things):
        return False
    sources = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"from", "out"}
               for g in p.subtree if g.pos_ in {"NOUN", "PROPN"}]
    if sources:
        return any(g.lemma_.lower() in ACCOUNTS or g.lower_ in ACCOUNTS for g in sources)
    return any(t.lemma_.lower() == "cash" for t in things)  # "withdrew cash"


BLOWS = {"hit", "strike", "batter", "rock", "pummel", "slam", "hammer", "buffet", "wallop"}
# what strikes a business, a town or a people in the economic or civic sense (lemmas): prices,
# costs, closures, cuts, layoffs, outages, crises, thefts, protests, taxes and rules
CAUSES = {
    "price", "cost", "fee", "rate", "tariff", "tax", "levy", "duty", "closure", "shutdown",
    "cut", "cutback", "layoff", "lay-off", "redundancy", "job", "outage", "blackout",
    "shortage", "crisis", "recession", "downturn", "slump", "slowdown", "inflation",
    "deflation", "depression", "crash", "collapse", "glut", "debt", "deficit", "loss",
    "decline", "drop", "fall", "theft", "fraud", "scam", "hack", "breach", "leak", "scandal",
    "protest", "strike", "walkout", "boycott", "sanction", "ban", "embargo", "fine", "penalty",
    "lawsuit", "suit", "claim", "rule", "regulation", "policy", "reform", "law", "change",
    "delay", "disruption", "competition", "demand", "uncertainty", "volatility", "sell-off",
    "selloff", "bankruptcy", "default", "austerity", "pandemic", "lockdown", "restriction",
    "quarantine", "bill", "increase", "hike", "rise", "surge", "spike", "jump",
    "currency", "dollar", "euro", "pound", "market", "budget", "spending", "funding", "wave",
    "spate", "series", "string", "rash", "number", "backlash", "criticism", "complaint",
    "allegation", "controversy", "resignation", "departure", "injury", "illness", "absence",
    "error", "mistake", "glitch", "bug", "problem", "issue", "setback"}
# what makes a strike an attack ("a drone strike", "an Israeli strike"), not a walkout
ARMED_STRIKES = {"air", "drone", "missile", "rocket", "aerial", "artillery", "military",
                 "retaliatory", "nuclear", "surgical", "precision", "bomb", "mortar", "naval",
                 "targeted", "deadly", "lethal"}


def _cause(noun: Token) -> bool:
    """A cause of an economic or civic blow: "low oil prices", "a wave of layoffs"."""
    lemma = noun.lemma_.lower()
    if lemma == "strike" and any(c.dep_ in {"compound", "amod", "nmod"} and (
            c.lower_ in ARMED_STRIKES or c.ent_type_ in {"NORP", "GPE"})
            for c in noun.children):
        return False  # "a drone strike", "an Israeli strike"
    if lemma in {"wave", "spate", "series", "string", "rash", "number"}:
        counted = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]
        return bool(counted) and all(_cause(g) for g in counted)  # "a wave of layoffs"
    return lemma in CAUSES or noun.lower_ in CAUSES


def economic_blow(token: Token) -> bool:
    """ "Workers have been hit by low oil prices", "the exchange was hit by the theft", "India
    has been hit by several protests": affected, no one assaulted ("hit by a roadside bomb",
    "hit by stones thrown by protesters", "hit by shelling" stay)."""
    if token.lemma_.lower() not in BLOWS or token.pos_ not in VERB_POS:
        return False
    causes = [g for a in token.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    if not causes and not any(c.dep_ == "nsubjpass" for c in token.children):
        causes = [c for c in token.children if c.dep_ == "nsubj"]  # "the closure hit the road"
    return bool(causes) and all(_cause(c) for c in causes)


def market_sense(token: Token, plover: str,
                 is_event_word: Callable[[str], bool] = lambda _: False) -> str | None:
    """Why ``token`` names no act of ``plover`` in business or newsroom language (None: it
    may)."""
    if plover == "REQUEST" and market_demand(token, is_event_word):
        return "market demand"
    if plover == "ASSAULT" and level_reached(token):
        return "level"
    if plover == "ASSAULT" and economic_blow(token):
        return "affected"
    if plover == "ASSAULT" and (ideas_shot_down(token) or measure_targets(token)):
        return "figurative"
    if (plover == "PROTEST" and market_rally(token)) or traded_subject(token):
        return "market"
    if plover == "CONCEDE" and hospital_admission(token):
        return "care"
    if plover == "REQUEST" and anonymity_asked(token):
        return "anonymity"
    if plover == "CONSULT" and sources_consulted(token):
        return "source"
    if plover in {"AID", "AGREE", "SUPPORT", "COOPERATE"} and no_contribution(token):
        return "contribution"
    if plover in {"CONSULT", "SUPPORT", "AID", "COOPERATE"} and business_modifier(token):
        return "business"
    if plover == "REJECT" and decrease_by_measure(token):
        return "decrease"
    if plover == "RETREAT" and money_withdrawn(token):
        return "money"
    return None
