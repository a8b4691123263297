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
mobilized") counts too. Being "prepared to act" is readiness, no mobilisation.

Shows of force told by everyday verbs, read here for the trigger table's structural
requirements:

- ``@forces`` (``forces_moved``): armed people or means sent, moved, ordered, rushed or flown
  somewhere ("ordered three warships to the Red Sea", "moved two battalions to the frontier",
  "would send members of the federal police"), or ordered to a duty of force ("ordered the army
  to reinforce the border", "ordered the navy to help rescue fishermen"); "moved its
  headquarters", "ordered the man to pay a fine" are none;
- ``@posted`` (``forces_posted``): armed people who arrive, land or pour in, guard, search or
  comb a place ("some 600 soldiers arrived in the town", "troops guarded the palace",
  "thousands of soldiers are searching the hills"); for arriving, searching and combing the
  force is military or counted in the hundreds ("police arrived at the scene" is a routine
  call-out, "a dog guarded the house" no force, "border guards search for missing climbers" a
  rescue); named people, investigators sent to inquire ("dispatched FBI agents") and
  "brought security to the capital" move no force; forces of peacekeeping, or sent or arriving
  to bring aid or to inquire ("troops arrived in Nepal to help deliver aid", "hundreds of
  troops arrived to join the peacekeeping mission") are a state's aid (CAMEO 074), no show of
  force;
- ``@operation`` (``armed_operation``): an operation launched by armed people or named as
  military or police ("the army said it had launched an operation to hunt down the
  kidnappers"); "the surgeons began the operation", "the company launched an operation to
  recycle plastic", "the air force carried out surgical operations" are none; forces sent
  to a state to help it are its military aid (``@forces`` leaves them to the transfer rows).

Not a show of force (``not_shown``): a deployment that a speaker asks someone else to make
("called on the government to send troops": the REQUEST is the event), a patrol that is
attacked ("ambushed a police patrol", "opened fire on a police patrol": the patrol is the
recipient) and a patrol that is a source or a body ("according to the patrol").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.fit import noun_class
from sitrep.resources import read_tsv

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# the mobilising words whose participants are read here (those that the trigger lexicon
# already ties to armed neighbours, such as "send troops", are left to it)
MOBILIZING = {"mobilize", "mobilise", "mobilization", "mobilisation", "deploy", "deployment",
              "redeploy", "redeployment", "mass", "prepare", "preparation", "drill", "patrol",
              "muster", "marshal", "station", "position", "exercise", "maneuver", "manoeuvre"}
# armed people and their means, verbs that launch an operation and words that make it one
# of force (lemmas, ``resources/armed_forces.tsv``)
_WORDS = read_tsv("armed_forces.tsv")
ARMED = {r["word"] for r in _WORDS if r["kind"] == "armed"}
# the sectors ``armed`` reads as armed. Until session 43 a second ARMED_SECTORS of the strike
# readers ({"MIL", "REB", "UAF", "SPY"}), defined later in this module, overrode the set
# written here ({"MIL", "COP", "REB", "SPY", "INS", "PMC", "SEC"}); the strike readers moved to
# ``strikes.py`` and the set in effect is kept, so that behaviour does not change with the move
# (whether police sectors should count is left to a measured change)
ARMED_SECTORS = {"MIL", "REB", "UAF", "SPY"}
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


def _how_or_when(word: Token) -> bool:
    """A modifier that tells how many or when, not who ("extra patrols", "more drills", "night
    patrols", "weekend exercises"): an adjective other than a people's name, or a noun of time."""
    if word.pos_ == "ADJ":
        return word.ent_type_ != "NORP"
    return word.ent_type_ in {"DATE", "TIME"} or noun_class(word) == "time"


def _participants(token: Token) -> tuple[list[Token], bool]:
    """Who is moved, and whether it is the subject of an intransitive verb."""
    if token.pos_ in VERB_POS:
        moved = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if token.lemma_.lower() in PATROLLING:
            moved = [c for c in moved if c.dep_ == "nsubjpass"]  # the object is the place
        if any(m.lemma_.lower() in PATROLLING for m in moved):
            # "deployed extra patrols": who patrols is told by the patrol's own words
            return [p for m in moved for p in _participants(m)[0]], False
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
        if child.dep_ in {"compound", "poss", "amod"} and child.pos_ in NOUN_POS | {"ADJ"} and \
                not _how_or_when(child):
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
    if token.lemma_.lower() == "prepare" and token.dep_ in {"acomp", "amod"} and any(
            c.dep_ == "xcomp" for c in token.children):
        return True  # "we must be prepared to act": readiness
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


# verbs that move forces somewhere (a destination needed, except for sending) or order them
MOVING = {"send", "dispatch", "despatch", "move", "order", "rush", "fly", "airlift", "ship",
          "bring", "pour", "transfer", "redeploy", "shift", "relocate", "call", "summon",
          "scramble", "station", "post", "position", "garrison"}
SENDING = {"send", "dispatch", "despatch"}
# verbs that put armed means on duty where they are ("scrambled fighter jets", "stationed troops
# along the border", "soldiers were posted at the gates"): no destination needed
STATIONING = {"scramble", "station", "post", "position", "garrison"}
# verbs of calling forces to duty and the particles that make them a call-up ("called up
# reservists", "called in the army", "called out the National Guard"), not a phone call
CALLING = {"call", "summon"}
CALL_PARTICLES = {"up", "in", "out"}
# what is called up or out that is words or records, not people ("called out the names of the
# soldiers", "called up the file on the unit")
CALLED_TEXTS = {"name", "list", "record", "file", "detail", "roll", "figure", "data", "image",
                "photo", "page", "document", "title", "word", "story", "history"}
DESTINATIONS = {"to", "into", "toward", "towards", "onto"}
# duties of force that forces are ordered to carry out ("ordered the army to reinforce")
DUTIES = {"reinforce", "guard", "protect", "secure", "patrol", "help", "assist", "support",
          "evacuate", "rescue", "deploy", "move", "enter", "restore", "maintain", "search",
          "hunt", "track", "pursue", "join", "bolster", "boost", "man", "occupy", "seal",
          "cordon", "surround", "defend", "monitor", "police", "step", "go", "head", "take"}
# armed people named one by one: one of them moved or posted is no deployment
ONE_PERSON = {"soldier", "officer", "policeman", "policewoman", "cop", "trooper", "deputy",
              "sheriff", "gendarme", "guardsman", "marine", "sailor", "airman", "militiaman",
              "fighter", "rebel", "insurgent", "militant", "guerrilla", "jihadist",
              "mercenary", "commando", "paratrooper", "ranger", "reservist", "conscript",
              "recruit", "peacekeeper", "agent", "sniper", "serviceman", "servicemember",
              "legionnaire", "guard"}
# armed people who investigate, whose sending is an inquiry ("dispatched FBI agents to
# investigate the bombings"), no show of force
INQUIRING = {"agent", "investigator", "detective", "inspector"}
# what a search for people in distress looks for: a rescue, no show of force ("border guards
# search for missing climbers")
DISTRESS = {"missing", "lost", "stranded", "trapped", "survivor", "victim", "body", "corpse"}
# verbs of forces posted in, around or going through a place ("units surrounded the prison");
# those for which routine police work is no show of force. (Forces that "crossed into" a
# place are mostly attackers on their way or aircraft: no row.)
POSTED = {"arrive", "land", "pour", "guard", "search", "comb", "scour", "sweep", "surround",
          "encircle"}
STRICT_POSTED = {"arrive", "land", "pour", "search", "comb", "scour", "sweep"}
# arrivals, and the conjunctions by which an arrival times another act
ARRIVING = {"arrive", "land", "pour"}
TIMING_MARKS = {"before", "until", "till", "when", "whenever", "once"}
# doers of an attack, whose arrival is the attack's start, no deployment
ASSAILANTS = {"attacker", "assailant", "gunman", "gunmen", "raider", "killer", "hitman",
              "assassin", "perpetrator", "shooter", "kidnapper", "abductor", "robber",
              "bandit", "intruder", "arsonist", "bomber", "hijacker", "sicario"}
# armed people of the police, whose arrival or search is routine unless counted in hundreds
POLICE = {"police", "policeman", "policewoman", "officer", "cop", "deputy", "sheriff", "agent",
          "detective", "trooper", "constable", "investigator"}
HUNDREDS = {"hundred", "thousand", "hundreds", "thousands", "dozens", "scores", "million"}
LAUNCHING = {r["word"] for r in _WORDS if r["kind"] == "launch"}
OPERATION_KINDS = {r["word"] for r in _WORDS if r["kind"] == "operation"}
# figures of forces, which a verb brings to a level, not to a place
TALLIES = {"number", "total", "count", "level", "strength", "size", "tally", "share", "figure"}
# what makes forces sent or arriving a state's aid or an inquiry, no show of force (CAMEO 074,
# PLOVER AID): peacekeeping, a purpose that names aid ("to help deliver aid"), a purpose of
# inquiring ("sent teams of CIA operatives to investigate the rebels")
PEACE = {"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper", "blue-helmet"}
AID_WORDS = {"aid", "relief", "assistance", "humanitarian"}
INQUIRY_PURPOSES = {"investigate", "probe", "inquire", "enquire", "assess", "examine",
                    "inspect", "observe", "verify"}
# purposes of forces sent to a state that make them its aid ("to help the country")
AIDING = {"help", "assist", "support", "aid"}
# kinds of operation that are no use of force ("surgical operations")
UNARMED_KINDS = {"surgical", "medical", "cosmetic", "plastic", "commercial", "business",
                 "financial", "mining", "clinical", "dental", "cardiac", "heart", "eye",
                 "brain", "knee", "hip", "emergency", "covert"}
# verbs of asking another party to act: the deployment asked for is no show of force
ASKING = {"call", "urge", "ask", "appeal", "request", "demand", "press", "implore", "beg",
          "plead", "petition", "invite", "encourage", "lobby", "exhort", "entreat"}
# verbs of violence done to a patrol
ATTACKING = {"ambush", "attack", "hit", "target", "shoot", "bomb", "kill", "strike", "raid",
             "assault", "stone", "storm", "fire", "kidnap", "abduct", "overrun", "surround"}


def _counted(noun: Token) -> bool:
    """ "600 soldiers", "hundreds of riot police": armed people counted in the tens and up."""
    if noun.lower_ in HUNDREDS or noun.lemma_.lower() in HUNDREDS:
        return True
    for c in noun.children:
        if c.dep_ == "nummod" and (c.lower_ in HUNDREDS or (
                c.text.replace(",", "").isdigit() and int(c.text.replace(",", "")) >= 50)):
            return True
    return False


def _forces(noun: Token, strict: bool) -> bool:
    """``noun`` (or one coordinated with it) names armed people or means; ``strict``: military,
    or counted in the hundreds. One person ("the wounded soldier was flown to Germany") is
    no force."""
    for part in _group(noun):
        named = part
        if part.lower_ in HUNDREDS or part.lemma_.lower() in HUNDREDS:
            named = next((g for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), part)  # "dozens of agents"
        lemma = named.lemma_.lower()
        if not armed(part) or (named.tag_ == "NN" and lemma in ONE_PERSON) or \
                named.ent_type_ == "PERSON" or lemma in INQUIRING or (
                lemma == "security" and not list(named.children)):
            continue  # one person, named people, investigators, "brought security to"
        if not strict or _counted(part):
            return True
        if lemma not in POLICE and not any(
                c.dep_ == "compound" and c.lemma_.lower() in POLICE for c in named.children):
            return True
    return False


def _mission_of_aid(verb: Token, forces: list[Token]) -> bool:
    """Forces of peacekeeping, or sent or arriving to bring aid or to inquire (see ``PEACE``)."""
    if any(t.lemma_.lower() in PEACE or t.lower_ in PEACE for f in forces for t in f.subtree):
        return True  # "163 Chinese peacekeepers arrived"
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp", "prep"}
                and c.i > verb.i]
    for purpose in purposes:
        words = list(purpose.subtree)
        if any(t.lemma_.lower() in PEACE | AID_WORDS or t.lower_ in PEACE for t in words):
            return True  # "to join the peacekeeping mission", "to help deliver aid"
        if any(t.pos_ == "VERB" and t.lemma_.lower() in INQUIRY_PURPOSES and (
                t.i == purpose.i or purpose.dep_ == "prep") for t in words):
            return True  # "to investigate the rebels", "in a rush to investigate them"
    return False


def forces_moved(verb: Token) -> bool:
    """Armed people or means sent, moved or ordered somewhere or to a duty of force (the
    table's ``@forces``; see the module's docstring)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in VERB_POS or lemma not in MOVING:
        return False
    called_up = lemma in CALLING and any(c.dep_ in {"prt", "advmod"} and c.lower_ in
                                         CALL_PARTICLES or c.dep_ == "prep" and c.lower_ in
                                         CALL_PARTICLES and c.i == verb.i + 1  # "called in police"
                                         for c in verb.children)
    if lemma in CALLING and (not called_up or any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in CALLED_TEXTS
            for c in verb.children)):
        return False  # "called the soldiers heroes", "called out the names of the soldiers"
    moved = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
             and c.lemma_.lower() not in TALLIES]  # "would bring the number of troops to"
    inside = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              and c.i == verb.i + 1 for g in c.children if g.dep_ == "pobj"]
    if not any(_forces(m, False) for m in moved + inside) or _mission_of_aid(
            verb, moved + inside):
        return False
    near = {verb.i} | {t.i for m in moved for t in m.subtree}  # the verb and its objects
    to_state = any(t.dep_ == "pobj" and t.ent_type_ == "GPE" and t.head.lower_ == "to"
                   and t.head.head.i in near for t in verb.subtree)
    if to_state and any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in AIDING
                        for c in verb.children):
        return False  # "sent a team of paratroopers to Lebanon to help the country": military
        # aid to a state (CAMEO 074), left to the table's transfer rows
    if lemma in SENDING | STATIONING or called_up or any(_forces(m, False) for m in inside):
        return True  # "sent members of the federal police", "flew in troops"
    places = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ in DESTINATIONS) or (
        c.dep_ in {"prt", "advmod"} and c.lower_ in {"in", "out", "back", "away"})]
    if places:
        return True  # "ordered three warships to the Red Sea", "flew in troops"
    return lemma == "order" and any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in DUTIES
                                    for c in verb.children)


def forces_posted(verb: Token) -> bool:
    """Armed people who arrive in, guard or search a place (the table's ``@posted``)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in VERB_POS or lemma not in POSTED:
        return False
    strict = lemma in STRICT_POSTED
    if lemma in ARRIVING and _timing_arrival(verb):
        return False  # "fled before troops arrived": the arrival times another act
    if lemma in ENCIRCLING and _encircling_attack(verb):
        return False  # "the gunmen surrounded the bus and opened fire": the attack's start
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lemma_.lower() in DISTRESS or any(a.lower_ in DISTRESS for a in g.children)
            for g in c.children) for c in verb.children):
        return False  # "search for missing climbers": a rescue
    if verb.dep_ == "acl" and verb.head.pos_ in NOUN_POS:
        return _forces(verb.head, strict) and not _mission_of_aid(verb, [verb.head])
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_forces(c, strict) for c in subjects) and not _mission_of_aid(verb, subjects)


# verbs of forces closing around a place, which attackers do as part of their attack
ENCIRCLING = {"surround", "encircle"}


def _encircling_attack(verb: Token) -> bool:
    """Attackers closing in ("gunmen surrounded the house"), a closing-in conjoined with an
    attack ("surrounded the bus and opened fire") or around enemy forces ("units surrounded a
    column of federal tanks"): combat, no deployment."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and all(s.lemma_.lower() in ASSAILANTS or s.lower_ in ASSAILANTS
                        for s in subjects):
        return True
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += [g for t in targets for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "a column of tanks"
    if any(_forces(t, False) for t in targets):
        return True
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        conjuncts.append(verb.head)
    return any(c.lemma_.lower() in ATTACKING for c in conjuncts)


def _timing_arrival(verb: Token) -> bool:
    """An arrival that only times another act ("escaped before troops arrived", "by the time
    police arrived", "until the army arrived") or that is attackers' coming to their attack
    ("the gunmen arrived on motorbikes")."""
    if verb.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIMING_MARKS
                                    for c in verb.children):
        return True
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() == "time":
        return True  # "by the time army units arrived"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl":
        subjects = [verb.head]
    return bool(subjects) and all(s.lemma_.lower() in ASSAILANTS or s.lower_ in ASSAILANTS
                                  for s in subjects)


def _armed_doer(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON" and verb.dep_ == "ccomp":  # "the army said it had launched"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), subject)
    return _forces(subject, False)


def armed_operation(noun: Token) -> bool:
    """An operation launched by armed people or named as military or police (the table's
    ``@operation``)."""
    if noun.pos_ not in NOUN_POS or any(c.dep_ in {"amod", "compound"} and c.lower_ in
                                        UNARMED_KINDS for c in noun.children):
        return False  # "carried out surgical operations"
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ not in VERB_POS or \
            verb.lemma_.lower() not in LAUNCHING:
        return False  # "during a military operation": named, not launched here
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in OPERATION_KINDS
           for c in noun.children):
        return True  # "launched a military operation", "a security operation"
    return _armed_doer(verb)


def not_shown(token: Token, plover: str) -> bool:
    """A deployment asked of someone else, or a patrol attacked (see the module's
    docstring)."""
    if plover != "MOBILIZE":
        return False
    if token.pos_ in VERB_POS and token.dep_ == "xcomp" and \
            token.head.lemma_.lower() in ASKING:
        return True  # "called on the government to send troops"
    if token.pos_ in NOUN_POS and token.lemma_.lower() in PATROLLING and token.dep_ in {
            "dobj", "nsubjpass"} and token.head.lemma_.lower() in MOBILIZING:
        return True  # "deployed extra patrols": the deployment tells it
    if token.pos_ in NOUN_POS and token.lemma_.lower() in PATROLLING:
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according" \
                or token.dep_ == "poss" or (token.dep_ == "dobj" and
                                            head.lemma_.lower() in ASKING):
            return True  # "according to the patrol", "the patrol's drug division", "asked the
            # patrol to release the video": the body
        if token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "an attack on a patrol", "fired on a patrol"
        return token.dep_ in {"dobj", "nsubjpass", "pobj"} and (
            head.lemma_.lower() in ATTACKING or any(  # "opened fire on a police patrol"
                c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in head.children))
    return False


# ground that changes hands (lemmas): the places an armed party takes, overruns or retakes
GROUND = {"town", "village", "city", "district", "area", "territory", "region", "province",
          "base", "camp", "post", "outpost", "position", "airport", "airfield", "airstrip",
          "port", "hill", "hilltop", "checkpoint", "crossing", "barracks", "garrison",
          "stronghold", "headquarters", "compound", "mountain", "valley", "island", "enclave",
          "suburb", "neighbourhood", "neighborhood", "quarter", "zone", "county", "capital",
          "settlement", "hamlet", "locality", "municipality", "fort", "fortress", "bridge",
          "junction", "ridge", "height", "heights", "front", "frontline", "line", "trench",
          "depot", "outskirt", "outskirts", "countryside", "highway", "road", "palace"}
# (not a prison or a jail: forces that retake one from rioting inmates quell a riot)
# verbs of taking back, whose object may be the place the story named ("retook it")
RETAKING = {"retake", "retook", "retaken", "recapture"}
# parts of a place ("parts of Gondar", "most of the province")
PARTS = {"part", "parts", "most", "much", "half", "swathe", "swath", "rest", "all", "some",
         "section", "portion", "bulk", "control"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
# the verbs that take ground only with a particle or an object of control
TAKING_OVER = {"take": {"over"}}
# ground that a bare "take" does not seize: a stand, a route or a side taken
NOT_TAKEN_BARE = {"position", "post", "road", "highway", "line", "front", "frontline", "height",
                  "heights", "bridge", "junction", "crossing", "trench"}


def _ground(noun: Token) -> bool:
    """``noun`` names a place or ground: a place entity, a word of ``GROUND``, or a part of
    one ("parts of Gondar", "control of the town")."""
    lower = noun.lower_
    if noun.ent_type_ in PLACE_ENTS or noun.lemma_.lower() in GROUND or lower in GROUND or (
            lower.endswith("s") and lower[:-1] in GROUND):  # "bases" (lemmatised "basis")
        return True
    if noun.lemma_.lower() in PARTS or noun.lower_ in PARTS or noun.pos_ == "NUM":
        return any(p.dep_ == "prep" and p.lower_ in {"of", "over"} and any(
            g.dep_ == "pobj" and _ground(g) for g in p.children) for p in noun.children)
    return False


def _bare_name(noun: Token, verb: Token) -> bool:
    """A name taken with no destination, company or source ("took Rutshuru", which the small
    model may label a person; not "took Ahmed to hospital", "took Smith with them")."""
    return noun.pos_ == "PROPN" and noun.dep_ == "dobj" and not any(
        c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into", "with", "from", "for", "as"}
        for c in verb.children)


def _takers(verb: Token) -> list[Token]:
    """Who takes the ground: the subject, or the agent of a passive ("was overrun by
    militants"), or the subject of the verb a conjunct shares ("stormed and overran")."""
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    takers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
               if g.dep_ == "pobj"]
    if not takers and verb.dep_ in {"conj", "xcomp"}:
        return _takers(verb.head)
    return takers


def ground_taken(verb: Token) -> bool:
    """``@territory``: an armed party, a state or a named group takes, overruns or retakes a
    place ("al Shabaab fighters overran an army base", "Fano took over parts of Gondar", "the
    base was overrun by militants"); COERCE/seize. "The company took over the firm", "patients
    overran the hospital", "weeds overran the garden", "took over the role" take no ground."""
    if verb.pos_ not in VERB_POS:
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    particles = TAKING_OVER.get(verb.lemma_.lower())
    if particles is not None and not any(c.dep_ == "prt" and c.lower_ in particles
                                         for c in verb.children) and not any(
            t.lemma_.lower() == "control" for t in taken):
        # "took the town" bare: only a place named or a settlement or stronghold, taken by a
        # party named as armed ("the M23 took Rutshuru", not "took positions", "took the road")
        return bool(taken) and all((_ground(t) or _bare_name(t, verb)) and t.lemma_.lower()
                                   not in NOT_TAKEN_BARE for t in taken) and any(
            armed(t) or t.ent_type_ in {"ORG", "NORP", "GPE"} for t in _takers(verb))
    taken += [c for t in list(taken) for c in t.conjuncts]
    if any(t.lemma_.lower() == "control" for t in taken):  # "took control of three villages",
        # the phrase of what is controlled hung on the verb
        taken += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"of", "over"}
                  for g in p.children if g.dep_ == "pobj"]
        taken = [t for t in taken if t.lemma_.lower() != "control" or _ground(t)]
    retaking = verb.lemma_.lower() in RETAKING or verb.lower_ in RETAKING
    if not taken or not all(_ground(t) or (retaking and t.lower_ == "it") for t in taken):
        return False  # ("retook it": the place named before; people are "them")
    takers = _takers(verb)
    if not takers and any(t.dep_ == "nsubjpass" for t in taken):
        return True  # "the town was seized on Monday": the taker unnamed
    if any(t.lower_ in {"it", "they", "he", "she", "we"} for t in takers):
        return True  # a pronoun stands for the armed party the story names
    return any(armed(t) or t.ent_type_ in {"ORG", "NORP", "GPE"} or any(
        c.dep_ == "amod" and c.lower_ == "armed" for c in t.children) or any(
        armed(c) for c in t.conjuncts) for t in takers)  # "armed groups", "rebels and police"


# deploying, sending or ordering forces: a duty of support they are given is the deployment's
# purpose ("deployed to support the police"), and the kinds of support that are force or its
# means ("air support", "fire support"), none of them backing in words (``duty_support``)
DEPLOYING = MOVING | MOBILIZING | {"order", "authorize", "authorise", "task", "assign",
                                   "dispatch", "lend"}
BACKING = {"support", "back", "assist", "reinforce", "bolster"}
FORCE_SUPPORT = {"air", "aerial", "fire", "artillery", "naval", "logistical", "logistic",
                 "military", "ground", "close", "armoured", "armored", "helicopter", "tactical",
                 "technical", "operational", "mortar", "intelligence", "surveillance"}


def duty_support(token: Token, plover: str) -> bool:
    """ "The military had been deployed to support the police", "sent two patrol aircraft to
    support surveillance", "ordered the armed forces to support police patrols", "air support
    neutralised 30 assailants": support given by force or its means as a duty, the purpose of
    a deployment or a weapon, no SUPPORT (verbal support, praise or endorsement). "Voiced
    support for the decision", "supported Korzun's efforts", "pledged to support the new
    government" stay."""
    if plover != "SUPPORT" or token.lemma_.lower() not in BACKING:
        return False
    if token.pos_ in NOUN_POS:
        return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in FORCE_SUPPORT
                   for c in token.children)
    if token.pos_ not in VERB_POS or token.dep_ not in {"xcomp", "advcl"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return token.head.lemma_.lower() in DEPLOYING


def aircraft_scrambled(verb: Token) -> bool:
    """``@scrambled``: aircraft or forces scrambled ("scrambled fighter jets", "two F-16s were
    scrambled", "jets scrambled from the base"): a deployment (MOBILIZE). People who
    "scrambled to safety" or "scrambled to find" move no forces: the verb takes an object or a
    passive subject, or an armed subject of its own."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() != "scramble":
        return False
    moved = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in NOUN_POS]
    if any(armed(m) or noun_class(m) in {None, "artifact", "group"} for m in moved):
        return True  # (not "scrambled eggs", "scrambled the letters")
    return any(c.dep_ == "nsubj" and armed(c) for c in verb.children) and not any(
        c.dep_ == "xcomp" for c in verb.children)
