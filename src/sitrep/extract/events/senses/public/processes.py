"""Investigations, talks and accusations named as a topic, and recaptures of people.

- **a process named as a topic**: the nouns of an inquiry ("investigation", "probe",
  "inquiry", "hearing"), of talks ("talks", "negotiations", "dialogue") and of accusations
  ("accusations", "allegations") name an ACCUSE or a CONSULT only where the sentence tells
  one: the subject or object of a verb ("opened an investigation", "the probe found",
  "negotiations failed", "pleaded innocent to charges"), a noun a participle of its own tells
  ("an investigation undertaken by the army", "accusations made by his brother").
  Hanging on another noun it is that noun's topic: "the result of a lengthy investigation",
  "consequences for the peace talks", "funding for the probe", "a lack of investigation",
  "the onslaught of damning accusations", "the purpose of the hearing"; and "according to
  police investigations" cites a source. A length of time is no topic but the process's own
  duration: "after eight hours of talks", "two days of negotiations" tell the talks held.
- **seeking refuge** ("sought refuge in the capital", "seeking shelter from the storm", "sought
  safety in the hills"): flight to a place, no REQUEST made to anyone ("sought asylum in
  Spain", an application to a state, and refuge sought in a named country or region, "800,000
  Kurds sought refuge in Germany", as the PLOVER gold codes it, stay);
- **a robber's demand**: "the gunman handed a teller a note and demanded cash", "a man in a
  ski mask demanded money from the clerk": the money or goods of the person robbed, demanded by
  one person (a lone doer, a robber's word), is the robbery, no REQUEST to a party ("the
  families demanded money from the company", "workers demanded their wages" stay);
- **a recapture of people** ("the fugitive was recaptured in May", "police recaptured two
  escaped inmates") is an arrest (COERCE), not the retaking of ground (ASSAULT) that the
  trigger table's row for "recapture" is about.

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}
PROCESS_NOUNS = {"investigation", "probe", "inquiry", "enquiry", "inquest", "hearing", "talk",
                 "talks", "negotiation", "dialogue", "consultation", "accusation",
                 "allegation", "complaint"}
# people one recaptures (lemmas), besides named persons
PEOPLE = {"fugitive", "inmate", "prisoner", "convict", "escapee", "detainee", "suspect",
          "man", "woman", "boy", "girl", "person", "people", "member", "leader", "boss",
          "kingpin", "trafficker", "criminal", "gunman", "militant", "rebel", "fighter",
          "guerrilla", "murderer", "killer", "robber", "thief", "offender", "he", "she",
          "they", "him", "her", "them", "who", "that", "lord", "capo", "jihadist",
          "insurgent", "gangster", "mobster", "hitman", "assassin", "runaway", "deserter"}
PERSON_ENTS = {"PERSON", "NORP"}
# what one seeks by fleeing to a place (lemmas)
SHELTERS = {"refuge", "shelter", "safety", "cover", "haven", "sanctuary", "hideout",
            "hiding", "protection", "solace", "respite"}
SEEKING = {"seek", "look", "search"}
# words of a number of people: "a group of escaped prisoners" (lemmas)
GROUPS = {"group", "number", "band", "couple", "pair", "dozen", "handful", "some", "several",
          "all", "many", "most", "few", "one", "two", "three", "four", "five", "dozens",
          "hundreds", "score", "batch"}
# units of time whose length a process fills ("after eight hours of talks"): the process told,
# not a topic (lemmas)
DURATIONS = {"minute", "hour", "day", "night", "week", "fortnight", "month"}
# what a robber demands of the person robbed (lemmas)
LOOT = {"cash", "money", "valuables", "wallet", "purse", "handbag", "phone", "cellphone",
        "jewelry", "jewellery", "key", "keys", "till", "drawer", "register", "bag", "watch"}
# lone doers of a robbery (lemmas and lower-case forms)
ROBBERS = {"robber", "gunman", "man", "woman", "suspect", "thief", "assailant", "attacker",
           "intruder", "burglar", "mugger", "he", "she", "teen", "teenager", "youth", "boy"}
# bodies asked for money, not robbed of it (entity labels)
PARTY_ENTS = {"ORG", "GPE", "NORP"}


def _lone_doer(verb: Token) -> bool:
    """The subject of ``verb`` (or of the verb it is joined to) is one person, no group."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return all(s.lemma_.lower() in ROBBERS or s.lower_ in ROBBERS
                       or (s.ent_type_ == "PERSON" and s.tag_ == "NNP") for s in subjects)
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def robbery_demand(token: Token, plover: str) -> bool:
    """A demand of cash or goods by a lone robber (see the module's docstring)."""
    if plover != "REQUEST" or token.lemma_.lower() != "demand" or token.pos_ not in VERB_POS:
        return False
    things = [c for c in token.children if c.dep_ == "dobj"]
    if not things or not all(t.lemma_.lower() in LOOT for t in things):
        return False
    sources = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
               for g in p.children if g.dep_ == "pobj"]
    return not any(s.ent_type_ in PARTY_ENTS for s in sources) and _lone_doer(token)


# participles that only name a thing ("an investigation dubbed Los Patrones")
NAMING = {"dub", "call", "name", "know", "title", "label", "nickname", "term", "christen",
          "codename", "code-name", "brand"}


def _cited(token: Token) -> bool:
    """The object of "according to": a source cited, not an act."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def process_topic(token: Token, plover: str) -> bool:
    """An inquiry, talks or an accusation named as the topic of another noun, or a source
    cited (see the module's docstring). A date of the clause does not make it one ("according
    to police investigations, the victim was killed in April")."""
    if plover not in {"ACCUSE", "CONSULT"} or token.pos_ not in NOUN_POS:
        return False
    if token.lemma_.lower() not in PROCESS_NOUNS and token.lower_ not in PROCESS_NOUNS:
        return False
    if _cited(token):
        return True
    if any(c.dep_ == "acl" and c.pos_ in VERB_POS and c.lemma_.lower() not in NAMING
           for c in token.children):
        return False  # "an investigation undertaken by the army" ("dubbed X" only names it)
    node = token
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "compound":
        return node.head.pos_ in NOUN_POS and node.head.lemma_.lower() not in PROCESS_NOUNS
    if node.dep_ != "pobj":
        return False
    holder = node.head.head  # the word the preposition hangs on
    if node.head.lower_ == "of" and holder.lemma_.lower() in DURATIONS:
        return False  # "after eight hours of talks": the talks' own length, told as held
    return holder.pos_ in NOUN_POS | {"ADJ", "PRON", "NUM"}


def _people(noun: Token) -> bool:
    if noun.lemma_.lower() in GROUPS:  # "a group of escaped prisoners"
        members = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]
        return bool(members) and all(_people(m) for m in members)
    return noun.ent_type_ in PERSON_ENTS or noun.lemma_.lower() in PEOPLE or \
        noun.lower_ in PEOPLE


def recaptured_person(token: Token) -> bool:
    """"Recapture" of a person (the object, or the passive subject): an arrest."""
    if token.lemma_.lower() != "recapture" or token.pos_ not in VERB_POS:
        return False
    patients = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not patients and token.dep_ in {"conj", "relcl", "acl"}:
        # "escaped in February but was recaptured in May": the subject of the first verb
        head = token.head
        patients = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}] or (
            [head] if token.dep_ in {"relcl", "acl"} else [])
    return bool(patients) and all(_people(p) for p in patients)


def seeking_refuge(token: Token) -> bool:
    """"Sought refuge in the capital", "seeking shelter": flight to a place, not a request."""
    if token.lemma_.lower() not in SEEKING or token.pos_ not in VERB_POS:
        return False
    sought = [c for c in token.children if c.dep_ == "dobj"]
    sought += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
               for g in p.children if g.dep_ == "pobj"]
    if not sought or not all(o.lemma_.lower() in SHELTERS for o in sought):
        return False
    if any(p.dep_ == "prep" and p.lower_ in {"in", "to"} and any(
            g.dep_ == "pobj" and g.ent_type_ in {"GPE", "NORP"} for g in p.children)
           for o in sought + [token] for p in o.children):
        return False  # "sought refuge in Germany": asylum asked of a state
    # "sought protection from the UN": asked of a party, a request
    return not any(p.dep_ == "prep" and p.lower_ == "from" and any(
        g.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} for g in p.children)
        for o in sought + [token] for p in o.children)


def naming_call(token: Token) -> bool:
    """ "called the vote a sham", "called the decision baseless", "struck what the army called
    militant hideouts": a verb of asking used for naming (a predicate complement, ``oprd``, or a
    second object after the first), which asks nothing of anyone, whatever preposition follows
    ("called the report a fabrication on Tuesday"; not "called on the rebels to disarm")."""
    if token.lemma_.lower() not in NAMING or token.pos_ not in VERB_POS:
        return False
    kids = [c for c in token.children if c.ent_type_ not in {"DATE", "TIME"}]  # ("called
    # Thursday on Arabs to unite": a day read as an object)
    objects = [c for c in kids if c.dep_ == "dobj"]
    return any(c.dep_ == "oprd" for c in kids) or len(objects) > 1
