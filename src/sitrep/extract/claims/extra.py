"""Single victims and sub-groups that ``links.mentions`` does not count (no number written):

- one person named by a singular noun with "a", "an", "another" or "the" that is a word for
  people: in the victims lexicon, or an agent or profession by its form ("an accountant",
  "the editor", "a pharmacist"; ``guessed``: linked only to verbs that befall people);
- "another" standing alone ("one was killed and another was wounded");
- a name whose title before it is a word for people ("Opposition figure Ana Varga", "activist
  Ana Varga") when the model does not tag it as a person;
- "both" counting people ("both bombers", "both were killed") is a figure (``numbers``).

Used by ``sitrep.extract.claims.extractor`` after ``links.mentions``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claims.links import Mention
from sitrep.extract.claims.victims import category_of, person_like

# collective nouns: "the army", "the family" are not one person
COLLECTIVE = {"army", "military", "police", "government", "force", "forces", "group", "crowd",
              "family", "regime", "militia", "gang", "unit", "battalion", "public", "people",
              "population", "community", "administration", "team", "staff", "personnel",
              "navy", "crew", "troop", "troops", "other", "body", "life", "member", "national"}
# verbs that only befall people: a noun guessed to be a person by its form is linked to these
HUMAN_ONLY = {"kill", "murder", "assassinate", "behead", "lynch", "slay", "massacre", "die",
              "wound", "injure", "maim", "kidnap", "abduct", "arrest", "detain", "jail",
              "imprison", "hospitalize", "hospitalise", "shoot", "gun", "dead", "wounded",
              "injured", "missing", "custody", "perish", "drown", "incarcerate"}


def _det(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "det" and c.lower_ in (
        "a", "an", "another", "the")), None)


def _title_person(tok: Token) -> bool:
    """"Opposition figure Ana Varga": a proper name after a word for people."""
    return tok.pos_ == "PROPN" and tok.dep_ in ("nsubjpass", "dobj") and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and (category_of(c) or person_like(c)
                                                       or c.lower_ == "figure")
        for c in tok.children)


def more_mentions(doc: Doc, existing: list[Mention]) -> list[Mention]:
    covered = {i for m in existing for i in range(m.start, m.end)}
    covered.update(m.counted.i for m in existing if m.counted is not None)
    covered.update(m.anchor.i for m in existing)
    out: list[Mention] = []
    for tok in doc:
        if tok.i in covered:
            continue
        if tok.lower_ == "another" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
            out.append(Mention(tok, tok.i, tok.i + 1, 1, 1))
            continue
        if tok.pos_ == "PROPN" and _title_person(tok):
            first = min(t.i for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i)
            names = [t.i for t in tok.subtree if t.pos_ == "PROPN"]
            out.append(Mention(tok, min(names, default=first), tok.i + 1, 1, 1, counted=tok,
                               named=True))
            continue
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() in COLLECTIVE:
            continue
        det = _det(tok)
        if det is None:
            continue
        known = category_of(tok) is not None
        if det.lower_ != "the" and known:
            continue  # "a soldier": links.mentions has it
        guessed = not known and person_like(tok)
        if not (known or guessed):
            continue
        m = Mention(tok, det.i, tok.i + 1, 1, 1, counted=tok, single=True)
        m.guessed = guessed
        out.append(m)
    return out


def befalls_people(trigger: Token) -> bool:
    return trigger.lemma_.lower() in HUMAN_ONLY or trigger.lower_ in HUMAN_ONLY
