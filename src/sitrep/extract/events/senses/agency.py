"""Whether the participants a trigger needs are there: a deal, a promise, an endorsement or a
threat is made by someone, a meeting is with someone, a release frees someone. Read from the
entity labels and the actor lexicon of the trigger's arguments, not from the trigger word:

- **no agent**: a verbal or cooperative act whose subject is a time, a document, a fact, an
  abstraction or a quantity is a figure of speech ("this year offers few prospects", "the video
  offers a rare view", "the decision promises to inflate prices", "fudged inventories would
  allow weapons to recycle", "the evidence supports the theory", "the crisis threatens to
  derail the talks", "63 percent support a debate"): no one offered, promised, allowed,
  endorsed or threatened anything. A person, a group, an organisation, a state, an office, a
  personal pronoun, a name (entity labels, the actor lexicon's titles and group nouns) is an
  agent; so is any word the tests below cannot place ("it", an unknown noun);
- **meeting a need**: "meet" whose object is a need, a demand, a challenge or a deadline, or
  "met with criticism", satisfies or receives something; it is no meeting between parties;
- **decrease**: "murders have declined", "the declining homicide rate", "declined by 20
  percent": the decrease sense of "decline" (no refusal: "declined to comment", "declined the
  offer");
- **consequences**: "..., allowing them to sell locally": the participle of consequence of a
  verb of enabling says what an act made possible, not a permission granted;
- **opinions**: "experts agree that voters will decide on crime", "I agree that it is
  covering up": sharing a view, not an agreement ("agreed that the truce would start", "agreed
  to talks", "agreed with Peru" stay);
- **contests**: "captured the title", "defended her crown", "battled back to win the final
  set", "fought to a draw", "captured the imagination of voters": a prize, a lead, a seat or
  someone's attention taken or kept, or a fight whose purpose or end is winning, is a
  competition (a town, a base or a bridge taken stays a battle);
- **depicted acts**: "the movie tells the story of a kidnapping", "a film about the bombing",
  "the play depicts the massacre": what a creative work tells is its subject, not a happening
  the article reports;
- **recordings**: "captured on camera", "caught on CCTV", "the photo captured the moment":
  a camera's capture is no arrest and no battle;
- **releases of things**: "released" a video, a report, data, a product, a poster, nails ("the
  footage released last week", "the ATF's release of data", "a report released in
  September", "a cable obtained by WikiLeaks and released by McClatchy", "the report, the
  first one released by the UNDP"): what is released is a thing (a document, an abstraction, a quantity, a named
  product), not a person; a person, a pronoun, a number of people or a release from custody
  ("released from prison", "freed on bail") stays a release.

The families of words are listed whole (inflections come through the lemma); abstractions are
also recognised by their derivational suffix ("-tion", "-ment", "-ity", ...), unless the actor
lexicon or the family of collective agents knows the word ("the administration", "the
commission").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.joined import gerund_partner, reporting_verb
from sitrep.extract.events.senses.everyday import PEOPLE
from sitrep.extract.events.senses.pledges import relief_arrived

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
AGENT_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
THING_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "WORK_OF_ART", "LAW",
              "PRODUCT", "EVENT", "LANGUAGE"}
PERSONAL = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who",
            "whom", "myself", "ourselves", "himself", "herself", "themselves", "one",
            "someone", "somebody", "everyone", "everybody", "anyone", "anybody", "nobody",
            "those", "others", "all", "both", "each", "many", "few", "several", "some"}
DEMONSTRATIVES = {"this", "that", "what"}  # ("these" often stands for people)
# types whose act needs an agent that acts: deals, promises, offers, endorsements, concessions,
# threats, refusals, appeals, meetings, aid and cooperation (an accusation may come from a
# report: "the report criticizes")
NEEDS_AGENT = {"AGREE", "SUPPORT", "CONCEDE", "THREATEN", "REJECT", "REQUEST", "CONSULT",
               "AID", "COOPERATE"}
# collective agents whose word looks like an abstraction ("the administration", "the
# opposition"), and groups of people
COLLECTIVES = {
    "administration", "opposition", "coalition", "federation", "association", "commission",
    "organisation", "organization", "delegation", "population", "legislature", "department",
    "government", "management", "movement", "establishment", "authority", "agency",
    "majority", "minority", "community", "presidency", "judiciary", "leadership",
    "prosecution", "defence", "defense", "resistance", "insurgency", "intelligence",
    "congregation", "constituency", "corporation", "institution", "foundation", "union",
    "confederation", "alliance", "party", "group", "family", "couple", "committee", "board",
    "council", "club", "team", "side", "network", "company", "firm", "state", "nation",
    "country", "city", "town", "village", "region", "province", "ministry", "office",
    "court", "parliament", "assembly", "senate", "congress", "cabinet", "regime", "junta",
    "army", "military", "force", "police", "militia", "gang", "cartel", "mafia", "clan",
    "tribe", "crowd", "mob", "public", "electorate", "society", "body", "bureau", "unit",
    "panel", "jury", "tribunal", "bank", "charity", "church", "school",
    "university", "hospital", "newspaper", "paper", "broadcaster", "channel", "station",
    "outlet", "bloc", "faction", "wing", "camp", "front", "brigade", "battalion",
    "regiment", "division", "squad", "cell", "command", "navy", "guard", "service",
    "directorate", "secretariat", "mission", "embassy", "consulate", "partner", "ally",
    "neighbour", "neighbor", "rival", "enemy", "adversary", "staff", "crew", "workforce",
    "personnel", "employer", "syndicate", "guild", "chamber", "lobby", "caucus",
    "representation", "generation", "audience", "readership",
    "membership", "citizenry", "diaspora", "resident", "citizen", "voter", "expert",
    "analyst", "official", "leader", "attendee", "participant", "delegate", "negotiator",
    "mediator", "representative", "envoy", "campaigner", "activist", "protester",
    "demonstrator", "supporter", "opponent", "critic", "victim", "survivor", "witness",
    "relative", "parent", "child", "student", "pupil", "worker", "farmer", "owner",
    "investor", "shareholder", "customer", "client", "patient", "fan", "player",
    "neighbourhood", "neighborhood", "individual", "human", "person", "people", "man",
    "woman", "boy", "girl", "friend", "husband", "wife", "son", "daughter", "brother",
    "sister", "mother", "father", "spouse", "colleague", "counterpart",
}
# documents, records, media and products: what one publishes or releases, and no agent
DOCUMENTS = {
    "detail", "information", "statement", "report", "figure", "data", "datum", "result",
    "name",
    "video", "footage", "photo", "photograph", "image", "picture", "document", "list",
    "finding", "version", "album", "film", "movie", "book", "song", "record", "recording",
    "transcript", "guideline", "guidance", "plan", "budget", "update", "communique",
    "communiqué", "declaration", "note", "letter", "audio", "tape", "product", "app",
    "software", "schedule", "study", "survey", "poll", "estimate", "forecast", "rating",
    "score", "earnings", "profit", "dividend", "email", "e-mail", "message", "text",
    "poster", "leaflet", "flyer", "pamphlet", "brochure", "map", "chart", "graph", "table",
    "index", "ranking", "statistic", "number", "total", "tally", "count", "file", "dossier",
    "memo", "memorandum", "cable", "paper", "article", "story", "edition", "issue",
    "episode", "series", "trailer", "single", "track", "game", "model", "phone", "device",
    "vehicle", "car", "gun", "rifle", "weapon", "drug", "substance", "chemical", "gas", "oil",
    "water", "nail", "balloon", "dove", "bird", "fish", "animal", "smoke", "fume", "toxin",
    "pollutant", "emission", "radiation", "energy", "heat", "steam", "tweet", "post",
    "blog", "website", "podcast", "documentary", "broadcast", "clip", "sketch", "drawing",
    "log", "minute", "agenda", "draft", "proposal", "bill", "law", "rule", "regulation",
    "policy", "code", "standard", "manual", "handbook", "guide", "toolkit", "dataset",
    "database", "archive", "register", "registry", "census", "audit", "review", "analysis",
    "assessment", "evaluation", "projection", "outlook", "prospectus", "accounts",
    # likenesses of a wanted person ("released a composite of the suspect")
    "composite", "e-fit", "efit", "identikit", "photofit", "mugshot", "mug", "likeness",
    "rendering", "portrait", "snapshot", "still", "screenshot", "screengrab", "headshot",
    "description", "photo-fit", "illustration", "bulletin", "alert", "appeal", "advisory",
}
# times and periods: "this year offers", "2019 promises"
TIMES = {"year", "month", "week", "day", "decade", "century", "era", "period", "season",
         "time", "age", "moment", "future", "past", "present", "today", "tomorrow",
         "weekend", "morning", "evening", "night", "summer", "winter", "spring", "autumn",
         "fall", "quarter", "semester", "term"}
# facts, ideas, markets and other abstractions that no suffix marks
ABSTRACTIONS = {
    "fact", "evidence", "idea", "theory", "thought", "view", "belief", "claim", "argument",
    "case", "reason", "cause", "effect", "result", "outcome", "consequence", "impact",
    "trend", "shift", "change", "move", "step", "measure", "reform", "plan", "scheme",
    "system", "market", "economy", "trade", "business", "industry", "sector", "price",
    "cost", "money", "cash", "wealth", "riche", "riches", "resource", "asset", "access",
    "route", "road", "border", "location", "area", "zone", "place", "site", "landscape",
    "context", "climate", "environment", "situation", "circumstance", "condition", "factor",
    "problem", "issue", "crisis", "conflict", "war", "violence", "crime", "threat", "risk",
    "danger", "chance", "opportunity", "prospect", "hope", "fear", "need", "demand",
    "requirement", "challenge", "expectation", "target", "goal", "aim", "objective",
    "standard", "criterion", "criteria", "deadline", "obligation", "quota", "limit",
    "threshold", "benchmark", "test", "task", "job", "work", "role", "rule", "law", "deal",
    "agreement", "treaty", "pact", "accord", "contract", "decree", "order", "ruling",
    "verdict", "decision", "vote", "referendum", "election", "campaign", "approach",
    "strategy", "tactic", "method", "technique", "tool", "technology", "platform",
    "service", "feature", "encryption", "structure", "framework", "mechanism", "process",
    "programme", "program", "project", "initiative", "model", "design", "pattern",
    "behaviour", "behavior", "history", "tradition", "culture", "custom", "habit", "life",
    "world", "reality", "truth", "logic", "sense", "knowledge", "experience", "lesson",
    "story", "narrative", "picture", "image", "look", "glimpse", "insight", "sign",
    "signal", "indication", "indicator", "symptom", "example", "instance", "percent",
    "percentage", "share", "proportion", "half", "third", "quarter",
    "rate", "level", "amount", "volume", "growth", "rise", "fall", "drop", "increase",
    "decrease", "decline", "surge", "spike", "inflow", "outflow", "flow", "supply",
    "capacity", "power", "strength", "weakness", "advantage", "benefit", "incentive",
    "reward", "penalty", "punishment", "sentence", "fine", "tax", "fee", "wage", "salary",
    "pay", "payment", "loan", "debt", "credit", "budget", "fund", "funding", "aid",
    # degrees and measures ("the scale of the problem", "the difficulty of the task")
    "scale", "extent", "degree", "size", "scope", "depth", "magnitude", "gravity", "urgency",
    "difficulty", "complexity", "seriousness", "severity", "importance", "value", "worth",
}
ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism", "ure",
                     "ency", "ancy", "ship", "hood", "dom", "ics", "ogy")
# what one meets in the sense of satisfying or receiving it ("met the demands", "met with
# criticism"); any non-agent counts too
REACTIONS = {"praise", "criticism", "scepticism", "skepticism", "resistance", "opposition",
             "approval", "disapproval", "anger", "outrage", "silence", "derision", "scorn",
             "applause", "support", "suspicion", "hostility", "indifference", "disbelief",
             "surprise", "concern", "alarm", "dismay", "condemnation", "protest", "response",
             "reaction", "success", "failure", "force", "violence", "gunfire",
             "tear", "gas", "bullet", "fate", "end", "death", "enthusiasm"}
MEETING_VERBS = {"meet"}
# verbs of judging: a report, a study or a statement speaks for its authors ("policies praised
# by the report", "the report condemns")
JUDGING = {"praise", "commend", "hail", "laud", "welcome", "applaud", "endorse", "salute",
           "congratulate", "acclaim", "celebrate", "condemn", "criticise", "criticize",
           "denounce", "deplore", "reject", "dismiss", "recommend", "urge", "demand", "call"}
# a release from custody, and the words that say so
CUSTODY = {"prison", "jail", "gaol", "custody", "captivity", "detention", "bail", "bond",
           "parole", "probation", "hospital", "cell", "camp", "penitentiary", "lockup",
           "remand", "house", "arrest", "hostage", "captor", "kidnapper", "abductor"}
CUSTODY_ADJ = {"unharmed", "alive", "safe", "unhurt", "free", "early"}
RELEASING = {"release", "free"}
DECREASING = {"decline"}
# taking and keeping, and what is taken or kept in a competition or in someone's mind
TAKING = {"capture", "seize", "take", "defend", "retain", "retake", "recapture", "claim",
          "win", "grab", "snatch", "clinch", "secure", "keep", "hold", "lose", "surrender"}
# (seizing goods is a seizure: "seized a shipment", "seize criminal assets")
SEIZING = {"capture"}
PRIZES = {"title", "crown", "championship", "trophy", "cup", "medal", "pennant", "prize",
          "award", "lead", "victory", "win", "pole", "jersey", "seat", "nomination", "primary",
          "majority", "berth", "laurel",
          # honours of shows and sport ("captured Best in Show", "captured the gold")
          # (not gold, a belt or records: "seized gold", "seized a suicide belt")
          "best", "honour", "honor", "accolade", "ribbon", "rosette", "plaque", "jackpot",
          "mvp", "sweepstake", "sweepstakes", "race", "match", "game", "final", "tournament",
          "pageant", "contest", "competition"}
ATTENTION = {"heart", "mind", "attention", "imagination", "mood", "spirit", "essence",
             "moment", "scene", "image", "likeness", "feel", "feeling", "atmosphere",
             "beauty", "interest", "fancy", "zeitgeist", "audience", "headline", "limelight"}
# places and holdings taken in a war (never a prize)
TERRITORIES = {"town", "village", "city", "area", "territory", "base", "position", "airport",
               "district", "region", "province", "hill", "camp", "port", "border", "road",
               "bridge", "building", "compound", "capital", "state", "country", "island"}
# creative works, and the verbs by which they tell a story
WORKS = {"film", "movie", "play", "novel", "documentary", "drama", "musical",
         "opera", "song", "album", "episode", "thriller", "sitcom", "miniseries", "biopic",
         # (not "series", "show", "feature": "a series of attacks", "a show of force")
         "videogame", "exhibition", "painting", "poem", "comic", "cartoon", "mural",
         "sculpture", "book", "memoir", "novella", "screenplay", "script", "ballad",
         "blockbuster", "sequel", "prequel", "trailer"}
DEPICTING = {"depict", "portray", "tell", "show", "follow", "recount", "chronicle",
             "dramatize", "dramatise", "explore", "feature", "narrate", "recreate", "retell",
             "revisit", "imagine", "center", "centre", "revolve", "focus", "describe", "star"}
WORK_PATH = {"dobj", "pobj", "prep", "compound", "conj", "appos", "nsubjpass", "attr", "acl",
             "relcl"}
CONTESTING = {"fight", "battle", "struggle", "clash", "duel", "spar", "wrestle", "tussle"}
WINNING = {"win", "draw", "tie", "qualify", "finish", "score", "equalise", "equalize",
           "advance", "clinch", "secure", "claim", "reach", "retain", "defend"}
RESULTS = {"draw", "tie", "stalemate", "standstill", "victory", "win", "finish", "title",
           "point", "playoff", "place", "spot", "medal"}
# verbs of making possible ("allowing them to sell"); their participle of consequence is none
# of a permission
ENABLING = {"allow", "permit", "enable", "let"}
# auxiliaries of what parties will or must do: the content of an agreement
PROSPECTIVE = {"will", "would", "shall", "should", "must", "to", "'ll", "wo", "could", "can"}
# verbs that also mean recording an image, and what records ("captured on camera")
RECORDING_VERBS = {"capture", "catch", "shoot"}
RECORDERS = {"camera", "video", "film", "tape", "cctv", "footage", "photo", "photograph",
             "picture", "image", "lens", "webcam", "bodycam", "dashcam", "phone", "cellphone",
             "smartphone", "record", "recording", "surveillance", "still", "snapshot"}


@lru_cache(maxsize=4096)
def _lexicon_actor(word: str) -> bool:
    """The actor lexicon knows ``word`` as an actor (a title, a group noun, a name)."""
    return bool(get_matcher().find(word))


def _abstract_suffix(lemma: str) -> bool:
    return len(lemma) > 5 and lemma.endswith(ABSTRACT_SUFFIXES)


# words that stand for the noun after their "of" ("a series of emails")
MEASURES = frozenset({"some", "one", "part", "series", "set", "batch", "number", "bunch", "pair",
                      "couple", "collection", "trove", "cache", "tranche", "host", "raft"})


def head_noun(noun: Token, partitives: frozenset[str] | set[str] = MEASURES) -> Token:
    """The noun a partitive or a measure stands for: "some of these services" -> services,
    "a series of emails" -> emails (a number, or a lemma of ``partitives``, with "of")."""
    if noun.pos_ == "NUM" or noun.lemma_.lower() in partitives:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for g in prep.children:
                    if g.dep_ == "pobj":
                        return g
    return noun


def agent(noun: Token) -> bool:
    """``noun`` may be someone who acts: a person, a group, an organisation, a state, a personal
    pronoun, a name, or a word the tests cannot place."""
    return not non_agent(noun)


def non_agent(noun: Token) -> bool:
    """``noun`` is clearly no one who acts: a time, a document, a fact, an abstraction, a
    quantity, a demonstrative ("this offers")."""
    low = noun.lower_
    if noun.pos_ == "PRON" or noun.tag_ in {"PRP", "WDT", "WP", "DT"}:
        if noun.tag_ == "WDT" or low in {"which", "that"} and noun.dep_ in {"nsubj",
                                                                           "nsubjpass"}:
            # the relative pronoun of "the policy, which promises": its antecedent
            clause = noun.head
            if clause.dep_ == "relcl" and clause.head.i != clause.i and low != "who":
                return non_agent(clause.head)
        return low in DEMONSTRATIVES
    if noun.ent_type_ in AGENT_ENTS:
        return False
    if noun.ent_type_ in THING_ENTS:
        return True
    if noun.pos_ == "PROPN" or noun.pos_ not in NOUN_POS | {"NUM"}:
        return False
    if noun.pos_ == "NUM":
        return False  # "63 were freed": counted people, or what the sentence says
    lemma = noun.lemma_.lower()
    if lemma in COLLECTIVES or lemma in PEOPLE or low in PERSONAL or _lexicon_actor(low):
        return False
    if any(c.dep_ == "compound" and (c.ent_type_ in AGENT_ENTS or c.lemma_.lower() in PEOPLE)
           for c in noun.children) and lemma not in DOCUMENTS:
        return False  # "police sources" (but "a police report" is a document)
    return lemma in DOCUMENTS or lemma in TIMES or lemma in ABSTRACTIONS or \
        _abstract_suffix(lemma)


def _subjects(verb: Token) -> list[Token]:
    """The doers of ``verb``: its subjects, the agent of its passive, the subjects of the verb it
    is conjoined to ("has both supported and refuted")."""
    found = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    found += [g for a in verb.children if a.dep_ == "agent" for g in a.children
              if g.dep_ == "pobj"]
    if found:
        return found
    if (partner := gerund_partner(verb)) is not None:
        return _subjects(partner)  # "denied firing first and accused X": the denier's act
    if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and \
            not any(c.dep_ == "nsubjpass" for c in verb.children):
        return _subjects(verb.head)
    return []


def agentless(token: Token, plover: str,
              is_event_word: Callable[[str], bool] = lambda _: False) -> bool:
    """A verbal or cooperative act whose doer is no one: "this year offers few prospects",
    "the video offers a rare view", "the evidence supports the theory", "murders have
    declined" (an event noun, ``is_event_word``, is a happening, not a doer)."""
    if plover not in NEEDS_AGENT or token.pos_ not in VERB_POS:
        return False
    if plover == "AID" and relief_arrived(token):
        return False  # "the convoy carrying food reached the camp": the relief is the subject
    subjects = [head_noun(s) for s in _subjects(token) if s.dep_ != "csubj"]
    if token.lemma_.lower() in JUDGING and any(s.lemma_.lower() in DOCUMENTS for s in subjects):
        return False  # "praised by the report": its authors' judgement
    return bool(subjects) and all(
        non_agent(s) or (s.pos_ == "NOUN" and is_event_word(s.lemma_.lower()) and
                         s.lemma_.lower() not in COLLECTIVES) for s in subjects) and \
        reporting_verb(token, plover, any_tense=True) is None  # "said the strike hit a farm,
    # and called on ...": the speaker's statement, joined to the clause it reports


def need_met(token: Token) -> bool:
    """ "Met the demands", "needs were not being met", "met with criticism", "meet the
    challenges": meeting a need or receiving a reaction, not a meeting between parties."""
    if token.lemma_.lower() not in MEETING_VERBS or token.pos_ not in VERB_POS:
        return False
    met = [head_noun(c) for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    withs = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"]
    if withs and not met and all(w.lemma_.lower() in REACTIONS for w in withs):
        return True  # "met with universal praise"
    if any(c.dep_ == "nsubjpass" for c in token.children) and withs:
        return all(w.lemma_.lower() in REACTIONS for w in withs)
    return bool(met) and all(non_agent(m) or m.lemma_.lower() in REACTIONS for m in met)


def _released(token: Token) -> list[Token]:
    """What a release frees: the object or passive subject of the verb, the noun a participle
    describes ("the footage released last week"), the object of "of" after the noun."""
    out = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in VERB_POS and \
            not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "a cable first obtained by WikiLeaks and released by McClatchy"
    if verb.pos_ in VERB_POS and verb.dep_ == "acl" and verb.tag_ == "VBN":
        out.append(_antecedent(verb.head))  # "a report released in September"
    if token.pos_ in VERB_POS and token.dep_ == "relcl" and not out and any(
            c.dep_ == "auxpass" for c in token.children):
        out.append(token.head)
    if token.pos_ in NOUN_POS:
        out += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return [head_noun(o) for o in out]


def _antecedent(noun: Token) -> Token:
    """What "one" stands for: "the report, the first one released by the UNDP" -> report (the
    nearest noun before it)."""
    if noun.lower_ != "one" or not any(c.dep_ in {"det", "amod"} for c in noun.children):
        return noun
    return next((t for t in reversed(list(noun.doc[noun.sent.start:noun.i]))
                 if t.pos_ in NOUN_POS), noun)


def _from_custody(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "prep" and any(g.lemma_.lower() in CUSTODY for g in child.children):
            return True  # "released from prison", "freed on bail"
        if child.lower_ in CUSTODY_ADJ and child.dep_ in {"acomp", "oprd", "advmod", "amod",
                                                           "xcomp"}:
            return True  # "released unharmed", "his early release"
        if child.dep_ == "poss" and child.lower_ in PERSONAL | {"his", "her", "their"}:
            return True  # "his release"
    return False


def recorded(token: Token) -> bool:
    """ "Captured on camera", "caught on CCTV", "the photo captured the moment": a recording,
    not a capture or an attack."""
    if token.lemma_.lower() not in RECORDING_VERBS or token.pos_ not in VERB_POS:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "by"} and any(
                g.lemma_.lower() in RECORDERS or any(c.lemma_.lower() in RECORDERS
                                                     for c in g.children if c.dep_ == "compound")
                for g in child.children if g.dep_ == "pobj"):
            return True  # "captured on camera", "caught on surveillance video"
    subjects = [s for s in _subjects(token) if s.dep_ != "csubj"]
    return bool(subjects) and all(s.lemma_.lower() in RECORDERS for s in subjects)


def decrease(token: Token) -> bool:
    """ "Murders have declined", "the declining homicide rate", "declined by 20 percent": the
    decrease sense of "decline", not a refusal ("declined to comment", "declined the offer")."""
    if token.lemma_.lower() not in DECREASING or token.pos_ not in VERB_POS:
        return False
    if token.dep_ == "amod" or (token.tag_ == "VBG" and token.dep_ in {"amod", "acl"}):
        return True  # "the declining homicide rate", "a country declining into dictatorship"
    if any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in token.children):
        return False  # "declined to comment", "declined the invitation"
    if any(c.dep_ == "prep" and c.lower_ in {"by", "from", "to", "into", "in", "since"}
           for c in token.children):
        return True  # "declined by 20 percent", "declined into chaos", "declined since 2015"
    subjects = [s for s in _subjects(token) if s.dep_ != "csubj"]
    return bool(subjects) and all(non_agent(s) or s.tag_ in {"NNS", "NN"} and
                                  s.lemma_.lower() in ABSTRACTIONS for s in subjects)


def enabling(token: Token) -> bool:
    """ "..., allowing them to sell locally", "paid the mules in product, allowing them to
    sell": a participial clause of consequence says what an act made possible; no one granted
    a permission."""
    if token.lemma_.lower() not in ENABLING or token.pos_ not in VERB_POS:
        return False
    return token.tag_ == "VBG" and token.dep_ in {"advcl", "xcomp", "conj"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in token.children) \
        and token.head.pos_ in VERB_POS and token.head.lemma_.lower() not in ENABLING


def opinion(token: Token) -> bool:
    """ "Experts agree that many voters will decide on crime", "I agree that it is covering up":
    sharing a view, not an agreement between parties; an agreement on what parties will do
    ("agreed that troops would withdraw"), on or to something, or with a party stays."""
    if token.lemma_.lower() != "agree" or token.pos_ not in VERB_POS:
        return False
    if any(c.dep_ in {"xcomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"on", "to",
                                                                             "upon", "with"})
           for c in token.children):
        return False
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if token.tag_ in {"VBP", "VBZ"} and not any(c.dep_ == "aux" for c in token.children):
            return True  # "experts agree that voters will decide": a view they hold
        if any(c.dep_ == "aux" and c.lower_ in PROSPECTIVE for c in clause.children):
            return False  # "agreed that the truce would start at dawn"
        if clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children):
            return False  # "agreed that the talks resume" (a subjunctive)
        return True
    return False


def contest(token: Token) -> bool:
    """A competition, not violence or an arrest: "captured the title", "defended her crown",
    "battled back to win the final set", "fought to a draw", "captured the imagination of
    voters": a prize, a lead, a seat or someone's attention taken or kept, or a fight whose
    purpose or end is winning."""
    objects = [head_noun(c) for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    lemma = token.lemma_.lower()
    if lemma in TAKING and objects and all(
            o.lemma_.lower() in PRIZES | ATTENTION or (
                lemma in SEIZING and o.lemma_.lower() not in TERRITORIES and non_agent(o))
            for o in objects):
        return True  # ("defended the decision" is an endorsement: only prizes are defended)
    if lemma not in CONTESTING or token.pos_ not in VERB_POS or any(agent(o) and
                                                                    o.lower_ != "way"
                                                                    for o in objects):
        return False  # "fought the police to a standstill": a fight with someone
    for child in token.children:
        if child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in WINNING:
            return True  # "battled back to win"
        if child.dep_ == "prep" and child.lower_ in {"to", "for"} and any(
                g.lemma_.lower() in PRIZES | RESULTS for g in child.children
                if g.dep_ == "pobj"):
            return True  # "fought to a draw", "battled for the title"
    return False


def depicted(token: Token) -> bool:
    """An act told by a film, a novel, a play or a song ("the movie tells the story of a
    kidnapping", "a film about the bombing", "the play depicts the massacre"): the work's
    subject, not a happening the article reports."""
    node = token
    for _ in range(5):
        if node.head.i == node.i or node.dep_ not in WORK_PATH:
            return False
        head = node.head
        if head.pos_ in NOUN_POS and head.lemma_.lower() in WORKS and node.dep_ == "pobj":
            return False  # (reached below through "about": checked at the preposition)
        if node.dep_ == "pobj" and head.lower_ in {"about", "on", "of"} and \
                head.head.lemma_.lower() in WORKS and head.head.pos_ in NOUN_POS:
            return True  # "a film about the bombing" (not "was booked on charges of")
        if head.pos_ in VERB_POS and head.lemma_.lower() in DEPICTING:
            return any(s.lemma_.lower() in WORKS for s in _subjects(head))
        node = head
    return False


def thing_released(token: Token) -> bool:
    """A release of a thing: a video, a report, data, a product ("the new data released by the
    ATF", "released a series of emails", "the ATF's release of data")."""
    if token.lemma_.lower() not in RELEASING or _from_custody(token):
        return False
    things = _released(token)
    if not things:
        return False
    for thing in things:
        if thing.ent_type_ in AGENT_ENTS - {"ORG"} or thing.lower_ in PERSONAL:
            return False
        if thing.ent_type_ not in THING_ENTS | {"ORG"} and not non_agent(thing):
            return False  # a person, a group, or a word we cannot place
    return True
