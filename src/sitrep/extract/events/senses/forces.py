"""A mobilisation moves armed people: troops, police, fighters, warships, missiles. Deploying,
massing, mobilising, preparing, drilling or patrolling by anyone else, or of anything else, is
no MOBILIZE: "the bakery is preparing 500 pies", "handlers prepared the dogs for the show",
"volunteers mobilized to clean up the park", "the company deployed new software", "the airbags
deployed", "a fire drill", "crowds massed outside the store", "the campaign mobilized voters".
A routine patrol ("officers on routine patrol") is a habit, not a deployment.

Who is moved is read from the parse: the object of the verb ("deployed 3,000 troops"), the
subject of a passive ("police were deployed"), or, with neither, the subject ("troops massed
on the frontier", "rebels prepared for an assault"); for a noun trigger, its compound,
possessor or ``of``/``by`` phrase ("the deployment of troops", "a police patrol"). Armed means
a word of the ``ARMED`` family (read through the lemma, also as a compound: "riot police"), or
an actor whose sector in the actor lexicon is military, police, rebel or intelligence ("the
National Guard"); a state or a people as the subject of an intransitive mobilisation ("Russia
mobilized") counts too.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# the mobilising words whose participants are read here (those that the trigger lexicon
# already ties to armed neighbours, such as "send troops", are left to it)
MOBILIZING = {"mobilize", "mobilise", "mobilization", "mobilisation", "deploy", "deployment",
              "redeploy", "redeployment", "mass", "prepare", "preparation", "drill", "patrol",
              "muster", "marshal", "station", "position", "exercise", "maneuver", "manoeuvre"}
# armed people and their means (lemmas)
ARMED = {
    "troop", "soldier", "force", "army", "military", "police", "policeman", "policewoman",
    "officer", "cop", "trooper", "deputy", "sheriff", "gendarme", "gendarmerie", "guard",
    "guardsman", "marine", "sailor", "airman", "navy", "militia", "militiaman", "fighter",
    "rebel", "insurgent", "militant", "guerrilla", "jihadist", "paramilitary", "mercenary",
    "commando", "paratrooper", "ranger", "reservist", "conscript", "recruit", "peacekeeper",
    "unit", "battalion", "brigade", "division", "regiment", "platoon", "squadron",
    "fleet", "corps", "contingent", "detachment", "reinforcement", "swat", "agent", "sniper",
    "warship", "ship", "frigate", "destroyer", "carrier", "submarine", "gunboat", "vessel",
    "jet", "warplane", "aircraft", "helicopter", "bomber", "drone", "tank", "armor", "armour",
    "artillery", "missile", "rocket", "launcher", "battery", "weapon", "howitzer", "interceptor",
    "personnel", "security", "servicemen", "serviceman", "servicemember", "legionnaire",
}
ARMED_SECTORS = {"MIL", "COP", "REB", "SPY", "INS", "PMC", "SEC"}
# verbs whose object is the place gone through, not who is moved ("patrolled the streets")
PATROLLING = {"patrol"}
ROUTINE = {"routine", "regular", "usual", "normal", "daily", "nightly", "weekly", "scheduled"}


def armed(noun: Token) -> bool:
    """``noun`` names armed people or means (see the module's docstring)."""
    lemma = noun.lemma_.lower()
    if lemma in ARMED or noun.lower_ in ARMED:
        return True
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in ARMED for c in noun.children):
        return True  # "riot police", "security forces"
    phrase = " ".join(t.text for t in noun.subtree if t.dep_ in {"compound", "amod"}
                      and t.head.i == noun.i) + " " + noun.text
    found = get_matcher().find(phrase.strip())
    if any(m.entry.sector in ARMED_SECTORS for m in found):
        return True
    # "3,000 of its troops": the counted group
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and armed(g) for g in p.children) for p in noun.children)


def _group(noun: Token) -> list[Token]:
    """The noun and the nouns coordinated with it ("troops and police")."""
    return [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ in NOUN_POS]


def _participants(token: Token) -> tuple[list[Token], bool]:
    """Who is moved, and whether it is the subject of an intransitive verb."""
    if token.pos_ in VERB_POS:
        moved = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if token.lemma_.lower() in PATROLLING:
            moved = [c for c in moved if c.dep_ == "nsubjpass"]  # the object is the place
        if moved:
            return moved, False
        if token.dep_ == "acl" and token.head.pos_ in NOUN_POS:
            return [token.head], False  # "troops deployed to the border", "airbags deployed"
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        verb = token
        for _ in range(4):  # "is moving to take write-offs and prepare for a turnaround"
            if subjects or verb.dep_ not in {"xcomp", "conj", "advcl", "advmod"}:
                break
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return subjects, True
    found = []
    for child in token.children:
        if child.dep_ in {"compound", "poss", "amod"} and child.pos_ in NOUN_POS | {"ADJ"}:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return found, False


def unarmed_mobilization(token: Token, plover: str) -> bool:
    """A mobilising word that moves no armed people or means (see the module's docstring)."""
    if plover != "MOBILIZE" or token.lemma_.lower() not in MOBILIZING:
        return False
    if token.pos_ in NOUN_POS and any(c.dep_ == "amod" and c.lower_ in ROUTINE
                                      for c in token.children):
        return True  # "on routine patrol"
    participants, intransitive = _participants(token)
    if not participants:
        return False  # nothing to judge by: the lexicon's reading stands
    for part in participants:
        for noun in _group(part):
            if armed(noun):
                return False
            if intransitive and noun.ent_type_ in {"GPE", "NORP"}:
                return False  # "Russia mobilized"
    return True
