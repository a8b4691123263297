"""Actors cut out of one noun phrase: a body's member named by its possessive ("the gang's
leader") and one actor per country joined in front of one noun ("Hungarian and Romanian
officials"); read by ``finder.ActorFinder.phrase`` with the sentence it reads."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitrep.extract.context import Sentence
from sitrep.extract.events.roles.participants import country_of
from sitrep.records import Actor


def member_of(sentence: Sentence | None, token: Token, body: Actor) -> Actor:
    """A person a body's possessive names ("the gang's leader was arrested", "police
    detained the cartel's accountant"): the whole phrase, the person, with the body's
    country and sector (CAMEO codes a group's member as the group), not the possessor
    alone."""
    if sentence is None:
        return body
    left = min([token.i] + [c.left_edge.i for c in token.children
                            if c.i < token.i and c.dep_ in {"compound", "amod", "poss",
                                                            "nmod", "det"}])
    span = token.doc[left: token.i + 1]
    while len(span) > 1 and span[0].pos_ in {"DET", "NUM", "PUNCT"}:
        span = span[1:]
    return replace(body, text=span.text, evidence=sentence.evidence(span),
                   name=span.text, kind="group")


def countries_apart(sentence: Sentence | None, token: Token, actor: Actor) -> list[Actor]:
    """One actor per country where a phrase joins the demonyms or names of several
    countries in front of one noun ("Hungarian and Romanian officials", "U.S. and Russian
    negotiators", "British, French and German diplomats"): the record keeps the first
    country, and each further one becomes an actor of its own whose evidence is its word.
    Not two demonyms without a conjunction ("Syrian Kurdish fighters": one group)."""
    if sentence is None:
        return [actor]
    mods = [c for c in token.children if c.i < token.i
            and c.dep_ in {"amod", "compound", "nmod"}]
    words = [t for t in sorted({t.i: t for m in mods for t in (m, *m.conjuncts)}.values(),
                               key=lambda t: t.i) if country_of(t.text)]
    codes = [country_of(t.text) for t in words]
    if len(words) < 2 or len(set(codes)) != len(codes):
        return [actor]
    if not any(t.dep_ == "conj" for t in words) or actor.country not in {None, codes[0]}:
        return [actor]
    between = token.doc[words[0].i: words[-1].i + 1]
    if any(t.i not in {w.i for w in words} and t.lower_ not in {",", "and", "or"}
           for t in between):
        return [actor]
    start = sentence.start
    if not any(actor.evidence.start <= start + w.idx < actor.evidence.end
               for w in (words[0], words[-1])):
        return [actor]  # the record stands for another phrase
    out = [replace(actor, country=codes[0])]
    for word, code in zip(words[1:], codes[1:], strict=True):
        out.append(replace(actor, text=word.text, name=f"{word.text} {token.text}",
                           evidence=sentence.evidence(word),
                           country=code))
    return out
