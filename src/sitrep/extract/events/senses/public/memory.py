"""Happenings remembered, shown or told, not reported: "marked the anniversary of the
bombing", "a memorial to the victims of the massacre", "an exhibit on the 1965 riots", "a
documentary about the assassination", "a book on the siege": the act named in the complement
of a noun of remembrance, display or telling is the topic of a commemoration, an exhibit or a
work (an event of its own is coded where the article reports it as a happening).

The families of words are listed whole (inflections come through the lemma).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = {"NOUN", "PROPN"}
# nouns of remembrance, display and telling (lemmas)
REMEMBERING = {"anniversary", "commemoration", "memorial", "remembrance", "monument",
               "plaque", "tribute", "museum", "exhibit", "exhibition", "display", "archive",
               "documentary", "film", "movie", "book", "novel", "memoir", "play", "musical",
               "opera", "song", "album", "painting", "mural", "sculpture", "photograph",
               "retrospective", "reenactment", "re-enactment", "history", "chronicle",
               "podcast", "episode", "biography", "jubilee", "centenary", "centennial",
               "bicentennial"}
# (not "account" or "story": "witnesses gave accounts of the shooting" may be all the article
# says of a happening it reports)
# those a memorial is to (lemmas)
MOURNED = {"victim", "dead", "survivor", "martyr", "casualty", "fallen", "family", "hero"}
TOPIC_PREPS = {"of", "on", "about", "to", "for", "commemorating", "marking"}


def remembered(token: Token) -> bool:
    """An act named as what a commemoration, an exhibit or a work is about."""
    if token.pos_ not in NOUN_POS or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in TOPIC_PREPS:
        return False
    holder = prep.head
    if holder.lemma_.lower() in MOURNED and holder.dep_ == "pobj":
        holder = holder.head.head  # "a memorial to the victims of the massacre"
    return holder.pos_ in NOUN_POS and holder.lemma_.lower() in REMEMBERING
