"""The name of a charge is no happening: a bare crime noun in the complement of a charge, a
suspicion, a plea or a verdict ("charged with aggravated assault", "arrested on suspicion of
murder", "murder charges", "admitted harassment"), also down a list or a noun phrase from the
charging ("charged him with resisting arrest, possession of a firearm and assault on an
officer", "convicted a former village chief of murder"). The guidelines: "charged with assault
codes the charging (ACCUSE/allege by the prosecutor, or SANCTION/convict for a conviction), not
an ASSAULT". Moved out of ``senses/words.py`` (session 43), which had reached its size; the
climb through the nouns is of session 43 (issue 15, event precision).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = {"NOUN", "PROPN"}
DEFINITE = {"the", "this", "that", "these", "those"}
# words that name a charge, a suspicion, a plea or a verdict: a bare crime noun in their
# complement is the name of the charge ("charged with assault", "murder charges")
CHARGE_WORDS = {"charge", "accuse", "accusation", "allege", "allegation", "indict",
                "indictment", "convict", "conviction", "suspicion", "suspect", "guilty",
                "innocent", "plead", "plea", "admit", "confess", "acquit", "acquittal", "try",
                "trial", "prosecute", "prosecution", "sentence", "jail", "imprison", "arrest",
                "detain", "remand", "count", "offence", "offense", "want", "book", "cite",
                "investigate", "probe", "inquiry", "investigation", "case", "verdict", "fine",
                "punish", "punishment", "hang", "execute", "extradite", "extradition",
                "warrant", "summons", "sue", "lawsuit", "clear", "exonerate"}
CHARGING = {"charge", "convict", "accuse", "indict", "acquit", "prosecute", "suspicion", "guilty"}
NAMING_PREPS = {"of", "with", "for"}  # prepositions that name a charge ("convicted of murder")
CLIMBED = {"pobj", "dobj", "nsubjpass", "appos", "conj"}  # a noun's ways up to its charging


def charge_name(token: Token) -> bool:
    """A bare crime noun in the complement of a charge, a suspicion, a plea or a verdict:
    "charged with aggravated assault", "arrested on suspicion of murder", "murder charges",
    "admitted harassment"; not "accused of the murder of a shopkeeper" or "jailed for his
    killing", which refer to the act itself."""
    if token.pos_ not in NOUN_POS or token.ent_type_:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
           for c in token.children):
        return False
    node = token
    while node.dep_ in {"conj", "appos", "amod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "compound":
        return node.head.lemma_.lower() in CHARGE_WORDS  # "murder charges"
    if node.dep_ == "dobj":
        return node.head.lemma_.lower() in {"admit", "confess", "deny"}
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return False
    governor = node.head.head
    if governor.dep_ == "pobj" and governor.lemma_.lower() in {"suspicion", "charge", "count"}:
        return True  # "on suspicion of murder", "on charges of kidnapping"
    if governor.lemma_.lower() in CHARGE_WORDS or governor.lower_ in CHARGE_WORDS:
        return True
    if node.head.lower_ not in NAMING_PREPS:
        return False  # "charged with attempted murder in a shooting": the act itself
    for _ in range(4):  # "convicted a village chief of murder", "charged him with resisting
        # arrest, possession of a firearm and assault": up through the nouns to the charging
        step = governor.head.head if governor.head.dep_ == "prep" else governor.head
        if governor.pos_ not in NOUN_POS or governor.dep_ not in CLIMBED or step.i == governor.i \
                or (governor.head.dep_ == "prep" and governor.head.lower_ not in NAMING_PREPS):
            return False
        governor = step
        if governor.lemma_.lower() in CHARGING:
            return True
    return False
