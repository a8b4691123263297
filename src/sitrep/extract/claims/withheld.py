"""Figures withheld: "Azerbaijan is not announcing losses among its soldiers", "the army
declined to give a death toll": a claim with no figure, marked ``undisclosed``, of the outcome
the withheld noun names, with the victims and side its phrase gives and the withholder as its
claimant (``withheld_claims``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.extract.claims.attribution import claimant_actor
from sitrep.extract.claims.numbers import Flags
from sitrep.extract.claims.victims import category_of, country_of, side_of
from sitrep.extract.context import Context, Sentence
from sitrep.records import Claim

UNDISCLOSED_VERBS = {"announce", "disclose", "release", "give", "reveal", "publish", "provide",
                      "report", "confirm", "say", "publicize", "share", "admit", "acknowledge"}
UNDISCLOSED_OBJECTS = {"loss": "killed", "losses": "killed", "casualty": "casualties",
                        "toll": "killed", "fatality": "killed", "death": "killed",
                        "figure": "killed", "number": "killed"}


def _withholding(lemma: str) -> bool:
    return lemma.lower() in UNDISCLOSED_VERBS


_WITHHOLDING_LEMMAS = Flags(_withholding)  # lemma hashes whose lower case is withholding


def withheld_claims(ctx: Context, sentence: Sentence, doc: Doc, claims: list[Claim],
                    version: str) -> list[Claim]:
    """"Azerbaijan not announcing losses among its soldiers": a withheld figure (a claim marked
    ``undisclosed``, written by the extractor ``version``)."""
    out = []
    for i in _WITHHOLDING_LEMMAS.lemmas_of(doc):
        verb = doc[i]
        negated = any(c.dep_ == "neg" for c in verb.children) or any(
            a.lemma_.lower() in ("decline", "refuse", "fail") for a in verb.ancestors
            if a.i < verb.i) or (verb.i > 0 and doc[verb.i - 1].lower_ == "without")
        if not negated:
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in UNDISCLOSED_OBJECTS:
                continue
            outcome = UNDISCLOSED_OBJECTS[obj.lemma_.lower()]
            victims, side = "unknown", None
            for t in obj.subtree:
                cat = category_of(t) if t.pos_ == "NOUN" and t.i != obj.i else None
                if cat:
                    victims = cat
                    side = side_of(t)
                    if side is None and any(c.lower_ in ("its", "their") for c in t.children):
                        side = _subject_country(verb)
                    break
            subj = _subject(verb)
            if side is None and subj is not None:
                side = country_of(subj.text)
            claim = Claim(evidence=sentence.evidence(doc[min(verb.i, obj.i) - (
                1 if verb.i > 0 and doc[verb.i - 1].dep_ == "neg" else 0):obj.right_edge.i + 1]),
                outcome=outcome, victims=victims, side=side, undisclosed=True,
                extractor=version)
            if subj is not None:
                claim.claimant = claimant_actor(ctx, sentence, _subject_span(subj))
            out.append(claim)
            # a bare figure set against the withheld one takes its victim category
            for other in claims:
                if other.victims == "unknown" and other.outcome == outcome and other.low:
                    other.victims = victims
    return out


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _subject_span(tok: Token) -> Span:
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1]


def _subject_country(verb: Token) -> str | None:
    subj = _subject(verb)
    return country_of(subj.text) if subj is not None else None
