"""A killing told twice: a person dies once, so two killings of a victim named with a proper
name in both are one happening (``events.corefer``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.records import Event

# flags of acts not done (yet): a mention that neither refers back nor shares a participant
# fuses only with an event of the same ones
UNREAL = {"future", "hypothetical", "negated"}
NOUNS = {"NOUN", "PROPN"}
# the beginnings of the words of killing ("killed", "murder", "assassination", "slain")
KILLING = ("kill", "murder", "assassinat", "slay", "slain", "behead", "lynch")
# what hangs on a victim's name but is not part of it ("the activist Juma Otieno in Kisumu")
NOT_OF_THE_NAME = {"prep", "relcl", "acl", "punct", "cc", "conj", "advcl", "det"}


def kills(event: Event, token: Token | None) -> bool:
    """An ASSAULT that kills: a word of killing in its trigger ("killed", "the murder", "the
    attack that killed"), or a harm done to death ("shot dead", "beaten to death")."""
    if event.plover_type != "ASSAULT":
        return False
    if any(w.startswith(KILLING) for w in event.trigger.text.lower().split()):
        return True
    return token is not None and any(t.lower_ in {"dead", "death"} for c in token.children
                                     for t in c.subtree if c.dep_ in {"oprd", "advmod",
                                                                     "acomp", "prep", "xcomp"})


def victims(event: Event, token: Token | None) -> list[frozenset[str]]:
    """The words of the proper names of a killing's victims as written: its recipients, and the
    possessor or the "of" object of a noun of killing ("Farinas' murder", "the assassination of
    the editor Tomas Rell")."""
    out = [frozenset(w) for w in (name_words(a.text) for a in event.recipients
                                   if a.kind == "named") if w]
    if token is None or token.pos_ not in NOUNS:
        return out
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            named = child
        elif child.dep_ == "prep" and child.lower_ == "of":
            named = next((g for g in child.children if g.dep_ == "pobj"), None)
        else:
            continue
        words: set[str] = set()
        stack = [named] if named is not None else []
        while stack:  # the name and its compounds and appositions, not its own modifiers
            tok = stack.pop()
            words.update(name_words(tok.text) if tok.pos_ == "PROPN" else ())
            stack.extend(c for c in tok.children if c.dep_ not in NOT_OF_THE_NAME)
        if words:
            out.append(frozenset(words))
    return out


def name_words(text: str) -> set[str]:
    """The capitalised words of a name as written ("Peter Otieno": not the name an actor record
    may have been resolved to)."""
    return {w.strip(".,'’").lower() for w in text.split()
            if w[:1].isupper() and len(w.strip(".,'’")) > 2}


def same_killing(a: Event, b: Event, token_a: Token | None = None,
                 token_b: Token | None = None) -> bool:
    """Both are killings ("the attack that killed", "the murder of", "was assassinated") of a
    victim named with a proper name in both (``_victims``), both done or both not: a person dies
    once, so neither the places the two mentions are given (one may be the place of another
    clause), nor a background flag on one of them, tells them apart."""
    if not (kills(a, token_a) and kills(b, token_b)) or \
            set(a.modes) & UNREAL != set(b.modes) & UNREAL:
        return False
    return any(x <= y or y <= x for x in victims(a, token_a) for y in victims(b, token_b))


