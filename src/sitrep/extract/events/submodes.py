"""PLOVER modes read from a trigger's arguments, where the trigger word alone gives none.

The trigger lexicon gives a mode by the word ("shot": ASSAULT/firearms, "arrested":
COERCE/arrest); many triggers are generic ("killed", "attack", "called for", "refused") and their
mode is in their arguments (ONTOLOGY.md: PLOVER 2.0 modes):

- ASSAULT: the weapon or the attacker's kind named in the trigger's own phrase or its clause's
  arguments ("killed by gunmen", "hacked with a machete", "killed by a roadside bomb", "a suicide
  bomber attacked"): ``WEAPON_MODES``;
- REQUEST and REJECT (assist, change, yield, meet): what is asked for or refused, the verb or noun
  complement of the trigger ("called for talks": meet; "demanded the release of": yield; "urged
  the government to send aid": assist; "refused to withdraw": yield; "called for reforms":
  change): ``ASKED_MODES``;
- THREATEN (violence, arrest, expel, restrict, relations, territory): the act threatened
  ("threatened to kill": violence; "threatened to arrest": arrest), or, for a stated intent that
  ``modal_cues.plover_by_modality`` reads as a threat, the type of the intended act.

Only the word families below count; anything else leaves the mode empty (the guidelines: "leave
empty when unsure").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.courts.steps import custody_mode
from sitrep.extract.events.senses.fit import patrol_mode
from sitrep.extract.events.senses.public.harm import missiles

# weapons and attackers by PLOVER ASSAULT mode, in the order of precedence (a suicide bombing is
# an explosive attack too; a drone strike an aerial one)
WEAPON_MODES: tuple[tuple[str, frozenset[str]], ...] = (
    ("suicide-attack", frozenset({"suicide"})),
    ("drone", frozenset({"drone", "drones", "uav"})),
    ("aerial", frozenset({"airstrike", "air", "warplane", "jet", "aircraft", "helicopter",
                          "gunship", "bomber", "airplane", "plane", "airforce"})),
    ("heavy-weapons", frozenset({"artillery", "mortar", "rocket", "missile", "shell", "tank",
                                 "howitzer", "cannon", "shelling"})),
    ("crowd-control", frozenset({"teargas", "tear", "rubber", "baton", "truncheon", "pepper",
                                 "stun", "water", "taser"})),
    ("explosives", frozenset({"bomb", "bombs", "explosive", "explosives", "grenade", "ied",
                              "landmine", "dynamite", "detonator", "blast", "explosion",
                              "roadside"})),
    ("firearms", frozenset({"gun", "gunman", "gunmen", "gunfire", "gunshot", "bullet", "rifle",
                            "pistol", "handgun", "shotgun", "firearm", "revolver", "sniper",
                            "shooter", "machinegun", "ak-47", "kalashnikov", "hitman", "hitmen",
                            "sicario", "sicarios"})),
    ("primitive", frozenset({"knife", "machete", "blade", "axe", "ax", "sword", "spear",
                             "dagger", "hatchet", "arrow", "stone", "rock", "brick", "hammer",
                             "acid", "screwdriver", "scissors"})),
    ("beat", frozenset({"fist", "fists", "bat", "club", "stick", "pipe", "crowbar"})),
)
# "air" and "tear", "rubber", "pepper", "stun" only with the word they qualify
PAIRED = {"air": {"strike", "raid", "attack", "force", "bombardment", "campaign"},
          "tear": {"gas"}, "rubber": {"bullet"}, "pepper": {"spray"},
          "stun": {"grenade", "gun"}, "roadside": {"bomb", "device"}, "water": {"cannon"}}
# where a trigger's weapon or attacker is named: its subject ("gunmen killed", "a bomb
# killed"), its agent ("killed by gunmen"), its words ("a knife attack", "a suicide attack") and
# the phrases of instrument and means ("with a machete", "in an airstrike"); not its object or
# passive subject (the target: "attacked an artillery position", "the tank crew was attacked")
# nor a place ("near the mortar factory", "the attack on the gun shop")
WEAPON_DEPS = {"nsubj", "agent", "compound", "amod", "nmod", "prep"}
WEAPON_PREPS = {"with", "by", "in", "from", "using", "during", "through", "under"}
# inside those phrases, the words that qualify the weapon ("a homemade bomb", "rubber bullets")
QUALIFIER_DEPS = {"compound", "amod", "nmod", "conj", "appos"}

# what is asked for or refused, by PLOVER REQUEST/REJECT mode, in the order of precedence
ASKED_MODES: tuple[tuple[str, frozenset[str]], ...] = (
    ("yield", frozenset({
        "release", "free", "surrender", "withdraw", "withdrawal", "retreat", "leave", "stop",
        "cease", "halt", "end", "back", "disarm", "disband", "demobilize", "demobilise",
        "demobilization", "resign", "resignation", "step", "quit", "lift", "ease", "allow",
        "permit", "access", "return", "evacuate", "disperse", "comply", "hand", "handover",
        "turn", "submit", "lay", "abandon", "drop", "suspend", "ceasefire", "truce", "pull",
        "vacate", "dismantle", "unblock", "reopen", "open", "relinquish", "cede", "concede",
        "exit", "retire", "abdicate", "stand", "obey", "yield", "calm", "restraint",
        "de-escalate", "de-escalation", "pullout", "repatriate", "repatriation"})),
    ("meet", frozenset({
        "meet", "meeting", "talk", "talks", "negotiate", "negotiation", "dialogue", "dialog",
        "discuss", "discussion", "summit", "mediate", "mediation", "consult", "consultation",
        "visit", "sit", "parley", "conference", "confer", "engage", "reconcile",
        "reconciliation"})),
    ("assist", frozenset({
        "aid", "help", "assist", "assistance", "support", "fund", "funding", "money", "donate",
        "donation", "supply", "provide", "send", "resource", "reinforcement", "equipment",
        "loan", "relief", "food", "medicine", "shelter", "rescue", "protection", "protect",
        "finance", "financing", "contribute", "contribution", "deliver", "delivery", "grant",
        "weapon", "arm", "ammunition", "troop", "intervene", "intervention", "backing"})),
    ("change", frozenset({
        "change", "reform", "amend", "amendment", "revise", "revision", "repeal", "adopt",
        "pass", "implement", "introduce", "enact", "establish", "create", "guarantee",
        "respect", "recognize", "recognise", "increase", "increased", "reduce", "raise", "lower",
        "improve", "strengthen", "tighten", "enforce", "policy", "law", "legislation", "right",
        "election", "referendum", "overhaul", "restructure", "transparency", "accountability",
        "investigate", "investigation", "inquiry", "probe", "prosecute", "prosecution",
        "punish", "justice", "ban", "regulate", "regulation", "security", "measure",
        "crackdown", "vote"})),
)
# verbs that carry no mode of their own: read their object ("take steps to", "make changes")
LIGHT_VERBS = {"take", "make", "give", "do", "put", "bring", "hold", "have", "get", "carry",
               "be", "come", "go", "work"}

# threatened acts by PLOVER THREATEN mode
THREAT_MODES: tuple[tuple[str, frozenset[str]], ...] = (
    ("arrest", frozenset({"arrest", "detain", "jail", "imprison", "prosecute", "charge",
                          "apprehend", "capture", "lock", "prison", "custody"})),
    ("expel", frozenset({"expel", "deport", "expulsion", "deportation", "banish", "exile",
                         "extradite"})),
    ("relations", frozenset({"sever", "relation", "tie", "ambassador", "recall", "downgrade",
                             "diplomatic", "embassy"})),
    ("territory", frozenset({"annex", "annexation", "territory", "occupy", "occupation"})),
    ("restrict", frozenset({"sanction", "ban", "restrict", "restriction", "block", "close",
                            "closure", "cut", "suspend", "shut", "embargo", "curb",
                            "blockade", "freeze", "limit", "revoke"})),
    ("violence", frozenset({"kill", "attack", "bomb", "shoot", "destroy", "war",
                            "violence", "retaliate", "retaliation", "force", "invade",
                            "invasion", "fight", "murder", "execute", "hurt", "harm", "burn",
                            "blow", "wipe", "crush", "eliminate", "assassinate", "behead",
                            "massacre", "punish", "offensive", "raid", "storm"})),
)
# a stated intent read as a threat (``modal_cues.plover_by_modality``): the mode by the intended type
INTENT_THREAT = {"ASSAULT": "violence", "MOBILIZE": None, "PROTEST": None}
COERCE_THREAT = {"arrest": "arrest", "deport": "expel", "seize": "restrict",
                 "restrict": "restrict", "curfew": "restrict", "censor": "restrict",
                 "martial-law": "restrict"}


def _words(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _weapon(token: Token) -> str | None:
    """The ASSAULT mode a word names, if any ("gunmen": firearms; "air strike": aerial)."""
    words = _words(token)
    for first, seconds in PAIRED.items():
        if first in words:
            near = {w for t in (token.head, *token.children) for w in _words(t)}
            return next((m for m, family in WEAPON_MODES if first in family), None) \
                if near & seconds else None
    for mode, family in WEAPON_MODES:
        if words & family:
            return mode
    return None


def _argument_tokens(trigger: Token) -> list[Token]:
    """The words of the trigger's weapon positions (``WEAPON_DEPS``) and, for a noun that is its
    clause's subject or object ("gunmen launched an attack"), of the clause's."""
    out: list[Token] = []

    def qualifiers(node: Token) -> None:
        out.append(node)
        for child in node.children:
            if child.dep_ in QUALIFIER_DEPS:
                qualifiers(child)

    def arguments(node: Token) -> None:
        for child in node.children:
            if child.dep_ not in WEAPON_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in WEAPON_PREPS:
                continue
            if child.dep_ in {"prep", "agent"}:
                for g in child.children:
                    if g.dep_ == "pobj":
                        qualifiers(g)
            else:
                qualifiers(child)
    arguments(trigger)
    head = trigger.head
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} \
            and head.pos_ in {"VERB", "AUX"}:
        arguments(head)
    return out


def assault_mode(trigger: Token) -> str | None:
    """The ASSAULT mode of the weapon or attacker named in the trigger's arguments; ``None``
    when none is named, and when two families of different precedence are both named, the
    first in ``WEAPON_MODES``."""
    found = {m for m in (_weapon(t) for t in _argument_tokens(trigger)) if m}
    if not found:
        return None
    return next(m for m, _ in WEAPON_MODES if m in found)


def _asked(trigger: Token) -> list[Token]:
    """What a request or refusal is about: its verb complements ("urged them to negotiate",
    "demanded that he resign"), its object ("demanded the release"), "for" ("called for
    talks") or, for a noun, "for" or its infinitive ("a call to end the siege")."""
    out: list[Token] = []
    for child in trigger.children:
        if child.dep_ in {"xcomp", "ccomp", "dobj", "acl"}:
            out.append(child)
        elif child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                           for c in child.children):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"for", "to"}:
            out.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
    return out


def _classify(token: Token, families: tuple[tuple[str, frozenset[str]], ...],
              depth: int = 0) -> str | None:
    """The mode of ``families`` named by ``token`` or, for a light or unknown verb or noun, by
    its object, its "of"/"to" phrase or the words that qualify it."""
    for mode, family in families:
        if _words(token) & family:
            return mode
    if depth >= 2:
        return None
    quals = [c for c in token.children if c.dep_ in {"amod", "compound", "prt"}]
    for mode, family in families:
        if any(_words(q) & family for q in quals):
            return mode
    for child in token.children:
        nxt: list[Token] = []
        if child.dep_ in {"dobj", "xcomp", "ccomp", "conj", "attr", "oprd"}:
            nxt = [child]
        elif child.dep_ == "prep" and child.lower_ in {"of", "to", "for"}:
            nxt = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
        for n in nxt:
            found = _classify(n, families, depth + 1)
            if found:
                return found
    return None


def asked_mode(trigger: Token) -> str | None:
    """The REQUEST or REJECT mode (assist, change, yield, meet) of what the trigger asks for or
    refuses; ``None`` when it is not one of ``ASKED_MODES``."""
    for target in _asked(trigger):
        found = _classify(target, ASKED_MODES)
        if found:
            return found
    return None


def threat_mode(trigger: Token) -> str | None:
    """The THREATEN mode of the act threatened ("threatened to kill them": violence)."""
    for target in _asked(trigger):
        found = _classify(target, THREAT_MODES)
        if found:
            return found
    return None


def intent_threat_mode(intended: str, intended_mode: str | None) -> str | None:
    """The THREATEN mode of a stated intent to act ("will attack": violence; "will arrest":
    arrest), by the intended act's PLOVER type and mode."""
    if intended == "COERCE":
        return COERCE_THREAT.get(intended_mode or "")
    if intended == "SANCTION":
        return "expel" if intended_mode == "expel" else "restrict"
    return INTENT_THREAT.get(intended)


def intent_mode(trigger: Token, modal: str, intended: str, intended_mode: str | None
                ) -> str | None:
    """The mode of an event that ``modal_cues.plover_by_modality`` retyped from the act it is about:
    a threat by the act intended ("will attack": violence), a refusal or a demand by what the act
    is ("will not end the strike", "must withdraw": yield; "will not meet": meet)."""
    if modal == "THREATEN":
        return intent_threat_mode(intended, intended_mode)
    if modal in {"REJECT", "REQUEST"}:
        return _classify(trigger, ASKED_MODES)
    return None


# blows of the body: "struck her across the face", "hit him on the head" (a beating, not a
# strike from the air or a hit by a vehicle or a shell, which name their weapon or their doer)
BLOW_VERBS = {"strike", "hit", "smack", "whack", "thump", "clobber", "wallop", "bash",
              "knock", "slam", "smash", "bang", "jab", "elbow", "knee", "stomp", "stamp"}
BODY_PARTS = {"face", "head", "jaw", "eye", "eyes", "nose", "mouth", "lip", "lips", "cheek",
              "ear", "ears", "chin", "forehead", "temple", "skull", "neck", "throat", "chest",
              "back", "stomach", "belly", "abdomen", "rib", "ribs", "side", "groin", "arm",
              "arms", "hand", "hands", "leg", "legs", "knee", "knees", "shoulder", "body",
              "kidney", "kidneys", "spine", "shin", "thigh", "buttock", "buttocks", "teeth",
              "tooth", "hip"}
BODY_PREPS = {"across", "in", "on", "to", "over", "about"}


def blow_to_body(trigger: Token) -> bool:
    """A blow verb with a body part in its phrase of where ("struck her across the face", "hit
    the boy on the head", "was struck in the face") and no weapon named (``assault_mode``
    first): a beating."""
    if trigger.lemma_.lower() not in BLOW_VERBS or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ in BODY_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in BODY_PARTS and g.ent_type_ == ""
        for g in c.children) for c in trigger.children)


# verbs whose row's mode (firearms) is only the default of what they send
FIRING = {"fire", "shoot"}


# nouns of a violent act or its means that may be the subject of its outcome ("the bombing
# destroyed a market", "the shells flattened houses")
ATTACK_NOUNS = frozenset({
    "attack", "assault", "bombing", "bomb", "blast", "explosion", "strike", "airstrike",
    "shelling", "shell", "missile", "rocket", "raid", "fire", "fighting", "clash", "offensive",
    "ambush", "drone", "gunfire", "barrage", "bombardment", "grenade", "shot", "mortar",
    "artillery", "airstrikes", "blaze", "arson"})
# words that stand for a thing or an act told before, no doer of their own
THING_WORDS = frozenset({"it", "which", "that"})
# the casualty verbs whose conjunct tells an act's outcome ("eleven were killed and houses
# were burned")
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim", "die"})


def destruction_as_outcome(trigger: Token) -> bool:
    """A destroying verb that tells the outcome of an act told by other words: its subject a
    noun of the act or its means ("the bombing had destroyed a market") or a word standing for
    one ("it destroyed three homes"), or conjoined with a
    casualty verb ("eleven villagers were killed and several houses were burned"); not an act
    of destruction of its own ("they set fire to the post")."""
    if any(c.dep_ == "nsubj" and (c.lemma_.lower() in ATTACK_NOUNS or c.lower_ in THING_WORDS)
           for c in trigger.children):
        return True  # "the bombing destroyed", "it destroyed three homes", "which flattened"
    conjuncts = [c for c in trigger.children if c.dep_ == "conj"]
    if trigger.dep_ == "conj":
        conjuncts.append(trigger.head)
    return any(c.pos_ == "VERB" and c.lemma_.lower() in CASUALTY_VERBS for c in conjuncts)


def refine_mode(trigger: Token, plover: str, mode: str | None) -> str | None:
    """The PLOVER mode of an event whose lexicon row gave ``mode``: kept when set, else read
    from the trigger's arguments (``assault_mode``, ``asked_mode``, ``threat_mode``)."""
    if plover == "MOBILIZE":  # "the carrier is patrolling the Gulf": troops (``fit``)
        return patrol_mode(trigger, mode)
    if plover == "ASSAULT" and (mode is None or trigger.lemma_.lower() in FIRING) and (
            thrown := missiles(trigger)):
        # "fired tear gas at", "threw petrol bombs": the weapon sent decides, its qualifier
        # first ("water cannon", "rubber bullets" are crowd control, not artillery or guns);
        # a row's own mode stays ("dropped cluster bombs": aerial)
        for noun in thrown:
            quals = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
            found = next((m for m in map(_weapon, [*quals, noun]) if m), None)
            if found:
                return found
    if plover == "ASSAULT" and mode == "destroy" and destruction_as_outcome(trigger):
        return assault_mode(trigger)  # "the bombing destroyed a market": the bombing's means
    if mode:
        return mode
    if plover == "ASSAULT":
        return assault_mode(trigger) or ("beat" if blow_to_body(trigger) else None)
    if plover in {"REQUEST", "REJECT"}:
        return asked_mode(trigger)
    if plover == "THREATEN":
        return threat_mode(trigger)
    if plover == "COERCE":  # "denied bail": kept in custody (``senses.courts.steps``)
        return custody_mode(trigger)
    return None
