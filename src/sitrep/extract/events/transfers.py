"""Transfers: "X gave/provided/sent/delivered Y to Z" is aid (PLOVER AID, CAMEO 07) when Y is
something material (money, equipment, supplies, training, troops) and Z a recipient.

The trigger lexicon names the transfer verbs with the requirement ``@transfer`` (in its ``with``
column); ``is_transfer`` decides it from the parse, not from the object's word:

- a recipient: a dative object ("gave the marines 625 rifles"; also where the parser reads the
  second of two objects as a noun adverbial: "handed a teller a note"), the object of "to" or "for"
  ("provided $400 million to Indonesia"), or, for the verbs of equipping, a direct object with
  "with" ("provided the army with aircraft");
- a direct object that is not speech or an abstraction ("gave a speech to", "provided details
  to reporters", "gave way to", "gave rise to", "gave birth"): the words of saying and of
  attention, which no transfer of goods uses, nor an office or power handed over ("handed the
  presidency to his deputy");
- no phrasal particle that turns the verb into another one ("give up", "give in", "send off");
- the object is not itself a word that names an event ("gave a warm welcome to", "provided
  support to"): then the verb is a light verb and the noun is the event (the lexicon's own
  row for that noun types it);
- the object is not a group of envoys or staff ("sent personnel to investigate", "dispatched a
  delegation"), nor a captive ("handed over 41 captured soldiers to the Red Cross"): sending
  people to act is not aid, their act is the event, and captives handed over are released.

Captives handed over (``captives_handed``): "handed over 41 captured soldiers to the Red Cross",
"the hostages were handed over to officials", "handed the detained commander over to them": a
release (PLOVER RETREAT, CAMEO 0841) by those who held them; the object is a captive by its word
("hostages", "prisoners") or by a participle of capture on it ("captured soldiers", "the
detained commander"). Suspects handed to prosecutors or police stay in custody: no release.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# verbs whose direct object may be the recipient, the goods following "with"
EQUIP_VERBS = {"provide", "supply", "equip", "furnish", "arm"}
# objects that are speech, information given out in words, or abstractions of attention and
# manner: giving them is not a transfer of goods
NOT_GOODS = {
    "statement", "speech", "interview", "detail", "update", "warning", "account",
    "explanation", "answer", "reply", "response", "opinion", "reason", "testimony", "briefing",
    "address", "talk", "lecture", "presentation", "comment", "remark", "signal", "impression",
    "indication", "hint", "message", "note", "letter", "word", "description", "overview",
    "summary", "figure", "number", "estimate", "example", "name", "title", "assurance",
    "birth", "way", "rise", "chance", "time", "thought", "consideration", "attention",
    "priority", "notice", "voice", "credit", "blame", "praise", "thanks", "nod", "green light",
    "go-ahead", "permission", "approval", "mandate", "order", "instruction", "ultimatum",
    "deadline", "look", "glimpse", "sense", "feeling", "idea", "view", "picture", "insight",
    "clue", "lead", "evidence", "proof", "point", "shot", "try", "hand", "ear", "eye",
    "information", "advice", "guidance", "tip", "confession", "story", "version", "lesson",
    # offices and power handed over ("handed the presidency to his deputy"): a transfer of
    # power, no goods
    "presidency", "power", "office", "leadership", "control", "command", "rein", "reins",
    "baton", "crown", "throne", "post", "portfolio", "authority", "premiership",
    "chairmanship", "helm", "sovereignty",
}
# people sent to act, not goods
ENVOYS = {"personnel", "staff", "team", "delegation", "mission", "envoy", "representative",
          "official", "inspector", "investigator", "monitor", "observer", "expert", "adviser",
          "advisor", "specialist", "delegate", "emissary", "negotiator", "mediator", "agent"}
PARTICLES = {"up", "in", "off", "out", "away", "back", "down"}
RECIPIENT_PREPS = {"to", "for"}


def _recipient_prep(kids: list[Token]) -> bool:
    for child in kids:
        if child.dep_ in {"prep", "dative"} and child.lower_ in RECIPIENT_PREPS and any(
                g.dep_ == "pobj" for g in child.children):
            return True
    return False


def is_transfer(token: Token, names_event: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether the verb ``token`` transfers something material to a recipient
    (``names_event``: whether a lemma is a word the trigger lexicon types as an event)."""
    kids = list(token.children)
    if any(c.dep_ == "prt" and c.lower_ in PARTICLES for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj"]
    datives = [c for c in kids if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    goods = objects[0] if objects else None
    # "handed a teller a note": the parser may take the first of two objects as the direct
    # object and the second as a noun adverbial; the first is then the recipient
    second = [c for c in kids if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
              and goods is not None and c.i > goods.i]
    if goods is not None and second and not datives:
        datives, goods = [goods], second[0]
    if goods is None and passive:  # "weapons were delivered to the rebels"
        goods = next(c for c in kids if c.dep_ == "nsubjpass")
    if goods is None:
        return False
    lemma = goods.lemma_.lower()
    if lemma in NOT_GOODS or lemma in ENVOYS or names_event(lemma) or (
            goods.pos_ == "PRON" and not datives):
        return False
    # "provided the army with aircraft": the object is the recipient, "with" the goods
    equipped = token.lemma_.lower() in EQUIP_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in kids + list(goods.children))
    if _held(goods) and not equipped:
        return False  # "handed over 41 captured soldiers": captives are not goods
    # "to X" on the verb, or on the goods ("gave 40 million kroner to the agency")
    return bool(datives) or _recipient_prep(kids) or _recipient_prep(
        list(goods.children)) or equipped


# people held by the other side, by their word or by a participle of capture on them
CAPTIVES = {"hostage", "captive", "prisoner", "detainee", "abductee", "pow", "pows"}
CAPTURED = {"capture", "detain", "kidnap", "abduct", "hold", "seize", "imprison", "jail",
            "take", "captured", "detained", "kidnapped", "abducted", "held", "seized",
            "imprisoned", "jailed", "taken"}  # lemmas, and the forms tagged as adjectives


def _held(noun: Token) -> bool:
    if noun.lemma_.lower() in CAPTIVES or noun.lower_ in CAPTIVES:
        return True
    return any(c.dep_ in {"amod", "acl"} and (c.lemma_.lower() in CAPTURED or c.lower_ in CAPTURED)
               and c.tag_ in {"VBN", "JJ"} for c in noun.children)


def captives_handed(verb: Token) -> bool:
    """Captives handed over by those who held them (see the module's docstring): ``verb``
    (the table's "hand") has "over" or a recipient, and its object, or the subject of its
    passive, is a captive."""
    kids = list(verb.children)
    over = any(c.lower_ == "over" and c.dep_ in {"prt", "advmod", "prep"} for c in kids)
    if not over and not _recipient_prep(kids):
        return False
    people = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
    people += [c for p in list(people) for c in p.conjuncts]
    return any(_held(p) for p in people)
