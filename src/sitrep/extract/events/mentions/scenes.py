"""Places a mention names that are not the scene of its act: where the wounded were taken
("declared dead on arrival at a hospital in Cotabato City", "treated at a clinic in Goma") and
where the one who reports it sits or speaks ("the health ministry in Sanaa said the strike
had killed six", "told reporters in Kigali that attackers had stormed the camp"). Such a place does not tell two mentions of one happening apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.mentions.sayings import STATING

# places of care, where victims are taken after the act (and the morgue)
CARE = {"hospital", "clinic", "infirmary", "morgue", "mortuary", "dispensary", "sanatorium"}
SUBJECTS = {"nsubj", "nsubjpass"}
MAX_STEPS = 8


def _ancestors(token: Token) -> list[Token]:
    out: list[Token] = []
    node = token
    for _ in range(MAX_STEPS):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def off_scene(place: Token | None, trigger: Token | None) -> bool:
    """The place written at ``place`` is where the victims of ``trigger``'s act were cared for
    (a place of a care noun: "a hospital in Cotabato City") or where the speaker who reports the
    act is (a place inside the subject of a verb of stating whose reported clause holds the
    trigger: "the health ministry in Sanaa said ...")."""
    if place is None or trigger is None or place.doc is not trigger.doc:
        return False
    above = _ancestors(place)
    care = next((t for t in above[:3] if t.lemma_.lower() in CARE and t.pos_ == "NOUN"), None)
    if care is not None:  # "died at a hospital in X", not "attacked the hospital in X" nor
        # "a bomb exploded outside a hospital in X": the act's own target or spot
        return care.dep_ == "pobj" and care.head.head.i != trigger.i
    for node in [place, *above]:
        if node.dep_ in SUBJECTS and node.head.lemma_.lower() in STATING:
            saying = node.head
            return any(t.i == saying.i for t in _ancestors(trigger)) and saying.i != trigger.i
    return _where_said(above, trigger)


def _where_said(above: list[Token], trigger: Token) -> bool:
    """The place's phrase hangs on a verb of stating, not on the act it reports ("the
    ministry said in New Delhi that its forces had hit ...", "told reporters in Kigali that
    attackers stormed the camp", "told a briefing at the May Pen police station"): the first
    verb above the place is the saying, and the trigger lies in what it says."""
    verb = next((t for t in above if t.pos_ in {"VERB", "AUX"} or t.i == trigger.i), None)
    if verb is None or verb.i == trigger.i or verb.lemma_.lower() not in STATING:
        return False  # (a place in the act's own phrase: "claimed a bombing in Kismayo")
    return any(t.i == verb.i for t in _ancestors(trigger))
